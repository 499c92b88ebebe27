// Which physical keys zoom, found by the character each key types on the
// person's layout (as browsers do): GLFW names keys after their place on a US
// keyboard, so "+" on a Norwegian, Swedish or Danish keyboard arrives as
// GLFW_KEY_MINUS, on a German one as GLFW_KEY_RIGHT_BRACKET, and "-" on a
// French one as GLFW_KEY_6. A pure function of the layout's key names, so the
// tests can feed it nb/se/de/fr/us layouts; the platform asks GLFW.
#pragma once

#include "ui/shell/shortcuts.hpp"

#include <functional>

namespace innspill::ui {

// `typedBy(key)` is the text the GLFW key types without modifiers on the
// layout (glfwGetKeyName), or null when it types nothing printable or is not
// on the keyboard. The keypad's +, - and 0 always zoom; without names for
// both "+" (or "=") and "-" the US defaults stay (the View menu always works).
ShortcutKeys zoomKeysForLayout(const std::function<const char*(int key)>& typedBy);

} // namespace innspill::ui
