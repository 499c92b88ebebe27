// What a topic dropped into another round does with its number: a small menu
// at the drop ("Flytt og gi nummer 2.5" first, "Flytt og behold nummer 1.3",
// "Avbryt"). A drop within the topic's own round moves it straight away, as
// the number does not change there. Shared by the wall and the projector.
#pragma once

#include "model/id.hpp"

#include <optional>

namespace innspill::ui {

struct AppContext;

inline constexpr const char* kDropMenuPopup = "##dropMove";

struct DropMenuState {
    model::Id group;
    model::Id round;
    std::optional<model::Id> room;
    bool request = false; // open the menu on the next draw
};

// A topic was dropped onto round × room: moves it, or asks about its number.
void dropTopic(AppContext& ctx, const model::Id& groupId, const model::Id& roundId,
               const std::optional<model::Id>& roomId);

// Draws the menu while it is open; once per frame (drawWallDialogs does).
void drawDropMenu(AppContext& ctx);

} // namespace innspill::ui
