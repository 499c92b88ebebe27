// Initiators, facilitators and participants on the capture screen.
#include "ui/capture/capture_people.hpp"

#include "app/edits_capture.hpp"
#include "model/name_match.hpp"
#include "model/text.hpp"
#include "ui/capture/text_editor.hpp"
#include "ui/people/person_match.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/key_codes.hpp"
#include "ui/widgets/tab_order.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <optional>

namespace innspill::ui {

namespace {

constexpr size_t kSuggestions = 6;
constexpr float kRegisterRows = 10.0f;
constexpr float kRegisterWidth = 460.0f;
constexpr const char* kRegisterPopup = "##register";

std::string personLabel(const AppContext& ctx, const model::Person& person) {
    std::string label = model::displayName(person);
    if (!person.consent) {
        label += "  (";
        label += ctx.tr("capture.noConsent");
        label += ")";
    }
    return label;
}

// One person as a chip; true when its × is clicked.
bool drawChip(const AppContext& ctx, const std::string& label) {
    return chip("##person", label.c_str(), ctx.tr("capture.removePerson")) == ChipClick::Remove;
}

PeopleEdit add(app::GroupRole role, const model::Id& person) {
    return PeopleEdit{PeopleEdit::Kind::Add, role, person, {}, {}};
}

PeopleEdit remove(app::GroupRole role, const model::Id& person) {
    return PeopleEdit{PeopleEdit::Kind::Remove, role, person, {}, {}};
}

PeopleEdit addNew(app::GroupRole role, std::string name, std::string organisation) {
    return PeopleEdit{PeopleEdit::Kind::AddNew, role, {}, std::move(name), std::move(organisation)};
}

} // namespace

app::Change buildPeopleEdit(const model::Group& group, const PeopleEdit& edit) {
    switch (edit.kind) {
    case PeopleEdit::Kind::Remove:
        return app::removePersonFromGroup(group, edit.role, edit.person);
    case PeopleEdit::Kind::AddNew:
        return app::addNewPersonToGroup(group, edit.role, edit.name, edit.organisation);
    case PeopleEdit::Kind::Add:
        break;
    }
    return app::addPersonToGroup(group, edit.role, edit.person);
}

std::optional<PeopleEdit> drawRolePeople(AppContext& ctx, const model::Group& group,
                                         app::GroupRole role, PeoplePickerState& state) {
    const model::Event& event = *ctx.event();
    const auto& ids = app::peopleInRole(group, role);
    const char* prefix =
        role == app::GroupRole::Initiator ? "capture.initiator/" : "capture.facilitator/";
    std::optional<PeopleEdit> change;
    for (size_t i = 0; i < ids.size(); ++i) {
        const model::Person* person = model::findPerson(event, ids[i]);
        ImGui::PushID(static_cast<int>(i));
        const std::string label = person != nullptr ? personLabel(ctx, *person)
                                                    : std::string(ctx.tr("value.unknownPerson"));
        if (drawChip(ctx, label)) {
            change = remove(role, ids[i]);
        }
        ctx.itemRects.record(prefix, std::to_string(i));
        ImGui::PopID();
        ImGui::SameLine();
    }

    if (state.refocus) {
        ImGui::SetKeyboardFocusHere();
        state.refocus = false;
    }
    ImGui::SetNextItemWidth(std::max(160.0f, ImGui::GetContentRegionAvail().x));
    const bool entered =
        ImGui::InputTextWithHint("##add", ctx.tr("capture.addPersonHint"), &state.query,
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.itemRects.record(prefix, "add");
    // Shift+Tab from the initiators goes back to the field drawn before them
    // (the participant note, our own editor, which ImGui's tabbing cannot see).
    if (role == app::GroupRole::Initiator && takeTabFromItem(false, true) < 0) {
        state.tabbedBack = true;
    }
    keepArrowKeys();
    const bool typing = ImGui::IsItemActive();

    const auto [name, organisation] = app::splitNameAndOrganisation(state.query);
    if (!name.empty()) {
        std::vector<const model::Person*> suggestions;
        for (const model::Person* person : matchPeople(event, name, kSuggestions + ids.size())) {
            if (std::find(ids.begin(), ids.end(), person->id) == ids.end() &&
                suggestions.size() < kSuggestions) {
                suggestions.push_back(person);
            }
        }
        const bool offerNew = exactPerson(event, name) == nullptr;
        const size_t options = suggestions.size() + (offerNew ? 1 : 0);
        if (typing && options > 0) {
            if (keys::pressed(ImGuiKey_DownArrow)) {
                state.highlighted = std::min(state.highlighted + 1, options - 1);
            }
            if (keys::pressed(ImGuiKey_UpArrow) && state.highlighted > 0) {
                --state.highlighted;
            }
        }
        state.highlighted = options == 0 ? 0 : std::min(state.highlighted, options - 1);
        std::optional<size_t> picked;
        if (entered && options > 0) {
            picked = state.highlighted;
        }
        ImGui::Indent();
        for (size_t i = 0; i < suggestions.size(); ++i) {
            ImGui::PushID(static_cast<int>(i) + 1000);
            if (ImGui::Selectable(personLabel(ctx, *suggestions[i]).c_str(),
                                  i == state.highlighted)) {
                picked = i;
            }
            ctx.itemRects.record(prefix, "suggestion/" + std::to_string(i));
            ImGui::PopID();
        }
        if (offerNew) {
            const std::string label =
                format(ctx.tr("capture.newPerson"),
                       {{"name", organisation.empty() ? name : name + ", " + organisation}});
            if (ImGui::Selectable(label.c_str(), state.highlighted == suggestions.size())) {
                picked = suggestions.size();
            }
            ctx.itemRects.record(prefix, "new");
        }
        ImGui::Unindent();
        if (picked) {
            change = *picked < suggestions.size() ? add(role, suggestions[*picked]->id)
                                                  : addNew(role, name, organisation);
            state.query.clear();
            state.highlighted = 0;
            state.refocus = true;
        }
    } else {
        state.highlighted = 0;
    }
    return change;
}

std::optional<PeopleEdit> drawParticipants(AppContext& ctx, const model::Group& group,
                                           ParticipantsState& state) {
    const model::Event& event = *ctx.event();
    const auto& ticked = group.participants;
    std::optional<PeopleEdit> change;

    const std::string summary =
        format(ctx.tr("capture.participantsTicked"), {{"count", std::to_string(ticked.size())}});
    if (toolButton(ToolButton{icon::kRegister, ctx.tr("capture.showRegister")})) {
        state.stale = true;
        state.focusFilter = true;
        ImGui::OpenPopup(kRegisterPopup);
    }
    ctx.itemRects.record("capture.register");
    ImGui::SameLine();
    disabledText(summary);
    bool first = true;
    for (size_t i = 0; i < ticked.size(); ++i) {
        const model::Person* person = model::findPerson(event, ticked[i]);
        if (person == nullptr) {
            continue;
        }
        const std::string label = personLabel(ctx, *person);
        // Chips flow along the lines, each whole on its line.
        if (!first) {
            ImGui::SameLine();
            if (ImGui::GetContentRegionAvail().x < chipWidth(label.c_str())) {
                ImGui::NewLine();
            }
        }
        first = false;
        ImGui::PushID(static_cast<int>(i));
        if (drawChip(ctx, label)) {
            change = remove(app::GroupRole::Participant, person->id);
        }
        ImGui::PopID();
    }
    // The register in a popup over the screen: the header keeps its size,
    // and many people are ticked in a row without it closing.
    ImGui::SetNextWindowSize(ImVec2(kRegisterWidth, 0.0f));
    if (!ImGui::BeginPopup(kRegisterPopup)) {
        return change;
    }
    if (state.focusFilter) {
        ImGui::SetKeyboardFocusHere();
        state.focusFilter = false;
    }
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##registerFilter", ctx.tr("capture.registerHint"), &state.filter);
    ctx.itemRects.record("capture.registerFilter");
    if (state.stale || state.shownFilter != state.filter ||
        state.shownPeople != event.people.size()) {
        const std::string needle = model::foldCase(model::tidyName(state.filter));
        std::vector<std::pair<std::string, model::Id>> sorted;
        for (const auto& person : event.people) {
            if (needle.empty() || model::containsFolded(person.name, needle) ||
                model::containsFolded(person.organisation, needle)) {
                sorted.emplace_back(model::collationKey(person.name), person.id);
            }
        }
        std::sort(sorted.begin(), sorted.end());
        state.shown.clear();
        for (auto& entry : sorted) {
            state.shown.push_back(entry.second);
        }
        state.shownFilter = state.filter;
        state.shownPeople = event.people.size();
        state.stale = false;
    }

    const float rowHeight = ImGui::GetFrameHeightWithSpacing();
    const float height =
        rowHeight *
            std::min(kRegisterRows, std::max(1.0f, static_cast<float>(state.shown.size()))) +
        ImGui::GetStyle().WindowPadding.y * 2.0f;
    if (ImGui::BeginChild("##registerList", ImVec2(0.0f, height), true)) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(state.shown.size()), rowHeight);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const model::Person* person =
                    model::findPerson(event, state.shown[static_cast<size_t>(i)]);
                if (person == nullptr) {
                    continue;
                }
                ImGui::PushID(person->id.str().c_str());
                bool on = std::find(ticked.begin(), ticked.end(), person->id) != ticked.end();
                if (checkbox(personLabel(ctx, *person).c_str(), &on)) {
                    change = on ? add(app::GroupRole::Participant, person->id)
                                : remove(app::GroupRole::Participant, person->id);
                }
                ctx.itemRects.record("capture.tick/", person->name);
                ImGui::PopID();
            }
        }
    }
    ImGui::EndChild();

    const auto [name, organisation] = app::splitNameAndOrganisation(state.filter);
    if (!name.empty() && exactPerson(event, name) == nullptr) {
        const std::string label =
            format(ctx.tr("capture.addParticipant"),
                   {{"name", organisation.empty() ? name : name + ", " + organisation}});
        if (ImGui::Button(label.c_str())) {
            change = addNew(app::GroupRole::Participant, name, organisation);
            state.filter.clear();
        }
        ctx.itemRects.record("capture.addParticipant");
    }
    ImGui::EndPopup();
    return change;
}

} // namespace innspill::ui
