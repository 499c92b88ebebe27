// The merge-kits dialog's actions (reading kits, choosing, merging) and its
// frame; the tables it draws are in merge_tables.cpp.
#include "ui/kits/merge_dialog.hpp"

#include "app/merge/choice_rounds.hpp"
#include "ui/capture/capture_photos.hpp"
#include "ui/kits/merge_tables.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/dialog.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace innspill::ui {

namespace fs = std::filesystem;

namespace {

bool listed(const MergeKitsDialogState& state, const fs::path& path) {
    const auto same = [&](const app::KitForHandIn& kit) { return kit.path == path; };
    return std::any_of(state.accepted.begin(), state.accepted.end(), same) ||
           std::any_of(state.refused.begin(), state.refused.end(), same);
}

void readHistory(AppContext& ctx, MergeKitsDialogState& state) {
    try {
        state.history = app::handInsOf(*ctx.session, false);
    } catch (const app::KitError&) {
        state.history.clear(); // the plan says what is wrong with the file
    }
}

// Plans the accepted kits with the choices against the open event as it is now.
void replan(AppContext& ctx) {
    MergeKitsDialogState& state = ctx.mergeKits;
    state.run.reset();
    state.runError.clear();
    if (ctx.session == nullptr || !state.refusal.empty()) {
        return;
    }
    readHistory(ctx, state);
    state.choices.resize(state.accepted.size());
    if (state.accepted.empty()) {
        return;
    }
    try {
        state.run = app::planHandIns(*ctx.session, state.accepted, state.choices);
    } catch (const app::KitError& error) {
        state.runError = lang::render(ctx.language, error.message());
    }
}

void kitsChanged(MergeKitsDialogState& state) {
    state.merged = false;
    state.mergeError.clear();
}

model::HandInCounts total(const app::HandInRun& run) {
    model::HandInCounts sum;
    for (const auto& kit : run.kits) {
        sum += kit.plan.summary;
    }
    return sum;
}

void startAddingKits(AppContext& ctx, MergeKitsDialogState& state) {
    FileBrowserRequest request;
    request.mode = FileBrowserMode::Open;
    request.multiSelect = true;
    request.titleKey = "merge.browserTitle";
    request.confirmKey = "browser.choose";
    request.filters = {FileFilter{"browser.filterEvents", {".innspill"}},
                       FileFilter{"browser.filterAll", {}}};
    request.folder = defaultFolder(ctx);
    request.sessionsFolder = ctx.mainWindow.files.sessionsFolder;
    openFileBrowser(state.browser, std::move(request));
    state.browsing = true;
}

// Why Merge is disabled, or null when it is not.
const char* mergeBlockedKey(const MergeKitsDialogState& state) {
    if (!state.run) {
        return state.runError.empty() ? "merge.blocked.noKits" : "merge.blocked.error";
    }
    if (state.run->undecided() > 0) {
        return "merge.blocked.undecided";
    }
    if (!state.run->problems.empty()) {
        return "merge.blocked.error";
    }
    if (state.run->bringsNothing()) {
        return "merge.blocked.nothing";
    }
    return nullptr;
}

void drawFooter(AppContext& ctx, MergeKitsDialogState& state, bool& close) {
    const char* blocked = mergeBlockedKey(state);
    if (state.merged) {
        doneWrappedText(format(ctx.tr("merge.merged"),
                               {{"counts", handInCountsText(ctx.language, state.mergedCounts)}}));
        ctx.itemRects.record("merge.merged");
    } else if (!state.mergeError.empty()) {
        errorWrappedText(state.mergeError);
        ctx.itemRects.record("merge.mergeError");
    } else if (blocked != nullptr) {
        disabledWrappedText(
            format(ctx.tr(blocked),
                   {{"n", std::to_string(state.run ? state.run->undecided() : size_t{0})}}));
        ctx.itemRects.record("merge.blocked");
    }
    ImGui::BeginDisabled(blocked != nullptr);
    const bool merge = primaryButton(ctx.tr("merge.merge"));
    ImGui::EndDisabled();
    ctx.itemRects.record("merge.merge");
    ImGui::SameLine();
    close = ImGui::Button(ctx.tr(state.merged ? "notes.close" : "button.cancel")) || close;
    ctx.itemRects.record("merge.close");
    if (merge) {
        mergeKitsNow(ctx);
    }
}

void drawBody(AppContext& ctx, MergeKitsDialogState& state) {
    disabledWrappedText(ctx.tr("merge.intro"));
    if (ImGui::Button(ctx.tr("merge.addKits"))) {
        startAddingKits(ctx, state);
    }
    ImGui::SetItemDefaultFocus(); // the keyboard starts at the first step
    ctx.itemRects.record("merge.addKits");
    ImGui::SameLine();
    ImGui::BeginDisabled(state.accepted.empty() && state.refused.empty());
    if (ImGui::Button(ctx.tr("merge.clear"))) {
        state.accepted.clear();
        state.refused.clear();
        state.choices.clear();
        kitsChanged(state);
        replan(ctx);
    }
    ImGui::EndDisabled();
    ctx.itemRects.record("merge.clear");

    const ImGuiStyle& style = ImGui::GetStyle();
    const float footer = ImGui::GetFrameHeightWithSpacing() * 2.0f + style.ItemSpacing.y;
    const float height = std::max(ImGui::GetContentRegionAvail().y - footer, 1.0f);
    // Flattened: the arrow keys go through the kits and conflicts on to Merge.
    if (ImGui::BeginChild("##mergeBody", ImVec2(0.0f, height), true,
                          ImGuiWindowFlags_NavFlattened)) {
        const auto removed = drawKitTable(ctx, state);
        if (!removed.empty()) {
            removeKit(ctx, removed);
        }
        if (!state.runError.empty()) {
            errorWrappedText(state.runError);
            ctx.itemRects.record("merge.runError");
        }
        if (state.run) {
            for (const auto& problem : state.run->problems) {
                const std::string text = lang::render(ctx.language, problem);
                errorWrappedText(text);
                ctx.itemRects.record("merge.problem/", text);
            }
            drawConflicts(ctx, *state.run); // a choice plans again
        }
        if (state.merged) {
            drawMergeNotes(ctx, state.mergedNotes);
        } else if (state.run) {
            drawMergeNotes(ctx, *state.run);
        }
        ImGui::Spacing();
        const std::string heading =
            format(ctx.tr("merge.history"), {{"n", std::to_string(state.history.size())}}) +
            "###history";
        if (ImGui::CollapsingHeader(heading.c_str())) {
            drawHandInTable(ctx, state.history);
        }
    }
    ImGui::EndChild();
}

} // namespace

