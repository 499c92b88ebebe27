// A table cell edited in place, drawn as a field before it is clicked
// (issue 15): the field surface with a border from the tokens (≥ 3:1 on the
// surface, WCAG 1.4.11) at rest, tinted with an accent border under the mouse,
// so a person sees which cells take typing without trying each. Every table
// with cells edited in place draws them through these (People, Program, Tema,
// Stemmer, the actions table).
#pragma once

#include <imgui.h>

#include <cfloat>
#include <string>
#include <string_view>

namespace innspill::ui::cell {

struct TextOptions {
    const char* hint = nullptr; // shown while empty
    ImGuiInputTextFlags flags = 0;
    float width = -FLT_MIN; // as ImGui::SetNextItemWidth: the cell's width
    bool problem = false;   // a red border: the text waits to be corrected
};

// A text field in the cell; as ImGui::InputText(WithHint).
bool inputText(const char* id, std::string* value, const TextOptions& options = {});
bool inputText(const char* id, char* buffer, size_t size, const TextOptions& options = {});

// A combo box in the cell (as ImGui::BeginCombo; EndCombo when true). The
// arrow shows only under the mouse unless `alwaysArrow`: a column of arrows
// drowns the values.
bool beginCombo(const char* id, const char* preview, bool alwaysArrow = false);

// A value that becomes a field when its row is chosen (the vote counts: the
// row's Selectable takes the click): drawn with a field's frame and the same
// hover state, but no item of its own. `hovered` says whether its row is
// under the mouse.
void valueAsField(std::string_view value, bool hovered);

// The frame of a cell field over `min`–`max`, coloured for its state; what
// the widgets above draw after their item. Exposed for cells drawn by hand.
void drawFrame(ImVec2 min, ImVec2 max, bool hovered, bool active, bool problem = false);

// The colours a cell field is drawn in, in the current appearance (tests
// find the frame in the draw list by them).
struct FieldColours {
    ImU32 background;
    ImU32 backgroundHovered;
    ImU32 border;
    ImU32 borderHovered;
};
FieldColours fieldColours();

} // namespace innspill::ui::cell
