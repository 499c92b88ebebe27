// Hjelp → Om Innspill: the About box opens from the Help menu, in both
// languages, shows the version from project(VERSION), the licence and the
// components, and closes with its button and with Escape.
#include "shell_support.hpp"

#include "ui/shell/menu_bar.hpp"
#include "version.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::ShellFixture;

namespace {

bool onScreen(test::UiHarness& ui, const std::string& part) {
    std::string text = test::screenText(ui);
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text.find(part) != std::string::npos;
}

void openAbout(ShellFixture& f) {
    test::click(f.ui, "menu.help");
    test::click(f.ui, "menu.help.about");
    f.ui.frame(2);
}

} // namespace

TEST_CASE("Help → About shows name, version, licence and components", "[ui][shell][about]") {
    ShellFixture f;
    f.ui.frame(2);
    CHECK_FALSE(onScreen(f.ui, std::string("Versjon ") + kVersion));

    openAbout(f);
    REQUIRE(f.ui.item("about.version") != nullptr);
    CHECK(onScreen(f.ui, "Om Innspill"));
    CHECK(onScreen(f.ui, std::string("Versjon ") + kVersion));
    CHECK(std::string(kVersion) == "0.1.0"); // project(VERSION) in CMakeLists.txt
    CHECK(onScreen(f.ui, "MIT-lisensen"));
    CHECK(onScreen(f.ui, "Dear ImGui"));
    CHECK(onScreen(f.ui, "libxlsxwriter"));
    CHECK(onScreen(f.ui, "BSD-2-Clause"));

    test::click(f.ui, "about.close");
    f.ui.frame(2);
    CHECK(f.ui.item("about.version") == nullptr);
    CHECK_FALSE(onScreen(f.ui, std::string("Versjon ") + kVersion));
}

TEST_CASE("the About box speaks English and closes with Escape", "[ui][shell][about]") {
    ShellFixture f;
    ui::setLanguage(f.ctx(), ui::Language::En);
    f.ui.frame(2);

    openAbout(f);
    CHECK(onScreen(f.ui, "About Innspill"));
    CHECK(onScreen(f.ui, std::string("Version ") + kVersion));
    CHECK(onScreen(f.ui, "MIT licence"));

    f.ui.pressKey(GLFW_KEY_ESCAPE);
    f.ui.frame(2);
    CHECK(f.ui.item("about.version") == nullptr);
}