void openMergeKitsDialog(AppContext& ctx, const std::vector<fs::path>& kits) {
    if (ctx.session == nullptr) {
        return;
    }
    MergeKitsDialogState& state = ctx.mergeKits;
    auto queued = std::move(state.queued);
    state.queued.clear();
    if (!state.visible && !state.openRequested) {
        state.forgetEvent(); // a fresh hand-in
        state.refusal = lang::render(ctx.language, app::handInRefusal(*ctx.session));
    }
    state.openRequested = true;
    // Kits waiting from the watched folder are already read (from private copies).
    bool added = false;
    for (auto& kit : queued) {
        if (!state.refusal.empty()) {
            break;
        }
        std::erase_if(state.accepted, [&](const app::KitForHandIn& listedKit) {
            return listedKit.path == kit.path;
        });
        state.accepted.push_back(std::move(kit));
        state.choices.resize(state.accepted.size() - 1);
        state.choices.emplace_back();
        added = true;
    }
    if (added) {
        kitsChanged(state);
    }
    addKits(ctx, kits);
    if (kits.empty() || added) {
        replan(ctx);
    }
}

void filesDropped(AppContext& ctx, const std::vector<fs::path>& dropped) {
    // Photos go to the open group on the capture screen; the rest as before.
    const auto paths = takeDroppedPhotos(ctx, dropped);
    if (paths.empty()) {
        return;
    }
    if (ctx.session != nullptr) {
        openMergeKitsDialog(ctx, paths);
        return;
    }
    // Nothing open: a dropped event file is opened, as Open would.
    for (const auto& path : paths) {
        if (path.extension() == ".innspill") {
            openPath(ctx, path);
            return;
        }
    }
}

