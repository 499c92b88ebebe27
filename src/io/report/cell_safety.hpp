// Spreadsheet cell safety shared by the CSV and XLSX writers: user text that a
// spreadsheet would read as a formula is neutralised (OWASP CSV injection).
#pragma once

#include <string>
#include <string_view>

namespace innspill::io::report {

// True when a spreadsheet could take the cell for a formula or command: it
// begins with '=', '+', '-', '@', TAB, CR or LF.
bool looksLikeFormula(std::string_view cell);

// The cell as text a spreadsheet shows but never evaluates: a leading "'" when
// looksLikeFormula(cell), otherwise the cell unchanged.
std::string neutraliseFormula(std::string_view cell);

} // namespace innspill::io::report
