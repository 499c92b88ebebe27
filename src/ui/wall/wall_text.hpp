// Text on the wall's cards: word-wrapped into a width, at most a few lines,
// the last cut with an ellipsis. Drawn straight into a draw list at any pixel
// size, so the panel and the projector (which picks its size to fit the
// screen) share it. Only the lines drawn are ever measured, so a pasted
// 20,000-character title costs no more than a short one.
#pragma once

#include "model/limits.hpp"

#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace innspill::ui {

// For an ImGuiInputTextFlags_CallbackEdit event: cuts the text at `limit`
// characters, the unit of model/limits.hpp (other events pass untouched).
void cutToLimit(ImGuiInputTextCallbackData* data, size_t limit);

// `text` cut to at most `maxBytes` bytes on a UTF-8 boundary, with "…" when cut.
std::string shortened(std::string_view text, size_t maxBytes);

struct ClampedText {
    ImFont* font = nullptr;   // null: ImGui's current font
    float size = 0.0f;        // pixel size; 0: the current font size
    float width = 1.0f;       // wrap width
    float firstIndent = 0.0f; // the first line starts this far in (after a number)
    int maxLines = 1;
};

// Width of the widest word of `text` (blank-separated) at the layout's size:
// a column narrower than this splits a word.
float longestWordWidth(const ClampedText& layout, std::string_view text);

// Lines `text` takes (at most layout.maxLines, at least 1).
int clampedLineCount(const ClampedText& layout, std::string_view text);

// Draws the lines at `pos` (top-left of the first line, before the indent);
// returns the height drawn. `strike` draws a line through each one.
float drawClampedText(ImDrawList* drawList, const ClampedText& layout, ImVec2 pos,
                      std::string_view text, ImU32 colour, bool strike = false);

} // namespace innspill::ui
