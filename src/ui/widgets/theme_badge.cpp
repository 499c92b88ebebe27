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

namespace {

// The badge's circle inside a toggle: a little larger than an inline badge,
// centred in the control's height.
float toggleBadgeFont() {
    return ImGui::GetFontSize() * 0.9f;
}

} // namespace

namespace {

// What follows the badge: the name and/or the suffix.
std::string words(const ThemeBadge& badge, bool withName, std::string_view suffix) {
    std::string shown = withName ? std::string(badge.name) : std::string();
    if (!suffix.empty()) {
        shown += shown.empty() ? "" : " ";
        shown += suffix;
    }
    return shown;
}

} // namespace

float themeToggleWidth(const ThemeBadge& badge, bool withName, std::string_view suffix) {
    const float height = ImGui::GetFrameHeight();
    const float badgeWidth = themeBadgeSize(badge, toggleBadgeFont()).x;
    const std::string shown = words(badge, withName, suffix);
    if (shown.empty()) {
        return std::max(height, badgeWidth + space::k1);
    }
    return space::kHalf + badgeWidth + space::k1 + ImGui::CalcTextSize(shown.c_str()).x +
           space::k1 + space::kHalf;
}

float themeTogglesWidth(std::span<const ThemeBadge> badges, bool withName) {
    float width = 0.0f;
    for (const ThemeBadge& badge : badges) {
        width += themeToggleWidth(badge, withName) + ImGui::GetStyle().ItemSpacing.x;
    }
    return width;
}

bool themeToggle(const char* id, const ThemeBadge& badge, bool on, bool withName,
                 std::string_view suffix) {
    const std::string shown = words(badge, withName, suffix);
    const ImVec2 size(themeToggleWidth(badge, withName, suffix), ImGui::GetFrameHeight());
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const Tokens& t = currentTokens();
    const ImU32 colour = toU32(badge.colour);
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const float rounding = size.y * 0.5f;
    const float alpha = ImGui::GetStyle().Alpha; // greyed while disabled
    // The pill: filled in the theme's colour when on; else the surface with a
    // 2-px ring in the colour, tinted under the mouse.
    if (on) {
        drawList->AddRectFilled(min, max, colour, rounding);
    } else {
        drawList->AddRectFilled(min, max, toU32(hovered ? t.surfaceHover : t.surface), rounding);
        drawList->AddRect(ImVec2(min.x + 1.0f, min.y + 1.0f), ImVec2(max.x - 1.0f, max.y - 1.0f),
                          toU32(badge.colour, alpha), rounding, 0, kFocusRingWidth);
    }
    const float fontSize = toggleBadgeFont();
    const ImVec2 badgeSize = themeBadgeSize(badge, fontSize);
    const float badgeX =
        !shown.empty() ? min.x + space::kHalf : min.x + (size.x - badgeSize.x) * 0.5f;
    const ImVec2 badgeAt(badgeX, min.y + (size.y - badgeSize.y) * 0.5f);
    // On: the number in white on the colour; off: in the colour on the
    // surface. Filled or hollow tells the two apart at a glance.
    const std::string number = numberText(badge);
    const ImVec2 textSize =
        ImGui::GetFont()->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, number.c_str());
    drawList->AddText(ImGui::GetFont(), fontSize,
                      ImVec2(badgeAt.x + (badgeSize.x - textSize.x) * 0.5f,
                             badgeAt.y + (badgeSize.y - textSize.y) * 0.5f),
                      on ? toU32(model::brand::kWhite, alpha) : toU32(badge.colour, alpha),
                      number.c_str());
    if (!shown.empty()) {
        // Beside words the number keeps a ring of its own, to read as a badge.
        drawList->AddCircle(
            ImVec2(badgeAt.x + badgeSize.x * 0.5f, badgeAt.y + badgeSize.y * 0.5f),
            badgeSize.y * 0.5f,
            on ? toU32(model::brand::kWhite, 0.9f * alpha) : toU32(badge.colour, alpha), 0, 1.5f);
    }
    if (!shown.empty()) {
        const float textY = min.y + (size.y - ImGui::GetTextLineHeight()) * 0.5f;
        drawList->AddText(ImVec2(badgeAt.x + badgeSize.x + space::k1, textY),
                          on ? toU32(model::brand::kWhite, alpha)
                             : ImGui::GetColorU32(ImGuiCol_Text),
                          shown.c_str());
    }
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        tooltip(badge);
    }
    return pressed;
}

} // namespace innspill::ui
