// UTF-8 decoding and the word-character rule (word_chars.hpp).
#include "model/word_chars.hpp"

namespace innspill::model {

Utf8Char decodeUtf8(std::string_view text, size_t at) {
    const auto c = static_cast<unsigned char>(text[at]);
    const auto continuation = [&](size_t n) {
        return at + n < text.size() && (static_cast<unsigned char>(text[at + n]) & 0xC0) == 0x80;
    };
    const auto bits = [&](size_t n) {
        return static_cast<char32_t>(static_cast<unsigned char>(text[at + n]) & 0x3F);
    };
    if (c < 0x80) {
        return {c, 1};
    }
    if ((c & 0xE0) == 0xC0 && continuation(1)) {
        return {static_cast<char32_t>((c & 0x1F) << 6) | bits(1), 2};
    }
    if ((c & 0xF0) == 0xE0 && continuation(1) && continuation(2)) {
        return {static_cast<char32_t>((c & 0x0F) << 12) | (bits(1) << 6) | bits(2), 3};
    }
    if ((c & 0xF8) == 0xF0 && continuation(1) && continuation(2) && continuation(3)) {
        return {static_cast<char32_t>((c & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) |
                    bits(3),
                4};
    }
    return {0xFFFD, 1};
}

bool isWordChar(char32_t c) {
    if (c < 0x80) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
    if (c < 0xC0) {
        return c == 0xAA || c == 0xB5 || c == 0xBA; // ª µ º (the rest: NBSP « » ° § ¶ …)
    }
    if (c == 0xD7 || c == 0xF7) {
        return false; // × ÷
    }
    if (c >= 0x2000 && c <= 0x2BFF) {
        return false; // general punctuation (– — “ ” • …), currency, arrows, symbols
    }
    if (c >= 0x3000 && c <= 0x303F) {
        return false; // CJK punctuation
    }
    if (c >= 0xFE30 && c <= 0xFE4F) {
        return false; // CJK compatibility forms
    }
    if (c >= 0x1F000) {
        return false; // emoji and pictographs
    }
    return c != 0xFFFD && c != 0xFEFF;
}

bool wordCharAt(std::string_view text, size_t at) {
    return at < text.size() && isWordChar(decodeUtf8(text, at).codePoint);
}

bool wordCharBefore(std::string_view text, size_t at) {
    if (at == 0 || at > text.size()) {
        return false;
    }
    // Back to the character's first byte (at most three continuation bytes).
    size_t begin = at - 1;
    while (begin > 0 && at - begin < 4 &&
           (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) {
        --begin;
    }
    const Utf8Char c = decodeUtf8(text, begin);
    if (begin + c.length != at) {
        return false; // a broken sequence
    }
    return isWordChar(c.codePoint);
}

} // namespace innspill::model
