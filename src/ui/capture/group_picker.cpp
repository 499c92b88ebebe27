// Filtering groups by number, title and people, and the picker drawn over it.
#include "ui/capture/group_picker.hpp"

#include "model/group_number.hpp"
#include "model/name_match.hpp"
#include "model/text.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/key_codes.hpp"
#include "ui/capture/round_clock.hpp"
#include "ui/capture/text_editor.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace innspill::ui {

namespace {

std::vector<std::string> foldedWords(std::string_view filter) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : filter) {
        if (c == ' ' || c == '\t' || c == ',') {
            if (!word.empty()) {
                words.push_back(model::foldCase(word));
                word.clear();
            }
        } else {
            word += c;
        }
    }
    if (!word.empty()) {
        words.push_back(model::foldCase(word));
    }
    return words;
}

bool peopleContain(const model::Event& event, const std::vector<model::Id>& ids,
                   std::string_view folded) {
    return std::any_of(ids.begin(), ids.end(), [&](const model::Id& id) {
        const model::Person* person = model::findPerson(event, id);
        return person != nullptr && model::containsFolded(person->name, folded);
    });
}

bool matches(const model::Event& event, const model::Group& group,
             const std::vector<std::string>& words) {
    return std::all_of(words.begin(), words.end(), [&](const std::string& word) {
        return group.number.starts_with(word) || model::containsFolded(group.title, word) ||
               peopleContain(event, group.initiators, word) ||
               peopleContain(event, group.facilitators, word) ||
               peopleContain(event, group.participants, word);
    });
}

std::string roundLabel(const AppContext& ctx, const model::Event& event, const model::Id& round) {
    if (round.empty()) {
        return ctx.tr("capture.allRounds");
    }
    std::string label = model::roundHeading(event, round);
    if (const model::Round* found = model::findRound(event, round);
        found != nullptr && !found->start.empty()) {
        label += "  " + found->start;
        if (!found->end.empty()) {
            label += "–" + found->end;
        }
    }
    return label;
}

void drawRoundChoice(AppContext& ctx, const model::Event& event, GroupPickerState& state) {
    if (!state.roundChosen) {
        state.round = currentRound(event, localTimeNow());
        state.roundChosen = true;
    }
    if (!state.round.empty() && model::findRound(event, state.round) == nullptr) {
        state.round = {};
    }
    ImGui::SetNextItemWidth(-1.0f);
    const std::string current = roundLabel(ctx, event, state.round);
    if (!ImGui::BeginCombo("##round", current.c_str())) {
        return;
    }
    if (ImGui::Selectable(ctx.tr("capture.allRounds"), state.round.empty())) {
        state.round = {};
    }
    for (const auto& day : event.days) {
        for (const auto& round : day.rounds) {
            ImGui::PushID(round.id.str().c_str());
            if (ImGui::Selectable(roundLabel(ctx, event, round.id).c_str(),
                                  state.round == round.id)) {
                state.round = round.id;
            }
            ImGui::PopID();
        }
    }
    ImGui::EndCombo();
}

std::string rowLabel(const AppContext& ctx, const model::Event& event, const model::Group& group) {
    std::string label = group.number.empty() ? std::string("–") : group.number;
    label += "  ";
    label += group.title.empty() ? ctx.tr("capture.untitled") : group.title;
    for (const auto& id : group.initiators) {
        if (const model::Person* person = model::findPerson(event, id)) {
            label += (&id == &group.initiators.front()) ? "  — " : ", ";
            label += person->name;
        }
    }
    // One line per row: a pasted title with a line break must not break the list.
    std::replace(label.begin(), label.end(), '\n', ' ');
    return label;
}

} // namespace

std::vector<model::Id> filterGroups(const model::Event& event, std::string_view filter,
                                    const model::Id& round) {
    const auto words = foldedWords(filter);
    std::vector<model::Id> exact;
    std::vector<model::Id> found;
    const std::string trimmed = words.size() == 1 ? words.front() : std::string();
    for (const model::Group* group : model::sortedGroups(event)) {
        if (!round.empty() && group->roundId != round) {
            continue;
        }
        if (!matches(event, *group, words)) {
            continue;
        }
        (!trimmed.empty() && group->number == trimmed ? exact : found).push_back(group->id);
    }
    exact.insert(exact.end(), found.begin(), found.end());
    return exact;
}

std::optional<model::Id> drawGroupPicker(AppContext& ctx, GroupPickerState& state, float listHeight,
                                         const model::Id& exclude) {
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return std::nullopt;
    }
    drawRoundChoice(ctx, *event, state);

    if (state.focusFilter) {
        ImGui::SetKeyboardFocusHere();
        state.focusFilter = false;
        state.stale = true;
    }
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered =
        ImGui::InputTextWithHint("##filter", ctx.tr("capture.pickerHint"), &state.filter,
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.itemRects.record("capture.pickerFilter");
    keepArrowKeys();
    const bool typing = ImGui::IsItemActive();

    if (state.stale || state.matchedFilter != state.filter || state.matchedRound != state.round ||
        state.matchedGroups != event->groups.size()) {
        state.matches = filterGroups(*event, state.filter, state.round);
        std::erase(state.matches, exclude);
        state.matchedFilter = state.filter;
        state.matchedRound = state.round;
        state.matchedGroups = event->groups.size();
        state.highlighted = 0;
        state.stale = false;
    }
    const size_t count = state.matches.size();
    bool moved = false;
    if (count > 0 && typing) {
        if (keys::pressed(ImGuiKey_DownArrow)) {
            state.highlighted = std::min(state.highlighted + 1, count - 1);
            moved = true;
        }
        if (keys::pressed(ImGuiKey_UpArrow)) {
            state.highlighted = state.highlighted > 0 ? state.highlighted - 1 : 0;
            moved = true;
        }
    }
    state.highlighted = count == 0 ? 0 : std::min(state.highlighted, count - 1);

    std::optional<model::Id> picked;
    if (entered && count > 0) {
        picked = state.matches[state.highlighted];
    }
    if (ImGui::BeginChild("##groups", ImVec2(0.0f, listHeight), true)) {
        if (count == 0) {
            disabledText(ctx.tr("capture.noMatches"));
        }
        const float rowHeight = ImGui::GetTextLineHeightWithSpacing();
        if (moved) {
            // Keep the highlighted row in view (the clipper draws only what is).
            const float top = rowHeight * static_cast<float>(state.highlighted);
            const float view = ImGui::GetWindowHeight() - 2.0f * ImGui::GetStyle().WindowPadding.y;
            if (top < ImGui::GetScrollY()) {
                ImGui::SetScrollY(top);
            } else if (top + rowHeight > ImGui::GetScrollY() + view) {
                ImGui::SetScrollY(top + rowHeight - view);
            }
        }
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(count), rowHeight);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const size_t index = static_cast<size_t>(i);
                const model::Group* group = model::findGroup(*event, state.matches[index]);
                if (group == nullptr) {
                    continue;
                }
                ImGui::PushID(i);
                const bool highlighted = index == state.highlighted;
                if (ImGui::Selectable(rowLabel(ctx, *event, *group).c_str(), highlighted)) {
                    picked = group->id;
                }
                ctx.itemRects.record("capture.pick/", group->number);
                ImGui::PopID();
            }
        }
    }
    ImGui::EndChild();
    return picked;
}

} // namespace innspill::ui
