// The consolidated report as CommonMark: every user string escaped so that it
// reads as text, never as Markdown structure or raw HTML.
#pragma once

#include "io/report/report_document.hpp"

#include <string>

namespace innspill::io::report {

std::string writeMarkdown(const ReportDocument& document);

} // namespace innspill::io::report
