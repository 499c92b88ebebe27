// The merge dialog's tables: kits, conflicts side by side, notes, hand-ins.
#include "ui/kits/merge_tables.hpp"

#include "ui/kits/merge_dialog.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/widgets.hpp"

#include "lang/message.hpp"
#include "ui/widgets/choice_controls.hpp"

#include <imgui.h>

#include <initializer_list>
#include <string>
#include <utility>

namespace innspill::ui {

namespace fs = std::filesystem;

namespace {

// The row of a conflict nobody has decided yet: a light amber.
const ImVec4 kUndecidedRow(1.0f, 0.85f, 0.45f, 0.25f);
constexpr size_t kShortIdChars = 8;

const char* kindKey(app::ConflictKind kind) {
    switch (kind) {
    case app::ConflictKind::DeletedInKit:
        return "merge.kind.deletedInKit";
    case app::ConflictKind::DeletedInMaster:
        return "merge.kind.deletedInMaster";
    case app::ConflictKind::NumberTaken:
        return "merge.kind.numberTaken";
    case app::ConflictKind::SamePerson:
        return "merge.kind.samePerson";
    case app::ConflictKind::BothChanged:
        break;
    }
    return "merge.kind.bothChanged";
}

std::string facilitatorText(AppContext& ctx, const std::string& facilitator) {
    return facilitator.empty() ? std::string(ctx.tr("merge.noName")) : facilitator;
}

// Stretching columns with headers from the catalogue, then optionally a
// narrow one for a button, without a header.
void setupColumns(AppContext& ctx, std::initializer_list<std::pair<const char*, float>> columns,
                  const char* buttonColumn = nullptr) {
    for (const auto& [key, weight] : columns) {
        ImGui::TableSetupColumn(ctx.tr(key), ImGuiTableColumnFlags_WidthStretch, weight);
    }
    if (buttonColumn != nullptr) {
        ImGui::TableSetupColumn(buttonColumn, ImGuiTableColumnFlags_WidthFixed);
    }
    ImGui::TableHeadersRow();
}

// One side of a conflict: the choice of it (on top, so the two choices of a
// row line up side by side), what that means, and the side's value.
void drawSide(AppContext& ctx, const lang::Message& valueMessage, const lang::Message& meansMessage,
              const char* choiceKey, bool active, const std::string& record, bool& clicked) {
    clicked = radioButton(ctx.tr(choiceKey), active);
    ctx.itemRects.record(record);
    const std::string means = lang::render(ctx.language, meansMessage);
    if (!means.empty()) {
        disabledWrappedText(means);
    }
    const std::string value = lang::render(ctx.language, valueMessage);
    if (value.empty()) {
        disabledWrappedText(ctx.tr("merge.emptyValue"));
    } else {
        wrappedText(value);
    }
}

// Returns the choice clicked in the row (Undecided: none).
app::MergeChoice drawConflictRow(AppContext& ctx, size_t kit, size_t index,
                                 const app::MergeConflict& conflict) {
    ImGui::PushID(static_cast<int>(index));
    ImGui::TableNextRow();
    if (conflict.choice == app::MergeChoice::Undecided) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(kUndecidedRow));
    }
    const std::string record = "merge.choice/" + std::to_string(kit) + "." + std::to_string(index);
    app::MergeChoice chosen = app::MergeChoice::Undecided;
    bool clicked = false;

    ImGui::TableNextColumn();
    wrappedText(lang::render(ctx.language, conflict.where) + ": " +
                lang::render(ctx.language, conflict.fieldLabel));
    ctx.itemRects.record("merge.conflict/", std::to_string(kit) + "." + std::to_string(index));
    disabledWrappedText(ctx.tr(kindKey(conflict.kind)));
    if (conflict.bothAllowed) {
        if (radioButton(ctx.tr("merge.both"), conflict.choice == app::MergeChoice::Both)) {
            chosen = app::MergeChoice::Both;
        }
        ctx.itemRects.record(record + "/both");
    }

