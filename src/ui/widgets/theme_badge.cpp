// Drawing a theme's number badge and its tooltip.
#include "ui/widgets/theme_badge.hpp"

#include "ui/widgets/tokens.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

namespace innspill::ui {

namespace {

std::string numberText(const ThemeBadge& badge) {
    return std::to_string(badge.number);
}

void tooltip(const ThemeBadge& badge) {
    ImGui::BeginTooltip();
    text(badge.name);
    ImGui::EndTooltip();
}

} // namespace

ImVec2 themeBadgeSize(const ThemeBadge& badge, float fontSize) {
    const std::string number = numberText(badge);
    const ImVec2 textSize =
        ImGui::GetFont()->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, number.c_str());
    const float height = fontSize + 6.0f;
    // Round for one digit, a pill for more.
    return ImVec2(std::max(height, textSize.x + 10.0f), height);
}

ImVec2 drawThemeBadge(ImDrawList* drawList, ImVec2 at, const ThemeBadge& badge, float fontSize,
                      bool hoverable) {
    const ImVec2 size = themeBadgeSize(badge, fontSize);
    const ImVec2 max(at.x + size.x, at.y + size.y);
    drawList->AddRectFilled(at, max, toU32(badge.colour), size.y * 0.5f);
    const std::string number = numberText(badge);
    const ImVec2 textSize =
        ImGui::GetFont()->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, number.c_str());
    drawList->AddText(
        ImGui::GetFont(), fontSize,
        ImVec2(at.x + (size.x - textSize.x) * 0.5f, at.y + (size.y - textSize.y) * 0.5f),
        toU32(model::brand::kWhite), number.c_str());
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (hoverable && mouse.x >= at.x && mouse.x < max.x && mouse.y >= at.y && mouse.y < max.y) {
        tooltip(badge);
    }
    return max;
}

bool themeBadgeItem(const char* id, const ThemeBadge& badge) {
    const float fontSize = ImGui::GetFontSize() * 0.85f;
    const ImVec2 size = themeBadgeSize(badge, fontSize);
    // Centred on the line of fields and buttons it sits beside.
    ImVec2 at = ImGui::GetCursorScreenPos();
    at.y += std::max(0.0f, (ImGui::GetFrameHeight() - size.y) * 0.5f);
    ImGui::SetCursorScreenPos(at);
    const bool pressed = ImGui::InvisibleButton(id, size);
    drawThemeBadge(ImGui::GetWindowDrawList(), at, badge, fontSize, false);
    if (ImGui::IsItemHovered()) {
        tooltip(badge);
    }
    return pressed;
}

} // namespace innspill::ui
