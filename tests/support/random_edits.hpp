// Random edits of the kinds the capture screen makes (typing, Enter, delete,
// Tab, Shift+Tab, Alt+Up, theme keys, kind, a header field), deterministic
// for a given generator, for property and crash tests.
#pragma once

#include "model/group.hpp"
#include "model/theme.hpp"

#include <random>
#include <vector>

namespace innspill::test {

void randomEdit(model::Group& group, const std::vector<model::Theme>& themes, std::mt19937& rng);

} // namespace innspill::test
