// The synthetic event generator: deterministic events of a chosen size in
// the shape of a real Åpen Arena, for every benchmark.
#pragma once

#include "model/event.hpp"

#include <cstddef>
#include <string>

namespace innspill::bench {

struct EventSize {
    std::string name;
    size_t groups = 0;
    size_t inputsPerGroup = 0; // top-level inputs; about one in five gets two sub-points
    size_t people = 0;
};

// Åpen Arena 2020: 50 groups, ~300 inputs. Large: 1,000 / 30,000. Huge: 5,000 / 150,000.
EventSize aapenArenaSize();
EventSize largeSize();
EventSize hugeSize();

model::Event makeSyntheticEvent(const EventSize& size, unsigned seed = 2020);

} // namespace innspill::bench
