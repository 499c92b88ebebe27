// The wall's grid, its people matching, its clipping on a large event and
// the projector view.
#include "harness.hpp"
#include "wall_test_support.hpp"

#include "app/event_session.hpp"
#include "model/group_number.hpp"
#include "support/sample_event.hpp"
#include "ui/people/person_match.hpp"
#include "ui/wall/projector_layout.hpp"
#include "ui/wall/projector_view.hpp"
#include "ui/wall/wall_cell.hpp"
#include "ui/wall/wall_grid.hpp"
#include "ui/wall/wall_panel.hpp"

#include <catch2/catch.hpp>
#include <imgui_internal.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::UiHarness;

namespace {

std::vector<std::string> names(const std::vector<const model::Person*>& people) {
    std::vector<std::string> result;
    for (const auto* person : people) {
        result.push_back(person->name);
    }
    return result;
}

std::vector<std::string> numbers(std::span<const model::Group* const> groups) {
    std::vector<std::string> result;
    for (const auto* group : groups) {
        result.push_back(group->number);
    }
    return result;
}

// rounds × rooms with `topics` spread over them, some cells holding two.
model::Event bigEvent(size_t days, size_t roundsPerDay, size_t rooms, size_t topics) {
    model::Event event = model::makeEvent("Stor vegg");
    for (size_t r = 0; r < rooms; ++r) {
        event.rooms.push_back(model::Room{model::Id::generate(), "Rom " + std::to_string(r + 1)});
    }
    std::vector<model::Id> rounds;
    for (size_t d = 0; d < days; ++d) {
        model::Day day{model::Id::generate(), "", {}};
        for (size_t r = 0; r < roundsPerDay; ++r) {
            day.rounds.push_back(model::Round{model::Id::generate(), "", "09:00", "10:30"});
            rounds.push_back(day.rounds.back().id);
        }
        event.days.push_back(day);
    }
    event.people.push_back(model::Person{model::Id::generate(), "Kari Nordmann", "Åsen", {}, true});
    for (size_t t = 0; t < topics; ++t) {
        model::Group group;
        group.id = model::Id::generate();
        const size_t round = t * rounds.size() / topics;
        group.number = model::makeGroupNumber(static_cast<int>(round + 1), static_cast<int>(t + 1));
        group.title = "Tema nummer " + std::to_string(t + 1) + " om læring, arbeid og helse";
        group.roundId = rounds[round];
        group.roomId = event.rooms[(t * 7) % rooms].id;
        group.initiators = {event.people[0].id};
        event.groups.push_back(group);
    }
    return event;
}

} // namespace

TEST_CASE("wall grid: cells by round and room, natural order, counts", "[ui][wall]") {
    model::Event event = test::sampleEvent();
    // A second topic in 1.1's cell, numbered so that text order would be wrong.
    model::Group extra = *model::findGroupByNumber(event, "1.1");
    extra.id = model::Id::generate();
    extra.number = "1.9";
    extra.status = model::GroupStatus::Posted;
    extra.followUpOf.reset();
    event.groups.push_back(extra);

    const ui::WallGrid grid = ui::WallGrid::build(event);
    REQUIRE(grid.rows.size() == 3);
    REQUIRE(grid.columnCount() == 4);
    CHECK(numbers(grid.cell(0, 0)) == std::vector<std::string>{"1.1", "1.9"});
    CHECK(numbers(grid.cell(0, 1)) == std::vector<std::string>{"1.10"});
    CHECK(numbers(grid.cell(0, grid.noRoomColumn())) == std::vector<std::string>{"1.2"});
    CHECK(numbers(grid.cell(1, 2)) == std::vector<std::string>{"2.1"});
    CHECK(numbers(grid.cell(2, grid.noRoomColumn())) == std::vector<std::string>{"3.1"});
    CHECK(grid.rows[0].topics == 4);
    CHECK(grid.rows[0].cancelled == 1);
    CHECK(grid.rows[0].deepestCell == 2);
    CHECK(grid.rows[0].heading == "DAG 1, gruppesesjon 1");
    CHECK(grid.rows[0].time == "10:00–11:30");
    CHECK(grid.rows[2].heading == "DAG 2, gruppesesjon 3 · Fordypning");
    CHECK(grid.noRoomTopics() == 2);
    CHECK(grid.topicCount() == 6);

    const ui::WallGrid dayTwo = ui::WallGrid::build(event, 1);
    REQUIRE(dayTwo.rows.size() == 1);
    CHECK(dayTwo.topicCount() == 1);
    CHECK(dayTwo.rows[0].number == 3);
}

