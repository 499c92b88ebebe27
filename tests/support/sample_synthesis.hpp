// A synthesis over test::sampleEvent()'s inputs, for the synthesis tests:
// an introduction to the first theme, two challenges in it (the first with
// two measures), one challenge in the second theme, a priority and a
// parked input; sources are inputs and a sub-point of the sample groups.
#pragma once

#include "model/event.hpp"

#include <vector>

namespace innspill::test {

model::Event sampleEventWithSynthesis();

// Every top-level input's id, in sortedGroups() order.
std::vector<model::Id> topLevelInputs(const model::Event& event);

} // namespace innspill::test
