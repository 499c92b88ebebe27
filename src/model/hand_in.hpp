// Facilitator kits and their hand-ins: the kit record a kit file carries
// (which event it copies and what it looked like when handed out), and the
// history a master keeps of every hand-in. Plain values; store persists them,
// app::planMerge reads them. Design: docs/kits-and-merge.md.
#pragma once

#include "model/id.hpp"

#include <array>
#include <cstddef>
#include <string>
#include <type_traits>

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

    // Adds every count of `other` (a run of several kits' summaries).
    HandInCounts& operator+=(const HandInCounts& other);
    bool operator==(const HandInCounts&) const = default;
};

// The nine counts by name, in the order people read them and the store keeps
// them (groups, inputs, people; each added, changed, removed). Every place
// that lists the counts goes through forEachCount, so a tenth count is added
// here once.
struct HandInCountField {
    const char* name; // "groupsAdded": the field's name, stable for keys
    size_t HandInCounts::*member;
};
inline constexpr std::array<HandInCountField, 9> kHandInCountFields{{
    {"groupsAdded", &HandInCounts::groupsAdded},
    {"groupsChanged", &HandInCounts::groupsChanged},
    {"groupsRemoved", &HandInCounts::groupsRemoved},
    {"inputsAdded", &HandInCounts::inputsAdded},
    {"inputsChanged", &HandInCounts::inputsChanged},
    {"inputsRemoved", &HandInCounts::inputsRemoved},
    {"peopleAdded", &HandInCounts::peopleAdded},
    {"peopleChanged", &HandInCounts::peopleChanged},
    {"peopleRemoved", &HandInCounts::peopleRemoved},
}};

// Calls fn(name, count) for each count in that order; `count` is a
// reference, writable when `counts` is.
template <class Counts, class Fn> void forEachCount(Counts& counts, Fn&& fn) {
    static_assert(std::is_same_v<std::remove_const_t<Counts>, HandInCounts>);
    for (const HandInCountField& field : kHandInCountFields) {
        fn(field.name, counts.*(field.member));
    }
}

inline HandInCounts& HandInCounts::operator+=(const HandInCounts& other) {
    for (const HandInCountField& field : kHandInCountFields) {
        this->*(field.member) += other.*(field.member);
    }
    return *this;
}

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
    // Identity by natural key at this hand-in: "kit-id master-id" per line,
    // the master's ids the kit's own entities were given (the same person,
    // round, room, theme or group added on two sides). The same kit's next
    // hand-in starts from these, so a unification holds even after the
    // master renames what was unified.
    std::string unified;

    bool operator==(const HandIn&) const = default;
};

} // namespace innspill::model
