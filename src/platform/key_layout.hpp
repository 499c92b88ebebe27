// The zoom shortcuts on the person's keyboard layout: GLFW names keys after
// their place on a US keyboard, so "Ctrl++" on a Norwegian keyboard arrives
// as GLFW_KEY_MINUS. The layout's own key names say which key types what.
#pragma once

#include "ui/shell/shortcuts.hpp"

namespace innspill::platform {

// Call with a window open (X11 needs the display). Falls back to the US
// defaults where the layout gives no names (e.g. some Wayland setups).
ui::ShortcutKeys shortcutKeysForLayout();

} // namespace innspill::platform
