// The same order in every format (issue 13): title page, "Om denne
// rapporten", contents, then the rounds (or themes) — read back from the
// Markdown, HTML, DOCX (word/document.xml) and PDF (pdftotext) each writer
// produces for the same document.
#include "io/office_test_support.hpp"
#include "io/report/docx_writer.hpp"
#include "io/report/html_writer.hpp"
#include "io/report/markdown_writer.hpp"
#include "io/report/pdf_writer.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace innspill;
using namespace innspill::io::report;

namespace {

// The text of the PDF in reading order, or empty without poppler.
std::string pdfText(const std::string& bytes) {
    if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) {
        return {};
    }
    const test::TempDir dir;
    const auto path = dir / "report.pdf";
    test::writeFile(path, bytes);
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(
        popen(("pdftotext -enc UTF-8 -raw '" + path.string() + "' -").c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    for (size_t read = 0; (read = fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) {
        out.append(buffer, read);
    }
    return out;
}

// Runs of white space as one space: the PDF wraps lines anywhere.
std::string normalise(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space && (out.empty() || out.back() == ' ')) {
            continue;
        }
        out += space ? ' ' : c;
    }
    return out;
}

// Where each landmark first appears, each searched after the one before.
std::vector<size_t> order(const std::string& text, const std::vector<std::string>& landmarks) {
    std::vector<size_t> out;
    size_t from = 0;
    for (const auto& landmark : landmarks) {
        const size_t at = text.find(landmark, from);
        out.push_back(at);
        from = at == std::string::npos ? from : at + landmark.size();
    }
    return out;
}

} // namespace

TEST_CASE("report order: title page, about, contents, body in Markdown, HTML, DOCX and PDF") {
    for (const auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        const ReportDocument doc = buildReport(test::sampleEvent(), {kind, false});
        // The about text and a first input appear nowhere but in their place
        // (the contents may list the about heading and the rounds).
        const std::string input = kind == ReportKind::Proceedings
                                      ? doc.rounds.front().groups.front().inputs.front().text
                                      : doc.themes.front().inputs.front().input.text;
        const std::vector<std::string> landmarks{doc.title, doc.aboutParagraphs.front(),
                                                 doc.words.contents, input};
        std::vector<std::pair<std::string, std::string>> formats{
            {"Markdown", writeMarkdown(doc)},
            {"HTML", writeHtml(doc)},
            {"DOCX", test::unzipAll(writeDocx(doc)).at("word/document.xml")},
        };
        if (const std::string pdf = pdfText(writePdf(doc)); !pdf.empty()) {
            formats.emplace_back("PDF", pdf);
        } else {
            WARN("poppler-utils is not installed: the PDF's order is not checked");
        }
        for (auto& [format, text] : formats) {
            text = normalise(text);
            INFO(format << (kind == ReportKind::Thematic ? " thematic" : " proceedings"));
            const auto at = order(text, landmarks);
            for (size_t i = 0; i < at.size(); ++i) {
                INFO(landmarks[i]);
                CHECK(at[i] != std::string::npos);
            }
            // The about text before the word "Innhold" (contents) itself.
            CHECK(text.find(doc.aboutParagraphs.front()) < text.find(doc.words.contents));
        }
    }
}
