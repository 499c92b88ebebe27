// RFC 4180 CSV of the data table. The BOM makes Excel read UTF-8 (æøå, «»)
// instead of the system code page; CRLF and quoting are what RFC 4180 and
// every spreadsheet expect.
#include "io/report/csv_writer.hpp"

#include "io/report/cell_safety.hpp"
#include "io/report/text_escape.hpp"

#include <algorithm>

namespace innspill::io::report {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

void appendCell(std::string& out, std::string_view raw) {
    // Control characters (NUL above all) confuse spreadsheets as much as XML
    // readers; they go first, so a formula hidden behind one is still caught.
    const std::string cell = neutraliseFormula(stripXmlForbidden(raw));
    if (cell.find_first_of("\",\r\n") == std::string::npos) {
        out += cell;
        return;
    }
    out.push_back('"');
    for (char c : cell) {
        if (c == '"') {
            out.push_back('"');
        }
        out.push_back(c);
    }
    out.push_back('"');
}

void appendRow(std::string& out, const std::vector<std::string>& row, size_t width) {
    // Short rows are padded so every record has the header's field count.
    const size_t fields = std::max(row.size(), width);
    for (size_t i = 0; i < fields; ++i) {
        if (i > 0) {
            out.push_back(',');
        }
        if (i < row.size()) {
            appendCell(out, row[i]);
        }
    }
    out += "\r\n";
}

} // namespace

std::string writeCsv(const DataTable& table) {
    std::string out(kBom);
    appendRow(out, table.header, table.header.size());
    for (const auto& row : table.rows) {
        appendRow(out, row, table.header.size());
    }
    // The actions follow as a second table after an empty record, so one
    // file still holds everything the spreadsheet export promises.
    if (!table.actionRows.empty()) {
        out += "\r\n";
        appendRow(out, table.actionsHeader, table.actionsHeader.size());
        for (const auto& row : table.actionRows) {
            appendRow(out, row, table.actionsHeader.size());
        }
    }
    return out;
}

} // namespace innspill::io::report
