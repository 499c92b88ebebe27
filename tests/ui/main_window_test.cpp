// The main window's layout, the no-event state and the splitter.
#include "harness.hpp"

#include "app/event_session.hpp"
#include "support/sample_event.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/shell/window_title.hpp"

#include <catch2/catch.hpp>
#include <imgui_internal.h>

using namespace innspill;
using test::UiHarness;

TEST_CASE("with no event open the main window says so and shows no panels", "[ui]") {
    UiHarness ui;
    ui.frame(3);

    ImGuiWindow* main = ui.window(ui::kMainWindowName);
    REQUIRE(main != nullptr);
    CHECK(main->Active);
    CHECK(ui.item("main.noEvent") != nullptr);
    CHECK(ui.childWindow(ui::kMainWindowName, ui::kProgrammeRegion) == nullptr);
    CHECK(ui.childWindow(ui::kMainWindowName, ui::kGroupRegion) == nullptr);
    CHECK(ui::windowTitle(ui.ctx()) == "Innspill");
}

TEST_CASE("with an event open the overview, programme and group regions are drawn", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    ui.frame(3);

    ImGuiWindow* main = ui.window(ui::kMainWindowName);
    REQUIRE(main != nullptr);
    // The main window covers the display between the menu bar and the status bar.
    ImGuiWindow* menuBar = ui.window("##MainMenuBar");
    ImGuiWindow* statusBar = ui.window("##statusBar");
    REQUIRE(menuBar != nullptr);
    REQUIRE(statusBar != nullptr);
    CHECK(menuBar->Pos.y == 0.0f);
    CHECK(main->Pos.x == 0.0f);
    CHECK(main->Pos.y == menuBar->Size.y);
    CHECK(main->Size.x == UiHarness::kWidth);
    CHECK(main->Pos.y + main->Size.y == statusBar->Pos.y);
    CHECK(statusBar->Pos.y + statusBar->Size.y == UiHarness::kHeight);

    ImGuiWindow* programme = ui.childWindow(ui::kMainWindowName, ui::kProgrammeRegion);
    ImGuiWindow* group = ui.childWindow(ui::kMainWindowName, ui::kGroupRegion);
    REQUIRE(programme != nullptr);
    REQUIRE(group != nullptr);
    CHECK(programme->Active);
    CHECK(group->Active);
    // Side by side, programme on the left, both inside the display.
    CHECK(programme->Pos.x < group->Pos.x);
    CHECK(group->Pos.x + group->Size.x <= UiHarness::kWidth);
    CHECK(programme->Pos.y + programme->Size.y <= UiHarness::kHeight);

    CHECK(ui.item("overview.title") != nullptr);
    CHECK(ui.item("main.noEvent") == nullptr);
}

TEST_CASE("the window title names the event, and the file when there is one", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    ui::AppContext ctx;
    ctx.session = session.get();
    // An in-memory session has no file, so no "(file name)".
    CHECK(ui::windowTitle(ctx) == "Innspill — Innspill fra Åpen arena 2031");
}

TEST_CASE("dragging the splitter moves the boundary and stays within limits", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    ui.frame(2);
    const float before = ui.ctx().mainWindow.programmeShare;
    const ui::ItemRect* splitter = ui.item("main.splitter");
    REQUIRE(splitter != nullptr);

    const ImVec2 from = splitter->center();
    ui.drag(from, ImVec2(from.x + 100.0f, from.y));
    ui.frame();
    CHECK(ui.ctx().mainWindow.programmeShare > before);
    ImGuiWindow* programme = ui.childWindow(ui::kMainWindowName, ui::kProgrammeRegion);
    REQUIRE(programme != nullptr);
    CHECK(programme->Size.x == Approx(from.x + 100.0f - programme->Pos.x).margin(12.0f));

    const ImVec2 now = ui.item("main.splitter")->center();
    ui.drag(now, ImVec2(UiHarness::kWidth - 1.0f, now.y));
    ui.frame();
    CHECK(ui.ctx().mainWindow.programmeShare <= 0.8f);
}

TEST_CASE("the overview's details fold away and come back", "[ui]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    ui.frame(2);
    ImGuiWindow* programme = ui.childWindow(ui::kMainWindowName, ui::kProgrammeRegion);
    REQUIRE(programme != nullptr);
    const float topWithDetails = programme->Pos.y;

    REQUIRE(ui.clickItem("overview.toggle"));
    ui.frame();
    CHECK_FALSE(ui.ctx().overview.showDetails);
    CHECK(programme->Pos.y < topWithDetails);

    REQUIRE(ui.clickItem("overview.toggle"));
    ui.frame();
    CHECK(ui.ctx().overview.showDetails);
    CHECK(programme->Pos.y == topWithDetails);
}
