// The merge dialog: choose the entry that stays and, per field, the value.
#include "ui/people/people_merge_dialog.hpp"

#include "app/edits_people.hpp"
#include "ui/people/people_text.hpp"
#include "ui/setup/setup_fields.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <string>

namespace innspill::ui {

namespace {

MergeSide prefer(bool firstHasIt, bool secondHasIt, MergeSide otherwise) {
    if (firstHasIt != secondHasIt) {
        return firstHasIt ? MergeSide::First : MergeSide::Second;
    }
    return otherwise;
}

// One row of the choice table: the field's label, then each side's value as a
// radio button. `recordKey` names the row for tests.
void choiceRow(AppContext& ctx, const char* label, const char* recordKey, MergeSide& side,
               const std::string& first, const std::string& second) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    disabledText(label);
    ImGui::PushID(recordKey);
    const auto option = [&](MergeSide value, const std::string& shown, const char* which) {
        ImGui::TableNextColumn();
        // The value is drawn as text beside an unlabelled radio, so a "##" or
        // "%" in a name is shown as typed.
        if (radioButton(which, side == value)) {
            side = value;
        }
        if (ctx.itemRects.enabled()) {
            ctx.itemRects.record(std::string("people.merge.") + recordKey + "/", which + 2);
        }
        ImGui::SameLine();
        if (shown.empty()) {
            disabledText(ctx.tr("value.none"));
        } else {
            text(shown);
        }
    };
    option(MergeSide::First, first, "##first");
    option(MergeSide::Second, second, "##second");
    ImGui::PopID();
}

std::string groupsText(AppContext& ctx, const app::PersonUsage& usage) {
    return countText(ctx, usage.groups, "people.groupOne", "people.groupMany");
}

} // namespace

void openPeopleMerge(AppContext& ctx, const model::Id& first, const model::Id& second) {
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return;
    }
    const model::Person* a = model::findPerson(*event, first);
    const model::Person* b = model::findPerson(*event, second);
    if (a == nullptr || b == nullptr || first == second) {
        return;
    }
    PeopleMergeState& state = ctx.people.merge;
    state = {};
    state.openRequested = true;
    state.first = first;
    state.second = second;
    const app::PersonUsage usageA = app::usageOf(*event, first);
    const app::PersonUsage usageB = app::usageOf(*event, second);
    state.kept = usageB.groups > usageA.groups ? MergeSide::Second : MergeSide::First;
    state.name = state.kept;
    state.organisation = prefer(!a->organisation.empty(), !b->organisation.empty(), state.kept);
    state.perspective = prefer(a->perspective != model::Perspective::Unspecified,
                               b->perspective != model::Perspective::Unspecified, state.kept);
    // Consent to be named in public must not come about by merging: when the
    // two entries disagree, "no" is the default.
    state.consent = a->consent == b->consent ? state.kept
                    : a->consent             ? MergeSide::Second
                                             : MergeSide::First;
}

bool drawPeopleMergeDialog(AppContext& ctx) {
    PeopleMergeState& state = ctx.people.merge;
    if (state.openRequested) {
        ImGui::OpenPopup(kPeopleMergePopup);
        state.openRequested = false;
    }
    const std::string title = std::string(ctx.tr("people.mergeTitle")) + kPeopleMergePopup;
    bool keepOpen = true;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title.c_str(), &keepOpen, ImGuiWindowFlags_AlwaysAutoResize)) {
        return false;
    }
    const model::Event* event = ctx.event();
    const model::Person* a = event ? model::findPerson(*event, state.first) : nullptr;
    const model::Person* b = event ? model::findPerson(*event, state.second) : nullptr;
    bool merged = false;
    if (a == nullptr || b == nullptr) {
        // Gone meanwhile (an undo from the menu): nothing left to merge.
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    const app::PersonUsage usageA = app::usageOf(*event, a->id);
    const app::PersonUsage usageB = app::usageOf(*event, b->id);
    // Borders: the light theme's white radio buttons vanish on the white popup.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);

    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
    text(ctx.tr("people.mergeIntro"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_SizingFixedFit |
                                       ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_NoSavedSettings;
    if (ImGui::BeginTable("##choices", 3, kFlags)) {
        ImGui::TableSetupColumn("##field");
        ImGui::TableSetupColumn("##first", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFontSize() * 16.0f);
        ImGui::TableSetupColumn("##second", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFontSize() * 16.0f);
        choiceRow(ctx, ctx.tr("people.mergeKeep"), "keep", state.kept, groupsText(ctx, usageA),
                  groupsText(ctx, usageB));
        choiceRow(ctx, ctx.tr("people.column.name"), "name", state.name, a->name, b->name);
        choiceRow(ctx, ctx.tr("people.column.organisation"), "organisation", state.organisation,
                  a->organisation, b->organisation);
        choiceRow(ctx, ctx.tr("people.column.perspective"), "perspective", state.perspective,
                  perspectiveLabel(ctx.language, a->perspective),
                  perspectiveLabel(ctx.language, b->perspective));
        choiceRow(ctx, ctx.tr("people.column.consent"), "consent", state.consent,
                  ctx.tr(a->consent ? "people.yes" : "people.no"),
                  ctx.tr(b->consent ? "people.yes" : "people.no"));
        ImGui::EndTable();
    }

    const bool keepFirst = state.kept == MergeSide::First;
    const model::Person& kept = keepFirst ? *a : *b;
    const model::Person& removed = keepFirst ? *b : *a;
    const auto pick = [](MergeSide side, const auto& first, const auto& second) {
        return side == MergeSide::First ? first : second;
    };
    model::Person fields = kept;
    fields.name = pick(state.name, a->name, b->name);
    fields.organisation = pick(state.organisation, a->organisation, b->organisation);
    fields.perspective = pick(state.perspective, a->perspective, b->perspective);
    fields.consent = pick(state.consent, a->consent, b->consent);

    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
    const app::PersonUsage& removedUsage = keepFirst ? usageB : usageA;
    text(format(ctx.tr(removedUsage.groups > 0 ? "people.mergeSummary" : "people.mergeSummaryNone"),
                {{"removed", removed.name},
                 {"groups", groupsText(ctx, removedUsage)},
                 {"kept", fields.name}}));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    if (primaryButton(ctx.tr("people.mergeConfirm"))) {
        // Ids first: applying the change moves the register's entries.
        const model::Id keptId = kept.id;
        const app::Change change = app::mergePeople(*event, keptId, removed.id, fields);
        if (!change.empty()) {
            ctx.session->apply(change);
            ctx.people.selected.clear();
            ctx.people.selected.insert(keptId);
            merged = true;
        }
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("people.merge.confirm");
    ImGui::SameLine();
    if (ImGui::Button(ctx.tr("people.cancel")) || !keepOpen ||
        ext::escapeClosesDialog(false, true)) {
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("people.merge.cancel");
    ImGui::PopStyleVar();
    ImGui::EndPopup();
    return merged;
}

} // namespace innspill::ui
