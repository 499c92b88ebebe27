// A theme the event serves (for the 2020 event: the strategy's five pillars).
// Order is the position in Event::themes.
#pragma once

#include "model/id.hpp"

#include <string>
#include <vector>

namespace innspill::model {

struct Theme {
    Id id;
    std::string name;
    std::string description;

    bool operator==(const Theme&) const = default;
};

// The five pillars of the national strategy for "arbeid og helse", a built-in template.
std::vector<Theme> pillarTemplate();

} // namespace innspill::model
