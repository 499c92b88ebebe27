// Drawing the smaller checkbox and radio button over an invisible button.
#include "ui/widgets/choice_controls.hpp"

#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/tokens.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace innspill::ui {

namespace {

// The box's side as a share of the line (a field's height): 20 px at 32.
constexpr float kBoxShare = 0.625f;

enum class Kind { Check, Radio };

const char* labelEnd(const char* label) {
    const char* hidden = std::strstr(label, "##");
    return hidden != nullptr ? hidden : label + std::strlen(label);
}

bool choice(const char* label, bool on, Kind kind) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetFrameHeight();
    const float box = std::round(line * kBoxShare);
    const char* end = labelEnd(label);
    const float labelWidth = end > label ? ImGui::CalcTextSize(label, end).x : 0.0f;
    const float width = box + (labelWidth > 0.0f ? style.ItemInnerSpacing.x + labelWidth : 0.0f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(label, ImVec2(width, line));
    const bool hovered = ImGui::IsItemHovered();
    const bool held = ImGui::IsItemActive();

    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const ImVec2 min(at.x, at.y + std::round((line - box) * 0.5f));
    const ImVec2 max(min.x + box, min.y + box);
    const ImU32 background = ImGui::GetColorU32(held      ? ImGuiCol_FrameBgActive
                                                : hovered ? ImGuiCol_FrameBgHovered
                                                          : ImGuiCol_FrameBg);
    const ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
    const ImU32 accent = ImGui::GetColorU32(ImGuiCol_CheckMark);
    const ImU32 onAccent = ImGui::GetColorU32(currentTokens().textOnAccent);
    if (kind == Kind::Check) {
        const float rounding = style.FrameRounding;
        if (on) {
            drawList->AddRectFilled(min, max, accent, rounding);
            const float pad = std::max(1.0f, std::round(box / 6.0f));
            ext::renderCheckMark(drawList, ImVec2(min.x + pad, min.y + pad), onAccent,
                                 box - pad * 2.0f);
        } else {
            drawList->AddRectFilled(min, max, background, rounding);
            drawList->AddRect(min, max, border, rounding, 0, kBorderWidth);
        }
    } else {
        const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
        const float radius = box * 0.5f;
        drawList->AddCircleFilled(centre, radius, background);
        if (on) {
            drawList->AddCircle(centre, radius - 1.0f, accent, 0, 2.0f);
            drawList->AddCircleFilled(centre, radius * 0.5f, accent);
        } else {
            drawList->AddCircle(centre, radius - 0.5f, border, 0, kBorderWidth);
        }
    }
    if (labelWidth > 0.0f) {
        drawList->AddText(ImVec2(max.x + style.ItemInnerSpacing.x, at.y + style.FramePadding.y),
                          ImGui::GetColorU32(ImGuiCol_Text), label, end);
    }
    ext::renderNavHighlight(at, ImVec2(at.x + width, at.y + line));
    return pressed;
}

} // namespace

bool checkbox(const char* label, bool* value) {
    const bool pressed = choice(label, *value, Kind::Check);
    if (pressed) {
        *value = !*value;
    }
    return pressed;
}

bool radioButton(const char* label, bool active) {
    return choice(label, active, Kind::Radio);
}

} // namespace innspill::ui
