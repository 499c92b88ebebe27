// The support facilitator's capture screen ("Gruppe" tab): one group open at
// a time — picked from a list filtered by round, by typing its number, title
// or a person's name, from the wall (ctx.selection.group), from search, or
// straight on start-up when pinned as "my group" — with its header, its
// inputs typed from the keyboard, discussion notes, themes, links to other
// groups and a quiet round clock. Every keystroke is a Change through the
// session; a burst of typing in one field undoes as one step.
//
// Keyboard (all in the inputs list):
//   typing goes into the current input      Enter: next input (splits at the caret)
//   Shift+Enter: line break in the input    Tab / Shift+Tab: sub-point / lift it back
//   Alt+Up / Alt+Down: move the input       Backspace on an empty input: delete it
//   Up / Down at the first / last line: the input above / below
//   Ctrl+L: lead-in   Ctrl+H: sub-heading   Ctrl+1…9: toggle theme 1…9
//   Esc: stop typing and select the input; then 1…9 toggle themes, Up/Down
//   pick another input, Delete removes it, Enter or F2 (or any letter) types again
//   F6 / Shift+F6: the next / previous field (notes, title)   Ctrl+G: open a group
#pragma once

#include "model/id.hpp"
#include "ui/capture/capture_people.hpp"
#include "ui/capture/capture_photos.hpp"
#include "ui/capture/group_picker.hpp"
#include "ui/capture/text_editor.hpp"

#include <string>
#include <vector>

namespace innspill::ui {

struct AppContext;

// The id of the shell's tab that draws the capture panel (showTab, settings).
inline constexpr const char* kCaptureTabId = "capture";

// The text fields of the capture screen, one of which has the editor.
enum class CaptureField {
    None,
    Input, // CaptureFocus::input says which
    Title,
    ParticipantNote,
    Challenges,
    Opportunities,
    Notes,
    ReportNote,
};

struct CaptureFocus {
    CaptureField field = CaptureField::None;
    model::Id input;

    bool operator==(const CaptureFocus&) const = default;
};

// "My group": kept across events and runs (the shell stores it in the
// settings), so the app opens straight on the facilitator's group.
struct CapturePin {
    model::Id event;
    model::Id group;
};

// Where each row of the inputs list goes, remembered between frames so a
// list of 500 wrapped inputs is measured again only where it changed.
struct CaptureRowCache {
    model::Id id;
    size_t key = 0; // text, kind, level and themes
    float height = 0.0f;
};

struct CapturePanelState {
    model::Id group; // the open group; empty: none (the picker shows)
    CaptureFocus focus;
    model::Id lastInput; // the input typed in last, for coming back from another field
    // Typing (the editor has the keyboard) or selecting (Esc: the input is
    // highlighted and single keys act on it).
    bool editing = true;
    bool selectRequest = false; // selection mode takes the keyboard on the next frame
    EditorState editor;
    // "Om gruppen" folds to one summary line once it is filled in (title,
    // initiator, a count or participants), so the inputs get the height; a
    // click opens it, and it stays open until clicked shut.
    bool headerOpen = true;
    bool headerOpenedByHand = false;
    bool headerFocused = false;     // the keyboard was in the header last frame
    float headerHeight = 100000.0f; // measured after the first frame
    GroupPickerState picker;        // the Ctrl+G popup and the no-group list
    GroupPickerState linkPicker;    // follow-up-of / merged-with
    int linkPicking = 0;            // 1: follow-up, 2: merged-with
    PeoplePickerState initiators;   // the "add a person" fields
    PeoplePickerState facilitators;
    ParticipantsState participants;
    std::string countText;   // the participant count field while typed in
    bool focusCount = false; // Tab from the title: the count field takes the keyboard

    std::vector<CaptureRowCache> rows;
    float rowsWidth = 0.0f;
    float rowsFontSize = 0.0f;
    size_t rowCount = 0; // rows last frame, for finding a neighbour when the focus vanishes
    size_t focusRow = 0;

    // A short message under the inputs ("cannot indent the first input").
    std::string notice;
    // Dot votes in selection mode: "=" starts typing a count (digits alone
    // still tag themes), Enter sets it, Escape drops it; "+"/"-" add or take one.
    bool voteEntry = false;
    std::string voteText;
    PhotoPanelState photos; // thumbnails, the photo beside the inputs, adding photos
};

// Draws the capture screen inside the current window.
void drawCapturePanel(AppContext& ctx);

// Opens `group` in the capture panel (and selects it for the other panels),
// with the caret in `input` at byte `caret` when given. The shell's tab
// switch is the caller's (showTab(ctx, kCaptureTabId)).
void openCaptureGroup(AppContext& ctx, const model::Id& group, const model::Id& input = {},
                      size_t caret = 0);

// Puts the caret in another text field of the open group (a title or note
// found by search).
void openCaptureField(AppContext& ctx, CaptureField field, size_t caret);

// After an event is opened: when the pinned group belongs to it, opens that
// group and brings the capture tab forward. Returns whether it did.
bool openPinnedGroup(AppContext& ctx);

} // namespace innspill::ui
