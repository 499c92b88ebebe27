// Word characters as SQLite's unicode61 tokenizer sees them, near enough for
// Norwegian text: letters and digits of every script are part of a word;
// spaces, punctuation and symbols (« » “ ” – — • … ×) end one. The one rule
// behind search highlighting, find-similar's words and the editor's word
// movement (Ctrl+←/→, Ctrl+Backspace, double-click).
#pragma once

#include <cstddef>
#include <string_view>

namespace innspill::model {

// One UTF-8 character: its code point and length in bytes (U+FFFD and 1 for
// a broken byte).
struct Utf8Char {
    char32_t codePoint = 0;
    size_t length = 1;
};

// The character starting at byte `at` (< text.size()).
Utf8Char decodeUtf8(std::string_view text, size_t at);

bool isWordChar(char32_t codePoint);

// Whether the character starting at byte `at`, or the one ending just
// before it, is a word character (false at the ends of the text).
bool wordCharAt(std::string_view text, size_t at);
bool wordCharBefore(std::string_view text, size_t at);

} // namespace innspill::model
