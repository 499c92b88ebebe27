// A theme the event serves (for the 2020 event: the strategy's five pillars).
// Order is the position in Event::themes.
#pragma once

#include "model/colour.hpp"
#include "model/id.hpp"

#include <string>
#include <vector>

namespace innspill::model {

struct Theme {
    Id id;
    std::string name;
    std::string description;
    // "#RRGGBB" chosen in the Tema tab (≥ 4.5:1 against white); empty: the
    // palette's colour for the theme's place in the list (themeColour).
    std::string colour;

    bool operator==(const Theme&) const = default;
};

// The colour theme `index` of `themes` is drawn in: its own, else the
// palette's colour for its place.
Rgb themeColour(const std::vector<Theme>& themes, size_t index);
// The first palette colour no theme in `themes` is drawn in yet (the
// palette's first again once all are taken), for a new theme.
std::string nextThemeColour(const std::vector<Theme>& themes);
// Whether `colour` may be stored as a theme's colour: empty, or "#RRGGBB"
// with enough contrast against white for the number on its badge.
bool acceptableThemeColour(std::string_view colour);

// The five pillars of the national strategy for "arbeid og helse", a built-in template.
std::vector<Theme> pillarTemplate();

} // namespace innspill::model
