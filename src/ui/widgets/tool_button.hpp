// Toolbar and row buttons (issue 15): every button in a toolbar or beside a
// row is a full control (kControlHeight at 100 %, the style's frame), an icon
// before its label, so the buttons of a row line up with the fields and
// checkboxes beside them on one baseline. Where a row is short of width the
// labels go, most dispensable first, and the icon stays with its label in the
// tooltip: a button never shows a cut word.
#pragma once

#include "ui/widgets/buttons.hpp"

#include <cstddef>
#include <span>
#include <vector>

namespace innspill::ui {

struct ToolButton {
    const char* icon = nullptr;  // ui/widgets/icons.hpp; null: the label alone
    const char* label = nullptr; // the words, translated (never empty)
    const char* tip = nullptr;   // more in the tooltip (a shortcut); may be null
    ButtonKind kind = ButtonKind::Secondary;
    bool on = false; // a toggle that is set: drawn selected
    // Which labels go first when the row is short: higher drops first; 0
    // keeps its label as long as any does.
    int dropLabel = 0;
};

// The button's width with or without its label.
float toolButtonWidth(const ToolButton& button, bool withLabel);

// Draws the button at the cursor; true in the frame it is pressed. Its ImGui
// id is its label's (the same with and without the label shown).
bool toolButton(const ToolButton& button, bool withLabel = true);

// Which buttons of a row show their label so the row fits in `width`
// (ItemSpacing between them): all of them when it fits, else labels dropped
// in order of dropLabel (highest first) until it fits; an icon-less button
// always keeps its label.
std::vector<bool> fitToolRow(std::span<const ToolButton> row, float width);

// The width of the row as fitToolRow laid it out.
float toolRowWidth(std::span<const ToolButton> row, const std::vector<bool>& withLabel);

} // namespace innspill::ui
