// The DOCX writer, read back with libzip and libxml2: package structure,
// headings, TOC field, lists, properties, privacy and hostile text.
#include "io/office_test_support.hpp"
#include "io/report/docx_writer.hpp"
#include "io/report/report_document.hpp"
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

Parts docxParts(const model::Event& event, ReportOptions options) {
    return test::unzipAll(writeDocx(buildReport(event, options)));
}

void requireWellFormedPackage(const Parts& parts) {
    for (const char* name :
         {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
          "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footer1.xml",
          "docProps/core.xml", "docProps/app.xml"}) {
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

std::vector<std::string> headings(xmlDoc* document, int level) {
    return xpathStrings(document, "//w:body/w:p[w:pPr/w:pStyle/@w:val='Heading" +
                                      std::to_string(level) + "']");
}

// The list level of the paragraph whose text is exactly `text`; -1 if not a list item.
int listLevel(xmlDoc* document, const std::string& text) {
    const std::string p = "//w:body/w:p[string(.)='" + text + "']";
    REQUIRE(xpathCount(document, p) == 1);
    const auto levels = xpathStrings(document, p + "/w:pPr/w:numPr/w:ilvl/@w:val");
    return levels.empty() ? -1 : std::stoi(levels[0]);
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

TEST_CASE("docx: a well-formed package whose every part has a content type") {
    requireWellFormedPackage(docxParts(test::sampleEvent(), {}));
    requireWellFormedPackage(docxParts(test::sampleEvent(), {ReportKind::Thematic, true}));
}

TEST_CASE("docx proceedings: built-in heading styles, round per page, groups as heading 2") {
    const auto parts = docxParts(test::sampleEvent(), {});
    const auto document = parseXml(parts.at("word/document.xml"));
    REQUIRE(document);
    CHECK(headings(document.get(), 1) ==
          std::vector<std::string>{"Om denne rapporten", "DAG 1, gruppesesjon 1",
                                   "DAG 1, gruppesesjon 2", "DAG 2, gruppesesjon 3"});
    CHECK(headings(document.get(), 2) ==
          std::vector<std::string>{"1.1 Hvem skal koordinere læring der folk bor?",
                                   "1.10 Unge i lære", "2.1 Digitale verktøy – muligheter",
                                   "3.1 Fordypning: koordinering"});
    CHECK(headings(document.get(), 3).empty()); // level 3 is the appendix's

    const auto styles = parseXml(parts.at("word/styles.xml"));
    REQUIRE(styles);
    for (int level = 1; level <= 3; ++level) {
        const std::string id = "Heading" + std::to_string(level);
        INFO(id);
        CHECK(xpathStrings(styles.get(), "//w:style[@w:styleId='" + id + "']/w:name/@w:val") ==
              std::vector<std::string>{"heading " + std::to_string(level)});
        CHECK(xpathStrings(styles.get(),
                           "//w:style[@w:styleId='" + id + "']/w:pPr/w:outlineLvl/@w:val") ==
              std::vector<std::string>{std::to_string(level - 1)});
    }
    CHECK(xpathCount(styles.get(), "//w:style[@w:styleId='Title']") == 1);
    // A page break before every round heading (and every other heading 1).
    CHECK(xpathCount(styles.get(), "//w:style[@w:styleId='Heading1']/w:pPr/w:pageBreakBefore") ==
          1);
    CHECK(xpathStrings(styles.get(), "//w:docDefaults//w:lang/@w:val") ==
          std::vector<std::string>{"nb-NO"});

    // The title page: title, subtitle and guiding questions before the contents.
    CHECK(xpathStrings(document.get(), "//w:body/w:p[1][w:pPr/w:pStyle/@w:val='Title']") ==
          std::vector<std::string>{"Innspill fra Åpen arena 2031"});
    CHECK(xpathCount(document.get(), "//w:p[w:pPr/w:pStyle/@w:val='GuidingQuestion']") == 2);
}

TEST_CASE("docx: a real TOC field with pre-rendered entries linked to the headings") {
    const auto parts = docxParts(test::sampleEvent(), {});
    const auto document = parseXml(parts.at("word/document.xml"));
    REQUIRE(document);
    CHECK(xpathStrings(document.get(), "//w:instrText[contains(., 'TOC')]") ==
          std::vector<std::string>{" TOC \\o \"1-3\" \\h \\z \\u "});
    // One entry per heading, between the field's begin/separate and its end.
    const std::string entry = "//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'TOC') and "
                              "w:pPr/w:pStyle/@w:val!='TOCHeading']";
    CHECK(xpathCount(document.get(), entry) == 8);
    CHECK(xpathCount(document.get(), entry + "[1]/w:r[1]/w:fldChar[@w:fldCharType='begin']") == 1);
    CHECK(xpathCount(document.get(), entry + "[1]/w:r[3]/w:fldChar[@w:fldCharType='separate']") ==
          1);
    CHECK(xpathCount(document.get(), entry + "[last()]/following-sibling::w:p[1]/w:r/"
                                             "w:fldChar[@w:fldCharType='end']") == 1);
    CHECK(xpathCount(document.get(), "//w:fldChar") == 3);
    // Every entry links to a bookmark that exists on a heading.
    for (const auto& anchor : xpathStrings(document.get(), "//w:hyperlink/@w:anchor")) {
        INFO(anchor);
        CHECK(xpathCount(
                  document.get(),
                  "//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'Heading')]/w:bookmarkStart[@w:name='" +
                      anchor + "']") == 1);
    }
    CHECK(
        xpathStrings(document.get(), "//w:p[w:pPr/w:pStyle/@w:val='TOC2'][1]/w:hyperlink/w:r[1]") ==
        std::vector<std::string>{"1.1 Hvem skal koordinere læring der folk bor?"});

    const auto settings = parseXml(parts.at("word/settings.xml"));
    REQUIRE(settings);
    CHECK(xpathStrings(settings.get(), "//w:updateFields/@w:val") ==
          std::vector<std::string>{"true"});
}

TEST_CASE("docx: fields, bullets with sub-points, lead-ins, sub-headings and notes") {
    const auto parts = docxParts(test::sampleEvent(), {});
    const auto document = parseXml(parts.at("word/document.xml"));
    REQUIRE(document);
    xmlDoc* doc = document.get();

    CHECK(listLevel(doc, "Tverrfaglige læringssentre i kommunene") == 0);
    CHECK(listLevel(doc, "Tidlig kartlegging & «samhandling» <alle>") == 0);
    CHECK(listLevel(doc, "for unge") == 1);
    CHECK(listLevel(doc, "for voksne") == 1);
    CHECK(listLevel(doc, "Mentorordning i bedrift") == 0);
    CHECK(listLevel(doc, "Lærlingordningen må styrkes:") == -1); // a lead-in: plain paragraph
    CHECK(listLevel(doc, "Rekruttering") == -1);
    CHECK(xpathStrings(doc, "//w:p[string(.)='Rekruttering']/w:pPr/w:pStyle/@w:val") ==
          std::vector<std::string>{"InputSubHeading"});
    // Every list paragraph uses the bullet list defined in numbering.xml.
    const auto numbering = parseXml(parts.at("word/numbering.xml"));
    REQUIRE(numbering);
    CHECK(xpathStrings(numbering.get(), "//w:abstractNum/w:lvl/w:numFmt/@w:val") ==
          std::vector<std::string>{"bullet", "bullet"});
    for (const auto& id : xpathStrings(doc, "//w:numPr/w:numId/@w:val")) {
        CHECK(xpathCount(numbering.get(), "//w:num[@w:numId='" + id + "']") == 1);
    }

    // "Label: value" with the label bold; an unknown count prints the label alone.
    const std::string field = "//w:p[w:pPr/w:pStyle/@w:val='GroupField']";
    CHECK(xpathStrings(doc, field + "[w:r[1][w:rPr/w:b]]")[3] ==
          "Initiativtaker: Åse Berg, Lærlingkontoret");
    CHECK(xpathStrings(doc, field + "/w:r[1][w:rPr/w:b]")[5] == "Antall deltakere:");
    CHECK(xpathStrings(doc, field + "[starts-with(., 'Antall deltakere:')]") ==
          std::vector<std::string>{"Antall deltakere: 13", "Antall deltakere: 3 + 2",
                                   "Antall deltakere: 6 (8)", "Antall deltakere:"});
    CHECK(xpathCount(doc,
                     "//w:p[w:pPr/w:pStyle/@w:val='InputsLabel'][.='Innspill til strategien:']") ==
          4);
    CHECK(xpathStrings(doc, "//w:p[w:pPr/w:pStyle/@w:val='GroupNote']") ==
          std::vector<std::string>{"Slått sammen med gruppe 1.10",
                                   "Fordypning til innspill nr 1.1 dag 1"});
    const auto styles = parseXml(parts.at("word/styles.xml"));
    CHECK(xpathCount(styles.get(), "//w:style[@w:styleId='GroupNote']/w:rPr/w:i") == 1);
}

TEST_CASE("docx: document properties, language and footer") {
    auto event = test::sampleEvent();
    event.language = "nn";
    const auto parts = docxParts(event, {});
    const auto core = parseXml(parts.at("docProps/core.xml"));
    REQUIRE(core);
    CHECK(xpathStrings(core.get(), "//dc:title") ==
          std::vector<std::string>{"Innspill fra Åpen arena 2031"});
    CHECK(xpathStrings(core.get(), "//dc:creator") ==
          std::vector<std::string>{"Kari Nordmann og Ola Åsen"});
    CHECK(xpathStrings(core.get(), "//dc:language") == std::vector<std::string>{"nn-NO"});
    const auto styles = parseXml(parts.at("word/styles.xml"));
    CHECK(xpathStrings(styles.get(), "//w:docDefaults//w:lang/@w:val") ==
          std::vector<std::string>{"nn-NO"});
    const auto footer = parseXml(parts.at("word/footer1.xml"));
    REQUIRE(footer);
    CHECK(xpathStrings(footer.get(), "//w:instrText") == std::vector<std::string>{" PAGE "});
    CHECK(xpathStrings(footer.get(), "//w:p")[0].rfind("Innspill fra Åpen arena 2031side", 0) == 0);
    // The section uses the footer, and not on the title page.
    const auto document = parseXml(parts.at("word/document.xml"));
    CHECK(xpathCount(document.get(), "//w:sectPr/w:titlePg") == 1);
    const auto rels = parseXml(parts.at("word/_rels/document.xml.rels"));
    const auto footerId = xpathStrings(document.get(), "//w:sectPr/w:footerReference/@r:id");
    REQUIRE(footerId.size() == 1);
    CHECK(xpathStrings(rels.get(), "//rel:Relationship[@Id='" + footerId[0] + "']/@Target") ==
          std::vector<std::string>{"footer1.xml"});

    event.language = "en";
    const auto english = parseXml(docxParts(event, {}).at("docProps/core.xml"));
    CHECK(xpathStrings(english.get(), "//dc:language") == std::vector<std::string>{"en-GB"});
}

TEST_CASE("docx thematic: themes with their inputs and groups, untagged, chart tables") {
    const auto parts = docxParts(test::sampleEvent(), {ReportKind::Thematic, false});
    const auto document = parseXml(parts.at("word/document.xml"));
    REQUIRE(document);
    xmlDoc* doc = document.get();
    const auto h1 = headings(doc, 1);
    REQUIRE(h1.size() == 8);
    CHECK(h1[1] == "Oversikt");
    CHECK(h1[2] == "Tilby tjenester som virker");
    CHECK(h1.back() == "Innspill uten tema");
    CHECK(headings(doc, 2) ==
          std::vector<std::string>{"Innspill per tema", "Innspill per gruppesesjon"});
    // Tagged with two themes: listed under both.
    CHECK(xpathCount(doc, "//w:p[w:pPr/w:numPr/w:ilvl/@w:val='0']"
                          "[.='Tverrfaglige læringssentre i kommunene (gruppe 1.1)']") == 2);
    CHECK(xpathStrings(doc, "//w:r[w:rPr/w:rStyle/@w:val='GroupReference']")[0] == " (gruppe 1.1)");
    CHECK(listLevel(doc, "Tidlig kartlegging & «samhandling» <alle> (gruppe 1.1)") == 0);
    CHECK(xpathCount(doc, "//w:p[w:pPr/w:pStyle/@w:val='ThemeDescription']") == 5);
    // Two chart tables: a header row, then a row per bar, the bar a shaded
    // cell, the count last.
    REQUIRE(xpathCount(doc, "//w:tbl") == 2);
    CHECK(xpathCount(doc, "//w:tbl[1]/w:tr") == 7);
    CHECK(xpathStrings(doc, "//w:tbl[2]/w:tr[2]/w:tc[last()]") == std::vector<std::string>{"4"});
    CHECK(xpathStrings(doc, "//w:tbl[2]/w:tr[2]/w:tc[2]/w:tcPr/w:gridSpan/@w:val") ==
          std::vector<std::string>{"20"}); // the longest bar spans the whole scale
    CHECK(xpathCount(doc, "//w:tbl[2]/w:tr[2]/w:tc[2]/w:tcPr/w:shd[@w:fill]") == 1);
}

TEST_CASE("docx universal design: chart alt text, header rows, language, title, order") {
    for (const char* language : {"nb", "nn", "en"}) {
        INFO(language);
        auto event = test::sampleEvent();
        event.language = language;
        const ReportDocument report = buildReport(event, {ReportKind::Thematic, false});
        const auto parts = test::unzipAll(writeDocx(report));
        const auto document = parseXml(parts.at("word/document.xml"));
        REQUIRE(document);
        xmlDoc* doc = document.get();
        const std::string tag = std::string(language) == "en"   ? "en-GB"
                                : std::string(language) == "nn" ? "nn-NO"
                                                                : "nb-NO";

        // Every chart table: a caption, a description with every number,
        // and its first row marked as the header row (repeated, read as heads).
        REQUIRE(xpathCount(doc, "//w:tbl") == report.charts.size());
        for (size_t i = 0; i < report.charts.size(); ++i) {
            const BarChart& chart = report.charts[i];
            const std::string table = "//w:tbl[" + std::to_string(i + 1) + "]";
            CHECK(xpathStrings(doc, table + "/w:tblPr/w:tblCaption/@w:val") ==
                  std::vector<std::string>{chart.title});
            const auto description = xpathStrings(doc, table + "/w:tblPr/w:tblDescription/@w:val");
            REQUIRE(description.size() == 1);
            for (const auto& [label, value] : chart.bars) {
                CHECK(description[0].find(label + " " + std::to_string(value)) !=
                      std::string::npos);
            }
            CHECK(xpathCount(doc, table + "/w:tr[1]/w:trPr/w:tblHeader") == 1);
            CHECK(xpathCount(doc, table + "/w:tr/w:trPr/w:tblHeader") == 1);
            CHECK(xpathStrings(doc, table + "/w:tr[1]/w:tc") ==
                  std::vector<std::string>{chart.labelHeading, chart.valueHeading});
            CHECK(!chart.labelHeading.empty());
            CHECK(!chart.valueHeading.empty());
        }

        // The language in the styles' defaults, the settings and the properties.
        const auto styles = parseXml(parts.at("word/styles.xml"));
        CHECK(xpathStrings(styles.get(), "//w:docDefaults//w:lang/@w:val") ==
              std::vector<std::string>{tag});
        const auto settings = parseXml(parts.at("word/settings.xml"));
        CHECK(xpathStrings(settings.get(), "//w:themeFontLang/@w:val") ==
              std::vector<std::string>{tag});
        const auto core = parseXml(parts.at("docProps/core.xml"));
        CHECK(xpathStrings(core.get(), "//dc:title") == std::vector<std::string>{report.title});
        CHECK(xpathStrings(core.get(), "//dc:language") == std::vector<std::string>{tag});

        // Title page, about, contents, then the body.
        const auto styleOrder = xpathStrings(doc, "//w:body/w:p/w:pPr/w:pStyle/@w:val");
        const auto position = [&](const std::string& style) {
            return std::find(styleOrder.begin(), styleOrder.end(), style) - styleOrder.begin();
        };
        CHECK(position("Title") == 0);
        CHECK(headings(doc, 1).front() == report.words.about);
        CHECK(position("Heading1") < position("TOCHeading"));
        CHECK(xpathStrings(doc, "(//w:body/w:p[w:pPr/w:pStyle/@w:val='Heading1' or "
                                "w:pPr/w:pStyle/@w:val='TOCHeading'])[2]") ==
              std::vector<std::string>{report.words.contents});
    }
}

TEST_CASE("docx appendix: rounds and groups at heading 2 and 3 with participants and notes") {
    const auto parts = docxParts(test::sampleEvent(), {ReportKind::Proceedings, true});
    const auto document = parseXml(parts.at("word/document.xml"));
    REQUIRE(document);
    // The appendix, then the index of people (issue 17) end the document.
    const auto top = headings(document.get(), 1);
    REQUIRE(top.size() >= 2);
    CHECK(top[top.size() - 2] == "Vedlegg: deltakere og notater");
    CHECK(top.back() == "Personregister");
    CHECK(headings(document.get(), 3) ==
          std::vector<std::string>{"1.1 Hvem skal koordinere læring der folk bor?",
                                   "1.10 Unge i lære", "2.1 Digitale verktøy – muligheter",
                                   "3.1 Fordypning: koordinering"});
    CHECK(listLevel(document.get(), "Hemmelig Deltaker, Privat") == 0);
}

TEST_CASE("docx privacy: no participant or non-consenting name in a public report") {
    const auto event = test::sampleEvent();
    for (const auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        const auto publicParts = docxParts(event, {kind, false});
        CHECK_FALSE(containsAnywhere(publicParts, "Hemmelig Deltaker"));
        CHECK_FALSE(containsAnywhere(publicParts, "Jørgen Æsøy"));
        CHECK_FALSE(containsAnywhere(publicParts, "Hemmelig"));
        const auto internalParts = docxParts(event, {kind, true});
        CHECK(containsAnywhere(internalParts, "Hemmelig Deltaker"));
        CHECK(containsAnywhere(internalParts, "Jørgen Æsøy"));
    }
}

TEST_CASE("docx: hostile text stays text and every part stays well-formed") {
    const auto event = test::hostileEvent();
    for (const auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        for (const bool internal : {false, true}) {
            const auto parts = docxParts(event, {kind, internal});
            requireWellFormedPackage(parts);
            const auto& raw = parts.at("word/document.xml");
            CHECK(raw.find("<script>") == std::string::npos);
            CHECK(raw.find('\x01') == std::string::npos);
            CHECK(raw.find('\x0B') == std::string::npos);
            const auto document = parseXml(raw);
            REQUIRE(document);
            const auto title = xpathStrings(document.get(), "//w:body/w:p[1]");
            CHECK(title == std::vector<std::string>{"Rapport \"sitat\" 'apostrof' "
                                                    "<script>alert(1)</script> & kontroll "
                                                    "😀🇳🇴 עברית مرحبا"});
            CHECK(xpathCount(document.get(), "//w:p[contains(., '" + test::longInput() + "')]") ==
                  1);
            const auto core = parseXml(parts.at("docProps/core.xml"));
            CHECK(xpathStrings(core.get(), "//dc:title") == title);
            CHECK_FALSE(containsAnywhere(parts, internal ? "\x01" : "Hemmelig"));
        }
    }
    // Line breaks and tabs inside an input become <w:br/> and <w:tab/>.
    const auto document = parseXml(docxParts(event, {}).at("word/document.xml"));
    CHECK(xpathCount(document.get(), "//w:p[starts-with(., 'linje 1')]/w:r/w:br") == 1);
    CHECK(xpathCount(document.get(), "//w:p[starts-with(., 'linje 1')]/w:r/w:tab") == 1);
}

TEST_CASE("docx: an empty report is still a complete, well-formed document") {
    ReportDocument empty;
    const auto parts = test::unzipAll(writeDocx(empty));
    requireWellFormedPackage(parts);
    const auto document = parseXml(parts.at("word/document.xml"));
    CHECK(xpathStrings(document.get(), "//w:instrText") ==
          std::vector<std::string>{" TOC \\o \"1-3\" \\h \\z \\u "});
    CHECK(xpathCount(document.get(), "//w:fldChar") == 3);
}

TEST_CASE("docx: the name policy, no empty round, a met group without inputs") {
    test::checkReportRules([](const model::Event& event, bool internal) {
        const auto parts = docxParts(event, {ReportKind::Proceedings, internal});
        const auto document = parseXml(parts.at("word/document.xml"));
        REQUIRE(document);
        std::string text;
        for (const auto& paragraph : xpathStrings(document.get(), "//w:body/w:p")) {
            text += paragraph + "\n";
        }
        return text;
    });
}
