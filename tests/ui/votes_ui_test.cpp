// Dot votes from the keyboard, headless: the voting view (type a count,
// Enter, the next row; arrows; undo) and the capture screen's selection
// mode ("+", "-", "=12" Enter; digits alone still tag themes); actions
// added on the capture screen.
#include "capture_support.hpp"
#include "setup_ui_support.hpp"

#include "app/edits_votes.hpp"
#include "ui/votes/voting_panel.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

namespace {

const model::Group& numbered(const model::Event& event, const std::string& number) {
    for (const auto& group : event.groups) {
        if (group.number == number) {
            return group;
        }
    }
    FAIL("no group " << number);
    return event.groups.front();
}

} // namespace

TEST_CASE("voting view: type a count, Enter, the next row; undo takes it back", "[ui]") {
    test::SetupUi setup(test::sampleEvent(), ui::drawVotingPanel);
    auto& ui = setup.ui();
    REQUIRE(ui.item("voting.count") != nullptr);
    const auto rows = app::votingRows(setup.event(), {});
    REQUIRE(rows.size() > 4);

    // The count field has the keyboard from the start: the first row.
    setup.type("12");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame(2);
    CHECK(setup.ui().ctx().voting.active == 1);
    setup.type("3");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame(2);
    auto disk = setup.onDisk();
    CHECK(app::votingRows(disk, {})[0].votes == 12);
    CHECK(app::votingRows(disk, {})[1].votes == 3);
    CHECK(setup.ui().ctx().voting.active == 2);

    // Up goes back a row; a count typed there and Down writes it.
    ui.pressKey(GLFW_KEY_UP);
    ui.frame(2);
    CHECK(setup.ui().ctx().voting.active == 1);
    setup.type("5");
    ui.pressKey(GLFW_KEY_DOWN);
    ui.frame(2);
    CHECK(app::votingRows(setup.onDisk(), {})[1].votes == 5);

    // Not a count: said, nothing written, the row keeps the keyboard.
    setup.type("-");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame(2);
    CHECK_FALSE(setup.ui().ctx().voting.notice.empty());
    CHECK(setup.ui().ctx().voting.active == 2);

    REQUIRE(setup.session().undo());
    CHECK(app::votingRows(setup.onDisk(), {})[1].votes == 3);
    REQUIRE(setup.session().undo());
    REQUIRE(setup.session().undo());
    CHECK(app::votingRows(setup.onDisk(), {})[0].votes == 0);
}

TEST_CASE("voting view: a click picks the row to count", "[ui]") {
    test::SetupUi setup(test::sampleEvent(), ui::drawVotingPanel);
    setup.click("voting.row/3");
    setup.ui().frame();
    CHECK(setup.ui().ctx().voting.active == 3);
    setup.type("7");
    setup.ui().pressKey(GLFW_KEY_ENTER);
    setup.ui().frame(2);
    CHECK(app::votingRows(setup.onDisk(), {})[3].votes == 7);
}

TEST_CASE("capture: +, - and =N Enter on a selected input; digits still tag", "[ui]") {
    test::CaptureScreen screen(test::sampleEvent());
    screen.open("1.1");
    // The caret is in the last input ("for voksne"); Escape selects it.
    screen.press(GLFW_KEY_ESCAPE);
    screen.type("+");
    screen.type("+");
    screen.type("-");
    CHECK(screen.group("1.1").inputs[1].children[1].votes == 1);
    screen.type("=");
    screen.type("14");
    screen.press(GLFW_KEY_ENTER);
    CHECK(screen.group("1.1").inputs[1].children[1].votes == 14);
    CHECK(numbered(screen.onDisk(), "1.1").inputs[1].children[1].votes == 14);
    CHECK(screen.group("1.1").inputs[1].children[1].text == "for voksne"); // not typed into
    // Escape drops a count being typed.
    screen.type("=3");
    screen.press(GLFW_KEY_ESCAPE);
    CHECK(screen.group("1.1").inputs[1].children[1].votes == 14);
    CHECK_FALSE(screen.ctx().capture.voteEntry);
    // A digit alone tags the first theme, as before.
    screen.type("1");
    const auto& tagged = screen.group("1.1").inputs[1].children[1];
    REQUIRE(tagged.themes.size() == 1);
    CHECK(tagged.themes[0] == screen.session().event().themes[0].id);
    CHECK(tagged.votes == 14);
    // Undo: the tag, then the count typed after "=".
    REQUIRE(screen.session().undo());
    REQUIRE(screen.session().undo());
    CHECK(screen.group("1.1").inputs[1].children[1].votes == 1);
}

TEST_CASE("capture: an action added and written in the compact table", "[ui]") {
    test::CaptureScreen screen(test::sampleEvent());
    screen.open("2.1");
    screen.ui().frame(2);
    REQUIRE(screen.ui().clickItem("capture.action/add"));
    screen.ui().frame(2);
    REQUIRE(screen.group("2.1").actions.size() == 1);
    REQUIRE(screen.ui().clickItem("capture.action/actions.what/0"));
    screen.ui().frame();
    screen.typeSlowly("Felles portal");
    screen.ui().frame(2);
    CHECK(numbered(screen.onDisk(), "2.1").actions.at(0).what == "Felles portal");
    // One undo step for the typing, one for the new row.
    REQUIRE(screen.session().undo());
    CHECK(screen.group("2.1").actions.at(0).what.empty());
    REQUIRE(screen.session().undo());
    CHECK(screen.group("2.1").actions.empty());
}
