// Innspill's ImGui style: a light theme, since the app mostly shows text that
// ends up in a printed report, with roomier spacing than ImGui's defaults.
#include "ui/widgets/style.hpp"

#include <imgui.h>

namespace innspill::ui {

void applyStyle(ImGuiStyle& style, float scale) {
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(12.0f, 10.0f);
    style.FramePadding = ImVec2(6.0f, 4.0f);
    style.CellPadding = ImVec2(6.0f, 3.0f);
    style.ItemSpacing = ImVec2(8.0f, 5.0f);
    style.IndentSpacing = 18.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.ScrollbarRounding = 4.0f;
    style.ScrollbarSize = 14.0f;
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.96f, 0.95f, 1.0f);
    style.Colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.42f, 0.42f, 0.42f, 1.0f);
    // The selected row must stand out more than the row under the mouse;
    // ImGui's light theme has it the other way round.
    style.Colors[ImGuiCol_Header] = ImVec4(0.26f, 0.59f, 0.98f, 0.45f);
    style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.26f, 0.59f, 0.98f, 0.20f);
    style.Colors[ImGuiCol_HeaderActive] = ImVec4(0.26f, 0.59f, 0.98f, 0.60f);
    style.ScaleAllSizes(scale);
}

} // namespace innspill::ui
