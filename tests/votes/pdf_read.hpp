// Reading a PDF back in the votes tests with poppler's tools (pdftotext,
// pdfinfo); skipped with a warning where poppler-utils is missing.
#pragma once

#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>
#include <regex>
#include <string>

namespace innspill::test {

inline bool havePdfTools() {
    static const bool found =
        std::system("command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1") ==
        0;
    return found;
}

#define REQUIRE_POPPLER()                                                                          \
    if (!innspill::test::havePdfTools()) {                                                         \
        WARN("poppler-utils (pdftotext, pdfinfo) is not installed: PDF read-back skipped");        \
        return;                                                                                    \
    }

class PdfFile {
  public:
    explicit PdfFile(const std::string& bytes) { writeFile(m_dir / "f.pdf", bytes); }

    std::string run(const std::string& tool, const std::string& options = "",
                    const std::string& after = "") const {
        const std::string command = tool + " " + options + " '" + (m_dir / "f.pdf").string() +
                                    "' " + after + " 2>/dev/null";
        std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
        REQUIRE(pipe);
        std::string out;
        char buffer[4096];
        size_t read = 0;
        while ((read = fread(buffer, 1, sizeof buffer, pipe.get())) > 0) {
            out.append(buffer, read);
        }
        return out;
    }
    std::string text() const { return run("pdftotext", "-enc UTF-8 -raw", "-"); }
    std::string page(int n) const {
        return run("pdftotext",
                   "-enc UTF-8 -raw -f " + std::to_string(n) + " -l " + std::to_string(n), "-");
    }
    std::string info() const { return run("pdfinfo"); }
    int pages() const {
        std::smatch match;
        const std::string text = info();
        REQUIRE(std::regex_search(text, match, std::regex(R"(Pages:\s+(\d+))")));
        return std::stoi(match[1]);
    }
    // "595.28 x 841.89" for A4 portrait.
    std::string pageSize() const {
        std::smatch match;
        const std::string text = info();
        REQUIRE(std::regex_search(text, match, std::regex(R"(Page size:\s+([0-9.]+ x [0-9.]+))")));
        return match[1];
    }

  private:
    TempDir m_dir;
};

// Runs of white space (line breaks where text wrapped) as one space.
inline std::string collapse(const std::string& text) {
    return std::regex_replace(text, std::regex(R"(\s+)"), " ");
}

} // namespace innspill::test
