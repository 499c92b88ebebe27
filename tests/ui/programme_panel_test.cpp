// The programme panel: order, selection, folding, and long lists.
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

const model::Group& groupNumbered(const model::Event& event, const char* number) {
    const model::Group* group = model::findGroupByNumber(event, number);
    REQUIRE(group != nullptr);
    return *group;
}

} // namespace

TEST_CASE("every group of the programme gets a row, in natural number order", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    ui.frame(2);

    for (const auto& group : session->event().groups) {
        CAPTURE(group.number);
        CHECK(ui.item("programme.group/" + group.number) != nullptr);
    }
    // 1.2 before 1.10, although "1.10" < "1.2" as text.
    const auto* first = ui.item("programme.group/1.1");
    const auto* second = ui.item("programme.group/1.2");
    const auto* tenth = ui.item("programme.group/1.10");
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    REQUIRE(tenth != nullptr);
    CHECK(first->min.y < second->min.y);
    CHECK(second->min.y < tenth->min.y);
    // Day 2's round comes after day 1's.
    CHECK(ui.item("programme.group/2.1")->min.y < ui.item("programme.group/3.1")->min.y);
}

TEST_CASE("clicking a group in the programme selects it and shows it", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    ui.frame(2);
    REQUIRE(ui.ctx().selection.group.empty());
    CHECK(ui.item("group.title") == nullptr);

    REQUIRE(ui.clickItem("programme.group/1.10"));
    CHECK(ui.ctx().selection.group == groupNumbered(session->event(), "1.10").id);
    ui.frame();
    CHECK(ui.item("group.title") != nullptr);

    REQUIRE(ui.clickItem("programme.group/2.1"));
    CHECK(ui.ctx().selection.group == groupNumbered(session->event(), "2.1").id);
}

TEST_CASE("folding a round hides its groups, folding a day hides its rounds", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    const model::Event& event = session->event();
    UiHarness ui(session.get());
    ui.frame(2);
    const model::Round& firstRound = event.days[0].rounds[0];

    REQUIRE(ui.clickItem("programme.round/" + firstRound.id.str()));
    ui.frame();
    CHECK(ui.ctx().programme.collapsedRounds.contains(firstRound.id));
    CHECK(ui.item("programme.group/1.1") == nullptr);
    CHECK(ui.item("programme.group/2.1") != nullptr);

    REQUIRE(ui.clickItem("programme.round/" + firstRound.id.str()));
    ui.frame();
    CHECK(ui.item("programme.group/1.1") != nullptr);

    REQUIRE(ui.clickItem("programme.day/" + event.days[0].id.str()));
    ui.frame();
    CHECK(ui.ctx().programme.collapsedDays.contains(event.days[0].id));
    CHECK(ui.item("programme.round/" + firstRound.id.str()) == nullptr);
    CHECK(ui.item("programme.group/2.1") == nullptr);
    CHECK(ui.item("programme.group/3.1") != nullptr);
}

TEST_CASE("a long round is clipped to the rows on screen", "[ui]") {
    model::Event event = test::sampleEvent();
    const model::Id roundId = event.days[0].rounds[0].id;
    event.groups.clear();
    constexpr int kGroups = 2000;
    for (int n = 1; n <= kGroups; ++n) {
        model::Group group;
        group.id = model::Id::generate();
        group.number = "1." + std::to_string(n);
        group.title = "Gruppe nummer " + std::to_string(n);
        group.roundId = roundId;
        event.groups.push_back(group);
    }
    auto session = app::EventSession::inMemory(std::move(event));
    UiHarness ui(session.get());
    ui.frame(3);

    const size_t drawn = ui.ctx().itemRects.countWithPrefix("programme.group/");
    CHECK(drawn > 5);
    CHECK(drawn < 100);
    CHECK(ui.item("programme.group/1.1") != nullptr);
    CHECK(ui.item("programme.group/1.2000") == nullptr);

    // Scrolled to the end, the last rows are drawn and can be selected.
    ImGuiWindow* programme = ui.childWindow(ui::kMainWindowName, ui::kProgrammeRegion);
    REQUIRE(programme != nullptr);
    const ImVec2 middle(programme->Pos.x + programme->Size.x * 0.5f,
                        programme->Pos.y + programme->Size.y * 0.5f);
    ui.scrollWheel(middle, -100000.0f);
    ui.frame();
    CHECK(programme->Scroll.y == programme->ScrollMax.y);
    // (The clipper always lays out the first row to measure it, so 1.1 is
    // recorded even when scrolled away; the rows between are not.)
    CHECK(ui.item("programme.group/1.1000") == nullptr);
    CHECK(ui.ctx().itemRects.countWithPrefix("programme.group/") < 100);
    REQUIRE(ui.clickItem("programme.group/1.2000"));
    CHECK(ui.ctx().selection.group == groupNumbered(session->event(), "1.2000").id);
}

TEST_CASE("groups whose round is not in the programme are still listed", "[ui]") {
    model::Event event = test::sampleEvent();
    event.groups[0].roundId = model::Id::generate(); // a round that does not exist
    const std::string number = event.groups[0].number;
    auto session = app::EventSession::inMemory(std::move(event));
    UiHarness ui(session.get());
    ui.frame(2);
    REQUIRE(ui.item("programme.group/" + number) != nullptr);
    REQUIRE(ui.clickItem("programme.group/" + number));
    CHECK(ui.ctx().selection.group == session->event().groups[0].id);
}

TEST_CASE("an event with no programme yet is drawn without groups", "[ui]") {
    model::Event event = model::makeEvent("Tomt arrangement");
    auto session = app::EventSession::inMemory(std::move(event));
    UiHarness ui(session.get());
    ui.frame(2);
    CHECK(ui.ctx().itemRects.countWithPrefix("programme.") == 0);
    CHECK(ui.childWindow(ui::kMainWindowName, ui::kProgrammeRegion) != nullptr);
}
