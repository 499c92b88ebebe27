// Papercuts of the wall and projector (issue 15): the projector shows the
// wall's orientation (rounds as rows, rooms as columns) unless the organiser
// swaps it from its menu, and its operator hint is readable.
#include "harness.hpp"
#include "tab_order.hpp"
#include "wall_test_support.hpp"

#include "app/event_session.hpp"
#include "support/sample_event.hpp"
#include "ui/wall/projector_view.hpp"
#include "ui/wall/wall_cell.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using test::UiHarness;

namespace {

ui::ItemRect rectOf(UiHarness& ui, const std::string& key) {
    const ui::ItemRect* rect = ui.item(key);
    INFO("item " << key);
    REQUIRE(rect != nullptr);
    return *rect;
}

} // namespace

TEST_CASE("projector: rounds as rows like the wall, swapped from its menu", "[ui][projector]") {
    model::Event event = test::sampleEvent();
    // Many rooms, few rounds: a wall that would read larger transposed.
    for (int i = 0; i < 9; ++i) {
        event.rooms.push_back(model::Room{model::Id::generate(), "Ekstra " + std::to_string(i)});
    }
    auto session = app::EventSession::inMemory(event);
    UiHarness ui(session.get());
    ui.ctx().wantProjector = true;
    ui.setDraw(test::drawProjectorOnly);
    ui.frame(3);

    // Round 1's topics side by side on one row, round 2's under them.
    CHECK(ui.ctx().projector.roundsAsRows);
    ui::ItemRect a = rectOf(ui, "projector.topic/1.1");
    ui::ItemRect b = rectOf(ui, "projector.topic/1.10");
    ui::ItemRect c = rectOf(ui, "projector.topic/2.1");
    CHECK(a.min.y == b.min.y);
    CHECK(a.min.x != b.min.x);
    CHECK(c.min.y > a.max.y);

    // The menu (right-click on the background) swaps the axes.
    test::rightClick(ui, ImVec2(UiHarness::kWidth * 0.5f, 4.0f));
    ui.frame();
    REQUIRE(ui.clickItem("projector.swapAxes"));
    ui.frame(3);
    CHECK(ui.ctx().projector.swapAxes);
    CHECK_FALSE(ui.ctx().projector.roundsAsRows);
    a = rectOf(ui, "projector.topic/1.1");
    b = rectOf(ui, "projector.topic/1.10");
    c = rectOf(ui, "projector.topic/2.1");
    CHECK(a.min.x == b.min.x); // round 1 is a column now
    CHECK(c.min.x > a.max.x);
}

TEST_CASE("tab order: the post dialog, title then initiator", "[ui][wall]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    const model::Event& event = session->event();
    UiHarness ui(session.get());
    ui.setDraw(test::drawWallOnly);
    ui.frame(2);
    const ui::CellAddress cell{event.days[0].rounds[1].id, event.rooms[0].id};
    REQUIRE(ui.clickItem("wall.add/" + ui::cellKey(cell)));
    ui.frame(2);
    const auto visited = test::tabThrough(ui, "wall.post.title", 1);
    test::checkReadingOrder(ui, visited);
    CHECK(visited[1] == "wall.post.initiator");
}
