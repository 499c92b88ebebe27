// PDF writer: contents links added to cairo's output as an incremental update.
#include "io/report/pdf_links.hpp"

#include <cairo.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <optional>

namespace innspill::io::report::pdf {

namespace {

// Numbers in PDF syntax whatever the process locale (a Norwegian locale
// would print a decimal comma).
std::string number(double value) {
    char buffer[32];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    return std::string(buffer, result.ptr);
}

std::optional<size_t> parseSize(const std::string& text, size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r')) {
        ++at;
    }
    size_t value = 0;
    const auto result = std::from_chars(text.data() + at, text.data() + text.size(), value);
    if (result.ec != std::errc{}) {
        return std::nullopt;
    }
    return value;
}

// The value of a key in a dictionary: "/Root 22 0 R" gives "22 0 R".
std::string reference(const std::string& dict, const std::string& key) {
    const size_t at = dict.find(key + " ");
    if (at == std::string::npos) {
        return {};
    }
    const size_t start = at + key.size() + 1;
    const size_t end = dict.find('R', start);
    return end == std::string::npos ? std::string{} : dict.substr(start, end + 1 - start);
}

// The file's one classic cross-reference table (what cairo 1.16 writes):
// object number → byte offset, and the trailer dictionary after it.
struct CrossReference {
    std::map<size_t, size_t> offsets;
    std::string trailer;
    size_t at = 0;
};

std::optional<CrossReference> readCrossReference(const std::string& pdf) {
    const size_t startxref = pdf.rfind("startxref");
    const auto at = startxref == std::string::npos ? std::nullopt : parseSize(pdf, startxref + 9);
    if (!at || pdf.compare(*at, 4, "xref") != 0) {
        return std::nullopt; // a cross-reference stream, or not cairo's layout
    }
    CrossReference xref;
    xref.at = *at;
    size_t line = pdf.find('\n', *at) + 1;
    while (line < pdf.size() && pdf.compare(line, 7, "trailer") != 0) {
        const auto first = parseSize(pdf, line);
        const size_t space = pdf.find(' ', line);
        const auto count = space == std::string::npos ? std::nullopt : parseSize(pdf, space + 1);
        if (!first || !count) {
            return std::nullopt;
        }
        line = pdf.find('\n', line) + 1;
        for (size_t i = 0; i < *count; ++i, line += 20) {
            if (line + 20 > pdf.size()) {
                return std::nullopt;
            }
            if (pdf[line + 17] == 'n') {
                xref.offsets[*first + i] = *parseSize(pdf, line);
            }
        }
    }
    const size_t end = pdf.find("startxref", line);
    if (line >= pdf.size() || end == std::string::npos) {
        return std::nullopt;
    }
    xref.trailer = pdf.substr(line, end - line);
    return xref;
}

struct PdfObject {
    size_t number = 0;
    std::string body; // between "obj" and "endobj"
};

std::optional<PdfObject> readObject(const std::string& pdf, const CrossReference& xref,
                                    size_t number) {
    const auto found = xref.offsets.find(number);
    const std::string head = std::to_string(number) + " 0 obj";
    if (found == xref.offsets.end() || pdf.compare(found->second, head.size(), head) != 0) {
        return std::nullopt;
    }
    const size_t start = found->second + head.size();
    const size_t end = pdf.find("endobj", start);
    if (end == std::string::npos) {
        return std::nullopt;
    }
    return PdfObject{number, pdf.substr(start, end - start)};
}

std::optional<size_t> objectNumber(const std::string& ref) {
    return ref.empty() ? std::nullopt : parseSize(ref, 0);
}

// Page objects in page order: catalog → /Pages → /Kids (cairo writes one
// flat page list).
std::vector<size_t> pageObjects(const std::string& pdf, const CrossReference& xref) {
    const auto root = objectNumber(reference(xref.trailer, "/Root"));
    const auto catalog = root ? readObject(pdf, xref, *root) : std::nullopt;
    const auto pagesNumber =
        catalog ? objectNumber(reference(catalog->body, "/Pages")) : std::nullopt;
    const auto pages = pagesNumber ? readObject(pdf, xref, *pagesNumber) : std::nullopt;
    if (!pages) {
        return {};
    }
    const std::string& body = pages->body;
    const size_t kids = body.find("/Kids [");
    const size_t close = kids == std::string::npos ? kids : body.find(']', kids);
    if (close == std::string::npos) {
        return {};
    }
    std::vector<size_t> out;
    for (size_t at = kids + 7; at < close;) {
        const auto object = parseSize(body, at);
        const size_t r = body.find('R', at);
        if (!object || r == std::string::npos || r > close) {
            break;
        }
        out.push_back(*object);
        at = r + 1;
    }
    return out;
}

} // namespace

