// An event written out as notes in the report's convention (round headings,
// "1.12 Title", the labels, bullets and "o" sub-points), for benchmarking
// the notes importer on any size of event.
#pragma once

#include "model/event.hpp"

#include <string>

namespace innspill::bench {

std::string notesText(const model::Event& event);

} // namespace innspill::bench
