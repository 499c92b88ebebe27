// PDF writer: links from the table of contents to the pages it lists.
//
// cairo 1.16 (Debian 12) writes a page's link annotations when the page ends
// and silently drops a link whose target page does not exist yet — and every
// contents line points forward. Newer cairo resolves forward links itself;
// with 1.16 we add the annotations afterwards as a standard PDF incremental
// update (ISO 32000-1 §7.5.6): the original bytes stay as cairo wrote them,
// new objects and a new cross-reference section follow.
#pragma once

#include <string>
#include <vector>

namespace innspill::io::report::pdf {

// In cairo's coordinates: points, origin at the top left of the page.
struct PageLink {
    int page = 0; // 0-based, where the link is
    double x = 0, y = 0, width = 0, height = 0;
    int targetPage = 0; // 0-based
    double targetX = 0, targetY = 0;
};

// Whether this cairo writes links to later pages itself (≥ 1.18).
bool cairoWritesForwardLinks();

// The PDF with the links added; unchanged if its structure is not the plain
// one cairo 1.16 writes (then the document simply has no contents links).
std::string appendLinks(std::string pdf, const std::vector<PageLink>& links, double pageHeight);

} // namespace innspill::io::report::pdf
