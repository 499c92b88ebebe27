// An event with a finished synthesis, modelled on the national council's
// challenge picture for "arbeid og helse" 2025: three pillars, groups in two
// rounds with the inputs they gave, per pillar an introduction, challenges
// A, B… with measures resting on those inputs, three priorities, two parked
// inputs, and one measure whose source input has since been deleted.
#pragma once

#include "model/event.hpp"

namespace innspill::test {

model::Event challengeEvent();

// The id of the input (or sub-point) with this exact text; throws when none.
model::Id inputWithText(const model::Event& event, const std::string& text);

} // namespace innspill::test
