// One of a group's inputs (innspill): an item, a lead-in sentence or a small
// sub-heading, with one level of sub-points, tagged with the event's themes
// and carrying the dots it got in the dot vote.
#pragma once

#include "model/id.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::model {

enum class InputKind { Item, LeadIn, SubHeading };

std::string_view toString(InputKind kind);
std::optional<InputKind> parseInputKind(std::string_view text);

struct Input {
    Id id;
    std::string text;
    InputKind kind = InputKind::Item;
    // Sub-points. Only one level: a child's own children must stay empty.
    std::vector<Input> children;
    // Ids of themes (Event::themes) this input is tagged with, in tagging order.
    std::vector<Id> themes;
    // Dots it got in the dot vote (convergence); never negative.
    int votes = 0;

    bool operator==(const Input&) const = default;
};

} // namespace innspill::model
