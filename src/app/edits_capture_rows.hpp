// Helpers shared by the capture edit builders (edits_capture*.cpp); not for
// use elsewhere.
#pragma once

#include "app/edits_capture.hpp"

namespace innspill::app::capture_detail {

// A change of one group, or an empty change when nothing differs (so a
// no-op never becomes an undo step).
Change groupChange(const char* label, const model::Group& before, model::Group after);

std::optional<size_t> rowOf(const std::vector<InputRow>& rows, const model::Id& id);
model::Group withRows(const model::Group& group, std::vector<InputRow> rows);

// Whether a row inserted directly below `row` is a sub-point: below a
// sub-point, or above the first sub-point of a top-level input.
bool opensSubPoints(const std::vector<InputRow>& rows, size_t row);

model::Input emptyInput();

} // namespace innspill::app::capture_detail
