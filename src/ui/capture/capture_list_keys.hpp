// The inputs list's edits from the keyboard and the toolbar: what the
// editor hands back (Enter, Tab, Alt+arrows, Backspace at the start, a
// pasted list, Ctrl+1…9…) and the single keys of selection mode. Every edit
// is deferred (capture_internal.hpp) and built against the group as it is.
#pragma once

#include "app/edits_capture.hpp"
#include "ui/capture/capture_internal.hpp"
#include "ui/capture/text_editor.hpp"

#include <vector>

namespace innspill::ui::capture {

// A visible row: an input and whether it is a sub-point.
struct InputRowRef {
    const model::Input* input = nullptr;
    bool subPoint = false;
};

std::vector<InputRowRef> inputRowRefs(const model::Group& group);

// The list itself (capture_inputs.cpp).
void drawInputList(CaptureFrame& frame, float height);

void handleEditorResult(CaptureFrame& frame, const EditorResult& result, const model::Id& input);
void handleSelectionKeys(CaptureFrame& frame, const std::vector<InputRowRef>& rows,
                         size_t focusRow);

// Applies a structural edit and moves the focus where it says (typing or
// selecting as `edit`).
void applyAndFocus(AppContext& ctx, app::CaptureEdit change, bool edit);

// The edits the keys and the toolbar share; each runs on the current group.
void toggleThemeNumber(AppContext& ctx, const model::Group& group, const model::Id& input,
                       int number);
void toggleKind(AppContext& ctx, const model::Group& group, const model::Id& input,
                model::InputKind kind);
void indentInput(AppContext& ctx, const model::Group& group, const model::Id& input, bool out);
void moveInput(AppContext& ctx, const model::Group& group, const model::Id& input, int direction);
void deleteInput(AppContext& ctx, const model::Group& group, const model::Id& input, bool edit);

} // namespace innspill::ui::capture
