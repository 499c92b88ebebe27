// The programme as a fold-out tree: day → round (heading and time) → a table
// of the round's groups. Each round's table runs an ImGuiListClipper, so only
// the rows on screen cost anything however large the event grows.
#include "ui/overview/programme_panel.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/fitted_text.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

namespace innspill::ui {

namespace {

// A tree header whose open state lives in `collapsed` (the panel's state)
// rather than in ImGui's storage, so the state is ours to keep and test.
bool foldHeader(std::unordered_set<model::Id>& collapsed, const model::Id& id,
                const std::string& label) {
    ImGui::SetNextItemOpen(!collapsed.contains(id), ImGuiCond_Always);
    const bool open = ImGui::TreeNodeEx(
        "##fold", ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_NoTreePushOnOpen, "%s",
        label.c_str());
    if (ImGui::IsItemToggledOpen()) {
        if (open) {
            collapsed.erase(id);
        } else {
            collapsed.insert(id);
        }
    }
    return open;
}

void drawGroupRow(AppContext& ctx, const model::Event& event, const model::Group& group) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(group.id.str().c_str());

    const bool cancelled = group.status == model::GroupStatus::Cancelled;
    if (cancelled) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    }
    const bool selected = ctx.selection.group == group.id;
    // The number is the Selectable's label: group numbers are digits and dots
    // (model::isValidGroupNumber), so no "##" can hide part of it.
    if (ImGui::Selectable(group.number.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
        ctx.selection.group = group.id;
    }
    ctx.itemRects.record("programme.group/", group.number);

    // Cut with "…" where a column is too narrow; the whole text on hover.
    ImGui::TableNextColumn();
    fittedText(group.title);
    if (ctx.itemRects.enabled()) {
        ctx.itemRects.record("programme.title/", group.number);
    }
    ImGui::TableNextColumn();
    fittedText(roomName(ctx.language, event, group.roomId));
    ImGui::TableNextColumn();
    fittedText(statusLabel(ctx.language, group.status));
    ImGui::TableNextColumn();
    fittedText(joinPeople(ctx.language, event, group.initiators));

    if (cancelled) {
        ImGui::PopStyleColor();
    }
    ImGui::PopID();
}

void drawGroupTable(AppContext& ctx, const model::Event& event,
                    const std::vector<const model::Group*>& groups) {
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                       ImGuiTableFlags_SizingStretchProp |
                                       ImGuiTableFlags_NoSavedSettings;
    if (!ImGui::BeginTable("##groups", 5, kFlags)) {
        return;
    }
    // Fixed columns sized from the font, stretch columns by weight: every
    // round's table gets the same column layout without sharing settings.
    const float numberWidth = ImGui::CalcTextSize("00.00").x;
    float statusWidth = 0.0f;
    for (auto status :
         {model::GroupStatus::Posted, model::GroupStatus::Met, model::GroupStatus::Cancelled}) {
        statusWidth =
            std::max(statusWidth, ImGui::CalcTextSize(statusLabel(ctx.language, status)).x);
    }
    ImGui::TableSetupColumn(ctx.tr("column.number"), ImGuiTableColumnFlags_WidthFixed, numberWidth);
    ImGui::TableSetupColumn(ctx.tr("column.title"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn(ctx.tr("column.room"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(ctx.tr("column.status"), ImGuiTableColumnFlags_WidthFixed, statusWidth);
    ImGui::TableSetupColumn(ctx.tr("column.initiators"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    ctx.itemRects.record("programme.headers");

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(groups.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            drawGroupRow(ctx, event, *groups[static_cast<size_t>(row)]);
        }
    }
    ImGui::EndTable();
}

void drawRound(AppContext& ctx, const model::Event& event, const model::Round& round) {
    ImGui::PushID(round.id.str().c_str());
    std::string label = model::roundHeading(event, round.id);
    // The heading pattern may already print the title ("{title}").
    if (!round.title.empty() && event.labels.roundHeading.find("{title}") == std::string::npos) {
        label += " · " + round.title;
    }
    const bool open = foldHeader(ctx.programme.collapsedRounds, round.id, label);
    ctx.itemRects.record("programme.round/", round.id.str());

    const std::string time = formatTimeRange(round.start, round.end);
    if (!time.empty()) {
        ImGui::SameLine();
        disabledText(time);
    }
    if (open) {
        ImGui::Indent();
        const auto groups = model::groupsInRound(event, round.id);
        if (groups.empty()) {
            disabledText(ctx.tr("programme.noGroups"));
        } else {
            drawGroupTable(ctx, event, groups);
        }
        ImGui::Unindent();
    }
    ImGui::PopID();
}

void drawDay(AppContext& ctx, const model::Event& event, size_t dayIndex) {
    const model::Day& day = event.days[dayIndex];
    ImGui::PushID(day.id.str().c_str());
    std::string label =
        format(ctx.tr("programme.dayHeading"), {{"day", std::to_string(dayIndex + 1)}});
    if (!day.date.empty()) {
        label += " · " + formatDate(ctx.language, day.date);
    }
    bool open = false;
    {
        FontScope bold(ctx.fonts.bold);
        open = foldHeader(ctx.programme.collapsedDays, day.id, label);
    }
    ctx.itemRects.record("programme.day/", day.id.str());
    if (open) {
        ImGui::Indent();
        if (day.rounds.empty()) {
            disabledText(ctx.tr("programme.noRounds"));
        }
        for (const auto& round : day.rounds) {
            drawRound(ctx, event, round);
        }
        ImGui::Unindent();
    }
    ImGui::PopID();
}

// Groups whose round is not in the programme (a dangling reference, or a
// round deleted later) are still the organisers' data: show them apart
// rather than hide them.
void drawUnscheduled(AppContext& ctx, const model::Event& event) {
    std::vector<const model::Group*> groups;
    for (const model::Group* group : model::sortedGroups(event)) {
        if (!model::locateRound(event, group->roundId)) {
            groups.push_back(group);
        }
    }
    if (groups.empty()) {
        return;
    }
    ImGui::PushID("unscheduled");
    ImGui::SetNextItemOpen(!ctx.programme.unscheduledCollapsed, ImGuiCond_Always);
    bool open = false;
    {
        FontScope bold(ctx.fonts.bold);
        open = ImGui::TreeNodeEx(
            "##fold", ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_NoTreePushOnOpen, "%s",
            ctx.tr("programme.unscheduled"));
    }
    if (ImGui::IsItemToggledOpen()) {
        ctx.programme.unscheduledCollapsed = !open;
    }
    if (open) {
        ImGui::Indent();
        drawGroupTable(ctx, event, groups);
        ImGui::Unindent();
    }
    ImGui::PopID();
}

} // namespace

void drawProgrammePanel(AppContext& ctx) {
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return;
    }
    {
        FontScope bold(ctx.fonts.bold);
        text(ctx.tr("programme.title"));
    }
    ImGui::Separator();
    if (event->days.empty()) {
        if (emptyState(icon::kSetup, ctx.tr("programme.empty"),
                       ctx.tr("emptyState.setUpProgramme"))) {
            showTab(ctx, "programme");
        }
        ctx.itemRects.record("overview.setUpProgramme");
    }
    for (size_t d = 0; d < event->days.size(); ++d) {
        drawDay(ctx, *event, d);
    }
    drawUnscheduled(ctx, *event);
}

} // namespace innspill::ui
