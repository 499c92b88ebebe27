// The group view: what it shows for no, a missing and a real selection.
#include "harness.hpp"

#include "app/event_session.hpp"
#include "model/event.hpp"
#include "support/sample_event.hpp"
#include "ui/shell/main_window.hpp"

#include <catch2/catch.hpp>
#include <imgui_internal.h>

#include <string>

using namespace innspill;
using test::UiHarness;

namespace {

void select(UiHarness& ui, const char* number) {
    const model::Group* group = model::findGroupByNumber(ui.ctx().session->event(), number);
    REQUIRE(group != nullptr);
    ui.ctx().selection.group = group->id;
    ui.frame(2);
}

} // namespace

TEST_CASE("the group view draws every input of the selected group", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    // 1.10 has a lead-in, items and a sub-heading; 1.1 has sub-points and themes.
    for (const char* number : {"1.10", "1.1", "1.2", "3.1"}) {
        CAPTURE(number);
        select(ui, number);
        const model::Group* group = model::findGroupByNumber(session->event(), number);
        CHECK(ui.item("group.title") != nullptr);
        CHECK(ui.ctx().itemRects.countWithPrefix("group.input/") == group->inputs.size());
    }
}

TEST_CASE("a selection that no longer exists shows a message, not a group", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    ui.ctx().selection.group = model::Id::generate();
    ui.frame(2);
    CHECK(ui.item("group.title") == nullptr);
    CHECK(ui.ctx().itemRects.countWithPrefix("group.input/") == 0);
}

TEST_CASE("the discussion notes fold out on click", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    select(ui, "1.1"); // has challenges and opportunities
    REQUIRE_FALSE(ui.ctx().groupView.discussionOpen);
    REQUIRE(ui.clickItem("group.discussion"));
    CHECK(ui.ctx().groupView.discussionOpen);

    select(ui, "1.10"); // no notes: no header
    CHECK(ui.item("group.discussion") == nullptr);
}

TEST_CASE("a new selection starts at the top of the group view", "[ui]") {
    model::Event event = test::sampleEvent();
    model::Group& big = event.groups[0];
    for (int i = 0; i < 200; ++i) {
        big.inputs.push_back(
            model::Input{model::Id::generate(), "Innspill " + std::to_string(i), {}, {}, {}});
    }
    const std::string bigNumber = big.number;
    auto session = app::EventSession::inMemory(std::move(event));
    UiHarness ui(session.get());
    select(ui, bigNumber.c_str());

    ImGuiWindow* view = ui.childWindow(ui::kMainWindowName, ui::kGroupRegion);
    REQUIRE(view != nullptr);
    const ImVec2 middle(view->Pos.x + view->Size.x * 0.5f, view->Pos.y + view->Size.y * 0.5f);
    ui.scrollWheel(middle, -5.0f);
    ui.frame();
    REQUIRE(view->Scroll.y > 0.0f);

    select(ui, "2.1");
    CHECK(view->Scroll.y == 0.0f);
}

TEST_CASE("user text is drawn as typed, whatever it contains", "[ui]") {
    // '%' would be a printf directive and "##" an ImGui id separator if user
    // text ever reached a format string or a label.
    model::Event event = test::sampleEvent();
    event.title = "100 % ## %s %n {day}";
    event.groups[0].title = "%s%s%s ##tittel";
    event.groups[0].inputs[0].text = "%n%n%n ## «»";
    event.groups[0].notes.text = std::string(20000, 'x') + "%s";
    const std::string number = event.groups[0].number;
    auto session = app::EventSession::inMemory(std::move(event));
    UiHarness ui(session.get());
    select(ui, number.c_str());
    ui.ctx().groupView.discussionOpen = true;
    ui.frame(2);
    CHECK(ui.item("group.title") != nullptr);
}
