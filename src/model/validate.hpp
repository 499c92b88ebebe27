// Consistency rules of an event as a whole: every reference resolves, ids and
// group numbers are unique, sub-points go one level deep, text is valid UTF-8.
#pragma once

#include "lang/message.hpp"
#include "model/event.hpp"

#include <string>
#include <vector>

namespace innspill::model {

// A problem as a message for a person (validate.problem: "{where}: {what}",
// both parts catalogue messages) and, for logs, tests and comparing, the two
// parts in bokmål.
struct Problem {
    std::string where; // "gruppe 1.3", "person «Kari»" … (bokmål)
    std::string what;  // (bokmål)
    lang::Message message;
};

std::vector<Problem> validate(const Event& event);

} // namespace innspill::model
