// The word-character rule shared by search, find-similar and the editor.
#include "model/word_chars.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace innspill::model;

TEST_CASE("letters of every script are word characters, punctuation past ASCII is not") {
    for (char32_t c : {U'a', U'Z', U'7', U'æ', U'Ø', U'å', U'é', U'ß', U'Ω', U'ж', U'ع', U'µ'}) {
        CHECK(isWordChar(c));
    }
    for (char32_t c :
         {U' ', U'-', U'_',      U'«', U'»', U'“', U'”', U'„', U'–',      U'—',
          U'…', U'•', U'\u00A0', U'°', U'§', U'×', U'€', U'→', U'\uFFFD', U'\U0001F600'}) {
        CHECK_FALSE(isWordChar(c));
    }
}

TEST_CASE("UTF-8 is decoded character by character; a broken byte is one replacement") {
    const std::string text = "a«ø€\xF0\x9F\x98\x80\xC3";
    CHECK(decodeUtf8(text, 0).codePoint == U'a');
    CHECK(decodeUtf8(text, 1).codePoint == U'«');
    CHECK(decodeUtf8(text, 1).length == 2);
    CHECK(decodeUtf8(text, 3).codePoint == U'ø');
    CHECK(decodeUtf8(text, 5).codePoint == U'€');
    CHECK(decodeUtf8(text, 5).length == 3);
    CHECK(decodeUtf8(text, 8).codePoint == U'\U0001F600');
    CHECK(decodeUtf8(text, 8).length == 4);
    CHECK(decodeUtf8(text, 12).codePoint == U'\uFFFD'); // a lead byte with nothing after it
    CHECK(decodeUtf8(text, 12).length == 1);
}

TEST_CASE("the character before a position decides whether a word starts there") {
    const std::string text = "«samhandling» og “læring”–arbeid";
    const auto at = [&](const std::string& word) { return text.find(word); };
    CHECK_FALSE(wordCharBefore(text, at("samhandling"))); // after «
    CHECK(wordCharBefore(text, at("handling")));          // inside the word
    CHECK_FALSE(wordCharBefore(text, at("læring")));      // after “
    CHECK_FALSE(wordCharBefore(text, at("arbeid")));      // after –
    CHECK(wordCharBefore(text, at("ring")));              // after æ
    CHECK_FALSE(wordCharBefore(text, 0));
    CHECK(wordCharAt(text, at("samhandling")));
    CHECK_FALSE(wordCharAt(text, 0));
    CHECK_FALSE(wordCharAt(text, text.size()));
}
