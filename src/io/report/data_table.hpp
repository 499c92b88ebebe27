// The event's inputs as one table, for the spreadsheet exports (CSV, XLSX):
// one row per input and per sub-point (and one for a group that met without
// inputs) with its dot votes, and the groups' actions as a second table,
// with the same rounds and the same name policy as the report. For the
// challenge report, the traceability table (traceability_table.hpp).
#pragma once

#include "io/report/report_document.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innspill::io::report {

struct DataTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    // For the summary sheet.
    std::vector<std::pair<std::string, size_t>> perRound;
    std::vector<std::pair<std::string, size_t>> perTheme;
    // The fields below are initialised, so that brace lists written before
    // they existed may leave them out without a warning.
    // The column that holds a count (the dot votes): a number in XLSX.
    std::optional<size_t> numberColumn = {};
    // Every printed group's actions: group number, title, what, who, next
    // step, due, resources (empty when no group has one).
    std::vector<std::string> actionsHeader = {};
    std::vector<std::vector<std::string>> actionRows = {};
    // Column widths in characters for the spreadsheet (wide ones wrap);
    // empty: the input table's own.
    std::vector<double> widths = {};
};

DataTable buildDataTable(const model::Event& event, const ReportOptions& options);

} // namespace innspill::io::report
