// A small event in the style of the 2020 report, built in code, for tests:
// 2 days, 3 rounds, 3 rooms, 5 groups (one cancelled, one follow-up, one
// merged), lead-ins, sub-headings, sub-points, themes, consent and not.
#pragma once

#include "model/event.hpp"

#include <string>

namespace innspill::test {

model::Event sampleEvent();

// sampleEvent() with `policy`, and what the report must leave out or say:
// round 4 (day 2) has no group, round 5 (day 3) only "5.1", posted and never
// met; "3.2" met without inputs (an initiator, Åse Berg, who consented, and
// a participant count) with a facilitator who did not (Jørgen Æsøy).
model::Event reportRulesEvent(model::NamePolicy policy);

// A new group as a facilitator captures it: `number` in the event's first
// round, met, with `inputs` inputs "Innspill 1 fra <number>", ….
model::Group capturedGroup(const model::Event& event, const std::string& number, size_t inputs);

} // namespace innspill::test
