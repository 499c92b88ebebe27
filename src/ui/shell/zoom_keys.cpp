// Zoom keys by the characters the layout types.
#include "ui/shell/zoom_keys.hpp"

// Only the key constants; ui never calls GLFW.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <string_view>
#include <vector>

namespace innspill::ui {

ShortcutKeys zoomKeysForLayout(const std::function<const char*(int key)>& typedBy) {
    ShortcutKeys keys; // keypad and US defaults
    std::vector<int> zoomIn;
    std::vector<int> zoomOut;
    std::vector<int> zoomReset;
    const auto consider = [&](int key) {
        const char* name = typedBy(key);
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
    if (zoomReset.empty()) {
        zoomReset.push_back(GLFW_KEY_0); // AZERTY types "à" there; Ctrl+0 still resets
    }
    zoomReset.push_back(GLFW_KEY_KP_0);
    keys.zoomIn = std::move(zoomIn);
    keys.zoomOut = std::move(zoomOut);
    keys.zoomReset = std::move(zoomReset);
    return keys;
}

} // namespace innspill::ui
