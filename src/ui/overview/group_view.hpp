// The group view: the selected group's header fields (round, time, room,
// status, people, participant count, links to other groups, report note),
// its inputs and its internal discussion notes. Read-only for now.
#pragma once

#include "model/id.hpp"

namespace innspill::ui {

struct AppContext;

struct GroupViewState {
    // The group drawn last frame; when the selection moves on, the view
    // scrolls back to the top instead of keeping the old group's offset.
    model::Id shownGroup;
    bool discussionOpen = false;
};

void drawGroupView(AppContext& ctx);

} // namespace innspill::ui
