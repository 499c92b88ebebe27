// Keys for the capture screen and the search overlay. ImGui 1.86 has no
// ImGuiKey_ for digits, most letters and function keys; its GLFW backend
// indexes io.KeysDown[] by GLFW key code, so those come from GLFW's header
// (constants only: ui never calls GLFW). Keys ImGui does name (arrows,
// Enter, Tab…) go through io.KeyMap.
#pragma once

#include <imgui.h>

#ifndef GLFW_INCLUDE_NONE
#define GLFW_INCLUDE_NONE
#endif
#include <GLFW/glfw3.h>

namespace innspill::ui::keys {

constexpr int digit(int n) {
    return GLFW_KEY_0 + n;
}
constexpr int letter(char upper) {
    return GLFW_KEY_A + (upper - 'A');
}
constexpr int function(int n) {
    return GLFW_KEY_F1 + n - 1;
}

// A key named by ImGui, through the backend's key map.
inline bool pressed(ImGuiKey key, bool repeat = true) {
    const int index = ImGui::GetIO().KeyMap[key];
    return index >= 0 && ImGui::IsKeyPressed(index, repeat);
}

// A key by platform code (digit(), letter(), function()).
inline bool pressedCode(int code, bool repeat = false) {
    return ImGui::IsKeyPressed(code, repeat);
}

} // namespace innspill::ui::keys
