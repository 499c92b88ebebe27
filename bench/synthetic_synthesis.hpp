// A synthetic synthesis over a synthetic event: per theme an introduction
// and challenges with measures, each resting on inputs spread over the
// groups, priorities for the summary and some parked inputs. Deterministic.
#pragma once

#include "model/event.hpp"

#include <cstddef>

namespace innspill::bench {

// One challenge per `groupsPerChallenge` groups (1,000 groups: 200), three
// measures each; a challenge rests on three inputs and a measure on two.
void addSyntheticSynthesis(model::Event& event, size_t groupsPerChallenge = 5);

} // namespace innspill::bench
