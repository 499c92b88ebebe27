// The input table as an Excel workbook (.xlsx) via libxlsxwriter: a sheet with
// one row per input and sub-point, and a summary sheet with bar charts.
#pragma once

#include "io/report/data_table.hpp"

#include <string>

namespace innspill::io::report {

// The .xlsx file's bytes. `title` goes into the document properties;
// `language` ("nb", "nn", "en") picks the sheet names and summary labels.
// Throws io::WriteError if the workbook cannot be written.
std::string writeXlsx(const DataTable& table, const std::string& title,
                      const std::string& language);

} // namespace innspill::io::report
