// The look of the UI: ImGui style colours and spacing, scaled for the
// display. Shared by the app and the headless tests so both lay out alike.
#pragma once

struct ImGuiStyle;

namespace innspill::ui {

// Resets `style` to Innspill's look at `scale` (1 = 96 dpi, 2 = "200 %").
void applyStyle(ImGuiStyle& style, float scale);

} // namespace innspill::ui
