// Which optional sections a report document has, decided once for every
// writer so that Markdown, HTML, DOCX and PDF agree on what they print.
#pragma once

#include "io/report/report_document.hpp"

#include <string>

namespace innspill::io::report {

bool hasAbout(const ReportDocument& doc);
bool hasOverview(const ReportDocument& doc); // thematic: the charts
bool hasUntagged(const ReportDocument& doc); // thematic: inputs without a theme
// The challenge report: the numbered summary, and the appendix "Grunnlag"
// with an entry for every challenge and measure that rests on something.
bool hasPriorities(const ReportDocument& doc);
bool hasSources(const Sources& sources);
bool hasBasis(const ReportDocument& doc);
// The challenge or one of its measures rests on something: it has an entry.
bool hasBasis(const ReportChallenge& challenge);
// A measure as the appendix and the table name it: its lead (without the
// colon that joins it to its text), or its text when it has none.
std::string measureLabel(const ReportMeasure& measure);
// Convergence and action planning (issue 17).
bool hasTopVoted(const ReportDocument& doc);    // some input has a vote
bool hasActions(const ReportDocument& doc);     // some printed group or challenge has an action
bool hasPeopleIndex(const ReportDocument& doc); // internal: the index of people
// An empty event still exports; it just has no contents to list.
bool hasContents(const ReportDocument& doc);

} // namespace innspill::io::report
