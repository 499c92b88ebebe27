// Projector mode: only the wall, full screen, in type large enough to read
// from the back of the room, white on near-black (or black on white). One
// day per page; the text size is the largest at which the day fits the
// screen, rounds as rows and rooms as columns as on the wall (the menu swaps
// them for a wall with many rooms and few rounds). Posting,
// dragging and the topic menu work here too, so an organiser whose laptop
// mirrors the projector need not leave the mode during the marketplace.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace innspill::ui {

struct AppContext;

inline constexpr const char* kProjectorWindowName = "Innspill – projektor###projector";

struct ProjectorViewState {
    bool lightBackground = false; // black on white for bright rooms
    size_t page = 0;              // the day shown (index into Event::days)
    // The last fitted layout and what it was fitted for, so an unchanged
    // wall is not measured again on every frame.
    std::uint64_t fittedFor = 0;
    float textSize = 0.0f;
    bool roundsAsRows = true;
    // Rounds as columns and rooms as rows: the wall's axes swapped, chosen
    // from the projector's menu. Off: the same orientation as the wall.
    bool swapAxes = false;
};

// Draws the projector view as its own window covering the whole viewport.
// Escape (with no dialog open) clears ctx.wantProjector; ←/→ and Page
// Up/Down turn the page. The shell calls this instead of drawMainWindow
// while ctx.wantProjector is set.
void drawProjectorView(AppContext& ctx);

} // namespace innspill::ui
