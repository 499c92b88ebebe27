// The programme editor driven by clicks and typing: build a programme from
// nothing, rename, reorder, checked times and dates, and removals that ask
// first and come back with one undo. Asserts on the model and the event file.
#include "setup_ui_support.hpp"

#include "app/edits_programme.hpp"
#include "ui/setup/programme_editor.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using test::SetupUi;

namespace {

std::string roundKey(const model::Round& round, const char* part) {
    return "programmeEditor.round/" + round.id.str() + part;
}

std::string roomKey(const model::Room& room, const char* part) {
    return "programmeEditor.room/" + room.id.str() + part;
}

std::string dayKey(const model::Day& day, const char* part) {
    return "programmeEditor.day/" + day.id.str() + part;
}

} // namespace

TEST_CASE("programme editor: create a day, rounds and rooms by clicking and typing", "[ui]") {
    model::Event empty = model::makeEvent("Åpen arena 2031");
    empty.startDate = "2031-03-12";
    SetupUi setup(empty, ui::drawProgrammeEditor);
    auto& ui = setup.ui();

    setup.click("programmeEditor.addDay");
    REQUIRE(setup.event().days.size() == 1);
    const model::Id dayId = setup.event().days[0].id;
    CHECK(setup.event().days[0].date == "2031-03-12"); // the event's first day

    setup.click(dayKey(setup.event().days[0], "/addRound"));
    REQUIRE(setup.event().days[0].rounds.size() == 1);
    // The new round's title field has the keyboard: type straight away.
    ui.frame();
    setup.type("Åpning");
    ui.pressKey(GLFW_KEY_TAB);
    CHECK(setup.event().days[0].rounds[0].title == "Åpning");

    const model::Round first = setup.event().days[0].rounds[0];
    setup.replaceText(roundKey(first, "/start"), "9.30");
    setup.replaceText(roundKey(first, "/end"), "1045");
    CHECK(setup.event().days[0].rounds[0].start == "09:30");
    CHECK(setup.event().days[0].rounds[0].end == "10:45");

    setup.click(dayKey(setup.event().days[0], "/addRound"));
    ui.frame();
    setup.type("Etter lunsj");
    ui.pressKey(GLFW_KEY_TAB);
    const model::Round second = setup.event().days[0].rounds[1];
    setup.replaceText(roundKey(second, "/start"), "13:00");
    setup.replaceText(roundKey(second, "/end"), "14:30");

    // Rooms: type a name, Enter, and the field is ready for the next one.
    setup.click("programmeEditor.room/new");
    setup.type("Peisestua");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    setup.type("Salen");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    // The button works too.
    setup.click("programmeEditor.room/new");
    setup.type("Biblioteket");
    setup.click("programmeEditor.room/add");

    const model::Event saved = setup.onDisk();
    REQUIRE(saved.days.size() == 1);
    CHECK(saved.days[0].id == dayId);
    CHECK(saved.days[0].date == "2031-03-12");
    REQUIRE(saved.days[0].rounds.size() == 2);
    CHECK(saved.days[0].rounds[0] == model::Round{first.id, "Åpning", "09:30", "10:45"});
    CHECK(saved.days[0].rounds[1] == model::Round{second.id, "Etter lunsj", "13:00", "14:30"});
    REQUIRE(saved.rooms.size() == 3);
    CHECK(saved.rooms[0].name == "Peisestua");
    CHECK(saved.rooms[1].name == "Salen");
    CHECK(saved.rooms[2].name == "Biblioteket");
    CHECK(saved == setup.event());

    // A second day takes the next date.
    setup.click("programmeEditor.addDay");
    CHECK(setup.onDisk().days.at(1).date == "2031-03-13");
}

