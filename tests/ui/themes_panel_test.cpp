// The themes panel driven by clicks and typing: the pillar template (on an
// empty list, and appended after the organiser's own themes), adding and
// renaming, and removing a tagged theme (asks; untags; undo restores).
#include "setup_ui_support.hpp"

#include "app/edits_themes.hpp"
#include "ui/setup/themes_panel.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using test::SetupUi;

namespace {

std::string themeKey(const model::Theme& theme, const char* part) {
    return "themes.theme/" + theme.id.str() + part;
}

model::Event withoutThemes() {
    model::Event event = test::sampleEvent();
    event.themes.clear();
    for (auto& group : event.groups) {
        for (auto& input : group.inputs) {
            input.themes.clear();
        }
    }
    return event;
}

std::vector<std::string> pillarNames() {
    std::vector<std::string> names;
    for (const auto& theme : model::pillarTemplate()) {
        names.push_back(theme.name);
    }
    return names;
}

std::vector<std::string> themeNames(const model::Event& event) {
    std::vector<std::string> names;
    for (const auto& theme : event.themes) {
        names.push_back(theme.name);
    }
    return names;
}

} // namespace

TEST_CASE("themes panel: one click applies the five-pillar template", "[ui]") {
    SetupUi setup(withoutThemes(), ui::drawThemesPanel);
    setup.click("themes.useTemplate");
    setup.ui().frame();
    CHECK(themeNames(setup.onDisk()) == pillarNames());
    CHECK(setup.onDisk().themes[2].description == model::pillarTemplate()[2].description);
    // All five there: the button does nothing more.
    setup.click("themes.useTemplate");
    setup.ui().frame(2);
    CHECK(setup.onDisk().themes.size() == 5);
    CHECK(setup.ui().item("setup.confirm.yes") == nullptr);
    // One undo removes all five.
    REQUIRE(setup.session().undo());
    CHECK(setup.onDisk().themes.empty());
}

TEST_CASE("themes panel: with own themes the template asks, then appends", "[ui]") {
    SetupUi setup(withoutThemes(), ui::drawThemesPanel);
    auto& ui = setup.ui();
    setup.click("themes.new");
    setup.type("Læring hele livet");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    REQUIRE(setup.onDisk().themes.size() == 1);

    setup.click("themes.useTemplate");
    ui.frame(2);
    CHECK(ui.ctx().themesPanel.confirmTemplate);
    CHECK(setup.onDisk().themes.size() == 1);
    setup.click("setup.confirm.yes");
    ui.frame();
    auto expected = pillarNames();
    expected.insert(expected.begin(), "Læring hele livet");
    CHECK(themeNames(setup.onDisk()) == expected);
}

TEST_CASE("themes panel: add, rename, describe and reorder by typing and clicking", "[ui]") {
    SetupUi setup(withoutThemes(), ui::drawThemesPanel);
    auto& ui = setup.ui();
    setup.click("themes.new");
    setup.type("Arbeid");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    setup.type("Lærling");
    setup.click("themes.add");
    ui.frame();
    REQUIRE(setup.event().themes.size() == 2);
    const model::Theme second = setup.event().themes[1];

    setup.replaceText(themeKey(second, "/name"), "Lærlinger");
    setup.replaceText(themeKey(second, "/description"), "Fra skole til fagbrev");
    setup.click(themeKey(second, "/up"));
    const model::Event saved = setup.onDisk();
    CHECK(themeNames(saved) == std::vector<std::string>{"Lærlinger", "Arbeid"});
    CHECK(saved.themes[0].description == "Fra skole til fagbrev");
}

TEST_CASE("themes panel: removing a tagged theme asks and untags; undo tags again", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawThemesPanel);
    auto& ui = setup.ui();
    const model::Event original = setup.event();
    const model::Theme tagged = original.themes[0]; // on the first input of 1.1
    const model::Theme untagged = original.themes[4];
    REQUIRE(app::taggedInputCount(original, tagged.id) == 1);
    REQUIRE(app::taggedInputCount(original, untagged.id) == 0);

    // Not tagged: removed at once.
    setup.click(themeKey(untagged, "/remove"));
    ui.frame();
    CHECK(model::findTheme(setup.onDisk(), untagged.id) == nullptr);

    setup.click(themeKey(tagged, "/remove"));
    ui.frame(2);
    CHECK(ui.ctx().themesPanel.removalId == tagged.id);
    CHECK(model::findTheme(setup.onDisk(), tagged.id) != nullptr);
    setup.click("setup.confirm.yes");
    ui.frame();
    model::Event saved = setup.onDisk();
    CHECK(model::findTheme(saved, tagged.id) == nullptr);
    CHECK(app::taggedInputCount(saved, tagged.id) == 0);
    CHECK(model::findGroupByNumber(saved, "1.1")->inputs[0].themes ==
          std::vector<model::Id>{original.themes[2].id});

    REQUIRE(setup.session().undo());
    saved = setup.onDisk();
    CHECK(model::findTheme(saved, tagged.id) != nullptr);
    CHECK(model::findGroupByNumber(saved, "1.1")->inputs[0].themes ==
          std::vector<model::Id>{tagged.id, original.themes[2].id});
}
