// The consolidated report as a Word document (.docx, Office Open XML),
// generated directly as WordprocessingML and zipped (zip_package.hpp).
#pragma once

#include "io/report/report_document.hpp"

#include <string>

namespace innspill::io::report {

// The .docx file's bytes. Throws io::WriteError if the archive cannot be built.
std::string writeDocx(const ReportDocument& document);

} // namespace innspill::io::report
