// Votes and actions in every report format (the prioritised section, the
// actions under the group and in one table, CSV/XLSX columns and sheet),
// the names they may print, and the internal appendix's index of people.
// PDFs are read back with poppler's pdftotext.
#include "voted_event.hpp"

#include "io/office_test_support.hpp"
#include "io/report/csv_writer.hpp"
#include "io/report/data_table.hpp"
#include "io/report/docx_writer.hpp"
#include "io/report/html_writer.hpp"
#include "io/report/markdown_writer.hpp"
#include "io/report/pdf_writer.hpp"
#include "io/report/report_document.hpp"
#include "io/report/xlsx_writer.hpp"
#include "pdf_read.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using namespace innspill::io::report;

namespace {

ReportDocument proceedings(const model::Event& event, bool internal = false) {
    ReportOptions options;
    options.includeAppendix = internal;
    return buildReport(event, options);
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Everything Word would show: the text runs of document.xml, joined.
std::string docxText(const std::string& bytes) {
    const auto parts = test::unzipAll(bytes);
    auto doc = test::parseXml(parts.at("word/document.xml"));
    REQUIRE(doc);
    std::string text;
    for (const auto& run : test::xpathStrings(doc.get(), "//w:t")) {
        text += run + "|";
    }
    return text;
}

} // namespace

TEST_CASE("report document: the prioritised section, actions and who may be named") {
    const auto doc = proceedings(test::votedEvent());
    REQUIRE(doc.topVoted.size() >= 2);
    const auto& top = doc.topVoted[0].inputs;
    REQUIRE(top.size() == 4);
    CHECK(top[0].text == "Tverrfaglige læringssentre i kommunene");
    CHECK(top[0].votes == 12);
    CHECK(top[0].groupNumber == "1.1");
    CHECK(top[1].votes == 7);
    CHECK(top[2].text == "for voksne"); // a sub-point counts too
    CHECK(top[3].groupNumber == "1.10");
    // Per theme: the first input is tagged with the first and third pillar.
    CHECK(doc.topVoted[1].heading == test::votedEvent().themes[0].name);
    CHECK(doc.votesChart.bars.size() == 4);
    CHECK(doc.votesChart.bars[0].second == 12);

    const ReportGroup* group = nullptr;
    for (const auto& round : doc.rounds) {
        for (const auto& g : round.groups) {
            if (g.number == "1.1") {
                group = &g;
            }
        }
    }
    REQUIRE(group != nullptr);
    REQUIRE(group->actions.size() == 3);
    CHECK(group->actions[0].who == "Silje Mæland"); // consented
    CHECK(group->actions[1].who.empty());           // did not: withheld, not replaced
    CHECK(group->actions[2].who == "Fylkeskommunen");
    CHECK(doc.peopleIndex.empty()); // public: no index

    const auto internal = proceedings(test::votedEvent(), true);
    bool found = false;
    for (const auto& round : internal.rounds) {
        for (const auto& g : round.groups) {
            if (g.number == "1.1") {
                found = g.actions[1].who == "Hemmelig Deltaker, Privat";
            }
        }
    }
    CHECK(found);
}

TEST_CASE("report document: no votes, no prioritised section; no actions, no table") {
    const auto doc = proceedings(test::sampleEvent());
    CHECK(doc.topVoted.empty());
    CHECK(allActions(doc).empty());
    const std::string html = writeHtml(doc);
    CHECK_FALSE(has(html, "Prioriterte innspill"));
    CHECK_FALSE(has(html, "Alle tiltak"));
}

TEST_CASE("participant index: each person with the groups they initiated, facilitated, joined") {
    const auto doc = proceedings(test::votedEvent(), true);
    REQUIRE_FALSE(doc.peopleIndex.empty());
    const IndexedPerson* pernille = nullptr;
    const IndexedPerson* hidden = nullptr;
    for (const auto& person : doc.peopleIndex) {
        if (person.name.rfind("Pernille Ødegård", 0) == 0) {
            pernille = &person;
        }
        if (person.name.rfind("Hemmelig Deltaker", 0) == 0) {
            hidden = &person;
        }
    }
    REQUIRE(pernille != nullptr);
    CHECK(pernille->facilitated == std::vector<std::string>{"1.1", "1.10"});
    CHECK(pernille->initiated.empty());
    REQUIRE(hidden != nullptr); // the internal version lists everyone
    CHECK(hidden->tookPart == std::vector<std::string>{"1.1"});
    // Sorted by name.
    for (size_t i = 1; i < doc.peopleIndex.size(); ++i) {
        CHECK(doc.peopleIndex[i - 1].name <= doc.peopleIndex[i].name);
    }
    const std::string md = writeMarkdown(doc);
    CHECK(has(md, "Personregister"));
    CHECK(has(md, "| Pernille Ødegård, Nasjonal kompetansetjeneste |  | 1.1, 1.10 |"));
    CHECK(has(writeHtml(doc), "Personregister"));
    CHECK(has(docxText(writeDocx(doc)), "Personregister"));
}

TEST_CASE("Markdown and HTML: the prioritised section, actions under the group and all actions") {
    const auto doc = proceedings(test::votedEvent());
    const std::string md = writeMarkdown(doc);
    CHECK(has(md, "## <a id=\"prioriteringer\"></a>Prioriterte innspill"));
    CHECK(has(md, "| Tverrfaglige læringssentre i kommunene | 1.1 | 12 |"));
    CHECK(has(md, "**Tiltak og ansvar**"));
    CHECK(has(md, "| Kartlegge tilbudene | Silje Mæland | Møte med kommunene | 2031-03-01 | To "
                  "dagsverk |"));
    CHECK(has(md, "Alle tiltak"));
    CHECK(has(md, "| 1.1 | Søke midler | Fylkeskommunen |  | før sommeren | Prosjektleder |"));
    CHECK_FALSE(has(md, "Hemmelig"));

    const std::string html = writeHtml(doc);
    CHECK(has(html, "<section class=\"top-voted\" id=\"prioriteringer\">"));
    CHECK(has(html, "<svg")); // the bar chart
    CHECK(has(html, "<td class=\"count\">12</td>"));
    CHECK(has(html, "<section class=\"actions\" id=\"tiltak\">"));
    CHECK(has(html, "<td dir=\"auto\">Møte med kommunene</td>"));
    CHECK_FALSE(has(html, "Hemmelig"));
    auto parsed = test::parseXml(html);
    CHECK(parsed); // still well-formed
}

TEST_CASE("DOCX: the prioritised section with its chart, the action tables") {
    const auto doc = proceedings(test::votedEvent());
    const std::string text = docxText(writeDocx(doc));
    CHECK(has(text, "Prioriterte innspill"));
    CHECK(has(text, "Tverrfaglige læringssentre i kommunene|1.1|12|"));
    CHECK(has(text, "Tiltak og ansvar"));
    CHECK(has(text, "Kartlegge tilbudene|Silje Mæland|Møte med kommunene|2031-03-01|To dagsverk"));
    CHECK(has(text, "Alle tiltak"));
    CHECK_FALSE(has(text, "Hemmelig"));
}

TEST_CASE("CSV and XLSX: a votes column and the actions table") {
    ReportOptions options;
    const DataTable table = buildDataTable(test::votedEvent(), options);
    REQUIRE(table.header.size() == 11);
    CHECK(table.header[9] == "Stemmer");
    CHECK(table.numberColumn == size_t{9});
    bool twelve = false;
    for (const auto& row : table.rows) {
        twelve = twelve || (row[6] == "Tverrfaglige læringssentre i kommunene" && row[9] == "12");
    }
    CHECK(twelve);
    REQUIRE(table.actionRows.size() == 3);
    CHECK(table.actionRows[0] ==
          std::vector<std::string>{"1.1", "Hvem skal koordinere læring der folk bor?",
                                   "Kartlegge tilbudene", "Silje Mæland", "Møte med kommunene",
                                   "2031-03-01", "To dagsverk"});
    CHECK(table.actionRows[1][3].empty());

    const std::string csv = writeCsv(table);
    CHECK(has(csv, ",Stemmer,Bilder\r\n"));
    CHECK(has(csv, "\r\n\r\nGruppe,Gruppetittel,Tiltak,Ansvarlig,Neste steg,Frist,Ressurser\r\n"));
    CHECK(has(csv, "1.1,Hvem skal koordinere læring der folk bor?,Søke midler,Fylkeskommunen,,før "
                   "sommeren,Prosjektleder\r\n"));

    const auto parts = test::unzipAll(writeXlsx(table, "Votes", "nb"));
    auto workbook = test::parseXml(parts.at("xl/workbook.xml"));
    REQUIRE(workbook);
    CHECK(test::xpathStrings(workbook.get(), "//x:sheet/@name") ==
          std::vector<std::string>{"Innspill", "Oversikt", "Tiltak"});
    auto inputs = test::parseXml(parts.at("xl/worksheets/sheet1.xml"));
    REQUIRE(inputs);
    // The counts are numbers, not text.
    const auto numbers =
        test::xpathStrings(inputs.get(), "//x:c[starts-with(@r, 'J') and not(@t)]/x:v");
    CHECK(std::find(numbers.begin(), numbers.end(), "12") != numbers.end());
    CHECK(parts.count("xl/worksheets/sheet3.xml") == 1);
}

TEST_CASE("PDF: the prioritised section, the actions and the people index read back") {
    REQUIRE_POPPLER();
    const auto doc = proceedings(test::votedEvent(), true);
    const test::PdfFile pdf(writePdf(doc));
    const std::string text = test::collapse(pdf.text());
    CHECK(has(text, "Prioriterte innspill"));
    CHECK(has(text, "12 Tverrfaglige læringssentre i kommunene (gruppe 1.1)"));
    CHECK(has(text, "Tiltak og ansvar:"));
    CHECK(has(text, "Kartlegge tilbudene. Ansvarlig: Silje Mæland. Neste steg: Møte med kommunene. "
                    "Frist: 2031-03-01. Ressurser: To dagsverk"));
    CHECK(has(text, "Alle tiltak"));
    CHECK(has(text, "1.1 Søke midler"));
    CHECK(has(text, "Personregister"));
    CHECK(has(text, "Fasilitator i 1.1, 1.10"));
}
