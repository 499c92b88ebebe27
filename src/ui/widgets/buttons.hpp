// The three kinds of button (Designsystemet's variants): one filled primary
// button per dialog for the action it exists for, outlined secondary buttons
// (ImGui::Button in Innspill's style) for the rest, and danger in red for an
// action that removes. Disabled buttons (ImGui::BeginDisabled) are greyed by
// the style.
#pragma once

#include <imgui.h>

namespace innspill::ui {

enum class ButtonKind { Secondary, Primary, Danger };

// A button of `kind`; true in the frame it is pressed.
bool button(ButtonKind kind, const char* label, ImVec2 size = ImVec2(0.0f, 0.0f));

inline bool primaryButton(const char* label, ImVec2 size = ImVec2(0.0f, 0.0f)) {
    return button(ButtonKind::Primary, label, size);
}
inline bool dangerButton(const char* label, ImVec2 size = ImVec2(0.0f, 0.0f)) {
    return button(ButtonKind::Danger, label, size);
}

// How many primary buttons the current window (a dialog) drew this frame,
// so a test can hold each dialog to one. Kept in the window's own storage.
int primaryButtonsThisFrame();

} // namespace innspill::ui
