// CPU time of one frame (NewFrame, draw, Render; no GPU) of the people panel
// with 2,000 people in 1,000 groups (the synthetic "large" event), drawn in
// the headless harness the UI tests use: a steady frame, a frame scrolled
// somewhere new, a frame right after an edit (the rows are rebuilt), and a
// frame whose filter changed (filtered and sorted again).
// Usage: bench_ui_people [--runs N]
#include "harness.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"
#include "ui_frames.hpp"

#include "app/edits_people.hpp"
#include "app/event_session.hpp"
#include "ui/people/people_panel.hpp"
#include "ui/people/people_view.hpp"

#include <imgui_internal.h>

#include <ctime>
#include <iostream>
#include <string>

using namespace innspill;

namespace {

using bench::cpuFrames;

void drawPeople(ui::AppContext& ctx) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("people", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    ui::drawPeoplePanel(ctx);
    ImGui::End();
}

// The table's scrolling child window.
ImGuiWindow* tableWindow() {
    for (ImGuiWindow* window : GImGui->Windows) {
        if (std::string_view(window->Name).find("##people") != std::string_view::npos &&
            window->ParentWindow != nullptr) {
            return window;
        }
    }
    return nullptr;
}

} // namespace

int main(int argc, char** argv) {
    int runs = 200;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--runs") {
            runs = std::max(1, std::stoi(argv[i + 1]));
        }
    }
    auto session = app::EventSession::inMemory(bench::makeSyntheticEvent(bench::largeSize()));
    const model::Event& event = session->event();
    const std::string subject = std::to_string(event.people.size()) + " people, " +
                                std::to_string(event.groups.size()) + " groups";
    bench::Table table;

    table.add(subject, "registerFingerprint",
              bench::measure(runs, [&] { bench::keep(ui::registerFingerprint(event)); }));
    table.add(subject, "rows rebuilt (count, sort)", bench::measure(runs, [&] {
                  ui::PeopleView view;
                  ui::refreshPeopleView(view, event, ui::PeopleViewRequest{});
                  bench::keep(view.rows.size());
              }));

    for (const ImVec2 display : {ImVec2(1280.0f, 800.0f), ImVec2(1920.0f, 1080.0f)}) {
        test::UiHarness ui(session.get());
        ImGui::GetIO().DisplaySize = display;
        ui.ctx().itemRects.setEnabled(false); // as in the app
        ui.setDraw(drawPeople);
        ui.frame(5);
        const std::string size = std::to_string(static_cast<int>(display.x)) + "x" +
                                 std::to_string(static_cast<int>(display.y));
        table.add(subject, "frame, top, " + size, cpuFrames(ui, runs, [] {}), bench::below(2));

        if (ImGuiWindow* rows = tableWindow()) {
            float y = 0.0f;
            table.add(subject, "frame, scrolling, " + size,
                      cpuFrames(ui, runs,
                                [&] {
                                    y = y + 97.0f > rows->ScrollMax.y ? 0.0f : y + 97.0f;
                                    ImGui::SetScrollY(rows, y);
                                }),
                      bench::below(2));
            ImGui::SetScrollY(rows, 0.0f);
            ui.frame(2);
        }

        // An edit outside the timing (as from another panel or an undo): the
        // timed frame notices it and rebuilds the rows.
        int counter = 0;
        table.add(subject, "frame after an edit, " + size,
                  cpuFrames(ui, runs,
                            [&] {
                                model::Person after = event.people[500];
                                after.organisation = "Org " + std::to_string(++counter);
                                session->apply(app::updatePerson(event, after));
                            }),
                  bench::below(2));

        const char* filters[] = {"person 1", "ås", "person 19", "org"};
        int next = 0;
        table.add(subject, "frame with a new filter, " + size,
                  cpuFrames(ui, runs, [&] { ui.ctx().people.filter = filters[next++ % 4]; }),
                  bench::below(2));
        ui.ctx().people.filter = "person 1";
        ui.frame(2);
        table.add(subject, "frame, filtered, " + size, cpuFrames(ui, runs, [] {}), bench::below(2));
        ui.ctx().people.filter.clear();
    }
    return table.finish(argc, argv);
}
