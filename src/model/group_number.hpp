// Group numbers such as "1.12": the round's number, a dot, the group's place
// in the round. They are labels (a topic keeps its number when moved), unique
// per event, and sort naturally: 1.2 before 1.10.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace innspill::model {

// Digits separated by single dots, no leading or trailing dot, at most 16 characters.
bool isValidGroupNumber(std::string_view number);

// Natural order: runs of digits compare by value, everything else bytewise.
// Returns <0, 0, >0 like strcmp.
int compareNatural(std::string_view a, std::string_view b);

// The number before the first dot ("2" of "2.13"), if any.
std::optional<int> roundPrefix(std::string_view number);

// "<round>.<n>" for the next free n given the taken numbers of that round.
std::string makeGroupNumber(int round, int sequence);

} // namespace innspill::model
