// The Merge kits dialog (Fil → Slå sammen kit …, or kit files dropped on the
// window): the kits handed in, each with its facilitator, when it was handed
// out and what it brings — or why it is refused; the conflicts side by side
// (the master's version | the kit's) with a choice for each; and Merge, which
// applies everything through the open session as one undo step, hand-in
// records included. Planned against the open event as it is in memory
// (app::planHandIns(session, …)). Also the Hand-in history dialog.
// Design: docs/kits-and-merge.md.
//
// Usage: openMergeKitsDialog(ctx, paths) from the menu or a drop;
// drawMergeKitsDialog(ctx) and drawHandInHistory(ctx) every frame at the top
// level, like drawFileDialogs.
#pragma once

#include "app/merge/kits.hpp"
#include "ui/shell/file_browser.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace innspill::ui {

struct AppContext;

struct MergeKitsDialogState {
    bool openRequested = false;
    bool visible = false; // the dialog was drawn in the last frame

    // Kits in the order given; a refused kit stays listed with its reason
    // and takes no part in the merge.
    std::vector<app::KitForHandIn> accepted;
    std::vector<app::KitForHandIn> refused;
    std::vector<app::KitChoices> choices; // per accepted kit, by conflict key

    // Why the open event cannot take kits now (it is a kit itself…).
    std::string refusal;
    std::optional<app::HandInRun> run; // the plan of the accepted kits with the choices
    std::string runError;              // planning failed as a whole

    // The last merge, shown until the kits change.
    bool merged = false;
    model::HandInCounts mergedCounts;
    std::vector<lang::Message> mergedNotes; // what it did that a person should know
    std::string mergeError;

    std::vector<model::HandIn> history; // the master's hand-ins, for the history section

    // Kits from the watched hand-in folder that have conflicts: waiting for
    // the dialog (the File menu shows how many); taken in when it opens.
    std::vector<app::KitForHandIn> queued;

    FileBrowserState browser;
    bool browsing = false;

    // A new event: what was read and planned belonged to the old one.
    void forgetEvent() {
        accepted.clear();
        refused.clear();
        choices.clear();
        refusal.clear();
        run.reset();
        runError.clear();
        merged = false;
        mergeError.clear();
        history.clear();
        queued.clear();
    }
};

struct HandInHistoryState {
    bool openRequested = false;
    std::vector<model::HandIn> handIns;
    std::string error;
};

// Popup names, shared with tests.
inline constexpr const char* kMergeKitsPopup = "###mergeKits";
inline constexpr const char* kHandInHistoryPopup = "###handInHistory";

// Opens the dialog (needs an open event) and adds `kits` to it: read at
// once, planned against the open event.
void openMergeKitsDialog(AppContext& ctx, const std::vector<std::filesystem::path>& kits = {});

// Files dropped on the window: with an event open they are kits to hand in
// (the merge dialog opens with them; what is not a kit is refused there);
// with none open, the first event file is opened.
void filesDropped(AppContext& ctx, const std::vector<std::filesystem::path>& paths);

// Adds kits (a kit already listed is not added twice) and plans again.
void addKits(AppContext& ctx, const std::vector<std::filesystem::path>& kits);
void removeKit(AppContext& ctx, const std::filesystem::path& kit);

// A person's choice for conflict `conflict` of accepted kit `kit` (indexes
// into run->kits and its plan's conflicts), or for every conflict; plans again.
void chooseConflict(AppContext& ctx, size_t kit, size_t conflict, app::MergeChoice choice);
void chooseAllConflicts(AppContext& ctx, app::MergeChoice choice);

// Merges the accepted kits into the open event as one change, planned
// afresh against the event as it is now. Returns false when nothing was
// merged (state.mergeError says why, or nothing was new).
bool mergeKitsNow(AppContext& ctx);

void drawMergeKitsDialog(AppContext& ctx);

void openHandInHistory(AppContext& ctx);
void drawHandInHistory(AppContext& ctx);

} // namespace innspill::ui
