// Random capture-like edits of a group, for property tests of the store.
#include "support/random_edits.hpp"

#include <algorithm>

namespace innspill::test {

using model::Input;

namespace {
// Ids drawn from the generator, so that another process replaying the same
// edits builds the same inputs.
model::Id idFrom(std::mt19937& rng) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string text;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20) {
            text += '-';
        }
        text += i == 12 ? '4' : i == 16 ? '8' : kHex[rng() % 16];
    }
    return *model::Id::parse(text);
}

Input fresh(std::mt19937& rng) {
    return Input{idFrom(rng), "innspill " + std::to_string(rng() % 1000) + " æøå", {}, {}, {}};
}
} // namespace

void randomEdit(model::Group& group, const std::vector<model::Theme>& themes, std::mt19937& rng) {
    auto& inputs = group.inputs;
    const auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
    switch (rng() % 9) {
    case 0: // type into an input
        if (!inputs.empty()) {
            inputs[pick(inputs.size())].text += "x";
        }
        break;
    case 1: // Enter: a new input after another
        inputs.insert(inputs.begin() +
                          static_cast<long>(inputs.empty() ? 0 : pick(inputs.size() + 1)),
                      fresh(rng));
        break;
    case 2: // Backspace on an empty input: delete (its children go too)
        if (!inputs.empty()) {
            inputs.erase(inputs.begin() + static_cast<long>(pick(inputs.size())));
        }
        break;
    case 3: // Tab: make it a sub-point of the one above
        if (inputs.size() >= 2) {
            const size_t at = 1 + pick(inputs.size() - 1);
            if (inputs[at].children.empty()) {
                Input moved = inputs[at];
                inputs.erase(inputs.begin() + static_cast<long>(at));
                inputs[at - 1].children.push_back(moved);
            }
        }
        break;
    case 4: // Shift+Tab: lift the last sub-point out
        for (size_t i = 0; i < inputs.size(); ++i) {
            if (!inputs[i].children.empty()) {
                Input lifted = inputs[i].children.back();
                inputs[i].children.pop_back();
                inputs.insert(inputs.begin() + static_cast<long>(i + 1), lifted);
                break;
            }
        }
        break;
    case 5: // Alt+Up
        if (inputs.size() >= 2) {
            const size_t at = 1 + pick(inputs.size() - 1);
            std::swap(inputs[at], inputs[at - 1]);
        }
        break;
    case 6: // theme key
        if (!inputs.empty()) {
            auto& tags = inputs[pick(inputs.size())].themes;
            const auto& theme = themes[pick(themes.size())].id;
            auto found = std::find(tags.begin(), tags.end(), theme);
            if (found == tags.end()) {
                tags.push_back(theme);
            } else {
                tags.erase(found);
            }
        }
        break;
    case 7: // mark as sub-heading
        if (!inputs.empty()) {
            auto& input = inputs[pick(inputs.size())];
            input.kind = input.kind == model::InputKind::Item ? model::InputKind::SubHeading
                                                              : model::InputKind::Item;
        }
        break;
    default: // a header field
        group.title += "!";
        group.participantCount = static_cast<int>(rng() % 20);
        break;
    }
}

} // namespace innspill::test
