// Modal dialogs of the shell: a fixed width, a height that follows the
// contents. Wrapped text needs a width to wrap to, which an auto-resizing
// window cannot give it (it would shrink to a column of single words).
#pragma once

#include <imgui.h>

#include <algorithm>
#include <string>

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

// A large, resizable dialog about the open event (export, import): opens the
// popup `popupId` when `openRequested` is set and `hasEvent`, sizes it to a
// share of the window and centres it when it appears. Returns true when its
// body is to be drawn (then end it with ImGui::EndPopup()); with no event
// any longer it closes. `keepOpen` turns false when the title bar's ✕ is used.
inline bool beginEventDialog(bool& openRequested, bool hasEvent, const char* popupId,
                             const char* title, ImVec2 share, bool& keepOpen) {
    if (openRequested) {
        openRequested = false;
        if (hasEvent) {
            ImGui::OpenPopup(popupId);
        }
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * share.x, viewport->WorkSize.y * share.y),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const std::string label = std::string(title) + popupId;
    keepOpen = true;
    if (!ImGui::BeginPopupModal(label.c_str(), &keepOpen, ImGuiWindowFlags_NoSavedSettings)) {
        return false;
    }
    if (!hasEvent) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return false;
    }
    return true;
}

} // namespace innspill::ui
