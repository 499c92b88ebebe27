// Finding the zoom keys by the characters the layout types.
#include "platform/key_layout.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <string_view>

namespace innspill::platform {

ui::ShortcutKeys shortcutKeysForLayout() {
    ui::ShortcutKeys keys; // keypad and US defaults
    std::vector<int> zoomIn;
    std::vector<int> zoomOut;
    std::vector<int> zoomReset;
    const auto consider = [&](int key) {
        if (glfwGetKeyScancode(key) == -1) {
            return; // not on this keyboard; asking its name would be an error
        }
        const char* name = glfwGetKeyName(key, 0);
        if (name == nullptr) {
            return;
        }
        const std::string_view typed(name);
        if (typed == "+" || typed == "=") {
            zoomIn.push_back(key);
        } else if (typed == "-") {
            zoomOut.push_back(key);
        } else if (typed == "0") {
            zoomReset.push_back(key);
        }
    };
    for (int key = GLFW_KEY_SPACE; key <= GLFW_KEY_GRAVE_ACCENT; ++key) {
        consider(key);
    }
    consider(GLFW_KEY_WORLD_1);
    consider(GLFW_KEY_WORLD_2);
    if (zoomIn.empty() || zoomOut.empty()) {
        return keys; // no usable names: keep the defaults
    }
    zoomIn.push_back(GLFW_KEY_KP_ADD);
    zoomOut.push_back(GLFW_KEY_KP_SUBTRACT);
    zoomReset.push_back(GLFW_KEY_KP_0);
    if (zoomReset.size() == 1) {
        zoomReset.push_back(GLFW_KEY_0);
    }
    keys.zoomIn = std::move(zoomIn);
    keys.zoomOut = std::move(zoomOut);
    keys.zoomReset = std::move(zoomReset);
    return keys;
}

} // namespace innspill::platform
