// Colours: parsing and printing "#RRGGBB", WCAG contrast, the theme palette
// and a theme's colour (its own, else the palette's for its place).
#include "model/colour.hpp"
#include "model/theme.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

TEST_CASE("colours parse from and print to #RRGGBB") {
    CHECK(model::parseColour("#0062BA") == model::rgb(0x0062BA));
    CHECK(model::parseColour("#0062ba") == model::rgb(0x0062BA));
    CHECK_FALSE(model::parseColour("0062BA"));
    CHECK_FALSE(model::parseColour("#0062B"));
    CHECK_FALSE(model::parseColour("#0062BG"));
    CHECK_FALSE(model::parseColour("#0062BA0"));
    CHECK(model::colourText(model::rgb(0x0a0b0c)) == "#0A0B0C");
}

TEST_CASE("contrast follows WCAG 2.1") {
    CHECK(model::contrastRatio(model::rgb(0x000000), model::rgb(0xFFFFFF)) ==
          Approx(21.0).epsilon(0.001));
    CHECK(model::contrastRatio(model::rgb(0x777777), model::rgb(0x777777)) == Approx(1.0));
    // The Designsystemet accent with white text: about 6:1.
    CHECK(model::contrastRatio(model::brand::kAccent, model::brand::kWhite) > 6.0);
}

TEST_CASE("every palette colour keeps a white number readable, and the brand holds its ratios") {
    for (const auto& colour : model::kThemePalette) {
        INFO(model::colourText(colour));
        CHECK(model::contrastRatio(colour, model::brand::kWhite) >= 4.5);
    }
    namespace b = model::brand;
    CHECK(model::contrastRatio(b::kNeutralText, b::kWhite) >= 7.0);
    CHECK(model::contrastRatio(b::kSubtleText, b::kWhite) >= 4.5);
    CHECK(model::contrastRatio(b::kAccentStrong, b::kWhite) >= 4.5);
    CHECK(model::contrastRatio(b::kSuccess, b::kWhite) >= 4.5);
    CHECK(model::contrastRatio(b::kWarning, b::kWhite) >= 4.5);
    CHECK(model::contrastRatio(b::kDanger, b::kWhite) >= 4.5);
    CHECK(model::contrastRatio(b::kBorder, b::kWhite) >= 3.0); // WCAG 1.4.11
}

TEST_CASE("a theme's colour is its own, else the palette's for its place") {
    std::vector<model::Theme> themes(3);
    themes[1].colour = "#7A2E9E";
    CHECK(model::themeColour(themes, 0) == model::kThemePalette[0]);
    CHECK(model::themeColour(themes, 1) == model::rgb(0x7A2E9E));
    CHECK(model::themeColour(themes, 2) == model::kThemePalette[2]);
    // Nine themes: the palette starts over.
    std::vector<model::Theme> many(9);
    CHECK(model::themeColour(many, 8) == model::kThemePalette[0]);
}

TEST_CASE("a new theme gets the first palette colour not yet in use") {
    std::vector<model::Theme> themes;
    CHECK(model::nextThemeColour(themes) == model::colourText(model::kThemePalette[0]));
    themes.resize(1);
    themes[0].colour = model::colourText(model::kThemePalette[1]);
    CHECK(model::nextThemeColour(themes) == model::colourText(model::kThemePalette[0]));
    themes.resize(2); // the second, without a colour, is drawn in palette[1] too
    themes[0].colour = model::colourText(model::kThemePalette[0]);
    CHECK(model::nextThemeColour(themes) == model::colourText(model::kThemePalette[2]));
}

TEST_CASE("only readable colours are acceptable theme colours") {
    CHECK(model::acceptableThemeColour(""));
    CHECK(model::acceptableThemeColour("#0062BA"));
    CHECK_FALSE(model::acceptableThemeColour("#FFEE00")); // white on yellow: unreadable
    CHECK_FALSE(model::acceptableThemeColour("blue"));
}
