// The look of the UI: ImGui style colours and spacing from the design tokens,
// scaled for the display. Shared by the app and the headless tests so both
// lay out alike.
#pragma once

#include "ui/widgets/tokens.hpp"

struct ImGuiStyle;

namespace innspill::ui {

// Resets `style` to Innspill's look at `scale` (1 = 96 dpi, 2 = "200 %").
void applyStyle(ImGuiStyle& style, float scale, Appearance appearance = Appearance::Light);

} // namespace innspill::ui
