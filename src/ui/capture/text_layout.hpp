// Word-wrapped text as lines of byte ranges, for the capture screen's text
// editor and for drawing the inputs that are not being edited, so both take
// exactly the same height. Drawn line by line (like ui::wrappedText), which
// keeps any single paragraph of any length clear of Debian ImGui's
// ~16,000-character draw-list limit and lets off-screen lines cost nothing.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace innspill::ui {

struct TextLine {
    size_t begin = 0; // first byte of the line
    size_t end = 0;   // end of what is drawn (a wrap swallows the blanks after it)
    size_t next = 0;  // first byte of the next line (== text size for the last one)
};

struct TextLayout {
    std::vector<TextLine> lines; // never empty: an empty text has one empty line
    float lineHeight = 0.0f;
    float width = 0.0f;

    float height() const { return lineHeight * static_cast<float>(lines.size()); }
    // The line the caret at `offset` is drawn on.
    size_t lineOf(size_t offset) const;
};

// Lays `text` out in the current font at `width` pixels.
TextLayout layoutText(std::string_view text, float width);
// Just the height, for lists that only need to know where rows go.
float textHeight(std::string_view text, float width);

// The x offset of `offset` within its line, in pixels from the line's start.
float caretX(std::string_view text, const TextLine& line, size_t offset);
// The byte offset in `line` nearest to x (pixels from the line's start).
size_t offsetAtX(std::string_view text, const TextLine& line, float x);
// The byte offset nearest to a point relative to the text's top-left corner.
size_t offsetAt(std::string_view text, const TextLayout& layout, ImVec2 local);

// Draws the lines at `origin` (screen position) in `colour`, skipping the
// lines outside the current clip rectangle.
void drawLayout(std::string_view text, const TextLayout& layout, ImVec2 origin, ImU32 colour);

} // namespace innspill::ui
