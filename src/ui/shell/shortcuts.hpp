// The shell's keyboard shortcuts (Ctrl+N/O/W/Q, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y,
// Ctrl+Shift+S, Ctrl+E, F5 projector, zoom), handled once per frame before
// anything is drawn.
#pragma once

#include <vector>

namespace innspill::ui {

struct AppContext;

// Which physical keys zoom. Key codes are GLFW's (what ImGui 1.86's GLFW
// backend indexes io.KeysDown with), named after the US layout: on a
// Norwegian keyboard the "+" key is GLFW_KEY_MINUS. The defaults fit a US
// layout and the keypad; the platform replaces them from the real layout
// (glfwGetKeyName), tests keep them.
struct ShortcutKeys {
    std::vector<int> zoomIn;
    std::vector<int> zoomOut;
    std::vector<int> zoomReset;

    ShortcutKeys();
};

// Handles the shortcuts pressed this frame. Undo and redo are left to a text
// field that is being edited (it has its own undo for what is typed), and
// nothing is handled while a modal dialog is open.
void handleShortcuts(AppContext& ctx);

// The display names for menus, e.g. "Ctrl+Shift+Z".
inline constexpr const char* kShortcutNew = "Ctrl+N";
inline constexpr const char* kShortcutOpen = "Ctrl+O";
inline constexpr const char* kShortcutSaveCopy = "Ctrl+Shift+S";
inline constexpr const char* kShortcutClose = "Ctrl+W";
inline constexpr const char* kShortcutQuit = "Ctrl+Q";
inline constexpr const char* kShortcutUndo = "Ctrl+Z";
inline constexpr const char* kShortcutRedo = "Ctrl+Shift+Z";
inline constexpr const char* kShortcutSearch = "Ctrl+F"; // handled by the search panel
inline constexpr const char* kShortcutExport = "Ctrl+E";
inline constexpr const char* kShortcutProjector = "F5";
inline constexpr const char* kShortcutZoomIn = "Ctrl++";
inline constexpr const char* kShortcutZoomOut = "Ctrl+-";
inline constexpr const char* kShortcutZoomReset = "Ctrl+0";

// Zoom by one step (+1 larger, -1 smaller, 0 back to 100 %), remembered.
void zoom(AppContext& ctx, int direction);

} // namespace innspill::ui
