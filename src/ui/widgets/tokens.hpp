// Innspill's design tokens, written once after Digdir's Designsystemet: the
// colours of each appearance (light for the app, dark for the projector and
// as the app's option), the 8-px spacing grid, control height, corner radii
// and elevation. Everything in src/ui draws with these; the brand colours
// they start from (model/colour.hpp) are shared with the reports.
#pragma once

#include "model/colour.hpp"

#include <imgui.h>

namespace innspill::ui {

enum class Appearance { Light, Dark };

struct Tokens {
    // Surfaces, from the window behind everything to a raised card.
    ImVec4 background;    // the window behind the tabs
    ImVec4 surface;       // panels, fields, cards
    ImVec4 surfaceSubtle; // table headers, a card's header, menus
    ImVec4 surfaceHover;  // a row or button under the mouse
    // Text, each ≥ 4.5:1 on background and surface.
    ImVec4 text;
    ImVec4 textSubtle;
    ImVec4 textOnAccent;
    // Lines: border ≥ 3:1 on surface (WCAG 1.4.11), divider quieter.
    ImVec4 border;
    ImVec4 divider;
    // The accent (primary buttons, selection, focus) and its states.
    ImVec4 accent;
    ImVec4 accentHover;
    ImVec4 accentActive;
    ImVec4 accentSubtle; // a selected row
    ImVec4 focus;        // the 2-px focus ring
    // Status colours (text on surface ≥ 4.5:1), and danger's button states.
    ImVec4 success;
    ImVec4 warning;
    ImVec4 danger;
    ImVec4 dangerHover;
    ImVec4 dangerActive;
    // A modal dialog's dimming of the window behind it.
    ImVec4 scrim;
};

const Tokens& tokens(Appearance appearance);
// The tokens of the appearance the current ImGui style was made from (its
// text colour tells light from dark), for widgets drawn inside any window.
const Tokens& currentTokens();

ImVec4 toVec4(model::Rgb colour, float alpha = 1.0f);
ImU32 toU32(model::Rgb colour, float alpha = 1.0f);
ImU32 toU32(const ImVec4& colour);

// Spacing on an 8-px grid (4 for the tight half step), at 100 % zoom.
namespace space {
inline constexpr float kHalf = 4.0f;
inline constexpr float k1 = 8.0f;
inline constexpr float k2 = 16.0f;
inline constexpr float k3 = 24.0f;
} // namespace space

// A button or field is this tall at 100 % zoom (Designsystemet's "sm").
inline constexpr float kControlHeight = 32.0f;
// Corner radii: controls, and cards and dialogs.
inline constexpr float kRadiusControl = 4.0f;
inline constexpr float kRadiusCard = 8.0f;
// The focus ring's width (WCAG 1.4.11 / 2.4.7) and a field's border.
inline constexpr float kFocusRingWidth = 2.0f;
inline constexpr float kBorderWidth = 1.0f;
// Elevation: a card's and a dialog's shadow, offset and blur in pixels.
struct Elevation {
    float offset;
    float spread;
    float alpha;
};
inline constexpr Elevation kElevationCard{1.0f, 2.0f, 0.10f};
inline constexpr Elevation kElevationDialog{4.0f, 12.0f, 0.18f};

// Draws `elevation`'s shadow under the rectangle `min`–`max` (before the
// rectangle itself) on `drawList`.
void drawShadow(ImDrawList* drawList, ImVec2 min, ImVec2 max, float rounding,
                const Elevation& elevation, float scale = 1.0f);

} // namespace innspill::ui
