// Innspill's ImGui style, from the design tokens (tokens.hpp): a light
// appearance for the app (it mostly shows text that ends up in a printed
// report), the dark one on request; outlined controls with a visible border,
// 32-px controls and the 8-px grid at 100 %.
#include "ui/widgets/style.hpp"

#include "ui/widgets/tokens.hpp"

#include <imgui.h>

namespace innspill::ui {

namespace {

ImVec4 withAlpha(ImVec4 colour, float alpha) {
    colour.w = alpha;
    return colour;
}

void applyColours(ImGuiStyle& style, const Tokens& t) {
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = t.text;
    c[ImGuiCol_TextDisabled] = t.textSubtle;
    c[ImGuiCol_WindowBg] = t.background;
    c[ImGuiCol_ChildBg] = t.surface;
    c[ImGuiCol_PopupBg] = t.surface;
    c[ImGuiCol_Border] = t.border;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    // Fields: the surface, with the border; hovered a touch tinted.
    c[ImGuiCol_FrameBg] = t.surface;
    c[ImGuiCol_FrameBgHovered] = t.surfaceHover;
    c[ImGuiCol_FrameBgActive] = t.surface;
    c[ImGuiCol_TitleBg] = t.surfaceSubtle;
    c[ImGuiCol_TitleBgActive] = t.surfaceSubtle;
    c[ImGuiCol_TitleBgCollapsed] = t.surfaceSubtle;
    c[ImGuiCol_MenuBarBg] = t.surface;
    c[ImGuiCol_ScrollbarBg] = withAlpha(t.background, 0.6f);
    c[ImGuiCol_ScrollbarGrab] = withAlpha(t.border, 0.7f);
    c[ImGuiCol_ScrollbarGrabHovered] = t.border;
    c[ImGuiCol_ScrollbarGrabActive] = t.textSubtle;
    c[ImGuiCol_CheckMark] = t.accent;
    c[ImGuiCol_SliderGrab] = t.accent;
    c[ImGuiCol_SliderGrabActive] = t.accentActive;
    // Buttons are secondary (outlined) unless drawn as primary or danger.
    c[ImGuiCol_Button] = t.surface;
    c[ImGuiCol_ButtonHovered] = t.surfaceHover;
    c[ImGuiCol_ButtonActive] = t.accentSubtle;
    // The selected row stands out more than the row under the mouse, and
    // both show on a washed-out projector.
    c[ImGuiCol_Header] = t.accentSubtle;
    c[ImGuiCol_HeaderHovered] = t.surfaceHover;
    c[ImGuiCol_HeaderActive] = t.accentSubtle;
    c[ImGuiCol_Separator] = t.divider;
    c[ImGuiCol_SeparatorHovered] = t.accent;
    c[ImGuiCol_SeparatorActive] = t.accentActive;
    c[ImGuiCol_ResizeGrip] = withAlpha(t.border, 0.3f);
    c[ImGuiCol_ResizeGripHovered] = t.accentHover;
    c[ImGuiCol_ResizeGripActive] = t.accentActive;
    // Tabs: the selected one is the surface it opens onto, with an accent line
    // (drawn by the shell); the others recede.
    c[ImGuiCol_Tab] = t.surfaceSubtle;
    c[ImGuiCol_TabHovered] = t.surfaceHover;
    c[ImGuiCol_TabActive] = t.surface;
    c[ImGuiCol_TabUnfocused] = t.surfaceSubtle;
    c[ImGuiCol_TabUnfocusedActive] = t.surface;
    c[ImGuiCol_PlotLines] = t.accent;
    c[ImGuiCol_PlotLinesHovered] = t.accentHover;
    c[ImGuiCol_PlotHistogram] = t.accent;
    c[ImGuiCol_PlotHistogramHovered] = t.accentHover;
    c[ImGuiCol_TableHeaderBg] = t.surfaceSubtle;
    c[ImGuiCol_TableBorderStrong] = t.border;
    c[ImGuiCol_TableBorderLight] = t.divider;
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = withAlpha(t.surfaceSubtle, 0.45f);
    c[ImGuiCol_TextSelectedBg] = withAlpha(t.accent, 0.30f);
    c[ImGuiCol_DragDropTarget] = t.focus;
    c[ImGuiCol_NavHighlight] = t.focus;
    c[ImGuiCol_NavWindowingHighlight] = t.accent;
    c[ImGuiCol_NavWindowingDimBg] = t.scrim;
    c[ImGuiCol_ModalWindowDimBg] = t.scrim;
}

} // namespace

void applyStyle(ImGuiStyle& style, float scale, Appearance appearance) {
    style = ImGuiStyle();
    applyColours(style, tokens(appearance));
    // The 8-px grid; a frame's padding makes a control kControlHeight tall
    // with the 15-px body face (its line is about 18 px).
    style.WindowPadding = ImVec2(space::k2, space::k1 + space::kHalf);
    style.FramePadding = ImVec2(space::k1 + space::kHalf, 7.0f);
    style.CellPadding = ImVec2(space::k1, space::kHalf);
    style.ItemSpacing = ImVec2(space::k1, space::k1 - 2.0f);
    style.ItemInnerSpacing = ImVec2(space::k1 - 2.0f, space::kHalf);
    style.IndentSpacing = space::k3;
    style.ScrollbarSize = 14.0f;
    style.GrabMinSize = 12.0f;
    // Visible edges on every field, button, checkbox and popup (≥ 3:1).
    style.FrameBorderSize = kBorderWidth;
    style.PopupBorderSize = kBorderWidth;
    style.WindowBorderSize = kBorderWidth;
    style.ChildBorderSize = kBorderWidth;
    style.TabBorderSize = 0.0f;
    style.WindowRounding = kRadiusCard;
    style.ChildRounding = kRadiusControl;
    style.FrameRounding = kRadiusControl;
    style.PopupRounding = kRadiusControl;
    style.ScrollbarRounding = kRadiusCard;
    style.GrabRounding = kRadiusControl;
    style.TabRounding = kRadiusControl;
    style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    style.DisabledAlpha = 0.45f; // greyed, but the label still legible
    style.ScaleAllSizes(scale);
}

} // namespace innspill::ui
