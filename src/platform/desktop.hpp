// The desktop front end: one GLFW window with an OpenGL 3.3 context running
// the ImGui frame loop over the main window.
#pragma once

#include <filesystem>
#include <optional>

namespace innspill::app {
class EventSession;
}

namespace innspill::platform {

struct DesktopOptions {
    // When set: render `frames` frames, write the last one to this PNG file
    // and return 0 (for the smoke test and for looking at the UI headless).
    std::optional<std::filesystem::path> screenshot;
    int frames = 0; // <= 0 with a screenshot: a few frames, enough to settle the layout
};

// Runs until the window is closed. `session` may be null (no event open) and
// is not owned. Returns 0, or non-zero after one line on stderr when no window
// can be opened (e.g. no display) or the screenshot cannot be written.
int runDesktop(app::EventSession* session, const DesktopOptions& options);

} // namespace innspill::platform
