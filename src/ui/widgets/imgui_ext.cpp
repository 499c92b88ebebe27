// The only file that includes imgui_internal.h (see the header). Written
// against Dear ImGui 1.86.
#include "ui/widgets/imgui_ext.hpp"

#include <imgui_internal.h>

namespace innspill::ui::ext {

bool keyPressedMap(ImGuiKey key, bool repeat) {
    return ImGui::IsKeyPressedMap(key, repeat);
}

bool escapeClosesDialog(bool nestedOpen, bool evenFromAField) {
    return !nestedOpen && (evenFromAField || !ImGui::IsAnyItemActive()) &&
           !ImGui::IsWindowAppearing() && ImGui::IsKeyPressedMap(ImGuiKey_Escape, false);
}

ImGuiID lastItemId() {
    return ImGui::GetItemID();
}

ImGuiID activeId() {
    return ImGui::GetActiveID();
}

void clearActiveId() {
    ImGui::ClearActiveID();
}

void cancelTabbing() {
    if (ImGui::GetCurrentContext()->NavMoveFlags & ImGuiNavMoveFlags_Tabbing) {
        ImGui::NavMoveRequestCancel();
    }
}

void giveKeyboardToLastItem() {
    ImGuiContext& g = *GImGui;
    ImGui::SetFocusID(g.LastItemData.ID, g.CurrentWindow);
    g.NavDisableHighlight = false; // the highlight shows where the keyboard is
    g.NavDisableMouseHover = true;
}

bool modalOpen() {
    return ImGui::GetTopMostPopupModal() != nullptr;
}

ImGuiID windowId(const char* label) {
    return ImGui::GetCurrentWindow()->GetID(label);
}

bool addItem(ImVec2 min, ImVec2 max, ImGuiID id, bool* hovered) {
    const ImRect box(min, max);
    ImGui::ItemSize(box);
    const bool shown = ImGui::ItemAdd(box, id);
    if (hovered != nullptr) {
        *hovered = ImGui::ItemHoverable(box, id); // as ImGui's own widgets: even when clipped
    }
    return shown;
}

bool addTabStop(ImVec2 min, ImVec2 max, ImGuiID id) {
    const ImRect box(min, max);
    ImGui::ItemSize(box);
    if (!ImGui::ItemAdd(box, id, nullptr, ImGuiItemFlags_Inputable)) {
        return false;
    }
    const ImGuiContext& g = *GImGui;
    return (g.LastItemData.StatusFlags & ImGuiItemStatusFlags_FocusedByTabbing) != 0 ||
           g.NavActivateInputId == id ||
           (g.NavActivateId == id && g.NavInputSource == ImGuiInputSource_Keyboard);
}

void takeKeyboard(ImGuiID id, bool focusWindow) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGui::SetActiveID(id, window);
    ImGui::SetActiveIdUsingNavAndKeys();
    g.ActiveIdAllowOverlap = true;
    if (focusWindow && g.NavWindow != window) {
        ImGui::FocusWindow(window);
    }
}

void keepKeyboard(ImGuiID id) {
    ImGuiContext& g = *GImGui;
    ImGui::KeepAliveID(id);
    g.ActiveIdAllowOverlap = true;
    g.NavWindowingToggleLayer = false; // Alt+Up must not also open the menu bar
}

bool rootWindowFocused() {
    const ImGuiContext& g = *GImGui;
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    return g.NavWindow != nullptr && g.NavWindow->RootWindow == window->RootWindow;
}

void keepArrowKeys() {
    GImGui->ActiveIdUsingNavDirMask |= (1u << ImGuiDir_Up) | (1u << ImGuiDir_Down);
}

void scrollIntoView(ImVec2 min, ImVec2 max) {
    ImGui::ScrollToBringRectIntoView(ImGui::GetCurrentWindow(), ImRect(min, max));
}

void renderCheckMark(ImDrawList* drawList, ImVec2 pos, ImU32 colour, float size) {
    ImGui::RenderCheckMark(drawList, pos, colour, size);
}

void renderNavHighlight(ImVec2 min, ImVec2 max) {
    ImGui::RenderNavHighlight(ImRect(min, max), GImGui->LastItemData.ID);
}

bool beginDropTarget(ImVec2 min, ImVec2 max, ImGuiID id) {
    return ImGui::BeginDragDropTargetCustom(ImRect(min, max), id);
}

namespace {

ImGuiWindow* editedFieldWindow() {
    const ImGuiContext& g = *GImGui;
    if (g.ActiveId == 0 || g.InputTextState.ID != g.ActiveId || g.NavId != g.ActiveId ||
        g.NavWindow == nullptr || !g.NavIdIsAlive) {
        return nullptr;
    }
    return g.NavWindow;
}

} // namespace

bool editedFieldRect(ImVec2& min, ImVec2& max) {
    ImGuiWindow* window = editedFieldWindow();
    if (window == nullptr) {
        return false;
    }
    const ImRect rect = ImGui::WindowRectRelToAbs(window, window->NavRectRel[GImGui->NavLayer]);
    min = rect.Min;
    max = rect.Max;
    return rect.GetWidth() > 0.0f && rect.GetHeight() > 0.0f;
}

void drawFocusRing(ImU32 colour, float thickness) {
    ImVec2 min;
    ImVec2 max;
    if (!editedFieldRect(min, max)) {
        return;
    }
    ImGuiWindow* window = editedFieldWindow();
    // Just outside the field's own border, so the two never blur together.
    const float out = thickness * 0.5f + 1.0f;
    ImDrawList* drawList = window->DrawList;
    drawList->PushClipRect(window->ClipRect.Min, window->ClipRect.Max);
    drawList->AddRect(ImVec2(min.x - out, min.y - out), ImVec2(max.x + out, max.y + out), colour,
                      GImGui->Style.FrameRounding + out, 0, thickness);
    drawList->PopClipRect();
}

float hoveredSeconds() {
    return GImGui->HoveredIdTimer;
}

void keepingLastItem(const std::function<void()>& draw) {
    const ImGuiLastItemData kept = GImGui->LastItemData;
    draw();
    GImGui->LastItemData = kept;
}

bool beginViewportSideBar(const char* name, ImGuiViewport* viewport, ImGuiDir dir, float size,
                          ImGuiWindowFlags flags) {
    return ImGui::BeginViewportSideBar(name, viewport, dir, size, flags);
}

int decodeUtf8(unsigned int* c, const char* text, const char* end) {
    return ImTextCharFromUtf8(c, text, end);
}

} // namespace innspill::ui::ext
