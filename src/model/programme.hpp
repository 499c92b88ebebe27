// The programme of an event: days holding rounds (group sessions), and the
// rooms in which groups meet. Order is the position in the containing vector.
#pragma once

#include "model/id.hpp"

#include <string>
#include <vector>

namespace innspill::model {

struct Round {
    Id id;
    std::string title;
    std::string start; // "HH:MM" or empty
    std::string end;   // "HH:MM" or empty

    bool operator==(const Round&) const = default;
};

struct Day {
    Id id;
    std::string date; // ISO "YYYY-MM-DD" or empty
    std::vector<Round> rounds;

    bool operator==(const Day&) const = default;
};

struct Room {
    Id id;
    std::string name;

    bool operator==(const Room&) const = default;
};

// "HH:MM" with 00 <= HH <= 23 and 00 <= MM <= 59, or empty.
bool isValidTime(const std::string& text);
// "YYYY-MM-DD" forming a real calendar date, or empty.
bool isValidDate(const std::string& text);

} // namespace innspill::model
