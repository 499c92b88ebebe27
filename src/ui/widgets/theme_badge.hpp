// A theme shown as a coloured number badge (the theme's colour, its number
// in white), with the theme's full name on hover: on capture rows, wall
// cards and wherever a theme is tagged. Compact enough for several in a row.
#pragma once

#include "model/colour.hpp"

#include <imgui.h>

#include <cstddef>
#include <span>
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

// A theme as a toggle on a row of controls (the capture screen's "Tema:"
// row): as tall as a field; `on` filled with the theme's colour and its
// number in white, off outlined in the colour on the surface. `withName`:
// the full name beside the badge; without it the name is the tooltip (it
// always is). `suffix` follows the name (or the badge): a share, "18 %".
// True when clicked. The tooltip shows when disabled too.
bool themeToggle(const char* id, const ThemeBadge& badge, bool on, bool withName,
                 std::string_view suffix = {});
float themeToggleWidth(const ThemeBadge& badge, bool withName, std::string_view suffix = {});
// The width of `badges` as toggles on one line (ItemSpacing between them).
float themeTogglesWidth(std::span<const ThemeBadge> badges, bool withName);

} // namespace innspill::ui
