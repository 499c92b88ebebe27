// A headless ImGui for UI tests: no window, no GPU. Each harness owns an ImGui
// context and a ui::AppContext; a frame is NewFrame → ui::drawMainWindow →
// Render, the same draw code the app runs. Input goes in through ImGuiIO the
// way ImGui 1.86's GLFW backend feeds it, between frames.
#pragma once

#include "ui/shell/app_context.hpp"

#include <imgui.h>

#include <functional>
#include <string_view>

struct ImGuiContext;
struct ImGuiWindow;

namespace innspill::test {

class UiHarness {
  public:
    // `session` may be null (no event open); it is not owned.
    explicit UiHarness(app::EventSession* session = nullptr);
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    ui::AppContext& ctx() { return m_ctx; }

    // What a frame draws: the whole main window by default; a panel test can
    // draw just its panel (inside a window it opens itself).
    void setDraw(std::function<void(ui::AppContext&)> draw) { m_draw = std::move(draw); }

    void frame(int count = 1);

    // Each of these runs the frames a person's action takes.
    void moveMouse(ImVec2 position);
    void click(ImVec2 position);
    void drag(ImVec2 from, ImVec2 to);
    // Turns the mouse wheel over `position`; negative `notches` scroll down.
    void scrollWheel(ImVec2 position, float notches);
    // Presses and releases a key given as a GLFW key code (GLFW_KEY_…).
    void pressKey(int glfwKey);

    // Clicks the centre of the item recorded under `key` in the last frame;
    // false when no such item was drawn.
    bool clickItem(std::string_view key);
    const ui::ItemRect* item(std::string_view key) const { return m_ctx.itemRects.find(key); }

    // ImGui's window by name, or null. Child regions are named by ImGui as
    // "<parent>/<child>_<id>"; childWindow() finds them by the short name.
    ImGuiWindow* window(const char* name) const;
    ImGuiWindow* childWindow(const char* parentName, const char* childName) const;

    static constexpr float kWidth = 1280.0f;
    static constexpr float kHeight = 800.0f;

  private:
    void makeCurrent() const;

    ImGuiContext* m_imgui = nullptr;
    ui::AppContext m_ctx;
    std::function<void(ui::AppContext&)> m_draw;
};

} // namespace innspill::test