    ImGui::TableNextColumn();
    drawSide(ctx, conflict.masterValue, conflict.masterMeans, "merge.keepMaster",
             conflict.choice == app::MergeChoice::Master, record + "/master", clicked);
    if (clicked) {
        chosen = app::MergeChoice::Master;
    }
    ImGui::TableNextColumn();
    drawSide(ctx, conflict.kitValue, conflict.kitMeans, "merge.takeKit",
             conflict.choice == app::MergeChoice::Kit, record + "/kit", clicked);
    if (clicked) {
        chosen = app::MergeChoice::Kit;
    }
    ImGui::PopID();
    return chosen == conflict.choice ? app::MergeChoice::Undecided : chosen;
}

} // namespace

fs::path drawKitTable(AppContext& ctx, const MergeKitsDialogState& state) {
    if (state.accepted.empty() && state.refused.empty()) {
        disabledWrappedText(ctx.tr("merge.none"));
        ctx.itemRects.record("merge.none");
        return {};
    }
    fs::path removed;
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                       ImGuiTableFlags_BordersOuter |
                                       ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##kits", 5, kFlags)) {
        return {};
    }
    setupColumns(ctx,
                 {{"merge.col.file", 2.2f},
                  {"merge.col.facilitator", 1.3f},
                  {"merge.col.handedOut", 1.1f},
                  {"merge.col.brings", 3.0f}},
                 "##remove");
    const auto removeButton = [&](const app::KitForHandIn& kit) {
        ImGui::TableNextColumn();
        if (ImGui::SmallButton("\xC3\x97")) { // ×
            removed = kit.path;
        }
        ctx.itemRects.record("merge.remove/", kit.path.filename().string());
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", ctx.tr("merge.removeTip"));
        }
    };
    for (size_t i = 0; i < state.accepted.size(); ++i) {
        const auto& kit = state.accepted[i];
        const std::string name = kit.path.filename().string();
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        wrappedText(name);
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", kit.path.string().c_str());
        }
        ImGui::TableNextColumn();
        wrappedText(facilitatorText(ctx, kit.contents.record.facilitator));
        ImGui::TableNextColumn();
        wrappedText(formatTimestamp(ctx.language, kit.contents.record.handedOutAt));
        ImGui::TableNextColumn();
        if (state.run && i < state.run->kits.size()) {
            const auto& plan = state.run->kits[i].plan;
            if (plan.bringsNothing()) {
                disabledWrappedText(ctx.tr("merge.nothingNew"));
            } else {
                wrappedText(handInCountsText(ctx.language, plan.summary));
            }
            if (plan.undecided() > 0) {
                errorWrappedText(format(ctx.tr("merge.kitUndecided"),
                                        {{"n", std::to_string(plan.undecided())}}));
            }
        } else {
            disabledText("—");
        }
        ctx.itemRects.record("merge.kit/", name);
        removeButton(kit);
        ImGui::PopID();
    }
    for (size_t i = 0; i < state.refused.size(); ++i) {
        const auto& kit = state.refused[i];
        const std::string name = kit.path.filename().string();
        ImGui::PushID(static_cast<int>(state.accepted.size() + i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        wrappedText(name);
        ImGui::TableNextColumn();
        disabledText("—");
        ImGui::TableNextColumn();
        disabledText("—");
        ImGui::TableNextColumn();
        errorWrappedText(
            format(ctx.tr("merge.refused"), {{"reason", lang::render(ctx.language, kit.refusal)}}));
        ctx.itemRects.record("merge.refused/", name);
        removeButton(kit);
        ImGui::PopID();
    }
    ImGui::EndTable();
    return removed;
}

void drawConflicts(AppContext& ctx, const app::HandInRun& run) {
    size_t total = 0;
    for (const auto& kit : run.kits) {
        total += kit.plan.conflicts.size();
    }
    if (total == 0) {
        return;
    }
    ImGui::Spacing();
    {
        FontScope bold(ctx.fonts.bold);
        text(format(ctx.tr("merge.conflicts"),
                    {{"n", std::to_string(total)}, {"open", std::to_string(run.undecided())}}));
    }
    ctx.itemRects.record("merge.conflicts");
    // A choice plans again and replaces `run`: applied once it is drawn.
    app::MergeChoice all = app::MergeChoice::Undecided;
    if (ImGui::Button(ctx.tr("merge.allMaster"))) {
        all = app::MergeChoice::Master;
    }
    ctx.itemRects.record("merge.allMaster");
    ImGui::SameLine();
    if (ImGui::Button(ctx.tr("merge.allKit"))) {
        all = app::MergeChoice::Kit;
    }
    ctx.itemRects.record("merge.allKit");
    struct Clicked {
        size_t kit = 0;
        size_t conflict = 0;
        app::MergeChoice choice = app::MergeChoice::Undecided;
    } clicked;

    const app::HandInRun& shown = run;
    constexpr ImGuiTableFlags kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter |
        ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    for (size_t k = 0; k < shown.kits.size(); ++k) {
        const auto& kit = shown.kits[k];
        if (kit.plan.conflicts.empty()) {
            continue;
        }
        ImGui::PushID(static_cast<int>(k));
        if (shown.kits.size() > 1) {
            ImGui::Spacing();
            text(format(ctx.tr("merge.conflictsOfKit"),
                        {{"facilitator", facilitatorText(ctx, kit.record.facilitator)},
                         {"file", kit.path.filename().string()}}));
        }
        if (ImGui::BeginTable("##conflicts", 3, kFlags)) {
            ImGui::TableSetupColumn(ctx.tr("merge.col.what"), ImGuiTableColumnFlags_WidthStretch,
                                    1.0f);
            ImGui::TableSetupColumn(ctx.tr("merge.col.master"), ImGuiTableColumnFlags_WidthStretch,
                                    1.6f);
            const std::string kitHeader =
                format(ctx.tr("merge.col.kit"),
                       {{"facilitator", facilitatorText(ctx, kit.record.facilitator)}});
            ImGui::TableSetupColumn(kitHeader.c_str(), ImGuiTableColumnFlags_WidthStretch, 1.6f);
            ImGui::TableHeadersRow();
            for (size_t c = 0; c < kit.plan.conflicts.size(); ++c) {
                const auto choice = drawConflictRow(ctx, k, c, kit.plan.conflicts[c]);
                if (choice != app::MergeChoice::Undecided) {
                    clicked = {k, c, choice};
                }
            }
            ImGui::EndTable();
        }
        ImGui::PopID();
    }
    if (all != app::MergeChoice::Undecided) {
        chooseAllConflicts(ctx, all);
    } else if (clicked.choice != app::MergeChoice::Undecided) {
        chooseConflict(ctx, clicked.kit, clicked.conflict, clicked.choice);
    }
}

void drawMergeNotes(AppContext& ctx, const app::HandInRun& run) {
    std::vector<lang::Message> notes;
    for (const auto& kit : run.kits) {
        notes.insert(notes.end(), kit.plan.notes.begin(), kit.plan.notes.end());
    }
    drawMergeNotes(ctx, notes);
}

void drawMergeNotes(AppContext& ctx, const std::vector<lang::Message>& notes) {
    bool any = false;
    for (const auto& note : notes) {
        if (!any) {
            ImGui::Spacing();
            text(ctx.tr("merge.notes"));
            any = true;
        }
        ImGui::Bullet();
        const std::string line = lang::render(ctx.language, note);
        wrappedText(line);
        ctx.itemRects.record("merge.note/", line);
    }
}

void drawHandInTable(AppContext& ctx, const std::vector<model::HandIn>& handIns) {
    if (handIns.empty()) {
        disabledWrappedText(ctx.tr("history.empty"));
        ctx.itemRects.record("history.empty");
        return;
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                       ImGuiTableFlags_BordersInnerV |
                                       ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##handIns", 4, kFlags)) {
        return;
    }
    setupColumns(ctx, {{"history.col.when", 1.2f},
                       {"history.col.facilitator", 1.3f},
                       {"history.col.kit", 0.8f},
                       {"history.col.brought", 3.0f}});
    for (size_t i = 0; i < handIns.size(); ++i) {
        const auto& handIn = handIns[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        wrappedText(formatTimestamp(ctx.language, handIn.handedInAt));
        ImGui::TableNextColumn();
        wrappedText(facilitatorText(ctx, handIn.facilitator));
        ImGui::TableNextColumn();
        const std::string id = handIn.kitId.str();
        text(id.substr(0, kShortIdChars));
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", format(ctx.tr("history.kitTip"), {{"id", id}}).c_str());
        }
        ImGui::TableNextColumn();
        wrappedText(handInCountsText(ctx.language, handIn.counts));
        ctx.itemRects.record("history.row/", std::to_string(i));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

} // namespace innspill::ui
