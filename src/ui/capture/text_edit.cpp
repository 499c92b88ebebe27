// Caret, selection and UTF-8 aware editing of one string.
#include "ui/capture/text_edit.hpp"

#include "model/word_chars.hpp"

#include <algorithm>

namespace innspill::ui {

namespace {

bool isContinuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

void appendUtf8(std::string& out, unsigned int c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

} // namespace

size_t previousCharacter(std::string_view text, size_t at) {
    at = std::min(at, text.size());
    if (at == 0) {
        return 0;
    }
    --at;
    while (at > 0 && isContinuation(text[at])) {
        --at;
    }
    return at;
}

size_t nextCharacter(std::string_view text, size_t at) {
    if (at >= text.size()) {
        return text.size();
    }
    ++at;
    while (at < text.size() && isContinuation(text[at])) {
        ++at;
    }
    return at;
}

// Letters of any script are word characters (Ctrl+Backspace removes
// "bærekraft" whole), punctuation is not ("«samhandling»" is a word
// between two marks): model/word_chars.hpp.
size_t previousWord(std::string_view text, size_t at) {
    at = clampToCharacter(text, std::min(at, text.size()));
    while (at > 0 && !model::wordCharBefore(text, at)) {
        at = previousCharacter(text, at);
    }
    while (at > 0 && model::wordCharBefore(text, at)) {
        at = previousCharacter(text, at);
    }
    return at;
}

size_t nextWord(std::string_view text, size_t at) {
    at = clampToCharacter(text, at);
    while (at < text.size() && model::wordCharAt(text, at)) {
        at = nextCharacter(text, at);
    }
    while (at < text.size() && !model::wordCharAt(text, at)) {
        at = nextCharacter(text, at);
    }
    return at;
}

std::pair<size_t, size_t> wordAt(std::string_view text, size_t at) {
    at = clampToCharacter(text, at);
    if (at < text.size() && !model::wordCharAt(text, at)) {
        return {at, nextCharacter(text, at)};
    }
    size_t begin = at;
    while (begin > 0 && model::wordCharBefore(text, begin)) {
        begin = previousCharacter(text, begin);
    }
    size_t end = at;
    while (end < text.size() && model::wordCharAt(text, end)) {
        end = nextCharacter(text, end);
    }
    return {begin, end};
}

size_t clampToCharacter(std::string_view text, size_t at) {
    at = std::min(at, text.size());
    while (at > 0 && at < text.size() && isContinuation(text[at])) {
        --at;
    }
    return at;
}

size_t countCharacters(std::string_view text) {
    return static_cast<size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !isContinuation(c); }));
}

std::string typedCharacter(unsigned int codepoint) {
    std::string out;
    const bool control =
        codepoint < 0x20 || codepoint == 0x7F || (codepoint >= 0x80 && codepoint < 0xA0);
    const bool privateUse = codepoint >= 0xE000 && codepoint <= 0xF8FF;
    const bool surrogate = codepoint >= 0xD800 && codepoint <= 0xDFFF;
    if (control || privateUse || surrogate || codepoint > 0x10FFFF) {
        return out;
    }
    appendUtf8(out, codepoint);
    return out;
}

bool replaceSelection(std::string& text, TextCursor& cursor, std::string_view insert,
                      size_t maxCharacters) {
    const size_t begin = cursor.begin();
    const size_t end = cursor.end();
    const size_t kept = countCharacters(text) - countCharacters(text.substr(begin, end - begin));
    const size_t room = maxCharacters > kept ? maxCharacters - kept : 0;
    bool whole = true;
    if (countCharacters(insert) > room) {
        // Cut at the character boundary that fits.
        size_t bytes = 0;
        for (size_t n = 0; n < room; ++n) {
            bytes = nextCharacter(insert, bytes);
        }
        insert = insert.substr(0, bytes);
        whole = false;
    }
    text.replace(begin, end - begin, insert);
    cursor.collapse(begin + insert.size());
    return whole;
}

bool eraseBackward(std::string& text, TextCursor& cursor, bool word) {
    if (cursor.hasSelection()) {
        text.erase(cursor.begin(), cursor.end() - cursor.begin());
        cursor.collapse(cursor.begin());
        return true;
    }
    if (cursor.caret == 0) {
        return false;
    }
    const size_t from =
        word ? previousWord(text, cursor.caret) : previousCharacter(text, cursor.caret);
    text.erase(from, cursor.caret - from);
    cursor.collapse(from);
    return true;
}

bool eraseForward(std::string& text, TextCursor& cursor, bool word) {
    if (cursor.hasSelection()) {
        text.erase(cursor.begin(), cursor.end() - cursor.begin());
        cursor.collapse(cursor.begin());
        return true;
    }
    if (cursor.caret >= text.size()) {
        return false;
    }
    const size_t to = word ? nextWord(text, cursor.caret) : nextCharacter(text, cursor.caret);
    text.erase(cursor.caret, to - cursor.caret);
    return true;
}

} // namespace innspill::ui
