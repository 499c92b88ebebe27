// The desktop fonts carry every character Norwegian reports use.
#include "platform/fonts.hpp"
#include "ui/widgets/icons.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>

using namespace innspill;

TEST_CASE("DejaVu Sans is loaded with the Norwegian and typographic glyphs", "[platform]") {
    if (!platform::findFontFile("DejaVuSans.ttf")) {
        WARN("DejaVuSans.ttf not installed (fonts-dejavu-core); the app falls back to ImGui's "
             "font, which lacks “ ” – …");
        return;
    }
    ImFontAtlas atlas;
    const ui::FontRoles roles = platform::loadFonts(atlas, 16.0f);
    REQUIRE(atlas.IsBuilt());
    REQUIRE(roles.body != nullptr);
    REQUIRE(roles.bold != nullptr);
    REQUIRE(roles.heading != nullptr);
    CHECK(roles.heading->FontSize > roles.body->FontSize);

    const std::string text = "æøåÆØÅ«»–—“”‘’…•€éüöäÉßšž\xEF\xBF\xBD";
    for (ImFont* font : {roles.body, roles.bold, roles.heading}) {
        for (const char* at = text.c_str(); *at != '\0';) {
            unsigned int codepoint = 0;
            at += ImTextCharFromUtf8(&codepoint, at, nullptr);
            CAPTURE(codepoint);
            CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) != nullptr);
        }
    }
}

TEST_CASE("fonts load at the size asked for, for high-DPI screens", "[platform]") {
    if (!platform::findFontFile("DejaVuSans.ttf")) {
        return;
    }
    ImFontAtlas atlas;
    const ui::FontRoles roles = platform::loadFonts(atlas, platform::kBaseFontSize * 2.0f);
    REQUIRE(roles.body != nullptr);
    CHECK(roles.body->FontSize == Approx(platform::kBaseFontSize * 2.0f));
}

TEST_CASE("a font that is in neither place is not found", "[platform]") {
    CHECK_FALSE(platform::findFontFile("IngenSlikSkrift.ttf").has_value());
}

TEST_CASE("Inter is the UI face, with DejaVu behind it and the icons merged in", "[platform]") {
    if (!platform::findFontFile("Inter-Regular.otf") ||
        !platform::findFontFile("MaterialIcons-Regular.ttf") ||
        !platform::findFontFile("DejaVuSans.ttf")) {
        WARN("fonts-inter, fonts-material-design-icons-iconfont or fonts-dejavu-core missing");
        return;
    }
    ImFontAtlas atlas;
    const ui::FontRoles roles = platform::loadFonts(atlas, 15.0f);
    REQUIRE(atlas.IsBuilt());
    REQUIRE(roles.title != nullptr);
    CHECK(roles.title->FontSize > roles.heading->FontSize);
    CHECK(roles.heading->FontSize > roles.body->FontSize);
    CHECK(std::string(roles.body->ConfigData->Name).find("Inter") != std::string::npos);
    for (ImFont* font : {roles.body, roles.bold, roles.heading, roles.title}) {
        // Every icon the UI draws.
        for (const unsigned int codepoint : ui::icon::kIconCodepoints) {
            CAPTURE(codepoint);
            CHECK(font->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) != nullptr);
        }
        // Glyphs Inter lacks or people type into notes, from DejaVu: → ✓ ■.
        for (const ImWchar codepoint : {ImWchar(0x2192), ImWchar(0x2713), ImWchar(0x25A0)}) {
            CAPTURE(codepoint);
            CHECK(font->FindGlyphNoFallback(codepoint) != nullptr);
        }
    }
}
