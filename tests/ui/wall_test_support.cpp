// Helpers of the wall's UI tests.
#include "wall_test_support.hpp"

#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "ui/wall/projector_view.hpp"
#include "ui/wall/wall_panel.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

namespace innspill::test {

void drawWallOnly(ui::AppContext& ctx) {
    ctx.itemRects.beginFrame();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("wall test", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    ui::drawWallPanel(ctx);
    ImGui::End();
}

void drawProjectorOnly(ui::AppContext& ctx) {
    ctx.itemRects.beginFrame();
    ui::drawProjectorView(ctx);
}

void dragSlowly(UiHarness& ui, ImVec2 from, ImVec2 to) {
    ImGuiIO& io = ImGui::GetIO();
    ui.moveMouse(from);
    io.MouseDown[0] = true;
    ui.frame();
    constexpr int kSteps = 4;
    for (int i = 1; i <= kSteps; ++i) {
        const float t = static_cast<float>(i) / kSteps;
        io.MousePos = ImVec2(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
        ui.frame();
    }
    ui.frame();
    io.MouseDown[0] = false;
    ui.frame(2);
}

void rightClick(UiHarness& ui, ImVec2 at) {
    ImGuiIO& io = ImGui::GetIO();
    ui.moveMouse(at);
    io.MouseDown[1] = true;
    ui.frame();
    io.MouseDown[1] = false;
    ui.frame(2);
}

void type(UiHarness& ui, const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    ui.frame();
}

model::Event normalised(model::Event event) {
    const auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
    std::sort(event.groups.begin(), event.groups.end(), byId);
    std::sort(event.people.begin(), event.people.end(), byId);
    return event;
}

model::Event normalisedOnDisk(const std::filesystem::path& path) {
    return normalised(test::onDisk(path));
}

const model::Group& numbered(const model::Event& event, const char* number) {
    const model::Group* group = model::findGroupByNumber(event, number);
    INFO("group " << number);
    REQUIRE(group != nullptr);
    return *group;
}

} // namespace innspill::test
