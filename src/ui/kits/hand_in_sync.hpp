// Hand-ins through a synced folder, in the app. The facilitator's side:
// Fil → Utboks for kit… chooses the open kit's outbox (the workspace then
// keeps a hand-in copy there, app::OutboxKeeper; the status bar says how it
// goes). The organiser's side: Fil → Innlevering fra mappe… watches a folder
// (remembered in the event) while the app runs; kit copies without
// conflicts are merged as they arrive, each its own undo step, and listed
// quietly in a small window ("Kari: 2 nye grupper, 14 innspill, 12:41");
// copies with conflicts wait in the merge dialog's queue, with a badge on
// Fil → Slå sammen kit….
//
// Usage: openOutboxChoice / openHandInWatch from the menu; keepWatching(ctx)
// every frame (it polls when due and asks for a frame then);
// drawHandInSync(ctx) every frame at the top level.
#pragma once

#include "app/hand_in_watch.hpp"
#include "ui/shell/file_browser.hpp"

#include <memory>
#include <string>

namespace innspill::ui {

struct AppContext;

struct HandInWatchState {
    std::unique_ptr<app::HandInWatch> watch; // null: not watching
    bool windowOpen = false;
    bool windowRequested = false;
    std::string error; // the last failure to start, worded
    FileBrowserState browser;
    bool browsing = false;
};

struct OutboxChoiceState {
    FileBrowserState browser;
    std::string error; // why the last choice was refused, worded
};

// Popup and window names, shared with tests.
inline constexpr const char* kHandInWatchWindow = "###handInWatch";

void openOutboxChoice(AppContext& ctx);
// Chooses `folder` as the open kit's outbox (what the browser does).
bool chooseOutbox(AppContext& ctx, const std::filesystem::path& folder);

// Shows the window and starts watching the event's remembered folder, or
// asks for one.
void openHandInWatch(AppContext& ctx);
// Watches `folder` (remembered in the event); false (state.error) when it
// cannot be.
bool startWatching(AppContext& ctx, const std::filesystem::path& folder);
void stopWatching(AppContext& ctx);
void keepWatching(AppContext& ctx);

// Kits waiting in the merge dialog's queue (the badge).
size_t queuedKits(const AppContext& ctx);

void drawHandInSync(AppContext& ctx);

} // namespace innspill::ui
