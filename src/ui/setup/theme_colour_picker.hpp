// The Tema tab's colour cell: a swatch button that opens the palette (eight
// accessible colours) and a field for any other colour, which is taken only
// when the number on the theme's badge stays readable on it (≥ 4.5:1).
#pragma once

#include "model/colour.hpp"

#include <optional>
#include <string>

namespace innspill::ui {

struct AppContext;

// Draws the swatch of `current`; returns "#RRGGBB" in the frame the person
// picks a colour. Its items are recorded under `recordKey` (the swatch) and
// `recordKey` + "/palette/N" (the palette's colours, N from 0).
std::optional<std::string> themeColourPicker(AppContext& ctx, model::Rgb current,
                                             const std::string& recordKey);

} // namespace innspill::ui
