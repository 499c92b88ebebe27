#include "model/group_number.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

using namespace innspill::model;

TEST_CASE("group numbers sort naturally") {
    std::vector<std::string> numbers{"1.10", "2.1", "1.2", "10.1", "1.1", "1.02", "1.19"};
    std::sort(numbers.begin(), numbers.end(),
              [](const auto& a, const auto& b) { return compareNatural(a, b) < 0; });
    CHECK(numbers == std::vector<std::string>{"1.1", "1.2", "1.02", "1.10", "1.19", "2.1", "10.1"});
    CHECK(compareNatural("1.2", "1.10") < 0);
    CHECK(compareNatural("1.10", "1.2") > 0);
    CHECK(compareNatural("3.4", "3.4") == 0);
    CHECK(compareNatural("1", "1.1") < 0);
}

TEST_CASE("group number format") {
    CHECK(isValidGroupNumber("1.12"));
    CHECK(isValidGroupNumber("7"));
    CHECK(isValidGroupNumber("1.2.3"));
    CHECK_FALSE(isValidGroupNumber(""));
    CHECK_FALSE(isValidGroupNumber("1."));
    CHECK_FALSE(isValidGroupNumber(".1"));
    CHECK_FALSE(isValidGroupNumber("1..2"));
    CHECK_FALSE(isValidGroupNumber("1.2a"));
    CHECK_FALSE(isValidGroupNumber("12345678901234567"));
    CHECK(roundPrefix("2.13") == 2);
    CHECK_FALSE(roundPrefix("x"));
    CHECK(makeGroupNumber(3, 14) == "3.14");
}
