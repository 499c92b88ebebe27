// Finding the zoom keys by the characters the layout types (GLFW's key names).
#include "platform/key_layout.hpp"

#include "ui/shell/zoom_keys.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace innspill::platform {

ui::ShortcutKeys shortcutKeysForLayout() {
    return ui::zoomKeysForLayout([](int key) -> const char* {
        if (glfwGetKeyScancode(key) == -1) {
            return nullptr; // not on this keyboard; asking its name would be an error
        }
        return glfwGetKeyName(key, 0);
    });
}

} // namespace innspill::platform
