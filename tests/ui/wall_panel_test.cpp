// The wall panel driven as an organiser drives it: posting topics into cells
// (typing the title, picking or creating the initiator), moving one by drag
// and drop, cancelling one from its menu, renumbering, removing, undo and
// redo — asserted on the model and on the event file.
#include "harness.hpp"
#include "wall_test_support.hpp"

#include "app/event_session.hpp"
#include "model/validate.hpp"
#include "store/event_file.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"
#include "ui/wall/wall_cell.hpp"
#include "ui/wall/wall_panel.hpp"

#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::UiHarness;

namespace {

// Sample event: day 1 has rounds 1 (1.1 Peisestua, 1.10 Salen, 1.2 cancelled
// without room) and 2 (2.1 Biblioteket); day 2 has round 3 (3.1 without room).
struct WallFixture {
    test::TempDir dir;
    std::filesystem::path path = dir / "wall.innspill";
    std::unique_ptr<app::EventSession> session;
    model::Id round1, round2, round3, peisestua, salen, biblioteket;

    WallFixture() {
        auto opened = test::createAndOpen(path, test::sampleEvent());
        session = std::move(opened.session);
        const model::Event& event = session->event();
        round1 = event.days[0].rounds[0].id;
        round2 = event.days[0].rounds[1].id;
        round3 = event.days[1].rounds[0].id;
        peisestua = event.rooms[0].id;
        salen = event.rooms[1].id;
        biblioteket = event.rooms[2].id;
    }

    const model::Event& event() const { return session->event(); }
    void checkFile() const {
        CHECK(test::normalisedOnDisk(path) == test::normalised(event()));
        CHECK(model::validate(event()).empty());
    }
};

std::string addKey(const model::Id& round, const std::optional<model::Id>& room) {
    return "wall.add/" + ui::cellKey(ui::CellAddress{round, room});
}

// A copy: the recorder forgets the last frame's rects when the next one starts.
ui::ItemRect rectOf(UiHarness& ui, const std::string& key) {
    const ui::ItemRect* rect = ui.item(key);
    INFO("item " << key);
    REQUIRE(rect != nullptr);
    return *rect;
}

bool postDialogOpen(UiHarness& ui) {
    return ui.item("wall.post.title") != nullptr;
}

void openPost(UiHarness& ui, const std::string& cell) {
    REQUIRE(ui.clickItem(cell));
    ui.frame(2); // the modal appears, then its title field takes the keyboard
    REQUIRE(postDialogOpen(ui));
}

} // namespace

