// A multi-line field for prose that wraps at the field's width, where ImGui
// 1.86's InputTextMultiline scrolls sideways (an event's about text read as
// one long line). It is the capture screen's word-wrapping editor
// (capture/text_editor.hpp) in a bordered box: shown wrapped, a click puts
// the caret where it lands, Enter is a line break, the box grows with the
// text (never shorter than `minLines`; past 16 lines it scrolls inside),
// Escape or a click elsewhere ends the editing. Each edit is handed to `onEdit` as it is typed.
#pragma once

#include "ui/capture/text_editor.hpp"

#include <functional>
#include <string>

namespace innspill::ui {

struct ProseFieldState {
    EditorState editor;
    bool editing = false;
};

struct ProseFieldResult {
    bool edited = false;   // onEdit was called this frame
    bool finished = false; // the editing ended this frame (end of a typing burst)
};

// Draws the field at the cursor, `width` wide (<= 0: to the right edge).
ProseFieldResult proseField(const char* id, ProseFieldState& state, const std::string& value,
                            float width, int minLines, size_t maxCharacters,
                            const std::function<void(const std::string&)>& onEdit);

} // namespace innspill::ui
