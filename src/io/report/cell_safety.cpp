// OWASP's CSV-injection rule, in one place so CSV and XLSX cannot drift apart.
#include "io/report/cell_safety.hpp"

namespace innspill::io::report {

bool looksLikeFormula(std::string_view cell) {
    if (cell.empty()) {
        return false;
    }
    switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\n':
        return true;
    default:
        return false;
    }
}

std::string neutraliseFormula(std::string_view cell) {
    std::string out;
    if (looksLikeFormula(cell)) {
        // The apostrophe is what a spreadsheet user types to force text; it is
        // visible in the cell, which is the price of never running a formula.
        out.reserve(cell.size() + 1);
        out.push_back('\'');
    }
    out.append(cell);
    return out;
}

} // namespace innspill::io::report
