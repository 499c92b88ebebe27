// The XLSX writer, read back with libzip and libxml2: sheets, shared strings,
// formula neutralising, frozen header, autofilter, summary, privacy, hostile text.
#include "io/office_test_support.hpp"
#include "io/report/data_table.hpp"
#include "io/report/xlsx_writer.hpp"
#include "support/report_rules.hpp"
#include "support/sample_event.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innspill;
using namespace innspill::io::report;
using innspill::test::parseXml;
using innspill::test::xpathCount;
using innspill::test::xpathStrings;

namespace {

using Parts = std::map<std::string, std::string>;

Parts xlsxParts(const model::Event& event, ReportOptions options = {}) {
    return test::unzipAll(writeXlsx(buildDataTable(event, options), event.title, event.language));
}

void requireWellFormedPackage(const Parts& parts) {
    for (const char* name :
         {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
          "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "docProps/core.xml"}) {
        INFO(name);
        REQUIRE(parts.count(name) == 1);
    }
    const auto types = parseXml(parts.at("[Content_Types].xml"));
    REQUIRE(types);
    for (const auto& [name, content] : parts) {
        INFO(name);
        CHECK(parseXml(content) != nullptr);
        if (name != "[Content_Types].xml") {
            CHECK(test::contentTypeCovers(types.get(), name));
        }
    }
}

std::vector<std::string> sharedStrings(const Parts& parts) {
    const auto strings = parseXml(parts.at("xl/sharedStrings.xml"));
    REQUIRE(strings);
    return xpathStrings(strings.get(), "//x:si");
}

bool has(const std::vector<std::string>& values, const std::string& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool containsAnywhere(const Parts& parts, const std::string& needle) {
    for (const auto& [name, content] : parts) {
        if (content.find(needle) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("xlsx: a well-formed package with the inputs and summary sheets") {
    auto event = test::sampleEvent();
    auto parts = xlsxParts(event);
    requireWellFormedPackage(parts);
    auto workbook = parseXml(parts.at("xl/workbook.xml"));
    CHECK(xpathStrings(workbook.get(), "//x:sheet/@name") ==
          std::vector<std::string>{"Innspill", "Oversikt"});
    const auto core = parseXml(parts.at("docProps/core.xml"));
    CHECK(xpathStrings(core.get(), "//dc:title") ==
          std::vector<std::string>{"Innspill fra Åpen arena 2031"});
    CHECK(parts.count("xl/charts/chart1.xml") == 1);
    CHECK(parts.count("xl/charts/chart2.xml") == 1);

    event.language = "en";
    parts = xlsxParts(event);
    workbook = parseXml(parts.at("xl/workbook.xml"));
    CHECK(xpathStrings(workbook.get(), "//x:sheet/@name") ==
          std::vector<std::string>{"Inputs", "Summary"});
}

TEST_CASE("xlsx: every input and sub-point as a shared string, header frozen and filtered") {
    const auto event = test::sampleEvent();
    const auto table = buildDataTable(event, {});
    const auto parts = xlsxParts(event);
    const auto strings = sharedStrings(parts);
    for (const auto& row : table.rows) {
        INFO(row[6]);
        CHECK(has(strings, row[6]));
    }
    CHECK(has(strings, "for unge"));
    CHECK(has(strings, "Innspill"));

    const auto sheet = parseXml(parts.at("xl/worksheets/sheet1.xml"));
    REQUIRE(sheet);
    CHECK(xpathCount(sheet.get(), "//x:sheetView/x:pane[@state='frozen'][@ySplit='1']") == 1);
    CHECK(xpathStrings(sheet.get(), "//x:autoFilter/@ref") ==
          std::vector<std::string>{"A1:K" + std::to_string(table.rows.size() + 1)});
    // Every cell is text (a shared string) but the vote counts (J), which
    // are numbers; none is a formula.
    CHECK(xpathCount(sheet.get(), "//x:c[not(@t='s') and not(starts-with(@r, 'J'))]") == 0);
    CHECK(xpathCount(sheet.get(), "//x:c[starts-with(@r, 'J') and not(@t)]") > 0);
    CHECK(xpathCount(sheet.get(), "//x:f") == 0);
    CHECK(xpathCount(sheet.get(), "//x:row") == table.rows.size() + 1);
    // The header row is bold: its style's font has <b/>.
    const auto styles = parseXml(parts.at("xl/styles.xml"));
    const auto headerStyle = xpathStrings(sheet.get(), "//x:c[@r='A1']/@s");
    REQUIRE(headerStyle.size() == 1);
    const auto fontId =
        xpathStrings(styles.get(), "//x:cellXfs/x:xf[" +
                                       std::to_string(std::stoi(headerStyle[0]) + 1) + "]/@fontId");
    REQUIRE(fontId.size() == 1);
    CHECK(xpathCount(styles.get(), "//x:fonts/x:font[" + std::to_string(std::stoi(fontId[0]) + 1) +
                                       "]/x:b") == 1);
    // The input column (G) wraps.
    CHECK(xpathCount(sheet.get(), "//x:cols/x:col[@min='7']") == 1);
}

TEST_CASE("xlsx summary: inputs per round and per theme as numbers, with charts") {
    const auto event = test::sampleEvent();
    const auto table = buildDataTable(event, {});
    const auto parts = xlsxParts(event);
    const auto sheet = parseXml(parts.at("xl/worksheets/sheet2.xml"));
    REQUIRE(sheet);
    const auto strings = sharedStrings(parts);
    CHECK(has(strings, "Innspill per gruppesesjon"));
    CHECK(has(strings, "Innspill per tema"));
    CHECK(has(strings, "DAG 1, gruppesesjon 1"));
    CHECK(has(strings, "Tilby tjenester som virker"));
    // Counts are numbers: one per round and one per theme bar (incl. untagged).
    const auto numbers = xpathStrings(sheet.get(), "//x:c[not(@t)]/x:v");
    REQUIRE(numbers.size() == table.perRound.size() + table.perTheme.size());
    CHECK(numbers[0] == "4");
    CHECK(xpathCount(sheet.get(), "//x:drawing") == 1);
}

TEST_CASE("xlsx: formula-looking and hostile text is stored as neutralised text") {
    const auto event = test::hostileEvent();
    for (const bool internal : {false, true}) {
        const auto parts = xlsxParts(event, {ReportKind::Proceedings, internal});
        requireWellFormedPackage(parts);
        const auto strings = sharedStrings(parts);
        CHECK(has(strings, "'=HYPERLINK(\"http://x.invalid\",\"klikk\")"));
        CHECK_FALSE(has(strings, "=HYPERLINK(\"http://x.invalid\",\"klikk\")"));
        CHECK(has(strings, "\"sitat\" 'apostrof' <script>alert(1)</script> & kontroll "
                           "😀🇳🇴 עברית مرحبا"));
        CHECK(has(strings, test::longInput()));
        CHECK(has(strings, "linje 1\nlinje 2\ttab"));
        for (const char* sheetName : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}) {
            const auto sheet = parseXml(parts.at(sheetName));
            CHECK(xpathCount(sheet.get(), "//x:f") == 0);
        }
        CHECK_FALSE(containsAnywhere(parts, "<script>"));
        CHECK_FALSE(containsAnywhere(parts, "\x01"));
        CHECK_FALSE(containsAnywhere(parts, "_x0001_"));
        CHECK_FALSE(containsAnywhere(parts, "_x000B_"));
        const auto core = parseXml(parts.at("docProps/core.xml"));
        CHECK(xpathStrings(core.get(), "//dc:title") ==
              std::vector<std::string>{"Rapport \"sitat\" 'apostrof' <script>alert(1)</script> & "
                                       "kontroll 😀🇳🇴 עברית مرحبا"});
    }
}

TEST_CASE("xlsx: a text longer than Excel's cell limit is cut, not refused") {
    auto event = test::sampleEvent();
    std::string huge;
    for (int i = 0; i < 4000; ++i) {
        huge += "æøå æøå ";
    }
    event.groups[0].inputs[0].text = huge; // 48,000 bytes
    const auto strings = sharedStrings(xlsxParts(event));
    const auto cut = std::find_if(strings.begin(), strings.end(),
                                  [](const std::string& s) { return s.rfind("æøå æøå", 0) == 0; });
    REQUIRE(cut != strings.end());
    CHECK(cut->size() <= 32767);
    CHECK(cut->size() > 32000);
}

TEST_CASE("xlsx privacy: no participant or non-consenting name in a public workbook") {
    const auto event = test::sampleEvent();
    const auto publicParts = xlsxParts(event);
    CHECK_FALSE(containsAnywhere(publicParts, "Hemmelig Deltaker"));
    CHECK_FALSE(containsAnywhere(publicParts, "Jørgen Æsøy"));
    // Internal: every initiator by name. (The data table holds no participant
    // lists, so "Hemmelig Deltaker", only a participant, is in no workbook.)
    const auto internalParts = xlsxParts(event, {ReportKind::Proceedings, true});
    CHECK(containsAnywhere(internalParts, "Jørgen Æsøy"));
}

TEST_CASE("xlsx: an empty table is still a complete, well-formed workbook") {
    const auto parts = test::unzipAll(writeXlsx(DataTable{}, "", "nb"));
    const auto types = parseXml(parts.at("[Content_Types].xml"));
    REQUIRE(types);
    for (const auto& [name, content] : parts) {
        INFO(name);
        CHECK(parseXml(content) != nullptr);
    }
    CHECK(parts.count("xl/worksheets/sheet2.xml") == 1);
    CHECK(parts.count("xl/charts/chart1.xml") == 0);
}

TEST_CASE("xlsx: the name policy, no empty round, a met group without inputs") {
    test::checkReportRules(
        [](const model::Event& event, bool internal) {
            std::string text;
            for (const auto& cell :
                 sharedStrings(xlsxParts(event, {ReportKind::Proceedings, internal}))) {
                text += cell + "\n";
            }
            return text;
        },
        {false});
}
