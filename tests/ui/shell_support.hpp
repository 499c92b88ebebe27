// Helpers for driving the application shell headless: a harness with a real
// workspace (so New/Open/Close work), key chords, and the text on screen.
#pragma once

#include "harness.hpp"

#include "app/workspace.hpp"
#include "support/temp_dir.hpp"

#include <filesystem>
#include <string>

namespace innspill::test {

class ShellFixture {
  public:
    ShellFixture();

    TempDir dir;
    app::Workspace workspace;
    UiHarness ui;

    ui::AppContext& ctx() { return ui.ctx(); }
    // Writes an event file into dir (sample event, titled `title`).
    std::filesystem::path makeEventFile(const std::string& name, const std::string& title);
    // Opens `path` in the workspace as the CLI would, and shows a frame.
    void openDirectly(const std::filesystem::path& path);
};

// Clicks the item recorded under `key` (it must be there), then lets the UI
// settle for two frames: a popup opened by the click measures itself on its
// first, hidden frame, and a menu closed by it is gone only after a frame.
void click(UiHarness& ui, std::string_view key);

// Presses Ctrl(+Shift)+key, a GLFW key code, like a person would.
void pressChord(UiHarness& ui, int glfwKey, bool shift = false);

// Every piece of text the last frame drew, read back from its draw lists,
// lines joined by '\n'. For asserting what a person reads, e.g. menu labels.
std::string screenText(UiHarness& ui);

// Types `text` into whatever field has the keyboard, one frame.
void typeText(UiHarness& ui, const std::string& text);

// Clears the field with the keyboard (Ctrl+A, Delete) and types `text`.
void replaceText(UiHarness& ui, const std::string& text);

} // namespace innspill::test
