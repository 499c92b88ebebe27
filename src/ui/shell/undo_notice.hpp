// Undo and redo from the shell (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, the Edit
// menu), each confirmed in the status bar for a few seconds with what it
// undid: "Angret: Flytt emne 2.1". A person who pressed Ctrl+Z on the wall
// while looking at the capture screen sees what went.
#pragma once

namespace innspill::ui {

struct AppContext;

// Seconds the status bar shows the confirmation.
inline constexpr double kUndoNoticeSeconds = 4.0;

// Undoes (redoes) the last change, if any, and says so in the status bar.
void undoWithNotice(AppContext& ctx);
void redoWithNotice(AppContext& ctx);

} // namespace innspill::ui
