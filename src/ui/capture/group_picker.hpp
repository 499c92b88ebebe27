// Finding a group quickly: a filter box (number, title or a person's name,
// any order of words, æøå case-insensitive), a round choice and the matching
// groups; arrows and Enter pick one. Used by the capture screen to open a
// group (Ctrl+G, and the list shown when no group is open) and to link a
// group to another (follow-up of, merged with).
#pragma once

#include "model/event.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::ui {

struct AppContext;

struct GroupPickerState {
    std::string filter;
    model::Id round;          // empty: every round
    bool roundChosen = false; // until the person picks, the running round is offered
    size_t highlighted = 0;
    bool focusFilter = false; // put the caret in the filter on the next draw
    // The matches for the filter and round above, recomputed when they change.
    std::vector<model::Id> matches;
    std::string matchedFilter;
    model::Id matchedRound;
    size_t matchedGroups = static_cast<size_t>(-1);
    bool stale = true;
};

// The groups matching `filter` in `round` (empty: all), in report order,
// with a group whose number is exactly the filter first.
std::vector<model::Id> filterGroups(const model::Event& event, std::string_view filter,
                                    const model::Id& round);

// Draws the picker (filter, round, list `listHeight` pixels high) and
// returns the group picked by click or Enter. `exclude` is left out (a group
// cannot follow itself).
std::optional<model::Id> drawGroupPicker(AppContext& ctx, GroupPickerState& state, float listHeight,
                                         const model::Id& exclude = {});

} // namespace innspill::ui