TEST_CASE("programme editor: rename a round and a room, one undo step per field", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawProgrammeEditor);
    const model::Round round = setup.event().days[1].rounds[0]; // "Fordypning"
    const model::Room room = setup.event().rooms[1];            // "Salen"

    setup.replaceText(roundKey(round, "/title"), "Fordypning og oppsummering");
    setup.replaceText(roomKey(room, "/name"), "Store sal");
    CHECK(model::findRound(setup.onDisk(), round.id)->title == "Fordypning og oppsummering");
    CHECK(model::findRoom(setup.onDisk(), room.id)->name == "Store sal");

    // Each field's burst of typing is one step.
    REQUIRE(setup.session().undo());
    CHECK(model::findRoom(setup.onDisk(), room.id)->name == "Salen");
    CHECK(model::findRound(setup.onDisk(), round.id)->title == "Fordypning og oppsummering");
    REQUIRE(setup.session().undo());
    CHECK(model::findRound(setup.onDisk(), round.id)->title == "Fordypning");
}

TEST_CASE("programme editor: a wrong time stays in the field, unsaved, until it is right", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawProgrammeEditor);
    auto& ui = setup.ui();
    const model::Round round = setup.event().days[0].rounds[0]; // 10:00–11:30
    const std::string endKey = roundKey(round, "/end");

    setup.replaceText(endKey, "09:00"); // before the start
    CHECK(model::findRound(setup.onDisk(), round.id)->end == "11:30");
    REQUIRE(ui.ctx().programmeEditor.drafts.contains(endKey));
    CHECK(ui.ctx().programmeEditor.drafts.at(endKey) == "09:00");
    ui.frame(3);
    CHECK(ui.ctx().programmeEditor.drafts.at(endKey) == "09:00"); // not lost

    setup.replaceText(endKey, "25:61");
    CHECK(ui.ctx().programmeEditor.drafts.at(endKey) == "25:61");
    CHECK(model::findRound(setup.onDisk(), round.id)->end == "11:30");

    // Moving the start earlier makes the waiting 09:00 right: it is written then.
    setup.replaceText(endKey, "09:00");
    setup.replaceText(roundKey(round, "/start"), "08:15");
    ui.frame(2);
    CHECK(model::findRound(setup.onDisk(), round.id)->start == "08:15");
    CHECK(model::findRound(setup.onDisk(), round.id)->end == "09:00");
    CHECK_FALSE(ui.ctx().programmeEditor.drafts.contains(endKey));

    // Escape gives up on a wrong time: the field shows the saved one again.
    setup.replaceText(endKey, "7");
    REQUIRE(ui.ctx().programmeEditor.drafts.contains(endKey));
    setup.click(endKey);
    ui.pressKey(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK_FALSE(ui.ctx().programmeEditor.drafts.contains(endKey));
    CHECK(model::findRound(setup.onDisk(), round.id)->end == "09:00");

    // A day's date is checked the same way.
    const model::Day day = setup.event().days[1];
    setup.replaceText(dayKey(day, "/date"), "2031-02-30");
    CHECK(setup.onDisk().days[1].date == "2031-01-23");
    setup.replaceText(dayKey(day, "/date"), "24.01.2031");
    CHECK(setup.onDisk().days[1].date == "2031-01-24");
}

TEST_CASE("programme editor: removing a round that holds groups asks, then undo restores it",
          "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawProgrammeEditor);
    auto& ui = setup.ui();
    const model::Event original = setup.event();
    const model::Round round = original.days[0].rounds[0]; // groups 1.1, 1.10, 1.2
    REQUIRE(app::groupsInRoundCount(original, round.id) == 3);

    // Asked first; "Avbryt" leaves everything as it was.
    setup.click(roundKey(round, "/remove"));
    ui.frame(2);
    CHECK(ui.ctx().programmeEditor.removal == ui::ProgrammeEditorState::Removal::Round);
    CHECK(setup.event() == original);
    setup.click("setup.confirm.no");
    ui.frame();
    CHECK(ui.ctx().programmeEditor.removal == ui::ProgrammeEditorState::Removal::None);
    CHECK(ui.item("setup.confirm.yes") == nullptr);
    CHECK(setup.event() == original);

    setup.click(roundKey(round, "/remove"));
    ui.frame(2);
    setup.click("setup.confirm.yes");
    ui.frame();
    model::Event saved = setup.onDisk();
    CHECK(model::findRound(saved, round.id) == nullptr);
    CHECK(saved.groups.size() == 2);
    CHECK(model::findGroupByNumber(saved, "1.1") == nullptr);
    CHECK(model::findGroupByNumber(saved, "1.10") == nullptr);
    CHECK(model::findGroupByNumber(saved, "2.1") != nullptr);
    // Nothing in the panel points at the removed round any more.
    CHECK(ui.item(roundKey(round, "/title")) == nullptr);

    // One undo brings back the round and its three groups, on disk too.
    REQUIRE(setup.session().undo());
    ui.frame();
    saved = setup.onDisk();
    CHECK(model::findRound(saved, round.id) != nullptr);
    CHECK(saved.groups.size() == original.groups.size());
    CHECK(model::findGroupByNumber(saved, "1.10")->roundId == round.id);
    CHECK(model::findGroupByNumber(saved, "3.1")->followUpOf ==
          model::findGroupByNumber(original, "1.1")->id);
    CHECK(ui.item(roundKey(round, "/title")) != nullptr);
}

