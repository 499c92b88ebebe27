// The programme panel: days, their rounds with times, and each round's groups
// in natural number order. Clicking a group selects it.
#pragma once

#include "model/id.hpp"

#include <unordered_set>

namespace innspill::ui {

struct AppContext;

struct ProgrammePanelState {
    // What the person folded away. Stored as "collapsed" rather than "open"
    // so that a day or round added later starts out visible.
    std::unordered_set<model::Id> collapsedDays;
    std::unordered_set<model::Id> collapsedRounds;
    bool unscheduledCollapsed = false;
};

void drawProgrammePanel(AppContext& ctx);

} // namespace innspill::ui
