// The event's inputs as one table, for the spreadsheet exports (CSV, XLSX):
// one row per input and per sub-point (and one for a group that met without
// inputs), with the same rounds and the same name policy as the report. For
// the challenge report, the traceability table (traceability_table.hpp).
#pragma once

#include "io/report/report_document.hpp"

#include <string>
#include <vector>

namespace innspill::io::report {

struct DataTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    // For the summary sheet.
    std::vector<std::pair<std::string, size_t>> perRound;
    std::vector<std::pair<std::string, size_t>> perTheme;
    // Column widths in characters for the spreadsheet (wide ones wrap);
    // empty: the input table's own. Initialised, so that brace lists written
    // before it existed may leave it out without a warning.
    std::vector<double> widths = {};
};

DataTable buildDataTable(const model::Event& event, const ReportOptions& options);

} // namespace innspill::io::report
