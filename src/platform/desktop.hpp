// The desktop front end: one GLFW window with an OpenGL 3.3 context running
// the ImGui frame loop over the application shell (ui::drawMainWindow).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::app {
class Workspace;
}

namespace innspill::platform {

struct DesktopOptions {
    // When set: render `frames` frames, write the last one to this PNG file
    // and return 0 (for the smoke test and for looking at the UI headless).
    // Settings are read but never written then, and the window keeps its
    // default size, so screenshots do not depend on the last session.
    std::optional<std::filesystem::path> screenshot;
    int frames = 0; // <= 0 with a screenshot: a few frames, enough to settle the layout
    // The screenshot's window size; 0: the default size.
    int screenshotWidth = 0;
    int screenshotHeight = 0;
    // The file browser's default folder (the repository's sessions/); empty:
    // the home folder.
    std::filesystem::path sessionsFolder;
    // The export dialog's default folder (the repository's exports/); empty:
    // beside the event file.
    std::filesystem::path exportsFolder;
    // Documents/Innspill: where files go when nothing else says (made when
    // first needed); empty: the home folder.
    std::filesystem::path documentsFolder;
    // The user's settings file; empty: nothing is remembered between runs.
    std::filesystem::path settingsPath;
    // A file to open once the window is up, through the shell (so a damaged
    // file gets the offer of its newest good backup); empty: none.
    std::filesystem::path openAtStart;
    // Files taken as dropped onto the window before the first frame (kits
    // open the merge dialog): for screenshots of it and for scripts.
    std::vector<std::filesystem::path> droppedAtStart;
    // A hand-in folder to watch from the start (as Fil → Innlevering fra
    // mappe… would); empty: none.
    std::filesystem::path watchAtStart;
    // A dialog to open at start, by its name in ui::kStartDialogs (for
    // screenshots of it and for scripts); empty: none.
    std::string dialogAtStart;
};

// Whether `name` is a dialog DesktopOptions::dialogAtStart can open.
bool isStartDialog(std::string_view name);

// Runs until the person quits. `workspace` holds the event to show (or
// none) and is where New/Open/Close put the next one; the caller owns it for
// the whole run. Returns 0, or non-zero after one line on stderr when no
// window can be opened (e.g. no display) or the screenshot cannot be written.
int runDesktop(app::Workspace& workspace, const DesktopOptions& options);

} // namespace innspill::platform
