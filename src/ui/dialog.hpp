// Modal dialogs of the shell: a fixed width, a height that follows the
// contents. Wrapped text needs a width to wrap to, which an auto-resizing
// window cannot give it (it would shrink to a column of single words).
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace innspill::ui {

// BeginPopupModal for a dialog `widthEms` font heights wide, centred when it
// appears. End it with ImGui::EndPopup() when it returns true.
inline bool beginDialog(const char* title, float widthEms, bool* open = nullptr) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(ImGui::GetFontSize() * widthEms, viewport->WorkSize.x * 0.95f);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f)); // 0: the height fits the contents
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    return ImGui::BeginPopupModal(title, open,
                                  ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings);
}

// Whether Escape closes the dialog being drawn: not on the frame it appears
// (the key that opened it may still be down), nor while a popup of its own
// (`nestedOpen`) or a text field has the keys.
inline bool escapeClosesDialog(bool nestedOpen) {
    return !nestedOpen && !ImGui::IsAnyItemActive() && !ImGui::IsWindowAppearing() &&
           ImGui::IsKeyPressedMap(ImGuiKey_Escape, false);
}

} // namespace innspill::ui
