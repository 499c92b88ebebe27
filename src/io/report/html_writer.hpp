// The consolidated report as one self-contained HTML5 file (inline CSS, inline
// SVG charts, no external resources), also well-formed XML so XML tools read it.
#pragma once

#include "io/report/report_document.hpp"

#include <string>

namespace innspill::io::report {

std::string writeHtml(const ReportDocument& document);

} // namespace innspill::io::report
