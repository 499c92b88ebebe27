// Reading a tagged PDF's structure tree back (see the header).
#include "io/pdf_structure.hpp"

#include "support/collapse_spaces.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>

namespace innspill::test {

bool havePdfinfo() {
    static const bool found = std::system("command -v pdfinfo >/dev/null 2>&1") == 0;
    return found;
}

std::vector<PdfElement> pdfStructure(const std::string& bytes) {
    TempDir dir;
    writeFile(dir / "r.pdf", bytes);
    const auto errors = dir / "stderr.txt";
    const std::string command =
        "pdfinfo -struct-text '" + (dir / "r.pdf").string() + "' 2>'" + errors.string() + "'";
    std::string out;
    {
        std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
        REQUIRE(pipe);
        char buffer[4096];
        size_t read = 0;
        while ((read = fread(buffer, 1, sizeof buffer, pipe.get())) > 0) {
            out.append(buffer, read);
        }
    }
    REQUIRE(readFile(errors).empty());
    std::vector<PdfElement> elements;
    std::vector<size_t> open; // the current path, by depth
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        const size_t indent = line.find_first_not_of(' ');
        if (indent == std::string::npos) {
            continue;
        }
        const int depth = static_cast<int>(indent / 2);
        const std::string content = line.substr(indent);
        if (content.front() == '"') {
            REQUIRE(!open.empty());
            PdfElement& owner = elements[open.back()];
            const std::string piece = content.substr(1, content.size() - 2);
            owner.text += (owner.text.empty() ? "" : " ") + piece;
            continue;
        }
        if (content.rfind("Object ", 0) == 0) {
            continue; // an annotation's object reference (a link)
        }
        PdfElement element;
        element.depth = depth;
        element.type = content.substr(0, content.find(' '));
        while (open.size() > static_cast<size_t>(depth)) {
            open.pop_back();
        }
        if (!open.empty()) {
            elements[open.back()].kids.push_back(elements.size());
        }
        open.push_back(elements.size());
        elements.push_back(std::move(element));
    }
    return elements;
}

namespace {

std::string rawText(const std::vector<PdfElement>& tree, size_t at) {
    std::string out = tree[at].text;
    for (size_t kid : tree[at].kids) {
        const std::string more = rawText(tree, kid);
        out += (out.empty() || more.empty() ? "" : " ") + more;
    }
    return out;
}

} // namespace

std::string allText(const std::vector<PdfElement>& tree, size_t at) {
    return collapseSpaces(rawText(tree, at));
}

std::vector<std::string> textsOf(const std::vector<PdfElement>& tree, const std::string& type) {
    std::vector<std::string> out;
    for (size_t i = 0; i < tree.size(); ++i) {
        if (tree[i].type == type) {
            out.push_back(allText(tree, i));
        }
    }
    return out;
}

} // namespace innspill::test
