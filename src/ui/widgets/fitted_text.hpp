// Text in a table cell that may be too long for it: cut at the cell's width
// with "…", the whole text in a tooltip on hover, so a reader sees that
// something is cut and can read it without widening the column.
#pragma once

#include <string>
#include <string_view>

namespace innspill::ui {

// The longest start of `text` that fits `width` pixels in the current font
// with "…" after it (whole characters), or `text` itself when it fits.
std::string fitWithEllipsis(std::string_view text, float width);

// The longest end of `text` that fits `width` with "…" before it: for paths,
// where the file name at the end matters most.
std::string fitKeepingEnd(std::string_view text, float width);

// Draws `text` fitted to the space left on the line (fitWithEllipsis), as an
// item; when cut, hovering shows the whole text. Returns whether it was cut.
bool fittedText(std::string_view text);

} // namespace innspill::ui
