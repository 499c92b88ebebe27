// PDF writer: what cairo 1.16 (Debian 12) cannot say about a tagged PDF,
// added to its output as a standard incremental update (ISO 32000-1 §7.5.6):
// the original bytes stay as cairo wrote them; a new catalog, the structure
// root, the Figure elements and a new cross-reference section follow.
//
// - the document language (/Lang) and "show the title, not the file name"
//   (/ViewerPreferences /DisplayDocTitle) in the catalog;
// - one Document element at the top of the structure tree: cairo's own tags
//   are all closed at each page end so the running footer stays outside the
//   tree, so the root element cannot be a cairo tag;
// - the alternative text (/Alt) of each Figure element.
#pragma once

#include <string>
#include <vector>

namespace innspill::io::report::pdf {

struct Accessibility {
    std::string language;                // BCP 47: "nb-NO"
    std::vector<std::string> figureAlts; // UTF-8, one per Figure tag, in drawing order
};

// The PDF with the update appended; unchanged if its structure is not the
// plain one cairo 1.16 writes (one classic cross-reference table, a catalog
// with a structure tree).
std::string addAccessibility(std::string pdf, const Accessibility& extras);

// A PDF text string: UTF-16BE with its byte-order mark, in hex ("<FEFF…>").
std::string pdfTextString(const std::string& utf8);

} // namespace innspill::io::report::pdf
