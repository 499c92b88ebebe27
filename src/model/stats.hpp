// Counts of what an event holds, as `innspill stats` prints them.
#pragma once

#include "model/event.hpp"

#include <cstddef>

namespace innspill::model {

struct EventStats {
    size_t days = 0;
    size_t rounds = 0;
    size_t rooms = 0;
    size_t groups = 0;
    size_t inputs = 0;    // top-level entries (items, lead-ins, sub-headings)
    size_t subPoints = 0; // sub-points, counted apart
    size_t people = 0;
    size_t themes = 0;
    // Convergence and action planning (issue 17).
    size_t votedInputs = 0; // inputs and sub-points with at least one vote
    size_t votes = 0;       // dots in all
    size_t actions = 0;     // the groups' and the challenges' actions
    size_t publicPhotos = 0;
    size_t internalPhotos = 0;
};

EventStats computeStats(const Event& event);

} // namespace innspill::model
