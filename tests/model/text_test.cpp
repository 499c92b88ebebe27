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
