// The challenge report as a table (CSV, XLSX): one row per challenge or
// measure and input it rests on, so every claim can be traced to its inputs
// in a spreadsheet; then the inputs set aside, with their reasons.
#pragma once

#include "io/report/data_table.hpp"

namespace innspill::io::report {

// Columns: theme, challenge letter, measure (its lead; empty on the
// challenge's own rows), group number, group title, input, note (a deleted
// source, or "Parkert: reason").
DataTable buildTraceabilityTable(const model::Event& event, const ReportOptions& options);

} // namespace innspill::io::report
