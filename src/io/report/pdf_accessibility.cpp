// PDF writer: language, title display, Document root and figure alt text added
// to cairo's tagged output as an incremental update.
#include "io/report/pdf_accessibility.hpp"

#include <glib.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>

namespace innspill::io::report::pdf {

namespace {

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

// The value of /K in a dictionary, as written: "[ 3 0 R 5 0 R ]" or "3 0 R".
std::string kidsValue(const std::string& dict) {
    const size_t at = dict.find("/K ");
    if (at == std::string::npos) {
        return {};
    }
    const size_t start = at + 3;
    if (dict[start] == '[') {
        int depth = 0;
        for (size_t i = start; i < dict.size(); ++i) {
            depth += dict[i] == '[' ? 1 : dict[i] == ']' ? -1 : 0;
            if (depth == 0) {
                return dict.substr(start, i + 1 - start);
            }
        }
        return {};
    }
    const size_t r = dict.find('R', start);
    return r == std::string::npos ? std::string{} : dict.substr(start, r + 1 - start);
}

std::string objectText(size_t number, const std::string& body) {
    const size_t from = body.find_first_not_of(" \r\n");
    const size_t to = body.find_last_not_of(" \r\n");
    const std::string trimmed = from == std::string::npos ? "" : body.substr(from, to + 1 - from);
    return std::to_string(number) + " 0 obj\n" + trimmed + "\nendobj\n";
}

} // namespace

std::string pdfTextString(const std::string& utf8) {
    glong length = 0;
    std::unique_ptr<gunichar2, decltype(&g_free)> units(
        g_utf8_to_utf16(utf8.data(), static_cast<glong>(utf8.size()), nullptr, &length, nullptr),
        g_free);
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out = "<FEFF";
    for (glong i = 0; units && i < length; ++i) {
        const unsigned unit = units.get()[i];
        for (int shift = 12; shift >= 0; shift -= 4) {
            out += kHex[(unit >> shift) & 0xF];
        }
    }
    return out + ">";
}

std::string addAccessibility(std::string pdf, const Accessibility& extras) {
    const auto xref = readCrossReference(pdf);
    if (!xref) {
        return pdf;
    }
    const std::string& trailer = xref->trailer;
    const size_t sizeAt = trailer.find("/Size");
    const auto size = sizeAt == std::string::npos ? std::nullopt : parseSize(trailer, sizeAt + 5);
    const std::string root = reference(trailer, "/Root");
    const std::string info = reference(trailer, "/Info");
    const auto catalogNumber = objectNumber(root);
    const auto catalog = catalogNumber ? readObject(pdf, *xref, *catalogNumber) : std::nullopt;
    const std::string treeRef = catalog ? reference(catalog->body, "/StructTreeRoot") : "";
    const auto treeNumber = objectNumber(treeRef);
    const auto tree = treeNumber ? readObject(pdf, *xref, *treeNumber) : std::nullopt;
    const size_t open = catalog ? catalog->body.find("<<") : std::string::npos;
    if (!size || !tree || open == std::string::npos) {
        return pdf;
    }
    const std::string kids = kidsValue(tree->body);
    const size_t treeOpen = tree->body.find("<<");
    if (kids.empty() || treeOpen == std::string::npos) {
        return pdf;
    }

    std::map<size_t, std::string> objects; // number → "N 0 obj … endobj"
    // The old root's number becomes the Document element, so every element
    // cairo wrote keeps its parent reference; the new root holds only it.
    const size_t newRoot = *size;
    std::string rootBody = tree->body;
    rootBody.replace(rootBody.find(kids), kids.size(),
                     "[ " + std::to_string(*treeNumber) + " 0 R ]");
    objects[newRoot] = objectText(newRoot, rootBody);
    objects[*treeNumber] =
        objectText(*treeNumber, "<< /Type /StructElem /S /Document /P " + std::to_string(newRoot) +
                                    " 0 R /K " + kids + " >>");

    std::string catalogBody = catalog->body;
    const std::string oldTree = "/StructTreeRoot " + treeRef;
    catalogBody.replace(catalogBody.find(oldTree), oldTree.size(),
                        "/StructTreeRoot " + std::to_string(newRoot) + " 0 R");
    // cairo 1.16 leaves /MarkInfo out when the document has an outline.
    std::string added = " /ViewerPreferences << /DisplayDocTitle true >>";
    if (catalogBody.find("/MarkInfo") == std::string::npos) {
        added += " /MarkInfo << /Marked true >>";
    }
    if (!extras.language.empty()) {
        added += " /Lang " + pdfTextString(extras.language);
    }
    catalogBody.insert(catalogBody.find("<<") + 2, added);
    objects[*catalogNumber] = objectText(*catalogNumber, catalogBody);

    // Figure elements in object-number order: cairo numbers structure
    // elements as their tags begin, so this is drawing order. A count that
    // does not match leaves every figure without an alt rather than a wrong one.
    std::vector<PdfObject> figures;
    for (const auto& [number, offset] : xref->offsets) {
        if (offset >= pdf.size()) {
            continue;
        }
        const size_t end = std::min(pdf.size(), offset + 120);
        const std::string_view head(pdf.data() + offset, end - offset);
        if (head.find("/Type /StructElem") != std::string_view::npos &&
            head.find("/S /Figure") != std::string_view::npos) {
            if (auto object = readObject(pdf, *xref, number)) {
                figures.push_back(std::move(*object));
            }
        }
    }
    if (figures.size() == extras.figureAlts.size()) {
        for (size_t i = 0; i < figures.size(); ++i) {
            std::string body = figures[i].body;
            const size_t at = body.find("<<");
            if (at == std::string::npos) {
                continue;
            }
            body.insert(at + 2, " /Alt " + pdfTextString(extras.figureAlts[i]));
            objects[figures[i].number] = objectText(figures[i].number, body);
        }
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
    pdf += "trailer\n<< /Size " + std::to_string(newRoot + 1) + " /Root " + root;
    if (!info.empty()) {
        pdf += " /Info " + info;
    }
    pdf += " /Prev " + std::to_string(xref->at) + " >>\nstartxref\n" + std::to_string(xrefAt) +
           "\n%%EOF\n";
    return pdf;
}

} // namespace innspill::io::report::pdf
