// One check of what the public report prints, run on every format: the
// event's name policy, no empty round, a group that met without inputs.
#pragma once

#include "model/event.hpp"

#include <functional>
#include <string>

namespace innspill::test {

// The report (or the table) of `event` as text a test can search: a format's
// bytes read back (unpacked, extracted). `internal`: with the appendix.
using RenderReport = std::function<std::string(const model::Event& event, bool internal)>;

struct ReportRulesChecks {
    bool roundHeadings = true; // the format prints round headings (CSV does not)
};

// Runs reportRulesEvent() under each name policy through `render` and checks
// the text: names as the policy says (everyone named internally), never a
// participant or a perspective word, no empty round or unmet group, and
// "Ingen innspill registrert." for the group that met without inputs.
void checkReportRules(const RenderReport& render, ReportRulesChecks checks = {});

} // namespace innspill::test
