// The marketplace wall ("Veggen"): rounds × rooms with the topics posted
// into each cell. The organiser posts, moves (drag and drop), marks met or
// cancelled, retitles, removes and renumbers here, and switches the wall to
// the projector.
#pragma once

#include "ui/wall/post_topic_dialog.hpp"
#include "ui/wall/wall_dialogs.hpp"

#include <cstddef>
#include <optional>

namespace innspill::ui {

struct AppContext;

// The scrolling region holding the grid (for tests: UiHarness::childWindow).
inline constexpr const char* kWallRegion = "wall";

struct WallPanelState {
    std::optional<size_t> day; // index into Event::days; nothing: every day
    PostTopicDialogState post;
    WallDialogsState dialogs;
};

// Draws the wall inside the current window, filling the space left.
void drawWallPanel(AppContext& ctx);

} // namespace innspill::ui
