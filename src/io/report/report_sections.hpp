// Which optional sections a report document has, decided once for every
// writer so that Markdown, HTML, DOCX and PDF agree on what they print.
#pragma once

#include "io/report/report_document.hpp"

namespace innspill::io::report {

bool hasAbout(const ReportDocument& doc);
bool hasOverview(const ReportDocument& doc);    // thematic: the charts
bool hasUntagged(const ReportDocument& doc);    // thematic: inputs without a theme
bool hasPriorities(const ReportDocument& doc);  // some input has a vote
bool hasActions(const ReportDocument& doc);     // some printed group has an action
bool hasPeopleIndex(const ReportDocument& doc); // internal: the index of people
// An empty event still exports; it just has no contents to list.
bool hasContents(const ReportDocument& doc);

} // namespace innspill::io::report