TEST_CASE("wall grid: topics whose round is missing get a row of their own", "[ui][wall]") {
    model::Event event = test::sampleEvent();
    event.groups[0].roundId = model::Id::generate();
    event.groups[1].roomId = model::Id::generate(); // a room that is gone: "no room"
    const ui::WallGrid grid = ui::WallGrid::build(event);
    REQUIRE(grid.rows.size() == 4);
    CHECK_FALSE(grid.rows[3].roundId);
    CHECK(grid.rows[3].topics == 1);
    CHECK(grid.topicCount() == event.groups.size());
    // Only with every day shown: a day's page shows that day.
    CHECK(ui::WallGrid::build(event, 0).rows.size() == 2);
}

TEST_CASE("people match case-insensitively, æøå included, best first", "[ui][wall]") {
    const model::Event event = test::sampleEvent();
    CHECK(names(ui::matchPeople(event, "MÆL", 6)) == std::vector<std::string>{"Silje Mæland"});
    CHECK(names(ui::matchPeople(event, "  å", 6)) ==
          std::vector<std::string>{"Åse Berg", "Pernille Ødegård"});
    CHECK(names(ui::matchPeople(event, "ØDE", 6)) == std::vector<std::string>{"Pernille Ødegård"});
    CHECK(names(ui::matchPeople(event, "kompetanse", 6)) ==
          std::vector<std::string>{"Pernille Ødegård"}); // by organisation
    CHECK(ui::matchPeople(event, "   ", 6).empty());
    CHECK(ui::matchPeople(event, "zz", 6).empty());
    CHECK(ui::matchPeople(event, "e", 2).size() == 2);

    model::Event norwegian = model::makeEvent("Rekkefølge");
    for (const char* name : {"Åsa Test", "Zara Test", "Øra Test", "Ada Test", "Æra Test"}) {
        norwegian.people.push_back(model::Person{model::Id::generate(), name, "", {}, false});
    }
    CHECK(names(ui::matchPeople(norwegian, "test", 10)) ==
          std::vector<std::string>{"Ada Test", "Zara Test", "Æra Test", "Øra Test", "Åsa Test"});

    REQUIRE(ui::exactPerson(event, " silje MÆLAND ") != nullptr);
    CHECK(ui::exactPerson(event, "silje mæland")->name == "Silje Mæland");
    CHECK(ui::exactPerson(event, "Silje") == nullptr);
    norwegian.people.push_back(norwegian.people[0]);
    norwegian.people.back().id = model::Id::generate();
    CHECK(ui::exactPerson(norwegian, "åsa test") == nullptr); // two of them: ask
}