TEST_CASE("wall: post two topics, move one by drag and drop, cancel one, undo and redo",
          "[ui][wall]") {
    WallFixture f;
    UiHarness ui(f.session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);
    const model::Event original = test::normalised(f.event());

    // 1. Round 2 × Peisestua is empty: click it, type a title, find the
    //    initiator by typing part of her surname in capitals (Æ folded to æ).
    openPost(ui, addKey(f.round2, f.peisestua));
    test::type(ui, "Læring på jobben");
    REQUIRE(ui.clickItem("wall.post.initiator"));
    test::type(ui, "MÆL");
    REQUIRE(ui.item("wall.post.suggestion/0") != nullptr);
    ui.pressKey(GLFW_KEY_ENTER); // picks the highlighted suggestion
    CHECK(f.event().groups.size() == 5);
    ui.frame();
    ui.pressKey(GLFW_KEY_ENTER); // posts
    ui.frame();
    CHECK_FALSE(postDialogOpen(ui));

    const model::Group& first = test::numbered(f.event(), "2.2");
    CHECK(first.title == "Læring på jobben");
    CHECK(first.roundId == f.round2);
    CHECK(first.roomId == f.peisestua);
    CHECK(first.status == model::GroupStatus::Posted);
    REQUIRE(first.initiators.size() == 1);
    CHECK(model::findPerson(f.event(), first.initiators[0])->name == "Silje Mæland");
    CHECK(ui.ctx().selection.group == first.id);
    f.checkFile();
    const model::Id firstId = first.id;

    // 2. Day 2, Salen: an initiator who is not in the register yet.
    openPost(ui, addKey(f.round3, f.salen));
    test::type(ui, "Digital tilgang for alle");
    REQUIRE(ui.clickItem("wall.post.initiator"));
    test::type(ui, "Øystein Nyhus");
    ui.pressKey(GLFW_KEY_ENTER); // nobody matches: the only entry is "new person"
    ui.frame();
    REQUIRE(ui.item("wall.post.organisation") != nullptr);
    test::type(ui, "NAV Vinje");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    CHECK_FALSE(postDialogOpen(ui));

    const model::Group& second = test::numbered(f.event(), "3.2");
    CHECK(second.title == "Digital tilgang for alle");
    CHECK(second.roomId == f.salen);
    REQUIRE(second.initiators.size() == 1);
    const model::Person* newcomer = model::findPerson(f.event(), second.initiators[0]);
    REQUIRE(newcomer != nullptr);
    CHECK(newcomer->name == "Øystein Nyhus");
    CHECK(newcomer->organisation == "NAV Vinje");
    CHECK(f.event().people.size() == 6);
    f.checkFile();

    // 3. Drag 2.2 onto round 1 × Biblioteket (empty): the drop menu offers
    //    the next free number there (1.11) first; it takes it.
    ui.frame();
    test::dragSlowly(ui, rectOf(ui, "wall.topic/2.2").center(),
                     rectOf(ui, addKey(f.round1, f.biblioteket)).center());
    ui.frame(2);
    CHECK(model::findGroup(f.event(), firstId)->roundId == f.round2); // not before the choice
    REQUIRE(ui.clickItem("wall.drop.renumber"));
    ui.frame();
    const model::Group* moved = model::findGroup(f.event(), firstId);
    REQUIRE(moved != nullptr);
    CHECK(moved->number == "1.11");
    CHECK(f.session->undoLabel() == "Flytt emne 2.2 til 1.11");
    CHECK(moved->roundId == f.round1);
    CHECK(moved->roomId == f.biblioteket);
    f.checkFile();

    // 4. Cancel 1.1 from its right-click menu.
    test::rightClick(ui, rectOf(ui, "wall.topic/1.1").center());
    REQUIRE(ui.clickItem("wall.menu.status/cancelled"));
    CHECK(test::numbered(f.event(), "1.1").status == model::GroupStatus::Cancelled);
    f.checkFile();
    const model::Event final = test::normalised(f.event());

    // 5. Undo all four, one at a time, and redo them.
    REQUIRE(f.session->undo());
    CHECK(test::numbered(f.event(), "1.1").status == model::GroupStatus::Met);
    f.checkFile();
    REQUIRE(f.session->undo());
    CHECK(model::findGroup(f.event(), firstId)->roundId == f.round2);
    CHECK(model::findGroup(f.event(), firstId)->roomId == f.peisestua);
    CHECK(model::findGroup(f.event(), firstId)->number == "2.2");
    f.checkFile();
    REQUIRE(f.session->undo());
    CHECK(model::findGroupByNumber(f.event(), "3.2") == nullptr);
    CHECK(f.event().people.size() == 5);
    f.checkFile();
    REQUIRE(f.session->undo());
    CHECK(test::normalised(f.event()) == original);
    CHECK(test::normalisedOnDisk(f.path) == original);
    ui.frame(2); // the wall draws the undone state without complaint
    CHECK(ui.item("wall.topic/2.2") == nullptr);

    for (int i = 0; i < 4; ++i) {
        REQUIRE(f.session->redo());
    }
    CHECK(test::normalised(f.event()) == final);
    CHECK(test::normalisedOnDisk(f.path) == final);
    ui.frame(2);
    CHECK(ui.item("wall.topic/1.11") != nullptr);
}

