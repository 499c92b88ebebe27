// Shared by the wall's UI tests: drawing the wall (or the projector) alone in
// the harness, a person's drag and right-click, and reading the event file.
#pragma once

#include "harness.hpp"

#include "model/event.hpp"

#include <filesystem>

namespace innspill::test {

// The wall panel alone in a full-display window, as the shell's tab shows it.
void drawWallOnly(ui::AppContext& ctx);
// The projector view alone, as the shell draws it in projector mode.
void drawProjectorOnly(ui::AppContext& ctx);

// Press, move there over a few frames (as a hand does), release.
void dragSlowly(UiHarness& ui, ImVec2 from, ImVec2 to);
void rightClick(UiHarness& ui, ImVec2 at);
// Typed text arrives between frames, as from the keyboard.
void type(UiHarness& ui, const char* utf8);

// The event as the file holds it, groups and people sorted by id (the file
// keeps its own row order).
// The file's event, normalised (test::onDisk then normalised).
model::Event normalisedOnDisk(const std::filesystem::path& path);
model::Event normalised(model::Event event);

const model::Group& numbered(const model::Event& event, const char* number);

} // namespace innspill::test
