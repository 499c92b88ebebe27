// Change builders for the synthesis: each copies the synthesis, edits the
// copy and records both as one Change.
#include "app/edits_synthesis.hpp"

#include "model/synthesis_coverage.hpp"

#include <algorithm>

namespace innspill::app {

namespace {

using model::Id;
using model::Synthesis;

std::optional<Change> changeOf(const model::Event& event, const Synthesis& after,
                               const char* label) {
    if (after == event.synthesis) {
        return std::nullopt;
    }
    Change change(label);
    change.synthesis(event.synthesis, after);
    return change;
}

// The sources of a challenge or a measure; null when `target` is neither.
std::vector<Id>* sourcesOf(Synthesis& synthesis, const Id& target) {
    if (auto* challenge = model::findChallenge(synthesis, target)) {
        return &challenge->inputs;
    }
    if (auto* measure = model::findMeasure(synthesis, target)) {
        return &measure->inputs;
    }
    return nullptr;
}

std::optional<size_t> challengeIndex(const Synthesis& synthesis, const Id& id) {
    for (size_t i = 0; i < synthesis.challenges.size(); ++i) {
        if (synthesis.challenges[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<size_t> priorityIndex(const Synthesis& synthesis, const Id& challenge) {
    for (size_t i = 0; i < synthesis.priorities.size(); ++i) {
        if (synthesis.priorities[i].challenge == challenge) {
            return i;
        }
    }
    return std::nullopt;
}

template <typename T> void swapStep(std::vector<T>& items, size_t index, size_t other) {
    std::swap(items[index], items[other]);
}

} // namespace

std::optional<Change> setIntroduction(const model::Event& event, const Id& theme,
                                      const std::string& text) {
    Synthesis after = event.synthesis;
    auto found = std::find_if(after.introductions.begin(), after.introductions.end(),
                              [&](const model::ThemeIntroduction& i) { return i.theme == theme; });
    if (found != after.introductions.end()) {
        if (text.empty()) {
            after.introductions.erase(found);
        } else {
            found->text = text;
        }
    } else if (!text.empty()) {
        after.introductions.push_back(model::ThemeIntroduction{theme, text});
    }
    return changeOf(event, after, "undo.synthesis.introduction");
}

AddedChange addChallenge(const model::Event& event, const Id& theme,
                         const std::optional<Id>& after) {
    Synthesis result = event.synthesis;
    model::Challenge challenge;
    challenge.id = Id::generate();
    challenge.theme = theme;
    // Right after `after`, else after the theme's last challenge, else last.
    size_t at = result.challenges.size();
    if (after) {
        if (auto index = challengeIndex(result, *after)) {
            at = *index + 1;
        }
    } else {
        for (size_t i = 0; i < result.challenges.size(); ++i) {
            if (result.challenges[i].theme == theme) {
                at = i + 1;
            }
        }
    }
    const Id id = challenge.id;
    result.challenges.insert(result.challenges.begin() + static_cast<std::ptrdiff_t>(at),
                             std::move(challenge));
    Change change("undo.synthesis.addChallenge");
    change.synthesis(event.synthesis, result);
    return AddedChange{std::move(change), id};
}

std::optional<Change> setChallengeTitle(const model::Event& event, const Id& challenge,
                                        const std::string& title) {
    Synthesis after = event.synthesis;
    auto* found = model::findChallenge(after, challenge);
    if (!found) {
        return std::nullopt;
    }
    found->title = title;
    return changeOf(event, after, "undo.synthesis.challengeTitle");
}

std::optional<Change> setChallengeDescription(const model::Event& event, const Id& challenge,
                                              const std::string& description) {
    Synthesis after = event.synthesis;
    auto* found = model::findChallenge(after, challenge);
    if (!found) {
        return std::nullopt;
    }
    found->description = description;
    return changeOf(event, after, "undo.synthesis.challengeDescription");
}

std::optional<Change> moveChallenge(const model::Event& event, const Id& challenge, int step) {
    Synthesis after = event.synthesis;
    const auto index = challengeIndex(after, challenge);
    if (!index || step == 0) {
        return std::nullopt;
    }
    const Id theme = after.challenges[*index].theme;
    // The neighbour in the theme's order, in the direction of `step`.
    std::optional<size_t> other;
    if (step < 0) {
        for (size_t i = *index; i-- > 0;) {
            if (after.challenges[i].theme == theme) {
                other = i;
                break;
            }
        }
    } else {
        for (size_t i = *index + 1; i < after.challenges.size(); ++i) {
            if (after.challenges[i].theme == theme) {
                other = i;
                break;
            }
        }
    }
    if (!other) {
        return std::nullopt;
    }
    swapStep(after.challenges, *index, *other);
    return changeOf(event, after, "undo.synthesis.moveChallenge");
}

std::optional<Change> moveChallengeToTheme(const model::Event& event, const Id& challenge,
                                           const Id& theme) {
    Synthesis after = event.synthesis;
    const auto index = challengeIndex(after, challenge);
    if (!index || !model::findTheme(event, theme) || after.challenges[*index].theme == theme) {
        return std::nullopt;
    }
    model::Challenge moved = std::move(after.challenges[*index]);
    after.challenges.erase(after.challenges.begin() + static_cast<std::ptrdiff_t>(*index));
    moved.theme = theme;
    after.challenges.push_back(std::move(moved));
    return changeOf(event, after, "undo.synthesis.moveChallengeToTheme");
}

std::optional<Change> removeChallenge(const model::Event& event, const Id& challenge) {
    Synthesis after = event.synthesis;
    const auto index = challengeIndex(after, challenge);
    if (!index) {
        return std::nullopt;
    }
    after.challenges.erase(after.challenges.begin() + static_cast<std::ptrdiff_t>(*index));
    std::erase_if(after.priorities,
                  [&](const model::Priority& priority) { return priority.challenge == challenge; });
    return changeOf(event, after, "undo.synthesis.removeChallenge");
}

AddedChange addMeasure(const model::Event& event, const Id& challenge) {
    Synthesis after = event.synthesis;
    model::Measure measure;
    measure.id = Id::generate();
    const Id id = measure.id;
    Change change("undo.synthesis.addMeasure");
    if (auto* found = model::findChallenge(after, challenge)) {
        found->measures.push_back(std::move(measure));
        change.synthesis(event.synthesis, after);
    }
    return AddedChange{std::move(change), id};
}

std::optional<Change> setMeasureLead(const model::Event& event, const Id& measure,
                                     const std::string& lead) {
    Synthesis after = event.synthesis;
    auto* found = model::findMeasure(after, measure);
    if (!found) {
        return std::nullopt;
    }
    found->lead = lead;
    return changeOf(event, after, "undo.synthesis.measureLead");
}

std::optional<Change> setMeasureText(const model::Event& event, const Id& measure,
                                     const std::string& text) {
    Synthesis after = event.synthesis;
    auto* found = model::findMeasure(after, measure);
    if (!found) {
        return std::nullopt;
    }
    found->text = text;
    return changeOf(event, after, "undo.synthesis.measureText");
}

std::optional<Change> moveMeasure(const model::Event& event, const Id& measure, int step) {
    Synthesis after = event.synthesis;
    model::Challenge* owner = nullptr;
    if (!model::findMeasure(after, measure, &owner) || step == 0) {
        return std::nullopt;
    }
    auto& list = owner->measures;
    const auto index = static_cast<size_t>(
        std::find_if(list.begin(), list.end(), [&](const auto& m) { return m.id == measure; }) -
        list.begin());
    if ((step < 0 && index == 0) || (step > 0 && index + 1 >= list.size())) {
        return std::nullopt;
    }
    swapStep(list, index, step < 0 ? index - 1 : index + 1);
    return changeOf(event, after, "undo.synthesis.moveMeasure");
}

std::optional<Change> removeMeasure(const model::Event& event, const Id& measure) {
    Synthesis after = event.synthesis;
    model::Challenge* owner = nullptr;
    const auto* found = model::findMeasure(after, measure, &owner);
    if (!found) {
        return std::nullopt;
    }
    for (auto& priority : after.priorities) {
        if (priority.measure == measure) {
            priority.measure.reset();
            if (priority.recommendation.empty()) {
                priority.recommendation = found->lead;
            }
        }
    }
    std::erase_if(owner->measures, [&](const model::Measure& m) { return m.id == measure; });
    return changeOf(event, after, "undo.synthesis.removeMeasure");
}

std::optional<Change> linkSource(const model::Event& event, const Id& target, const Id& source) {
    Synthesis after = event.synthesis;
    auto* sources = sourcesOf(after, target);
    if (!sources || std::find(sources->begin(), sources->end(), source) != sources->end()) {
        return std::nullopt;
    }
    sources->push_back(source);
    std::erase_if(after.parked, [&](const model::ParkedInput& p) { return p.input == source; });
    return changeOf(event, after, "undo.synthesis.link");
}

std::optional<Change> unlinkSource(const model::Event& event, const Id& target, const Id& source) {
    Synthesis after = event.synthesis;
    auto* sources = sourcesOf(after, target);
    if (!sources) {
        return std::nullopt;
    }
    std::erase(*sources, source);
    return changeOf(event, after, "undo.synthesis.unlink");
}

std::optional<Change> dropDeletedSources(const model::Event& event, const Id& target) {
    Synthesis after = event.synthesis;
    auto* sources = sourcesOf(after, target);
    if (!sources) {
        return std::nullopt;
    }
    const auto existing = model::inputIds(event);
    std::erase_if(*sources, [&](const Id& id) { return existing.count(id) == 0; });
    return changeOf(event, after, "undo.synthesis.dropDeleted");
}

std::optional<Change> parkInput(const model::Event& event, const Id& input,
                                const std::string& reason) {
    Synthesis after = event.synthesis;
    auto found = std::find_if(after.parked.begin(), after.parked.end(),
                              [&](const model::ParkedInput& p) { return p.input == input; });
    if (found != after.parked.end()) {
        found->reason = reason;
    } else {
        after.parked.push_back(model::ParkedInput{input, reason});
    }
    return changeOf(event, after, "undo.synthesis.park");
}

std::optional<Change> unparkInput(const model::Event& event, const Id& input) {
    Synthesis after = event.synthesis;
    std::erase_if(after.parked, [&](const model::ParkedInput& p) { return p.input == input; });
    return changeOf(event, after, "undo.synthesis.unpark");
}

std::optional<Change> addPriority(const model::Event& event, const Id& challenge) {
    if (!model::findChallenge(event.synthesis, challenge) ||
        priorityIndex(event.synthesis, challenge)) {
        return std::nullopt;
    }
    Synthesis after = event.synthesis;
    model::Priority priority;
    priority.challenge = challenge;
    const auto& measures = model::findChallenge(after, challenge)->measures;
    if (!measures.empty()) {
        priority.measure = measures.front().id;
    }
    after.priorities.push_back(std::move(priority));
    return changeOf(event, after, "undo.synthesis.addPriority");
}

std::optional<Change> removePriority(const model::Event& event, const Id& challenge) {
    Synthesis after = event.synthesis;
    std::erase_if(after.priorities,
                  [&](const model::Priority& priority) { return priority.challenge == challenge; });
    return changeOf(event, after, "undo.synthesis.removePriority");
}

std::optional<Change> movePriority(const model::Event& event, const Id& challenge, int step) {
    Synthesis after = event.synthesis;
    const auto index = priorityIndex(after, challenge);
    if (!index || step == 0 || (step < 0 && *index == 0) ||
        (step > 0 && *index + 1 >= after.priorities.size())) {
        return std::nullopt;
    }
    swapStep(after.priorities, *index, step < 0 ? *index - 1 : *index + 1);
    return changeOf(event, after, "undo.synthesis.movePriority");
}

std::optional<Change> setPriorityMeasure(const model::Event& event, const Id& challenge,
                                         const std::optional<Id>& measure) {
    Synthesis after = event.synthesis;
    const auto index = priorityIndex(after, challenge);
    const auto* owner = model::findChallenge(after, challenge);
    if (!index || !owner) {
        return std::nullopt;
    }
    if (measure && std::none_of(owner->measures.begin(), owner->measures.end(),
                                [&](const model::Measure& m) { return m.id == *measure; })) {
        return std::nullopt;
    }
    after.priorities[*index].measure = measure;
    return changeOf(event, after, "undo.synthesis.priorityRecommendation");
}

std::optional<Change> setPriorityRecommendation(const model::Event& event, const Id& challenge,
                                                const std::string& text) {
    Synthesis after = event.synthesis;
    const auto index = priorityIndex(after, challenge);
    if (!index) {
        return std::nullopt;
    }
    after.priorities[*index].recommendation = text;
    return changeOf(event, after, "undo.synthesis.priorityRecommendation");
}

} // namespace innspill::app
