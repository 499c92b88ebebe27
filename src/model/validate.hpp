// Consistency rules of an event as a whole: every reference resolves, ids and
// group numbers are unique, sub-points go one level deep, text is valid UTF-8.
#pragma once

#include "model/event.hpp"

#include <string>
#include <vector>

namespace innspill::model {

struct Problem {
    std::string where; // "gruppe 1.3", "person <id>" …
    std::string what;
};

std::vector<Problem> validate(const Event& event);

} // namespace innspill::model
