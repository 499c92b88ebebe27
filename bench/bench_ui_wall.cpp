// CPU time of one frame (NewFrame, draw, Render; no GPU) of the marketplace
// wall and of the projector view, on a wall of 40 rounds × 30 rooms holding
// 1,000 topics (the synthetic "large" event, spread over 30 rooms so some
// cells hold two or three), drawn in the headless harness the UI tests use.
// Usage: bench_ui_wall [--runs N]
#include "harness.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"
#include "ui_frames.hpp"

#include "app/event_session.hpp"
#include "ui/wall/projector_view.hpp"
#include "ui/wall/wall_grid.hpp"
#include "ui/wall/wall_panel.hpp"

#include <imgui_internal.h>

#include <ctime>
#include <iostream>
#include <random>
#include <string>

using namespace innspill;

namespace {

constexpr size_t kRooms = 30;

model::Event wallEvent() {
    model::Event event = bench::makeSyntheticEvent(bench::largeSize());
    while (event.rooms.size() < kRooms) {
        event.rooms.push_back(
            model::Room{model::Id::generate(), "Rom " + std::to_string(event.rooms.size() + 1)});
    }
    std::mt19937 rng(30);
    std::uniform_int_distribution<size_t> anyRoom(0, kRooms - 1);
    for (auto& group : event.groups) {
        group.roomId = event.rooms[anyRoom(rng)].id;
    }
    return event;
}

using bench::cpuFrames;

void drawWall(ui::AppContext& ctx) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("wall", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    ui::drawWallPanel(ctx);
    ImGui::End();
}

} // namespace

int main(int argc, char** argv) {
    int runs = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--runs") {
            runs = std::max(1, std::stoi(argv[i + 1]));
        }
    }
    auto session = app::EventSession::inMemory(wallEvent());
    const model::Event& event = session->event();
    size_t rounds = 0;
    for (const auto& day : event.days) {
        rounds += day.rounds.size();
    }
    // "40x30, 1000 topics": rounds × rooms, topics.
    const std::string subject = std::to_string(rounds) + "x" + std::to_string(event.rooms.size()) +
                                ", " + std::to_string(event.groups.size()) + " topics";
    bench::Table table;

    table.add(subject, "WallGrid::build", bench::measure(runs, [&] {
                  const auto grid = ui::WallGrid::build(event);
                  bench::keep(grid.topicCount());
              }));

    for (const ImVec2 display : {ImVec2(1280.0f, 800.0f), ImVec2(1920.0f, 1080.0f)}) {
        test::UiHarness ui(session.get());
        ImGui::GetIO().DisplaySize = display;
        ui.ctx().itemRects.setEnabled(false); // as in the app
        ui.setDraw(drawWall);
        ui.frame(5);
        const std::string size = std::to_string(static_cast<int>(display.x)) + "x" +
                                 std::to_string(static_cast<int>(display.y));
        table.add(subject, "wall frame, top-left, " + size, cpuFrames(ui, runs, [] {}),
                  bench::below(2));

        ImGuiWindow* region = nullptr;
        for (ImGuiWindow* window : GImGui->Windows) {
            if (std::string_view(window->Name).find(ui::kWallRegion) != std::string_view::npos &&
                window->ParentWindow != nullptr) {
                region = window;
            }
        }
        if (region != nullptr) {
            ImGui::SetScrollY(region, region->ScrollMax.y * 0.5f);
            ImGui::SetScrollX(region, region->ScrollMax.x * 0.5f);
            ui.frame(2);
            table.add(subject, "wall frame, middle, " + size, cpuFrames(ui, runs, [] {}),
                      bench::below(2));
            // Scrolling every frame: nothing is reused from the frame before.
            float y = 0.0f;
            table.add(subject, "wall frame, scrolling, " + size,
                      cpuFrames(ui, runs,
                                [&] {
                                    y = y + 37.0f > region->ScrollMax.y ? 0.0f : y + 37.0f;
                                    ImGui::SetScrollY(region, y);
                                }),
                      bench::below(2));
        }
    }

    {
        test::UiHarness ui(session.get());
        ImGui::GetIO().DisplaySize = ImVec2(1920.0f, 1080.0f);
        ui.ctx().itemRects.setEnabled(false);
        ui.ctx().wantProjector = true;
        ui.setDraw([](ui::AppContext& ctx) { ui::drawProjectorView(ctx); });
        ui.frame(3);
        table.add(subject, "projector frame (day 1), 1920x1080", cpuFrames(ui, runs, [] {}));
        table.add(subject, "projector frame, new fit each frame", cpuFrames(ui, runs, [&] {
                      ui.ctx().projector.fittedFor = 0; // as after an edit
                  }));
    }
    return table.finish(argc, argv);
}
