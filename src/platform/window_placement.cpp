// Window geometry across runs, and full screen for the projector.
#include "platform/window_placement.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>

namespace innspill::platform {

namespace {

// Smaller than this and the menus do not fit; a remembered 0 × 0 is a bug.
constexpr int kMinWidth = 640;
constexpr int kMinHeight = 400;
// How much of the title bar must be on a monitor for a position to count.
constexpr int kVisibleMargin = 64;

// Whether a window at (x, y) would show its top-left corner region on some
// monitor's work area (monitors get unplugged between runs).
bool onSomeMonitor(int x, int y) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        int areaX = 0;
        int areaY = 0;
        int areaWidth = 0;
        int areaHeight = 0;
        glfwGetMonitorWorkarea(monitors[i], &areaX, &areaY, &areaWidth, &areaHeight);
        if (x + kVisibleMargin > areaX && x < areaX + areaWidth - kVisibleMargin &&
            y >= areaY - kVisibleMargin / 2 && y < areaY + areaHeight - kVisibleMargin) {
            return true;
        }
    }
    return false;
}

GLFWmonitor* monitorOf(GLFWwindow* window) {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    glfwGetWindowPos(window, &x, &y);
    glfwGetWindowSize(window, &width, &height);
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GLFWmonitor* best = glfwGetPrimaryMonitor();
    long bestArea = -1;
    for (int i = 0; i < count; ++i) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        if (mode == nullptr) {
            continue;
        }
        int monitorX = 0;
        int monitorY = 0;
        glfwGetMonitorPos(monitors[i], &monitorX, &monitorY);
        const long overlapWidth =
            std::max(0, std::min(x + width, monitorX + mode->width) - std::max(x, monitorX));
        const long overlapHeight =
            std::max(0, std::min(y + height, monitorY + mode->height) - std::max(y, monitorY));
        if (overlapWidth * overlapHeight > bestArea) {
            bestArea = overlapWidth * overlapHeight;
            best = monitors[i];
        }
    }
    return best;
}

} // namespace

void hintForSavedGeometry(const app::WindowGeometry& saved) {
    const bool remembered = saved.width > 0 && saved.height > 0;
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, remembered ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHint(GLFW_MAXIMIZED, saved.maximized ? GLFW_TRUE : GLFW_FALSE);
    // Shown by restoreGeometry once it stands where it belongs.
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
}

void restoreGeometry(GLFWwindow* window, const app::WindowGeometry& saved) {
    if (saved.width > 0 && saved.height > 0 && !saved.maximized) {
        glfwSetWindowSize(window, std::max(saved.width, kMinWidth),
                          std::max(saved.height, kMinHeight));
    }
    if (saved.hasPosition && onSomeMonitor(saved.x, saved.y)) {
        glfwSetWindowPos(window, saved.x, saved.y);
    }
    glfwSetWindowSizeLimits(window, kMinWidth, kMinHeight, GLFW_DONT_CARE, GLFW_DONT_CARE);
    glfwShowWindow(window);
}

bool captureGeometry(GLFWwindow* window, app::WindowGeometry& geometry) {
    if (glfwGetWindowAttrib(window, GLFW_ICONIFIED) == GLFW_TRUE ||
        glfwGetWindowMonitor(window) != nullptr) {
        return false;
    }
    geometry.maximized = glfwGetWindowAttrib(window, GLFW_MAXIMIZED) == GLFW_TRUE;
    if (!geometry.maximized) {
        glfwGetWindowPos(window, &geometry.x, &geometry.y);
        glfwGetWindowSize(window, &geometry.width, &geometry.height);
        geometry.hasPosition = true;
    }
    return true;
}

void FullScreen::enter(GLFWwindow* window) {
    if (m_active) {
        return;
    }
    GLFWmonitor* monitor = monitorOf(window);
    const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
    if (mode == nullptr) {
        return;
    }
    glfwGetWindowPos(window, &m_x, &m_y);
    glfwGetWindowSize(window, &m_width, &m_height);
    glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    m_active = true;
}

void FullScreen::leave(GLFWwindow* window) {
    if (!m_active) {
        return;
    }
    glfwSetWindowMonitor(window, nullptr, m_x, m_y, std::max(m_width, kMinWidth),
                         std::max(m_height, kMinHeight), GLFW_DONT_CARE);
    m_active = false;
}

} // namespace innspill::platform
