// The capture screen's text editor: one word-wrapping, multi-line text field
// that the capture panel moves from field to field (the input being typed,
// the title, a discussion note). ImGui 1.86's InputTextMultiline cannot wrap
// words and decides Enter and Tab itself; a facilitator needs long inputs to
// wrap, Enter to start the next input, Shift+Enter for a line break and Tab
// for a sub-point, so the editor is our own: it takes ImGui's active id (so
// keyboard navigation never steals its keys), reads the typed characters and
// keys, draws through text_layout, and hands the keys that edit the list
// rather than the text back to its owner as actions.
//
// The caret does not blink: a blinking caret would redraw the window twice a
// second on a laptop that runs on battery all day.
#pragma once

#include "ui/capture/text_edit.hpp"
#include "ui/capture/text_layout.hpp"

#include <imgui.h>

#include <string>

namespace innspill::ui {

enum class EditorMode {
    ListItem,   // an input: Enter, Tab, Alt+arrows, Backspace at the start… go to the owner
    Paragraphs, // a note: Enter is a line break
    SingleLine, // a title: no line breaks; Enter goes to the owner
};

// What the owner is asked to do; the editor has not changed anything for it.
enum class EditorAction {
    None,
    Enter,          // ListItem, SingleLine: Enter (Shift+Enter is a line break)
    Indent,         // ListItem: Tab
    Outdent,        // ListItem: Shift+Tab
    MoveUp,         // ListItem: Alt+Up
    MoveDown,       // ListItem: Alt+Down
    JoinPrevious,   // ListItem: Backspace at the very start, nothing selected
    JoinNext,       // ListItem: Delete at the very end, nothing selected
    Previous,       // ListItem: Up on the first line
    Next,           // ListItem: Down on the last line
    PasteLines,     // ListItem: Ctrl+V of text with several lines (in `paste`)
    Theme,          // ListItem: Ctrl+1…9 (in `theme`)
    MarkLeadIn,     // ListItem: Ctrl+L
    MarkSubHeading, // ListItem: Ctrl+H
    Escape,         // all: Esc
    NextField,      // all: F6 (and Tab outside ListItem)
    PreviousField,  // all: Shift+F6 (and Shift+Tab outside ListItem)
};

struct EditorState {
    std::string text;
    TextCursor cursor;
    // What the text was when it was last read from or written to the model;
    // a different model text means someone else changed it (undo).
    std::string synced;
    float preferredX = -1.0f; // kept across Up/Down so the caret keeps its column
    bool wantFocus = false;   // take the keyboard on the next draw
    bool scrollToCaret = false;
    bool dragging = false;
    bool cut = false; // the last insert was cut short at the length limit
    // The layout of the last draw, and what it was made from.
    TextLayout layout;
    std::string layoutText;
    float layoutFontSize = 0.0f;

    // Starts editing `text` with the caret at `caret`.
    void load(const std::string& value, size_t caret);
};

struct EditorResult {
    bool changed = false; // the text changed: write it to the model
    EditorAction action = EditorAction::None;
    int theme = 0;       // 1–9 for EditorAction::Theme
    std::string paste;   // for EditorAction::PasteLines
    bool active = false; // the editor has the keyboard this frame
};

struct EditorLook {
    float width = 0.0f;
    size_t maxCharacters = 8000;
    ImU32 textColour = 0; // 0: ImGuiCol_Text
};

// Draws the editor at the cursor position and handles its input. `id` must
// be stable while the same field is edited.
EditorResult drawEditor(const char* id, EditorState& state, EditorMode mode,
                        const EditorLook& look);

// Holds ImGui's active id for a keyboard-driven item (the editor, or a list
// while one of its rows is selected) so that keyboard navigation, tabbing and
// Alt-to-menu leave its keys alone, while other widgets stay clickable. Taken
// on `request`, and again whenever no other item holds it and this window's
// root has focus (after a button was clicked, a picker closed). Returns
// whether the item has the keyboard now. Call every frame while it wants it.
bool claimKeyboard(ImGuiID id, bool request);

// For an ImGui::InputText whose Up/Down keys pick from a list under it (a
// filter, a query): call right after it; while it is active, keyboard
// navigation leaves those keys alone instead of moving away from the field.
void keepArrowKeys();

// The height the editor (or the same text drawn by drawStaticText) takes.
float editorHeight(std::string_view text, float width);

// Draws text the way the editor draws it, as one item; returns whether it
// was clicked, and then the byte offset clicked in `clickedAt`.
bool drawStaticText(const char* id, std::string_view text, float width, ImU32 colour,
                    size_t* clickedAt);

} // namespace innspill::ui
