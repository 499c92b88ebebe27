// The consolidated report as PDF: A4, DejaVu fonts embedded, selectable
// text, a title page, contents with page numbers and links, bookmarks, a
// running footer; thematic reports with drawn bar charts. Drawn with cairo
// and Pango (Debian 12: cairo 1.16, Pango 1.50).
#pragma once

#include "io/report/report_document.hpp"

#include <stdexcept>
#include <string>

namespace innspill::io::report {

// cairo could not produce the document (out of memory, a font it cannot use).
class PdfError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// The PDF file's bytes. Prints exactly what the document holds: privacy is
// already decided in it.
std::string writePdf(const ReportDocument& doc);

} // namespace innspill::io::report
