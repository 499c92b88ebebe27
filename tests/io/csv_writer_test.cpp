// The CSV export read back with a strict RFC 4180 reader, and the shared
// cell-safety and escaping helpers.
#include "io/report/cell_safety.hpp"
#include "io/report/csv_writer.hpp"
#include "io/report/data_table.hpp"
#include "io/report/text_escape.hpp"
#include "io/report_text_support.hpp"
#include "support/report_rules.hpp"
#include "support/sample_event.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using namespace innspill::io::report;

namespace {

// A table with a header and rows only (the other parts stay empty).
DataTable tableOf(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
    DataTable table;
    table.header = std::move(header);
    table.rows = std::move(rows);
    return table;
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// RFC 4180, strictly: records end in CRLF, a field is either quoted (quotes
// doubled inside) or contains none of '"', ',', CR, LF.
std::vector<std::vector<std::string>> readCsv(std::string_view text) {
    REQUIRE(text.substr(0, kBom.size()) == kBom);
    text.remove_prefix(kBom.size());
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '"') {
            ++i;
            while (true) {
                if (i >= text.size()) {
                    FAIL("an unterminated quoted field");
                }
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.push_back(text[i++]);
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r') {
                if (text[i] == '"' || text[i] == '\n') {
                    FAIL("a bare quote or LF in an unquoted field at byte " << i);
                }
                field.push_back(text[i++]);
            }
        }
        REQUIRE(i < text.size()); // the last record ends in CRLF too
        if (text[i] == ',') {
            record.push_back(std::move(field));
            field.clear();
            ++i;
        } else {
            REQUIRE(text.substr(i, 2) == "\r\n");
            record.push_back(std::move(field));
            field.clear();
            records.push_back(std::move(record));
            record.clear();
            i += 2;
        }
    }
    return records;
}

} // namespace

TEST_CASE("neutraliseFormula: OWASP's leading characters get an apostrophe") {
    for (const std::string cell :
         {"=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx", "=HYPERLINK(\"http://x\")"}) {
        INFO(cell);
        CHECK(looksLikeFormula(cell));
        CHECK(neutraliseFormula(cell) == "'" + cell);
    }
    for (const std::string cell : {"", "Tekst", "1+1", " =1", "'=1", "a=b", "Ø-1"}) {
        INFO(cell);
        CHECK_FALSE(looksLikeFormula(cell));
        CHECK(neutraliseFormula(cell) == cell);
    }
}

TEST_CASE("escapeHtml, stripXmlForbidden, textParagraphs, anchorId") {
    CHECK(escapeHtml("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
    CHECK(escapeHtml("æøå «» 🎉") == "æøå «» 🎉");
    CHECK(stripXmlForbidden(std::string("a\x00"
                                        "b\x01\x08\x0b\x0c\x1f"
                                        "c\td\ne\rf",
                                        15)) == "abc\td\ne\rf");
    CHECK(stripXmlForbidden("x\xEF\xBF\xBEy\xEF\xBF\xBFz\xEF\xBF\xBD") == "xyz\xEF\xBF\xBD");
    CHECK(stripXmlForbidden("\x7f\xC2\x85") == "\x7f\xC2\x85"); // allowed in XML 1.0
    // Bytes that are not UTF-8 become U+FFFD instead of breaking the file.
    CHECK(stripXmlForbidden("a\xFF"
                            "b\xC3") == "a\xEF\xBF\xBD"
                                        "b\xEF\xBF\xBD");
    CHECK(stripXmlForbidden("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(escapeXmlText("<\x01>") == "&lt;&gt;");

    using P = std::vector<std::vector<std::string>>;
    CHECK(textParagraphs("  a \r\nb\rc\n\n \t\nd\n") == P{{"a", "b", "c"}, {"d"}});
    CHECK(textParagraphs("") == P{});
    CHECK(textLines("x\n\ny") == std::vector<std::string>{"x", "y"});

    CHECK(anchorId("gruppe-1-12") == "gruppe-1-12");
    CHECK(anchorId("gruppe-1.12") == "gruppe-1_2e12");
    CHECK(anchorId("x\"><script>") == "x_22_3e_3cscript_3e");
    CHECK(anchorId("1-a") == "_-1-a");
    CHECK(anchorId("") == "_-");
}

TEST_CASE("escaping and cleaning skip clean text eight bytes at a time, exactly") {
    // Every special byte at every offset of texts longer than one word, so
    // that it lands in a skipped word, at a word's edge and in the tail.
    const auto escapedByHand = [](std::string_view text) {
        std::string out;
        for (char c : text) {
            switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
            }
        }
        return out;
    };
    // Lines split at LF, CR or CR LF, trimmed of spaces and tabs, blank ones left out.
    const auto linesByHand = [](const std::string& text) {
        std::vector<std::string> lines;
        std::string current;
        const auto flush = [&] {
            const size_t first = current.find_first_not_of(" \t");
            if (first != std::string::npos) {
                lines.push_back(current.substr(first, current.find_last_not_of(" \t") - first + 1));
            }
            current.clear();
        };
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r' || text[i] == '\n') {
                flush();
                if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                    ++i;
                }
            } else {
                current += text[i];
            }
        }
        flush();
        return lines;
    };
    for (const std::string special : {"\r", "\r\n", " \t", "&", "<", ">", "\"", "'", "\x01", "\x1f",
                                      "\n", "\x7f", "\xC3\xA6", "\xFF", "\xEF\xBF\xBE"}) {
        for (size_t length = 0; length < 40; ++length) {
            for (size_t at = 0; at <= length; ++at) {
                const std::string text =
                    std::string(at, 'a') + special + std::string(length - at, 'b');
                INFO(text);
                REQUIRE(escapeHtml(text) == escapedByHand(text));
                std::string storage;
                REQUIRE(xmlClean(text, storage) == stripXmlForbidden(text));
                REQUIRE(textLines(text) == linesByHand(stripXmlForbidden(text)));
            }
        }
    }
}

