// A theme shown as a coloured number badge (the theme's colour, its number
// in white), with the theme's full name on hover: on capture rows, wall
// cards and wherever a theme is tagged. Compact enough for several in a row.
#pragma once

#include "model/colour.hpp"

#include <imgui.h>

#include <cstddef>
#include <string_view>

namespace innspill::ui {

struct ThemeBadge {
    size_t number = 0; // 1-based, as in the Tema tab
    model::Rgb colour;
    std::string_view name; // the tooltip
};

// The badge's size at text size `fontSize`.
ImVec2 themeBadgeSize(const ThemeBadge& badge, float fontSize);

// Draws the badge with its top left at `at` on `drawList` (no ImGui item);
// shows the tooltip when the mouse is over it and `hoverable` (the window is
// hovered). Returns its bottom right.
ImVec2 drawThemeBadge(ImDrawList* drawList, ImVec2 at, const ThemeBadge& badge, float fontSize,
                      bool hoverable);

// The badge as an ImGui item at the cursor, centred on a line as tall as a
// field (beside fields and buttons in a table row); true when clicked.
bool themeBadgeItem(const char* id, const ThemeBadge& badge);

} // namespace innspill::ui
