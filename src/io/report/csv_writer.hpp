// The data table as RFC 4180 CSV (UTF-8 with BOM, CRLF), safe to open in a
// spreadsheet: formula-like cells are neutralised. The groups' actions, when
// there are any, follow the inputs after an empty line, with their own header.
#pragma once

#include "io/report/data_table.hpp"

#include <string>

namespace innspill::io::report {

std::string writeCsv(const DataTable& table);

} // namespace innspill::io::report
