#include "model/name_match.hpp"
#include "model/text.hpp"

#include <catch2/catch.hpp>

using namespace innspill::model;

TEST_CASE("UTF-8 validation") {
    CHECK(isValidUtf8("æøå ÆØÅ «» – — “ ” ’ … 😀"));
    CHECK_FALSE(isValidUtf8("\xC3\x28"));
    CHECK_FALSE(isValidUtf8("\xE6"));             // Latin-1 æ
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // beyond U+10FFFF
    CHECK(repairUtf8("bl\xE5"
                     "b\xE6"
                     "r") == "bl\xEF\xBF\xBD"
                             "b\xEF\xBF\xBD"
                             "r");
    CHECK(repairUtf8("blåbær") == "blåbær");
}

TEST_CASE("file name from a title: forbidden characters, ends, length, fallback") {
    CHECK(fileNameFromTitle("Åpen arena: 2031/22?", 80, "x") == "Åpen arena 203122");
    CHECK(fileNameFromTitle(" . Tittel\t med\nlinjeskift . ", 80, "x") == "Tittel medlinjeskift");
    CHECK(fileNameFromTitle("a\\b*c\"d<e>f|g", 80, "x") == "abcdefg");
    CHECK(fileNameFromTitle("", 80, "arrangement") == "arrangement");
    CHECK(fileNameFromTitle(" ..:?.. ", 80, "innspill") == "innspill");
    // Cut at the limit, never inside a UTF-8 sequence: "æ" is two bytes.
    CHECK(fileNameFromTitle("abæ", 3, "x") == "ab");
    CHECK(fileNameFromTitle("abæ", 4, "x") == "abæ");
    CHECK(fileNameFromTitle(std::string(200, 'a'), 100, "x").size() == 100);
    // Broken UTF-8 is repaired, not passed on to the file system.
    CHECK(isValidUtf8(fileNameFromTitle("M\xF8te", 80, "x")));
}

TEST_CASE("characters are counted as code points") {
    CHECK(countChars("") == 0);
    CHECK(countChars("abc") == 3);
    CHECK(countChars("æøå") == 3); // 6 bytes
    CHECK(countChars("😀") == 1);   // 4 bytes
}

TEST_CASE("text is cut to a number of characters on a character boundary") {
    CHECK(cutToChars("abc", 5) == "abc");
    CHECK(cutToChars("abc", 3) == "abc");
    CHECK(cutToChars("abc", 2) == "ab");
    CHECK(cutToChars("æøå", 2) == "æø"); // 4 of 6 bytes
    CHECK(cutToChars("😀x", 1) == "😀");
    CHECK(cutToChars("abc", 0).empty());
}

TEST_CASE("organisations agree when equal as names or when one is empty") {
    CHECK(organisationsAgree("NAV", "NAV"));
    CHECK(organisationsAgree(" nav  ", "NAV"));
    CHECK(organisationsAgree("Universitetet i Ås", "UNIVERSITETET I ÅS"));
    CHECK(organisationsAgree("", "Sintef"));
    CHECK(organisationsAgree("Sintef", "  "));
    CHECK_FALSE(organisationsAgree("NAV", "Sintef"));
}