TEST_CASE("programme editor: removing an empty round does not ask; a room with groups does",
          "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawProgrammeEditor);
    auto& ui = setup.ui();

    setup.click(dayKey(setup.event().days[1], "/addRound"));
    const model::Round added = setup.event().days[1].rounds.back();
    ui.frame();
    setup.click(roundKey(added, "/remove"));
    ui.frame();
    CHECK(model::findRound(setup.onDisk(), added.id) == nullptr);
    CHECK(ui.ctx().programmeEditor.removal == ui::ProgrammeEditorState::Removal::None);

    const model::Room room = setup.event().rooms[0]; // 1.1 meets here
    setup.click(roomKey(room, "/remove"));
    ui.frame(2);
    CHECK(ui.ctx().programmeEditor.removal == ui::ProgrammeEditorState::Removal::Room);
    setup.click("setup.confirm.yes");
    ui.frame();
    const model::Event saved = setup.onDisk();
    CHECK(model::findRoom(saved, room.id) == nullptr);
    REQUIRE(model::findGroupByNumber(saved, "1.1") != nullptr);
    CHECK_FALSE(model::findGroupByNumber(saved, "1.1")->roomId.has_value());
    REQUIRE(setup.session().undo());
    CHECK(model::findGroupByNumber(setup.onDisk(), "1.1")->roomId == room.id);
}

TEST_CASE("programme editor: reorder with the arrow buttons, days and rounds", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawProgrammeEditor);
    auto& ui = setup.ui();
    const model::Event original = setup.event();
    const model::Round r2 = original.days[0].rounds[1];

    // Day 1's last round moves down into day 2, in front of its round.
    setup.click(roundKey(r2, "/down"));
    ui.frame();
    model::Event saved = setup.onDisk();
    REQUIRE(saved.days[1].rounds.size() == 2);
    CHECK(saved.days[1].rounds[0].id == r2.id);
    // The first round of the event cannot move up.
    const model::Round r1 = original.days[0].rounds[0];
    setup.click(roundKey(r1, "/up"));
    CHECK(setup.onDisk().days[0].rounds[0].id == r1.id);

    setup.click(dayKey(original.days[1], "/up"));
    ui.frame();
    saved = setup.onDisk();
    CHECK(saved.days[0].id == original.days[1].id);
    CHECK(saved.days[1].id == original.days[0].id);

    const model::Room salen = original.rooms[1];
    setup.click(roomKey(salen, "/up"));
    CHECK(setup.onDisk().rooms[0].id == salen.id);
}

TEST_CASE("programme editor: each round shows how many groups it holds", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawProgrammeEditor);
    const auto& days = setup.event().days;
    CHECK(setup.ui().item(roundKey(days[0].rounds[0], "/groups=3")) != nullptr);
    CHECK(setup.ui().item(roundKey(days[0].rounds[1], "/groups=1")) != nullptr);
    CHECK(setup.ui().item(roundKey(days[1].rounds[0], "/groups=1")) != nullptr);

    // Removing a group elsewhere updates the count at once.
    app::Change change("Fjern gruppe");
    change.group(*model::findGroupByNumber(setup.event(), "1.2"), std::nullopt);
    REQUIRE(setup.session().apply(change));
    setup.ui().frame();
    CHECK(setup.ui().item(roundKey(days[0].rounds[0], "/groups=2")) != nullptr);
}
