// Which optional sections a report document has, decided once for every
// writer so that Markdown, HTML, DOCX and PDF agree on what they print.
#pragma once

#include "io/report/report_document.hpp"

namespace innspill::io::report {

bool hasAbout(const ReportDocument& doc);
bool hasOverview(const ReportDocument& doc); // thematic: the charts
bool hasUntagged(const ReportDocument& doc); // thematic: inputs without a theme
// An empty event still exports; it just has no contents to list.
bool hasContents(const ReportDocument& doc);

} // namespace innspill::io::report
