#include "model/synthesis.hpp"

#include <catch2/catch.hpp>

using namespace innspill::model;

TEST_CASE("a challenge's letter follows its order within the theme") {
    CHECK(challengeLetter(0) == "A");
    CHECK(challengeLetter(2) == "C");
    CHECK(challengeLetter(25) == "Z");
    CHECK(challengeLetter(26) == "AA");
    CHECK(challengeLetter(27) == "AB");
    CHECK(challengeLetter(26 + 26 * 26) == "AAA");
}

TEST_CASE("a theme's challenges come in the synthesis' order") {
    Synthesis synthesis;
    const Id pillarOne = Id::generate();
    const Id pillarTwo = Id::generate();
    for (const auto& [theme, title] :
         {std::pair{pillarOne, "first"}, {pillarTwo, "other"}, {pillarOne, "second"}}) {
        Challenge challenge;
        challenge.id = Id::generate();
        challenge.theme = theme;
        challenge.title = title;
        synthesis.challenges.push_back(challenge);
    }
    const auto ofOne = challengesOfTheme(synthesis, pillarOne);
    REQUIRE(ofOne.size() == 2);
    CHECK(ofOne[0]->title == "first");
    CHECK(ofOne[1]->title == "second");
    CHECK(challengesOfTheme(synthesis, Id::generate()).empty());
}
