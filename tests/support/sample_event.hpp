// A small event in the style of the 2020 report, built in code, for tests:
// 2 days, 3 rounds, 3 rooms, 5 groups (one cancelled, one follow-up, one
// merged), lead-ins, sub-headings, sub-points, themes, consent and not.
#pragma once

#include "model/event.hpp"

namespace innspill::test {

model::Event sampleEvent();

} // namespace innspill::test
