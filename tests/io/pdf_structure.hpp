// A tagged PDF's structure tree read back with poppler (`pdfinfo
// -struct-text`), for the tests that check what a screen reader meets.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace innspill::test {

// One element of the structure tree as `pdfinfo -struct-text` prints it.
struct PdfElement {
    int depth = 0;
    std::string type;         // "H2", "LBody"
    std::string text;         // its own marked content, pieces joined by spaces
    std::vector<size_t> kids; // indices of its child elements
};

// Whether pdfinfo (poppler-utils) is there to read the tree.
bool havePdfinfo();

// The tree of the PDF `bytes` in document order; [0] is the root. REQUIREs
// that pdfinfo reads it without complaint.
std::vector<PdfElement> pdfStructure(const std::string& bytes);

// The text of an element and everything under it (spaces collapsed).
std::string allText(const std::vector<PdfElement>& tree, size_t at);

// The text of every element of `type`, in document order.
std::vector<std::string> textsOf(const std::vector<PdfElement>& tree, const std::string& type);

} // namespace innspill::test