bool cairoWritesForwardLinks() {
    return cairo_version() >= CAIRO_VERSION_ENCODE(1, 18, 0);
}

std::string appendLinks(std::string pdf, const std::vector<PageLink>& links, double pageHeight) {
    if (links.empty()) {
        return pdf;
    }
    const auto xref = readCrossReference(pdf);
    if (!xref) {
        return pdf;
    }
    const std::string& trailer = xref->trailer;
    const size_t sizeAt = trailer.find("/Size");
    const auto size = sizeAt == std::string::npos ? std::nullopt : parseSize(trailer, sizeAt + 5);
    const std::string root = reference(trailer, "/Root");
    const std::string info = reference(trailer, "/Info");
    const std::vector<size_t> pages = pageObjects(pdf, *xref);
    if (!size || root.empty() || pages.empty()) {
        return pdf;
    }

    // Pages that take links: cairo's plain page objects without annotations.
    std::map<int, PdfObject> linkedPages;
    for (const auto& link : links) {
        const auto valid = [&](int page) {
            return page >= 0 && static_cast<size_t>(page) < pages.size();
        };
        if (!valid(link.page) || !valid(link.targetPage) || linkedPages.count(link.page)) {
            continue;
        }
        auto object = readObject(pdf, *xref, pages[static_cast<size_t>(link.page)]);
        if (object && object->body.find("<<") != std::string::npos &&
            object->body.find("/Annots") == std::string::npos) {
            linkedPages.emplace(link.page, std::move(*object));
        }
    }

    // New annotation objects are numbered from the old /Size on.
    std::map<int, std::vector<size_t>> annotsByPage;
    std::map<size_t, std::string> objects; // number → "N 0 obj … endobj"
    size_t next = *size;
    for (const auto& link : links) {
        if (!linkedPages.count(link.page) || link.targetPage < 0 ||
            static_cast<size_t>(link.targetPage) >= pages.size()) {
            continue;
        }
        const size_t object = next++;
        const double bottom = pageHeight - (link.y + link.height);
        const double top = pageHeight - link.y;
        objects[object] =
            std::to_string(object) + " 0 obj\n<< /Type /Annot /Subtype /Link /Rect [ " +
            number(link.x) + " " + number(bottom) + " " + number(link.x + link.width) + " " +
            number(top) + " ] /Border [ 0 0 0 ] /Dest [ " +
            std::to_string(pages[static_cast<size_t>(link.targetPage)]) + " 0 R /XYZ " +
            number(link.targetX) + " " + number(pageHeight - link.targetY) + " null ] >>\nendobj\n";
        annotsByPage[link.page].push_back(object);
    }
    for (auto& [page, object] : linkedPages) {
        std::string list = "/Annots [";
        for (size_t annot : annotsByPage[page]) {
            list += " " + std::to_string(annot) + " 0 R";
        }
        object.body.insert(object.body.find("<<") + 2, " " + list + " ]\n  ");
        objects[object.number] =
            std::to_string(object.number) + " 0 obj" + object.body + "endobj\n";
    }
    if (objects.empty()) {
        return pdf;
    }

    if (pdf.back() != '\n') {
        pdf += '\n';
    }
    std::vector<std::pair<size_t, size_t>> offsets; // object, byte offset
    for (const auto& [object, text] : objects) {
        offsets.emplace_back(object, pdf.size());
        pdf += text;
    }
    const size_t xrefAt = pdf.size();
    pdf += "xref\n";
    for (size_t i = 0; i < offsets.size();) {
        size_t run = 1;
        while (i + run < offsets.size() && offsets[i + run].first == offsets[i].first + run) {
            ++run;
        }
        pdf += std::to_string(offsets[i].first) + " " + std::to_string(run) + "\n";
        for (size_t k = 0; k < run; ++k) {
            char entry[32];
            std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offsets[i + k].second);
            pdf += entry;
        }
        i += run;
    }
    pdf += "trailer\n<< /Size " + std::to_string(std::max(next, *size)) + " /Root " + root;
    if (!info.empty()) {
        pdf += " /Info " + info;
    }
    pdf += " /Prev " + std::to_string(xref->at) + " >>\nstartxref\n" + std::to_string(xrefAt) +
           "\n%%EOF\n";
    return pdf;
}

} // namespace innspill::io::report::pdf
