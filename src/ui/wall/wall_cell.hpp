// One cell of the wall and the topics in it: the topic card (click selects,
// double-click edits the title, drag moves, right-click or Enter opens its
// menu), the cell's drop target and its "+" that posts a new topic. The
// interactions are shared with the projector view, which draws its own,
// larger cards.
#pragma once

#include "model/event.hpp"

#include <imgui.h>

#include <optional>
#include <string>

namespace innspill::ui {

struct AppContext;

// The drag-and-drop payload type: the group's id as text (36 bytes, no NUL).
inline constexpr const char* kTopicPayload = "INNSPILL_TOPIC";

// Where a cell is on the wall: its round (nothing for the row of topics whose
// round is missing) and room (nothing for the "no room" column).
struct CellAddress {
    std::optional<model::Id> roundId;
    std::optional<model::Id> roomId;
};

// The interactions of the last item as a topic: drag source, hover tooltip,
// its menu (right-click, or Enter while it has keyboard focus), double-click
// to retitle. Call right after the item, inside the topic's PushID.
void topicInteractions(AppContext& ctx, const model::Event& event, const model::Group& group,
                       bool crowded);

// Makes [min, max) accept a dragged topic and move it into `cell`.
void cellDropTarget(AppContext& ctx, ImVec2 min, ImVec2 max, const CellAddress& cell);

// Height of the panel's topic card: three lines of title, one of initiators.
float topicCardHeight();

// The panel's card for one topic, an item of `size` at the cursor.
void drawTopicCard(AppContext& ctx, const model::Event& event, const model::Group& group,
                   ImVec2 size, bool crowded);

// The "+" that opens the post dialog for `cell`: the whole cell when it is
// empty, a strip under its topics otherwise.
void drawAddButton(AppContext& ctx, const CellAddress& cell, ImVec2 size, bool emptyCell);

// Key for ItemRecorder: "<round id>/<room id or 'none'>".
std::string cellKey(const CellAddress& cell);

} // namespace innspill::ui
