// Editing a UTF-8 string with a caret and a selection: the pure part of the
// capture screen's text editor (no ImGui), so it can be tested on its own.
// Offsets are bytes and always sit on a character boundary.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace innspill::ui {

struct TextCursor {
    size_t caret = 0;
    size_t anchor = 0; // the other end of the selection; == caret when none

    bool hasSelection() const { return caret != anchor; }
    size_t begin() const { return caret < anchor ? caret : anchor; }
    size_t end() const { return caret < anchor ? anchor : caret; }
    void collapse(size_t at) { caret = anchor = at; }
};

size_t previousCharacter(std::string_view text, size_t at);
size_t nextCharacter(std::string_view text, size_t at);
// Ctrl+Left: to the start of this or the previous word.
size_t previousWord(std::string_view text, size_t at);
// Ctrl+Right: past this word and the blanks after it.
size_t nextWord(std::string_view text, size_t at);
// The word around `at` (double-click), as [begin, end).
std::pair<size_t, size_t> wordAt(std::string_view text, size_t at);
// Moves `at` back onto a character boundary.
size_t clampToCharacter(std::string_view text, size_t at);

size_t countCharacters(std::string_view text);

// A typed code point as UTF-8, or empty for what never goes into a text
// (control characters, DEL, private-use glyphs the fonts do not have).
std::string typedCharacter(unsigned int codepoint);

// Replaces the selection with `insert`, keeping the text at most
// `maxCharacters` long; returns false when `insert` had to be cut short.
bool replaceSelection(std::string& text, TextCursor& cursor, std::string_view insert,
                      size_t maxCharacters);

// Backspace / Delete: the selection, or one character (a word with `word`)
// before / after the caret. Returns whether anything was removed.
bool eraseBackward(std::string& text, TextCursor& cursor, bool word);
bool eraseForward(std::string& text, TextCursor& cursor, bool word);

} // namespace innspill::ui