TEST_CASE("csv: BOM, CRLF, header, quoting, every cell read back") {
    const DataTable table = tableOf({"Dag", "Innspill"}, {{"1", "enkel"},
                                                          {"1", "med, komma"},
                                                          {"1", "med \"sitat\""},
                                                          {"2", "linje en\nlinje to"},
                                                          {"2", "vogn\rretur"},
                                                          {"2", ""},
                                                          {"3"}});
    const std::string csv = writeCsv(table);
    CHECK(csv.substr(0, 3) == kBom);
    CHECK(csv.substr(3, 15) == "Dag,Innspill\r\n1");
    CHECK(csv.find("\"med \"\"sitat\"\"\"") != std::string::npos);
    const auto records = readCsv(csv);
    REQUIRE(records.size() == 8);
    CHECK(records[0] == table.header);
    for (size_t i = 0; i + 1 < table.rows.size(); ++i) {
        CHECK(records[i + 1] == table.rows[i]);
    }
    // A short row is padded to the header's width.
    CHECK(records[7] == std::vector<std::string>{"3", ""});
}

TEST_CASE("csv: formula-like cells are neutralised, control characters dropped") {
    const DataTable table = tableOf({"Innspill"}, {{"=HYPERLINK(\"http://evil.example\",\"x\")"},
                                                   {"+SUM(1;2)"},
                                                   {"-2"},
                                                   {"@cmd"},
                                                   {"\tTAB"},
                                                   {"\rCR"},
                                                   {"\nLF"},
                                                   {std::string("\x00=1", 3)},
                                                   {"kontroll\x01\x1b slutt"},
                                                   {"vanlig = tekst"}});
    const auto records = readCsv(writeCsv(table));
    REQUIRE(records.size() == 11);
    const std::vector<std::string> expected = {"'=HYPERLINK(\"http://evil.example\",\"x\")",
                                               "'+SUM(1;2)",
                                               "'-2",
                                               "'@cmd",
                                               "'\tTAB",
                                               "'\rCR",
                                               "'\nLF",
                                               "'=1",
                                               "kontroll slutt",
                                               "vanlig = tekst"};
    for (size_t i = 0; i < expected.size(); ++i) {
        CHECK(records[i + 1] == std::vector<std::string>{expected[i]});
    }
}

TEST_CASE("csv: the fixture's data table, with privacy") {
    const auto event = test::sampleEvent();
    const auto table = buildDataTable(event, {});
    const std::string csv = writeCsv(table);
    for (const auto& name : test::kSecretNames) {
        INFO(name);
        CHECK(csv.find(name) == std::string::npos);
    }
    const auto records = readCsv(csv);
    REQUIRE(records.size() == table.rows.size() + 1);
    CHECK(records[0] == table.header);
    for (size_t i = 0; i < table.rows.size(); ++i) {
        CHECK(records[i + 1] == table.rows[i]);
    }
    CHECK(records[3][6] == "for unge");
    CHECK(records[3][7] == "Tidlig kartlegging & «samhandling» <alle>");

    // Internal: the initiator who did not consent is named.
    const std::string internal = writeCsv(buildDataTable(event, {ReportKind::Proceedings, true}));
    CHECK(internal.find("Jørgen Æsøy") != std::string::npos);
}

TEST_CASE("csv: the hostile event reads back cell for cell") {
    const auto table = buildDataTable(test::hostileEvent(), {});
    const auto records = readCsv(writeCsv(table));
    REQUIRE(records.size() == table.rows.size() + 1);
    for (size_t r = 0; r < table.rows.size(); ++r) {
        REQUIRE(records[r + 1].size() == table.rows[r].size());
        for (size_t c = 0; c < table.rows[r].size(); ++c) {
            INFO("row " << r << " column " << c);
            CHECK(records[r + 1][c] == neutraliseFormula(stripXmlForbidden(table.rows[r][c])));
        }
    }
    // The 10,000-character input is there in full.
    bool found = false;
    for (const auto& record : records) {
        found = found || record[6] == test::longInput();
    }
    CHECK(found);
}

TEST_CASE("csv: the name policy, no empty round, a met group without inputs") {
    test::checkReportRules(
        [](const model::Event& event, bool internal) {
            std::string text;
            for (const auto& record :
                 readCsv(writeCsv(buildDataTable(event, {ReportKind::Proceedings, internal})))) {
                for (const auto& cell : record) {
                    text += cell + "\n";
                }
            }
            return text;
        },
        {false});
}
