// The token values of each appearance. Contrast figures are WCAG 2.1 ratios
// against the surface they sit on; tests/ui/test_tokens.cpp checks them.
#include "ui/widgets/tokens.hpp"

namespace innspill::ui {

namespace {

using model::rgb;

Tokens lightTokens() {
    namespace b = model::brand;
    Tokens t{};
    t.background = toVec4(rgb(0xF1F3F5));
    t.surface = toVec4(b::kWhite);
    t.surfaceSubtle = toVec4(rgb(0xE6EAEF));
    t.surfaceHover = toVec4(rgb(0xDCE6F2));
    t.text = toVec4(b::kNeutralText);      // 14.3:1 on white
    t.textSubtle = toVec4(b::kSubtleText); // 5.9:1 on white, 5.3:1 on background
    t.textOnAccent = toVec4(b::kWhite);
    t.border = toVec4(b::kBorder); // 3.1:1 on white
    t.divider = toVec4(b::kDivider);
    t.accent = toVec4(b::kAccent); // white text on it: 6.1:1
    t.accentHover = toVec4(rgb(0x0051A0));
    t.accentActive = toVec4(b::kAccentStrong);
    t.accentSubtle = toVec4(rgb(0xC7DCF3));
    t.focus = toVec4(rgb(0x00244E));
    t.success = toVec4(b::kSuccess);
    t.warning = toVec4(b::kWarning);
    t.danger = toVec4(b::kDanger);
    t.dangerHover = toVec4(rgb(0xA51616));
    t.dangerActive = toVec4(rgb(0x8A1111));
    t.scrim = toVec4(b::kNeutralText, 0.35f);
    return t;
}

// For a projector in a dim room and for those who prefer it: light text on
// near-black, the accent lightened so it keeps its contrast.
Tokens darkTokens() {
    Tokens t{};
    t.background = toVec4(rgb(0x0E1116));
    t.surface = toVec4(rgb(0x1A1F27));
    t.surfaceSubtle = toVec4(rgb(0x252C36));
    t.surfaceHover = toVec4(rgb(0x2F3F55));
    t.text = toVec4(rgb(0xF1F3F5));
    t.textSubtle = toVec4(rgb(0xB4BCC7));
    t.textOnAccent = toVec4(rgb(0x0E1116));
    t.border = toVec4(rgb(0x7D8795));
    t.divider = toVec4(rgb(0x3A424E));
    t.accent = toVec4(rgb(0x6CB4F5));
    t.accentHover = toVec4(rgb(0x8CC5F8));
    t.accentActive = toVec4(rgb(0xA9D4FA));
    t.accentSubtle = toVec4(rgb(0x1F4A78));
    t.focus = toVec4(rgb(0xFFD65A));
    t.success = toVec4(rgb(0x78E182));
    t.warning = toVec4(rgb(0xFFD65A));
    t.danger = toVec4(rgb(0xFF8A80));
    t.dangerHover = toVec4(rgb(0xFFA59D));
    t.dangerActive = toVec4(rgb(0xFFC0BA));
    t.scrim = toVec4(rgb(0x000000), 0.55f);
    return t;
}

} // namespace

const Tokens& tokens(Appearance appearance) {
    static const Tokens kLight = lightTokens();
    static const Tokens kDark = darkTokens();
    return appearance == Appearance::Dark ? kDark : kLight;
}

const Tokens& currentTokens() {
    const ImVec4& text = ImGui::GetStyleColorVec4(ImGuiCol_Text);
    const bool dark = text.x + text.y + text.z > 1.5f;
    return tokens(dark ? Appearance::Dark : Appearance::Light);
}

ImVec4 toVec4(model::Rgb colour, float alpha) {
    return ImVec4(colour.r / 255.0f, colour.g / 255.0f, colour.b / 255.0f, alpha);
}

ImU32 toU32(model::Rgb colour, float alpha) {
    return ImGui::ColorConvertFloat4ToU32(toVec4(colour, alpha));
}

ImU32 toU32(const ImVec4& colour) {
    return ImGui::ColorConvertFloat4ToU32(colour);
}

void drawShadow(ImDrawList* drawList, ImVec2 min, ImVec2 max, float rounding,
                const Elevation& elevation, float scale) {
    // A few widening, fading layers: cheap, and soft enough at these sizes.
    constexpr int kLayers = 3;
    for (int i = kLayers; i >= 1; --i) {
        const float grow = elevation.spread * scale * static_cast<float>(i) / kLayers;
        const float alpha = elevation.alpha / kLayers;
        const float dy = elevation.offset * scale;
        drawList->AddRectFilled(
            ImVec2(min.x - grow, min.y - grow + dy), ImVec2(max.x + grow, max.y + grow + dy),
            IM_COL32(0, 0, 0, static_cast<int>(alpha * 255.0f)), rounding + grow);
    }
}

} // namespace innspill::ui