void addKits(AppContext& ctx, const std::vector<fs::path>& kits) {
    MergeKitsDialogState& state = ctx.mergeKits;
    if (ctx.session == nullptr || !state.refusal.empty()) {
        return;
    }
    std::vector<fs::path> fresh;
    for (const auto& kit : kits) {
        if (!listed(state, kit) && std::find(fresh.begin(), fresh.end(), kit) == fresh.end()) {
            fresh.push_back(kit);
        }
    }
    if (fresh.empty()) {
        return;
    }
    for (auto& kit : app::readKitsForHandIn(*ctx.session, fresh)) {
        (kit.refusal.empty() ? state.accepted : state.refused).push_back(std::move(kit));
    }
    kitsChanged(state);
    replan(ctx);
}

void removeKit(AppContext& ctx, const fs::path& kit) {
    MergeKitsDialogState& state = ctx.mergeKits;
    state.choices.resize(state.accepted.size());
    for (size_t i = state.accepted.size(); i-- > 0;) {
        if (state.accepted[i].path == kit) {
            state.accepted.erase(state.accepted.begin() + static_cast<std::ptrdiff_t>(i));
            state.choices.erase(state.choices.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    std::erase_if(state.refused, [&](const app::KitForHandIn& k) { return k.path == kit; });
    kitsChanged(state);
    replan(ctx);
}

void chooseConflict(AppContext& ctx, size_t kit, size_t conflict, app::MergeChoice choice) {
    MergeKitsDialogState& state = ctx.mergeKits;
    if (!state.run || kit >= state.run->kits.size() ||
        conflict >= state.run->kits[kit].plan.conflicts.size()) {
        return;
    }
    state.choices.resize(state.accepted.size());
    state.choices[kit][state.run->kits[kit].plan.conflicts[conflict].key] = choice;
    kitsChanged(state);
    replan(ctx);
}

// A choice can reveal a new conflict (a restored group whose number is
// taken…); "all" answers those too, in rounds (app::settleInRounds).
void chooseAllConflicts(AppContext& ctx, app::MergeChoice choice) {
    MergeKitsDialogState& state = ctx.mergeKits;
    app::settleInRounds([&] {
        if (!state.run || state.run->undecided() == 0) {
            return false;
        }
        state.choices.resize(state.accepted.size());
        for (size_t k = 0; k < state.run->kits.size(); ++k) {
            for (const auto& conflict : state.run->kits[k].plan.conflicts) {
                state.choices[k][conflict.key] = choice;
            }
        }
        replan(ctx);
        return true;
    });
    // Also the conflicts already decided the other way: "all" means all.
    if (state.run) {
        bool changed = false;
        for (size_t k = 0; k < state.run->kits.size(); ++k) {
            for (const auto& conflict : state.run->kits[k].plan.conflicts) {
                changed = changed || conflict.choice != choice;
                state.choices[k][conflict.key] = choice;
            }
        }
        if (changed) {
            replan(ctx);
        }
    }
    kitsChanged(state);
}

bool mergeKitsNow(AppContext& ctx) {
    MergeKitsDialogState& state = ctx.mergeKits;
    state.merged = false;
    state.mergeError.clear();
    if (ctx.session == nullptr) {
        return false;
    }
    // Never from the preview's plan: plan again against the event as it is now.
    replan(ctx);
    if (mergeBlockedKey(state) != nullptr) {
        state.mergeError = state.runError;
        return false;
    }
    const model::HandInCounts counts = total(*state.run);
    std::vector<lang::Message> notes; // people unified…: still shown once merged
    for (const auto& kit : state.run->kits) {
        notes.insert(notes.end(), kit.plan.notes.begin(), kit.plan.notes.end());
    }
    try {
        // A failed write keeps the change in memory and the shell says why.
        app::applyHandIns(*ctx.session, *state.run);
    } catch (const app::KitError& error) {
        state.mergeError = lang::render(ctx.language, error.message());
        return false;
    }
    // The preview now shows the same kits against the merged event: each
    // brings nothing more.
    state.choices.clear();
    replan(ctx);
    state.merged = true;
    state.mergedCounts = counts;
    state.mergedNotes = std::move(notes);
    return true;
}

void drawMergeKitsDialog(AppContext& ctx) {
    MergeKitsDialogState& state = ctx.mergeKits;
    if (state.openRequested) {
        state.openRequested = false;
        if (ctx.session != nullptr) {
            ImGui::OpenPopup(kMergeKitsPopup);
        }
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * 0.9f, viewport->WorkSize.y * 0.88f),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const std::string title = std::string(ctx.tr("merge.title")) + kMergeKitsPopup;
    bool keepOpen = true;
    state.visible =
        ImGui::BeginPopupModal(title.c_str(), &keepOpen, ImGuiWindowFlags_NoSavedSettings);
    if (!state.visible) {
        return;
    }
    if (ctx.session == nullptr) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const bool browserWasOpen = state.browsing || ImGui::IsPopupOpen(kFileBrowserPopup);
    bool close = !keepOpen;
    if (!state.refusal.empty()) {
        errorWrappedText(state.refusal);
        ctx.itemRects.record("merge.refusal");
        ImGui::Spacing();
        close = ImGui::Button(ctx.tr("notes.close")) || close;
        ctx.itemRects.record("merge.close");
    } else {
        drawBody(ctx, state);
        drawFooter(ctx, state, close);
    }
    // The file browser is a popup of this dialog (its ID stack).
    if (drawNestedFileBrowser(ctx, state.browser, state.browsing)) {
        rememberLastFolder(ctx, state.browser.chosen.parent_path());
        addKits(ctx, state.browser.chosenAll);
    }
    close = ext::escapeClosesDialog(browserWasOpen) || close;
    if (close) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void openHandInHistory(AppContext& ctx) {
    if (ctx.session == nullptr) {
        return;
    }
    HandInHistoryState& state = ctx.handInHistory;
    state.openRequested = true;
    state.error.clear();
    try {
        state.handIns = app::handInsOf(*ctx.session, false);
    } catch (const app::KitError& error) {
        state.handIns.clear();
        state.error = lang::render(ctx.language, error.message());
    }
}

void drawHandInHistory(AppContext& ctx) {
    HandInHistoryState& state = ctx.handInHistory;
    if (state.openRequested) {
        state.openRequested = false;
        if (ctx.session != nullptr) {
            ImGui::OpenPopup(kHandInHistoryPopup);
        }
    }
    const std::string title = std::string(ctx.tr("history.title")) + kHandInHistoryPopup;
    if (!beginDialog(title.c_str(), 52.0f)) {
        return;
    }
    if (!state.error.empty()) {
        errorWrappedText(state.error);
    }
    drawHandInTable(ctx, state.handIns);
    ImGui::Spacing();
    if (ImGui::Button(ctx.tr("notes.close")) || ext::escapeClosesDialog(false, true)) {
        ImGui::CloseCurrentPopup();
    }
    ctx.itemRects.record("history.close");
    ImGui::EndPopup();
}

} // namespace innspill::ui
