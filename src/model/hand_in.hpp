// Facilitator kits and their hand-ins: the kit record a kit file carries
// (which event it copies and what it looked like when handed out), and the
// history a master keeps of every hand-in. Plain values; store persists them,
// app::planMerge reads them. Design: docs/kits-and-merge.md.
#pragma once

#include "model/id.hpp"

#include <cstddef>
#include <string>

namespace innspill::model {

// What a kit file is: a full copy of the master event plus this record.
struct KitRecord {
    Id kitId;         // new for every kit handed out
    Id masterEventId; // the event it is a copy of (the kit's own event id too)
    std::string facilitator;
    std::string handedOutAt; // ISO 8601 UTC, "2031-01-22T09:15:00Z"
    // The event as it was when the kit was made, as a JSON archive
    // (io/json_archive.hpp): the base of the kit's first hand-in.
    std::string base;

    bool operator==(const KitRecord&) const = default;
};

// What one hand-in brought into the master, counted after conflicts were resolved.
struct HandInCounts {
    size_t groupsAdded = 0;
    size_t groupsChanged = 0;
    size_t groupsRemoved = 0;
    size_t inputsAdded = 0;
    size_t inputsChanged = 0;
    size_t inputsRemoved = 0;
    size_t peopleAdded = 0;
    size_t peopleChanged = 0;
    size_t peopleRemoved = 0;

    bool operator==(const HandInCounts&) const = default;
};

// One hand-in, recorded in the master's history.
struct HandIn {
    Id id; // of this record
    Id kitId;
    std::string facilitator;
    std::string handedInAt; // ISO 8601 UTC
    HandInCounts counts;
    // The kit's event as it was handed in (a JSON archive): the base of the
    // same kit's next hand-in, so that each hand-in brings only what is new.
    std::string kitState;

    bool operator==(const HandIn&) const = default;
};

} // namespace innspill::model