TEST_CASE("wall: a large wall submits only what is on screen, and scrolling shows the rest",
          "[ui][wall]") {
    auto session = app::EventSession::inMemory(bigEvent(10, 4, 30, 1000));
    UiHarness ui(session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(3);

    const size_t drawn = ui.ctx().itemRects.countWithPrefix("wall.topic/");
    CHECK(drawn > 0);
    CHECK(drawn < 100);
    CHECK(ui.item("wall.topic/1.1") != nullptr);
    CHECK(ui.item("wall.topic/40.1000") == nullptr);

    ImGuiWindow* region = ui.childWindow("wall test", ui::kWallRegion);
    REQUIRE(region != nullptr);
    ImGui::SetScrollY(region, region->ScrollMax.y);
    ImGui::SetScrollX(region, region->ScrollMax.x);
    ui.frame(3);
    CHECK(ui.item("wall.topic/1.1") == nullptr);
    CHECK(ui.ctx().itemRects.countWithPrefix("wall.topic/40.") > 0);
    CHECK(ui.ctx().itemRects.countWithPrefix("wall.topic/") < 100);
    // The last round's header is pinned at the left edge, wherever the wall scrolled.
    const model::Id lastRound = session->event().days.back().rounds.back().id;
    const ui::ItemRect* header = ui.item("wall.round/" + lastRound.str());
    REQUIRE(header != nullptr);
    CHECK(header->min.x < region->Pos.x + 2.0f);
}

TEST_CASE("projector: the wall's button asks for it, Escape leaves it", "[ui][projector]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);
    REQUIRE(ui.clickItem("wall.projector"));
    CHECK(ui.ctx().wantProjector);

    ui.setDraw(test::drawProjectorOnly);
    ui.frame(3);
    ImGuiWindow* window = ui.window(ui::kProjectorWindowName);
    REQUIRE(window != nullptr);
    CHECK(window->Size.x == UiHarness::kWidth);
    CHECK(window->Size.y == UiHarness::kHeight);
    // Day 1 on the first page, every topic of it; day 2's on the next.
    for (const char* number : {"1.1", "1.10", "1.2", "2.1"}) {
        CHECK(ui.item(std::string("projector.topic/") + number) != nullptr);
    }
    CHECK(ui.item("projector.topic/3.1") == nullptr);
    ui.pressKey(GLFW_KEY_RIGHT);
    ui.frame();
    CHECK(ui.item("projector.topic/3.1") != nullptr);
    CHECK(ui.item("projector.topic/1.1") == nullptr);
    ui.pressKey(GLFW_KEY_RIGHT); // no third day: stays
    CHECK(ui.ctx().projector.page == 1);
    ui.pressKey(GLFW_KEY_LEFT);
    CHECK(ui.ctx().projector.page == 0);

    ui.pressKey(GLFW_KEY_ESCAPE);
    CHECK_FALSE(ui.ctx().wantProjector);
}

TEST_CASE("projector: posting from a cell; Escape closes the dialog before the mode",
          "[ui][projector]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    const model::Event& event = session->event();
    UiHarness ui(session.get());
    ui.ctx().wantProjector = true;
    ui.setDraw(test::drawProjectorOnly);
    ui.frame(3);

    const ui::CellAddress cell{event.days[0].rounds[0].id, event.rooms[2].id};
    REQUIRE(ui.clickItem("projector.post/" + ui::cellKey(cell)));
    ui.frame(2);
    REQUIRE(ui.item("wall.post.title") != nullptr);
    ui.pressKey(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK(ui.item("wall.post.title") == nullptr);
    CHECK(ui.ctx().wantProjector);

    REQUIRE(ui.clickItem("projector.post/" + ui::cellKey(cell)));
    ui.frame(2);
    test::type(ui, "Nytt tema fra salen");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame(2);
    const model::Group& posted = test::numbered(event, "1.11");
    CHECK(posted.roomId == event.rooms[2].id);
    CHECK(ui.item("projector.topic/1.11") != nullptr);
    ui.pressKey(GLFW_KEY_ESCAPE);
    CHECK_FALSE(ui.ctx().wantProjector);
}

TEST_CASE("projector: the text is the largest that fits, and never below the minimum",
          "[ui][projector]") {
    UiHarness ui; // an ImGui context for the fonts; nothing drawn
    ui.setDraw([](ui::AppContext&) {});
    ui.frame();
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const ui::ProjectorFonts fonts{font, font};
    const ImVec2 area(1200.0f, 700.0f);

    const model::Event sample = test::sampleEvent();
    const auto page = ui::ProjectorPage::build(sample, 0, "Uten rom");
    CHECK(page.columns.size() == 4); // three rooms and "no room" (1.2 has none)
    const auto layout = ui::fitProjector(page, fonts, area, 20.0f, 64.0f);
    CHECK(layout.fits);
    CHECK(layout.total <= area.y);
    CHECK(layout.size >= 20.0f);
    if (layout.size < 63.5f) {
        // One pixel larger no longer fits in this orientation.
        CHECK_FALSE(
            ui::layoutProjector(page, fonts, layout.roundsAsRows, layout.size + 1.0f, area).fits);
    }

    // A crowded day (4 rounds × 30 rooms, 100 topics) still gets the minimum.
    const model::Event big = bigEvent(10, 4, 30, 1000);
    const auto bigPage = ui::ProjectorPage::build(big, 0, "Uten rom");
    const auto crowded = ui::fitProjector(bigPage, fonts, area, 20.0f, 64.0f);
    CHECK(crowded.size >= 20.0f);
    CHECK(crowded.rowHeights.size() == (crowded.roundsAsRows ? 4u : bigPage.columns.size()));
}

TEST_CASE("wall: dragging a topic to the edge scrolls the wall towards it", "[ui][wall]") {
    auto session = app::EventSession::inMemory(bigEvent(10, 4, 30, 1000));
    UiHarness ui(session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(3);
    ImGuiWindow* region = ui.childWindow("wall test", ui::kWallRegion);
    REQUIRE(region != nullptr);
    const ui::ItemRect* card = ui.item("wall.topic/1.1");
    REQUIRE(card != nullptr);
    const ImVec2 from = card->center();
    const model::Group before = *model::findGroupByNumber(session->event(), "1.1");

    ImGuiIO& io = ImGui::GetIO();
    ui.moveMouse(from);
    io.MouseDown[0] = true;
    ui.frame();
    io.MousePos = ImVec2(from.x + 20.0f, from.y + 20.0f); // past the drag threshold
    ui.frame(2);
    // Near the bottom-right corner of the grid, held there.
    io.MousePos =
        ImVec2(region->Pos.x + region->Size.x - 24.0f, region->Pos.y + region->Size.y - 24.0f);
    ui.frame(20);
    CHECK(region->Scroll.y > 0.0f);
    CHECK(region->Scroll.x > 0.0f);
    CHECK(ui.ctx().wakeAfter > 0.0); // asks for frames while it scrolls

    // Let go over the toolbar, outside every cell: nothing moves.
    io.MousePos = ImVec2(5.0f, 5.0f);
    ui.frame();
    io.MouseDown[0] = false;
    ui.frame(2);
    CHECK(*model::findGroupByNumber(session->event(), "1.1") == before);
    CHECK_FALSE(session->canUndo());
}
