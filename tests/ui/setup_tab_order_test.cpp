// Tab order = reading order on the set-up forms (issue 15): the event panel
// (title down to the about text and the report's words), the themes and the
// programme editor.
#include "setup_ui_support.hpp"
#include "tab_order.hpp"

#include "ui/setup/event_panel.hpp"
#include "ui/setup/programme_editor.hpp"
#include "ui/setup/themes_panel.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innspill;
using test::SetupUi;

TEST_CASE("tab order: the event panel in reading order, through the about text", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel);
    auto& ui = setup.ui();
    ui.frame(2);
    const auto visited = test::tabThrough(ui, "event.title", 12);
    test::checkReadingOrder(ui, visited);
    // The about text (a wrapping field of our own) is one of the stops.
    CHECK(std::find(visited.begin(), visited.end(), "event.about") != visited.end());
}

TEST_CASE("tab order: the themes panel, name then description, row by row", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawThemesPanel);
    auto& ui = setup.ui();
    ui.frame(2);
    const auto& themes = setup.event().themes;
    REQUIRE(themes.size() >= 2);
    const std::string first = "themes.theme/" + themes[0].id.str();
    const auto visited = test::tabThrough(ui, first + "/name", 3);
    test::checkReadingOrder(ui, visited);
    CHECK(visited[1] == first + "/description");
    CHECK(visited[2] == "themes.theme/" + themes[1].id.str() + "/name");
}

TEST_CASE("tab order: the programme editor, title then times, round by round", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawProgrammeEditor);
    auto& ui = setup.ui();
    ui.frame(2);
    const auto& round = setup.event().days[0].rounds[0];
    const std::string prefix = "programmeEditor.round/" + round.id.str();
    const auto visited = test::tabThrough(ui, prefix + "/title", 4);
    test::checkReadingOrder(ui, visited);
}
