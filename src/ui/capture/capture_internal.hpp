// Shared by the capture screen's files (capture_*.cpp); not for other panels.
//
// A frame of the capture screen reads one group from the model and never
// changes it while drawing: every edit is queued (CaptureFrame::defer) and
// run after the drawing, each against the group as it is by then. So no
// reference into the model is used after a change has replaced it, and a
// typed character is written before the structural edit that follows it in
// the same frame (type "x", press Enter: "x" is saved, then the split).
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"
#include "model/limits.hpp"
#include "ui/capture/capture_panel.hpp"

#include <functional>
#include <string>
#include <vector>

namespace innspill::ui {

struct AppContext;

namespace capture {

using Deferred = std::function<void(AppContext&, const model::Group&)>;

struct CaptureFrame {
    AppContext& ctx;
    CapturePanelState& state;
    const model::Event& event;
    const model::Group& group;
    std::vector<Deferred> after;

    void defer(Deferred op) { after.push_back(std::move(op)); }
};

// The open group as the model holds it now, or null.
const model::Group* currentGroup(const AppContext& ctx);

// The text of `focus` in `group`, or null when it is gone (an input deleted
// by undo). The virtual new input of an empty list has empty text.
const std::string* fieldText(const model::Group& group, const CaptureFocus& focus);

// Moves the editor to `focus` with the caret at `caret`, typing (`edit`) or
// selecting. A different field ends the typing burst (a new undo step).
void focusField(AppContext& ctx, const model::Group& group, const CaptureFocus& focus, size_t caret,
                bool edit = true);

// Writes the editor's text into the focused field (merged with the typing
// before it into one undo step).
void commitText(AppContext& ctx, const model::Group& group);

// Applies a change from the capture screen and asks for one more frame so
// the new layout settles before the shell waits for input again.
void applyChange(AppContext& ctx, app::Change change, bool typing = false);

// The editor's ImGui id label for a focus ("ed/<input id>", "ed/title"…).
std::string editorId(const CaptureFocus& focus);

// F6 / Shift+F6: the next / previous field of the screen.
void cycleField(AppContext& ctx, const model::Group& group, int direction);

void drawHeader(CaptureFrame& frame);
// Whether the header has what a facilitator fills in first: a title, an
// initiator and a participant count (or participants). Then it starts folded.
bool headerFilled(const model::Group& group);
void drawInputs(CaptureFrame& frame, float height);
void drawNotes(CaptureFrame& frame);
// capture_actions.cpp: the group's actions, and printing its news-wall sheet.
void drawActions(CaptureFrame& frame);
void drawPrintButtons(AppContext& ctx, const model::Group& group);

// A text field of the header or the notes: the editor while focused, else
// the text (or a placeholder), clickable. Returns the height drawn.
void drawTextField(CaptureFrame& frame, CaptureField field, EditorMode mode, float width,
                   int minLines, const char* placeholderKey, const char* recordKey);

} // namespace capture
} // namespace innspill::ui
