// The quiet status bar along the bottom of the window: "Lagret" while every
// change is on disk; when a write fails, "Ikke lagret – prøver igjen" with
// the reason, a retry every few seconds and the way out ("Lagre en kopi…").
#pragma once

#include <string>

namespace innspill::ui {

struct AppContext;

struct StatusBarState {
    double nextRetry = -1.0; // ImGui time of the next automatic retry; < 0: none planned
    // A short confirmation ("Angret: Flytt emne 2.1", undo_notice.hpp) shown
    // until ImGui time noticeUntil.
    std::string notice;
    double noticeUntil = -1.0;
};

// Seconds between automatic retries of writes that failed.
inline constexpr double kRetryInterval = 2.0;

// Draws the bar (it reserves its height at the bottom of the viewport) and
// retries failed writes when it is time.
void drawStatusBar(AppContext& ctx);

} // namespace innspill::ui
