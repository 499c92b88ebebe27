// Every input and sub-point of an event by id, with the group it is in and
// (for a sub-point) its input: how a source link finds its input. Pointers
// into the event; rebuild after the event changes.
#pragma once

#include "model/event.hpp"

#include <unordered_map>

namespace innspill::model {

struct InputPlace {
    const Group* group = nullptr;
    const Input* input = nullptr;
    const Input* parent = nullptr; // a sub-point's input; null for an input
    size_t index = 0;              // 0-based among its siblings
};

using InputIndex = std::unordered_map<Id, InputPlace>;
InputIndex indexInputs(const Event& event);

} // namespace innspill::model
