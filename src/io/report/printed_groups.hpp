// Which posted groups the report prints, and why the others are left out.
// One rule for every format, the export dialog's preview and `innspill export`.
#pragma once

#include "lang/message.hpp"
#include "model/event.hpp"

#include <cstddef>

namespace innspill::io::report {

// Printed unless cancelled, when the group met: its status says so, or it has
// inputs, a report note, or an initiator and a participant count. A topic
// that was posted and never met leaves a gap in the numbering.
bool isPrinted(const model::Group& group);

struct LeftOut {
    size_t notMet = 0;    // posted, never met
    size_t cancelled = 0; // cancelled

    size_t total() const { return notMet + cancelled; }
};

LeftOut countLeftOut(const model::Event& event);

// "3 grupper er ikke med: slått opp, ikke gjennomført"; empty when every
// posted group is printed.
lang::Message leftOutSummary(const model::Event& event);

} // namespace innspill::io::report
