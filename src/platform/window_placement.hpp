// Where the window is: restoring the remembered size, position and
// maximised state at start-up, following later moves for the settings, and
// the projector's full screen on the monitor the window is on.
#pragma once

#include "app/settings.hpp"

struct GLFWwindow;

namespace innspill::platform {

// Window hints for creating the window with `saved` (call before
// glfwCreateWindow). A remembered size is already in the monitor's scale,
// so GLFW must not scale it again.
void hintForSavedGeometry(const app::WindowGeometry& saved);

// Moves the freshly created (hidden) window to `saved` when that place is
// still on a connected monitor, maximises it if it was, then shows it.
void restoreGeometry(GLFWwindow* window, const app::WindowGeometry& saved);

// The window's current place, for the settings. Keeps the last normal size
// and position while maximised, so un-maximising next time goes back there.
// Returns false (and leaves `geometry` alone) while minimised or full screen.
bool captureGeometry(GLFWwindow* window, app::WindowGeometry& geometry);

// Full screen on the monitor that holds most of the window, and back to the
// window it was. Remembers the windowed place in `restore`.
class FullScreen {
  public:
    bool active() const { return m_active; }
    void enter(GLFWwindow* window);
    void leave(GLFWwindow* window);

  private:
    bool m_active = false;
    int m_x = 0;
    int m_y = 0;
    int m_width = 0;
    int m_height = 0;
};

} // namespace innspill::platform