TEST_CASE("wall: arrow keys choose among the suggestions", "[ui][wall]") {
    WallFixture f;
    UiHarness ui(f.session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);

    openPost(ui, addKey(f.round2, f.salen));
    test::type(ui, "Lærlinger i distriktene");
    REQUIRE(ui.clickItem("wall.post.initiator"));
    // "å": Åse Berg (starts with it), then Pernille Ødegård (contains it).
    test::type(ui, "å");
    REQUIRE(ui.item("wall.post.suggestion/1") != nullptr);
    ui.pressKey(GLFW_KEY_DOWN);
    ui.pressKey(GLFW_KEY_DOWN);
    ui.pressKey(GLFW_KEY_UP);
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();

    const model::Group& posted = test::numbered(f.event(), "2.2");
    REQUIRE(posted.initiators.size() == 1);
    CHECK(model::findPerson(f.event(), posted.initiators[0])->name == "Pernille Ødegård");
    f.checkFile();
}

TEST_CASE("wall: the post dialog needs a title, and Escape posts nothing", "[ui][wall]") {
    WallFixture f;
    UiHarness ui(f.session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);

    openPost(ui, addKey(f.round2, f.salen));
    ui.pressKey(GLFW_KEY_ENTER); // no title yet
    ui.frame();
    CHECK(postDialogOpen(ui));
    CHECK(ui.ctx().wall.post.problem != nullptr);
    CHECK(f.event().groups.size() == 5);

    test::type(ui, "Et tema som ikke blir noe av");
    ui.pressKey(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK_FALSE(postDialogOpen(ui));
    CHECK(f.event().groups.size() == 5);
    CHECK_FALSE(f.session->canUndo());

    // A name typed but never picked is not guessed at.
    openPost(ui, addKey(f.round2, f.salen));
    test::type(ui, "Tema med initiativtaker");
    REQUIRE(ui.clickItem("wall.post.initiator"));
    test::type(ui, "Silj");
    REQUIRE(ui.clickItem("wall.post.submit"));
    CHECK(postDialogOpen(ui));
    CHECK(f.event().groups.size() == 5);
    CHECK(ui.ctx().wall.post.problem != nullptr);
    // The exact name is enough, though. The initiator field has the keyboard
    // again, the cursor after what was typed.
    ui.frame(2);
    test::type(ui, "e Mæland");
    CHECK(ui.ctx().wall.post.initiatorQuery == "Silje Mæland");
    REQUIRE(ui.clickItem("wall.post.submit"));
    ui.frame();
    CHECK_FALSE(postDialogOpen(ui));
    CHECK(test::numbered(f.event(), "2.2").initiators ==
          std::vector<model::Id>{f.event().people[0].id});
}

TEST_CASE("wall: a drop onto an occupied cell stacks the topics there", "[ui][wall]") {
    WallFixture f;
    UiHarness ui(f.session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);

    // 2.1 (Biblioteket, round 2) onto 1.1's cell (Peisestua, round 1), at its "+" strip.
    test::dragSlowly(ui, rectOf(ui, "wall.topic/2.1").center(),
                     rectOf(ui, addKey(f.round1, f.peisestua)).center());
    ui.frame(2);
    REQUIRE(ui.clickItem("wall.drop.keep")); // "behold nummer"
    ui.frame();
    const model::Group& moved = test::numbered(f.event(), "2.1");
    CHECK(moved.roundId == f.round1);
    CHECK(moved.roomId == f.peisestua);
    ui.frame();
    const ui::ItemRect a = rectOf(ui, "wall.topic/1.1");
    const ui::ItemRect b = rectOf(ui, "wall.topic/2.1");
    CHECK(a.min.x == b.min.x); // same column, one under the other
    CHECK(a.max.y <= b.min.y);
    f.checkFile();

    // Dropping it where it already is makes no new undo step.
    test::dragSlowly(ui, b.center(), rectOf(ui, addKey(f.round1, f.peisestua)).center());
    REQUIRE(f.session->undo());
    CHECK(test::numbered(f.event(), "2.1").roundId == f.round2);
    CHECK_FALSE(f.session->canUndo());
}

TEST_CASE("wall: renumbering a round asks first, then numbers 1..n", "[ui][wall]") {
    WallFixture f;
    UiHarness ui(f.session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);
    const model::Id tenth = test::numbered(f.event(), "1.10").id;
    const model::Id cancelled = test::numbered(f.event(), "1.2").id;

    REQUIRE(ui.clickItem("wall.round/" + f.round1.str()));
    REQUIRE(ui.clickItem("wall.menu.renumber"));
    ui.frame(2);
    REQUIRE(ui.item("wall.renumber.confirm") != nullptr);
    CHECK(model::findGroup(f.event(), tenth)->number == "1.10"); // nothing yet
    REQUIRE(ui.clickItem("wall.renumber.confirm"));
    CHECK(model::findGroup(f.event(), tenth)->number == "1.2");
    CHECK(model::findGroup(f.event(), cancelled)->number == "1.3");
    f.checkFile();

    REQUIRE(f.session->undo());
    CHECK(model::findGroup(f.event(), tenth)->number == "1.10");
    CHECK(model::findGroup(f.event(), cancelled)->number == "1.2");
    f.checkFile();
}

TEST_CASE("wall: removing a topic asks, and undo brings it back", "[ui][wall]") {
    WallFixture f;
    UiHarness ui(f.session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);
    const model::Event original = test::normalised(f.event());

    test::rightClick(ui, rectOf(ui, "wall.topic/1.1").center());
    REQUIRE(ui.clickItem("wall.menu.remove"));
    ui.frame(2);
    REQUIRE(ui.item("wall.remove.confirm") != nullptr);
    CHECK(model::findGroupByNumber(f.event(), "1.1") != nullptr);
    REQUIRE(ui.clickItem("wall.remove.confirm"));
    CHECK(model::findGroupByNumber(f.event(), "1.1") == nullptr);
    // 3.1 followed 1.1 up; it no longer points at a topic that is gone.
    CHECK_FALSE(test::numbered(f.event(), "3.1").followUpOf);
    f.checkFile();

    REQUIRE(f.session->undo());
    CHECK(test::normalised(f.event()) == original);
    CHECK(test::normalisedOnDisk(f.path) == original);
}

TEST_CASE("wall: status from the menu, and the day filter", "[ui][wall]") {
    WallFixture f;
    UiHarness ui(f.session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);

    test::rightClick(ui, rectOf(ui, "wall.topic/1.2").center());
    REQUIRE(ui.clickItem("wall.menu.status/met"));
    CHECK(test::numbered(f.event(), "1.2").status == model::GroupStatus::Met);
    f.checkFile();

    ui.ctx().wall.day = 1; // day 2 only
    ui.frame(2);
    CHECK(ui.item("wall.topic/1.1") == nullptr);
    CHECK(ui.item("wall.topic/3.1") != nullptr);
    CHECK(ui.item(addKey(f.round3, std::nullopt)) != nullptr); // the "no room" column
    ui.ctx().wall.day.reset();
    ui.frame(2);
    CHECK(ui.item("wall.topic/1.1") != nullptr);
}

TEST_CASE("wall: a drop into another round can be called off, and within a round asks nothing",
          "[ui][wall]") {
    WallFixture f;
    UiHarness ui(f.session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);

    test::dragSlowly(ui, rectOf(ui, "wall.topic/2.1").center(),
                     rectOf(ui, addKey(f.round1, f.biblioteket)).center());
    ui.frame(2);
    REQUIRE(ui.item("wall.drop.cancel") != nullptr);
    ui.pressKey(GLFW_KEY_ESCAPE);
    ui.frame(2);
    CHECK(ui.item("wall.drop.cancel") == nullptr);
    CHECK(test::numbered(f.event(), "2.1").roundId == f.round2);
    CHECK_FALSE(f.session->canUndo());

    // 1.1 to another room of round 1: moved at once, number kept.
    test::dragSlowly(ui, rectOf(ui, "wall.topic/1.1").center(),
                     rectOf(ui, addKey(f.round1, f.biblioteket)).center());
    ui.frame(2);
    CHECK(ui.item("wall.drop.renumber") == nullptr);
    CHECK(test::numbered(f.event(), "1.1").roomId == f.biblioteket);
    CHECK(f.session->undoLabel() == "Flytt emne 1.1");
    f.checkFile();
}
