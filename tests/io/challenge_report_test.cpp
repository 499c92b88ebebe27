// The challenge report ("utfordringsbilde") in every format, from the
// fixture event modelled on the national council's 2025 document: every
// challenge, measure and source number appears; the appendix "Grunnlag"
// lists each source in full; letters follow the order; a deleted source is
// a hole, not a crash; every link has its target; the traceability table.
#include "io/office_test_support.hpp"
#include "io/pdf_structure.hpp"
#include "io/report/csv_writer.hpp"
#include "io/report/data_table.hpp"
#include "io/report/docx_writer.hpp"
#include "io/report/html_writer.hpp"
#include "io/report/markdown_writer.hpp"
#include "io/report/pdf_writer.hpp"
#include "io/report/report_document.hpp"
#include "io/report/report_preview.hpp"
#include "io/report/report_sections.hpp"
#include "io/report/xlsx_writer.hpp"
#include "io/report_text_support.hpp"
#include "support/challenge_event.hpp"
#include "support/collapse_spaces.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <regex>
#include <set>

using namespace innspill;
using namespace innspill::io::report;

namespace {

ReportOptions challengeOptions() {
    ReportOptions options;
    options.kind = ReportKind::Challenges;
    return options;
}

ReportDocument challengeDocument(const model::Event& event) {
    return buildReport(event, challengeOptions());
}

std::string normalise(const std::string& text) {
    return test::collapseSpaces(text);
}

// The text a reader sees in each format (markup removed where there is any).
std::string markdownText(const std::string& md) {
    // Our Markdown escapes punctuation with backslashes and wraps links.
    std::string out = std::regex_replace(md, std::regex(R"(<a id="[^"]*"></a>)"), "");
    out = std::regex_replace(out, std::regex(R"(\]\(#[^)]*\))"), "");
    out = std::regex_replace(out, std::regex(R"(\\(.))"), "$1");
    out = std::regex_replace(out, std::regex(R"(\*\*|\*|\[)"), "");
    return normalise(out);
}

std::string htmlText(const std::string& html) {
    return normalise(std::regex_replace(html, std::regex("<[^>]*>"), " "));
}

std::string docxText(const std::string& bytes) {
    const auto parts = test::unzipAll(bytes);
    auto doc = test::parseXml(parts.at("word/document.xml"));
    REQUIRE(doc);
    std::string text;
    for (const auto& paragraph : test::xpathStrings(doc.get(), "//w:p")) {
        text += paragraph + "\n";
    }
    return normalise(text);
}

bool havePdftotext() {
    return std::system("command -v pdftotext >/dev/null 2>&1") == 0;
}

std::string pdfText(const std::string& bytes) {
    test::TempDir dir;
    test::writeFile(dir / "r.pdf", bytes);
    const std::string command = "pdftotext -enc UTF-8 -raw '" + (dir / "r.pdf").string() + "' -";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    REQUIRE(pipe);
    std::string out;
    char buffer[4096];
    size_t read = 0;
    while ((read = fread(buffer, 1, sizeof buffer, pipe.get())) > 0) {
        out.append(buffer, read);
    }
    // Words hyphenated at a line end are not split by our writer (no hyphens).
    return normalise(out);
}

// What every format must print of the fixture, in reading order per item.
struct Expected {
    std::vector<std::string> inOrder; // headings, in the order they must appear
    std::vector<std::string> anywhere;
};

Expected expected(const model::Event& event) {
    Expected out;
    // In "Grunnlag", a challenge's own sources come under its heading as
    // "Utfordringen", not under the heading again.
    out.inOrder = {"Oppsummering",
                   "Tilby tjenester som virker",
                   "Utfordring A: Mangel på strukturert samarbeid",
                   "Utfordring B",
                   "Ta virkningsfulle grep tidlig",
                   "Utfordring A: Sykmeldingen virker mot sin hensikt",
                   "Utnytte muligheter i digitale verktøy",
                   "Utfordring A: Fragmentert informasjonsutveksling",
                   "Grunnlag",
                   "Tilby tjenester som virker – Utfordring A: Mangel på strukturert samarbeid",
                   "Utfordringen"};
    for (const auto& challenge : event.synthesis.challenges) {
        out.anywhere.push_back(challenge.description);
        for (const auto& measure : challenge.measures) {
            out.anywhere.push_back(measure.lead);
            out.anywhere.push_back(measure.text);
        }
    }
    for (const auto& group : event.groups) {
        out.anywhere.push_back(group.number);
    }
    // Sources line: the numbers of a challenge's sources, each once.
    out.anywhere.push_back("Kilder: 1.2");
    out.anywhere.push_back("Kilder: 1.2, 1.6");
    out.anywhere.push_back("Kilder: 2.5");
    out.anywhere.push_back("Kilder: 2.7; 1 kilde slettet");
    out.anywhere.push_back("1 kilde slettet");
    out.anywhere.push_back("Muligheter og innspill:");
    // The free recommendation of the third priority.
    out.anywhere.push_back(event.synthesis.priorities[2].recommendation);
    // Every recommendation in the summary under its label, in every format.
    for (const auto& priority : event.synthesis.priorities) {
        const auto* measure =
            priority.measure ? model::findMeasure(event.synthesis, *priority.measure) : nullptr;
        out.anywhere.push_back("Anbefaling: " +
                               (measure ? measure->lead : priority.recommendation));
    }
    // Every source in full, with its group's title.
    for (const char* text :
         {"Faste møteplasser mellom fastlege og veileder i Nav", "Tverrfaglige møter hver måned",
          "Felles kompetansemodell for fagfolk i Nav og helse",
          "Tverrfaglige kommunale læringsnettverk om arbeid og helse",
          "En nasjonal kanal for kunnskapsdeling mellom Nav, kommune og "
          "spesialisthelsetjenesten",
          "Individuell jobbstøtte (IPS) bør gis til unge med psykiske plager",
          "Evaluer IPS for nye grupper før det skaleres opp",
          "Sykmelderen bør spørre hva den sykmeldte kan gjøre, ikke bare hva som er vanskelig",
          "Arbeidsgiver bør kunne motta relevante opplysninger digitalt", "Kunnskap som deles",
          "Sykmelding som virker", "Digitale spor"}) {
        out.anywhere.push_back(text);
    }
    return out;
}

void checkText(const std::string& text, const Expected& want) {
    size_t at = 0;
    for (const auto& heading : want.inOrder) {
        INFO(heading);
        const size_t found = text.find(heading, at);
        CHECK(found != std::string::npos);
        if (found != std::string::npos) {
            at = found + heading.size();
        }
    }
    for (const auto& item : want.anywhere) {
        INFO(item);
        CHECK(text.find(normalise(item)) != std::string::npos);
    }
    // Parked inputs are set aside: not in the report.
    CHECK(text.find("Kaffeautomat") == std::string::npos);
    CHECK(text.find("Egen app for sykmeldte") == std::string::npos);
}

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("challenge report: the document follows the synthesis") {
    const auto event = test::challengeEvent();
    const auto doc = challengeDocument(event);
    CHECK(doc.kind == ReportKind::Challenges);
    CHECK(doc.subtitle == "Utfordringsbilde");
    REQUIRE(doc.challengeThemes.size() == 3);
    const auto& first = doc.challengeThemes[0];
    CHECK(first.name == "Tilby tjenester som virker");
    CHECK(first.introduction == event.synthesis.introductions[0].text);
    REQUIRE(first.challenges.size() == 2);
    // Letters from the order within the theme; the second theme starts at A again.
    CHECK(first.challenges[0].letter == "A");
    CHECK(first.challenges[1].letter == "B");
    CHECK(first.challenges[1].heading == "Utfordring B"); // no title
    CHECK(doc.challengeThemes[1].challenges[0].letter == "A");
    // Sources: numbers once each, in order; the inputs in full.
    const auto& a = first.challenges[0];
    CHECK(a.sources.numbers == "1.2");
    REQUIRE(a.sources.inputs.size() == 2);
    CHECK(a.sources.inputs[0].groupTitle == "Samarbeid mellom Nav og helse");
    CHECK(a.sources.inputs[0].input.children.size() == 2); // an input with its sub-points
    CHECK(a.sources.inputs[1].input.text == "Tverrfaglige møter hver måned"); // a sub-point
    CHECK(a.measures[0].sources.numbers == "1.2, 1.6");
    // The deleted source is a hole.
    const auto& digital = doc.challengeThemes[2].challenges[0].measures[0].sources;
    CHECK(digital.deleted == 1);
    CHECK(digital.inputs.size() == 1);
    CHECK(digital.numbers == "2.7; 1 kilde slettet");
    // Priorities: numbered, with a measure or the free sentence.
    REQUIRE(doc.priorities.size() == 3);
    CHECK(doc.priorities[0].number == "1");
    CHECK(doc.priorities[0].challenge == "Mangel på strukturert samarbeid");
    CHECK(doc.priorities[0].challengeAnchor == a.anchor);
    CHECK(doc.priorities[0].lead == a.measures[0].lead);
    CHECK(doc.priorities[2].lead.empty());
    CHECK(doc.priorities[2].text == event.synthesis.priorities[2].recommendation);
}

TEST_CASE("challenge report: reordering challenges reletters them") {
    auto event = test::challengeEvent();
    std::swap(event.synthesis.challenges[0], event.synthesis.challenges[1]);
    const auto doc = challengeDocument(event);
    CHECK(doc.challengeThemes[0].challenges[0].heading == "Utfordring A");
    CHECK(doc.challengeThemes[0].challenges[1].heading ==
          "Utfordring B: Mangel på strukturert samarbeid");
}

TEST_CASE("challenge report: every deleted source, challenge, theme is a hole, never a crash") {
    auto event = test::challengeEvent();
    // Every input deleted: the sources become holes.
    for (auto& group : event.groups) {
        group.inputs.clear();
    }
    // A challenge whose theme was deleted, and a priority whose challenge was.
    event.synthesis.challenges[3].theme = model::Id::generate();
    event.synthesis.priorities.push_back({model::Id::generate(), std::nullopt, "Borte"});
    const auto doc = challengeDocument(event);
    CHECK(doc.challengeThemes.back().name == doc.words.untagged);
    CHECK(doc.challengeThemes.back().challenges.size() == 1);
    CHECK(doc.priorities.size() == 3);
    CHECK(doc.challengeThemes[0].challenges[0].sources.numbers == "2 kilder slettet");
    for (const auto& bytes : {writeMarkdown(doc), writeHtml(doc), writeDocx(doc), writePdf(doc)}) {
        CHECK(!bytes.empty());
    }
    CHECK(writeMarkdown(doc).find("2 kilder slettet") != std::string::npos);
}

TEST_CASE("challenge report: Markdown has every challenge, measure and source, links resolve") {
    const auto event = test::challengeEvent();
    const std::string md = writeMarkdown(challengeDocument(event));
    checkText(markdownText(md), expected(event));
    std::set<std::string> anchors;
    const std::regex anchor(R"(<a id="([^"]+)\")");
    const std::regex target(R"(\]\(#([^)]+)\))");
    for (std::sregex_iterator it(md.begin(), md.end(), anchor), end; it != end; ++it) {
        anchors.insert((*it)[1]);
    }
    size_t links = 0;
    for (std::sregex_iterator it(md.begin(), md.end(), target), end; it != end; ++it, ++links) {
        INFO((*it)[1]);
        CHECK(anchors.contains((*it)[1]));
    }
    CHECK(links >= 3 + 9); // the priorities and the sources lines at least
}

TEST_CASE("challenge report: HTML is well-formed, complete and its links resolve") {
    const auto event = test::challengeEvent();
    const std::string html = writeHtml(challengeDocument(event));
    auto doc = test::parseXml(html);
    REQUIRE(doc);
    checkText(htmlText(html), expected(event));
    std::set<std::string> ids;
    for (const auto& id : test::xpathStrings(doc.get(), "//@id")) {
        ids.insert(id);
    }
    const auto hrefs = test::xpathStrings(doc.get(), "//*[local-name()='a']/@href");
    CHECK(hrefs.size() >= 12);
    for (const auto& href : hrefs) {
        INFO(href);
        REQUIRE(href.rfind('#', 0) == 0);
        CHECK(ids.contains(href.substr(1)));
    }
    // Headings: h1 the title, h2 sections and themes, h3 challenges; none skipped.
    CHECK(test::xpathCount(doc.get(), "//*[local-name()='h1']") == 1);
    CHECK(test::xpathCount(doc.get(), "//*[local-name()='h4']") == 0);
    CHECK(count(html, "<h3") == 4 + 4); // the challenges, then their entries in "Grunnlag"
}

TEST_CASE("challenge report: DOCX is complete and every link has its bookmark") {
    const auto event = test::challengeEvent();
    const std::string bytes = writeDocx(challengeDocument(event));
    checkText(docxText(bytes), expected(event));
    const auto parts = test::unzipAll(bytes);
    auto doc = test::parseXml(parts.at("word/document.xml"));
    REQUIRE(doc);
    const auto anchors = test::xpathStrings(doc.get(), "//w:hyperlink/@w:anchor");
    const auto names = test::xpathStrings(doc.get(), "//w:bookmarkStart/@w:name");
    const std::set<std::string> bookmarks(names.begin(), names.end());
    CHECK(bookmarks.size() == names.size()); // unique
    CHECK(anchors.size() >= 12);
    for (const auto& anchor : anchors) {
        INFO(anchor);
        CHECK(bookmarks.contains(anchor));
        CHECK(anchor.size() <= 40);
    }
    // Bookmark ids are unique too (Word repairs a file where they are not).
    const auto ids = test::xpathStrings(doc.get(), "//w:bookmarkStart/@w:id");
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
    // Challenges are level-2 headings under their theme's level-1 heading.
    const auto level2 = test::xpathStrings(doc.get(), "//w:p[w:pPr/w:pStyle/@w:val='Heading2']");
    CHECK(std::find(level2.begin(), level2.end(), "Utfordring B") != level2.end());
    CHECK(test::parseXml(parts.at("word/styles.xml")));
}

TEST_CASE("challenge report: PDF is complete, in order, with its links") {
    const auto event = test::challengeEvent();
    const std::string bytes = writePdf(challengeDocument(event));
    REQUIRE(bytes.rfind("%PDF-", 0) == 0);
    // One link annotation per priority, sources line and contents entry.
    CHECK(count(bytes, "/Subtype /Link") + count(bytes, "/Subtype/Link") >= 12 + 3);
    if (!havePdftotext()) {
        WARN("poppler-utils is not installed: PDF read-back skipped");
        return;
    }
    checkText(pdfText(bytes), expected(event));
}

TEST_CASE("challenge report: every format labels each recommendation, and only those") {
    const auto event = test::challengeEvent();
    const auto doc = challengeDocument(event);
    const size_t recommendations = event.synthesis.priorities.size();
    CHECK(count(markdownText(writeMarkdown(doc)), "Anbefaling:") == recommendations);
    CHECK(count(htmlText(writeHtml(doc)), "Anbefaling:") == recommendations);
    CHECK(count(docxText(writeDocx(doc)), "Anbefaling:") == recommendations);
    if (!havePdftotext()) {
        WARN("poppler-utils is not installed: PDF read-back skipped");
        return;
    }
    CHECK(count(pdfText(writePdf(doc)), "Anbefaling:") == recommendations);
}

TEST_CASE("challenge report: the tagged PDF has the measures as lists, sources in their items") {
    if (!test::havePdfinfo()) {
        WARN("poppler-utils is not installed: PDF structure read-back skipped");
        return;
    }
    const auto event = test::challengeEvent();
    const auto doc = challengeDocument(event);
    const auto tree = test::pdfStructure(writePdf(doc));
    REQUIRE(!tree.empty());
    // Every measure is one LI: Lbl (the bullet), then LBody with the measure
    // (lead and text) and, when it has sources, its "Kilder:" line.
    std::vector<std::string> items;
    for (size_t i = 0; i < tree.size(); ++i) {
        if (tree[i].type != "LI") {
            continue;
        }
        REQUIRE(tree[i].kids.size() == 2);
        CHECK(tree[tree[i].kids.front()].type == "Lbl");
        CHECK(tree[tree[i].kids.back()].type == "LBody");
        items.push_back(test::allText(tree, tree[i].kids.back()));
    }
    size_t measures = 0;
    for (const auto& theme : doc.challengeThemes) {
        for (const auto& challenge : theme.challenges) {
            for (const auto& measure : challenge.measures) {
                ++measures;
                const std::string lead = normalise(measure.lead + " " + measure.text);
                const auto item = std::find_if(items.begin(), items.end(), [&](const auto& body) {
                    return body.rfind(lead, 0) == 0;
                });
                INFO(lead);
                REQUIRE(item != items.end());
                if (hasSources(measure.sources)) {
                    CHECK(item->find("Kilder: " + measure.sources.numbers) != std::string::npos);
                }
            }
        }
    }
    CHECK(measures >= 7);
    // No measure is a plain paragraph outside a list (the entries in
    // "Grunnlag" are labelled with the lead alone).
    std::vector<size_t> inItems;
    for (const auto& element : tree) {
        if (element.type == "LBody") {
            inItems.insert(inItems.end(), element.kids.begin(), element.kids.end());
        }
    }
    for (size_t i = 0; i < tree.size(); ++i) {
        if (tree[i].type != "P" || std::find(inItems.begin(), inItems.end(), i) != inItems.end()) {
            continue;
        }
        for (const auto& theme : doc.challengeThemes) {
            for (const auto& challenge : theme.challenges) {
                for (const auto& measure : challenge.measures) {
                    CHECK(test::allText(tree, i).rfind(normalise(measure.lead + " " + measure.text),
                                                       0) != 0);
                }
            }
        }
    }
    const auto paragraphs = test::textsOf(tree, "P");
    // The summary's recommendations read with their label.
    size_t labelled = 0;
    for (const auto& paragraph : paragraphs) {
        labelled += paragraph.rfind("Anbefaling: ", 0) == 0 ? 1 : 0;
    }
    CHECK(labelled == event.synthesis.priorities.size());
}

TEST_CASE("challenge report: English labels, and no participant names") {
    auto event = test::sampleEvent();
    event.language = "en";
    model::Challenge challenge;
    challenge.id = model::Id::generate();
    challenge.theme = event.themes[0].id;
    challenge.description = "Coordination";
    for (const auto& group : event.groups) {
        for (const auto& input : group.inputs) {
            challenge.inputs.push_back(input.id);
        }
    }
    event.synthesis.challenges.push_back(challenge);
    const auto doc = challengeDocument(event);
    const std::string md = writeMarkdown(doc);
    CHECK(md.find("Challenge A") != std::string::npos);
    CHECK(md.find("*Sources:*") != std::string::npos);
    CHECK(md.find("## <a id=\"grunnlag\"></a>Basis") != std::string::npos);
    for (const auto& text : {md, writeHtml(doc), docxText(writeDocx(doc))}) {
        for (const auto& name : test::kSecretNames) {
            INFO(name);
            CHECK(text.find(name) == std::string::npos);
        }
        for (const auto& person : event.people) {
            CHECK(text.find(person.name) == std::string::npos);
        }
    }
}

TEST_CASE("challenge report: nynorsk labels") {
    auto event = test::challengeEvent();
    event.language = "nn";
    const std::string md = writeMarkdown(challengeDocument(event));
    CHECK(md.find("Moglegheiter og innspel:") != std::string::npos);
    CHECK(md.find("*Kjelder:*") != std::string::npos);
    CHECK(md.find("1 kjelde sletta") != std::string::npos);
}

TEST_CASE("challenge report: the traceability table, one row per claim and input") {
    const auto event = test::challengeEvent();
    const DataTable table = buildDataTable(event, challengeOptions());
    REQUIRE(table.header.size() == 7);
    CHECK(table.header[1] == "Utfordring");
    // Sources: A 2 + measures 2 + 1; B 1 + 2 + 2; A 1 + 1 + 1; A 1 + (1 + hole); parked 2.
    CHECK(table.rows.size() == 5 + 5 + 3 + 3 + 2);
    const std::vector<std::string> first{"Tilby tjenester som virker",
                                         "A",
                                         "",
                                         "1.2",
                                         "Samarbeid mellom Nav og helse",
                                         "Faste møteplasser mellom fastlege og veileder i Nav\n– "
                                         "Tverrfaglige møter hver måned\n– Felles kasusdrøftinger",
                                         ""};
    CHECK(table.rows[0] == first);
    CHECK(table.rows[2][2] == "Etablere en kraftfull, tverrsektoriell kompetansemodell");
    CHECK(table.rows[2][3] == "1.2");
    CHECK(table.rows[3][3] == "1.6");
    // The hole is a row of its own.
    CHECK(table.rows[15][6] == "1 kilde slettet");
    CHECK(table.rows[15][5].empty());
    // The parked inputs close the table, with their reasons.
    CHECK(table.rows[16][5] == "Kaffeautomat i alle Nav-kontor");
    CHECK(table.rows[16][6] == "Parkert: Utenfor mandatet");
    CHECK(table.rows[17][3] == "2.7");
    CHECK(table.rows[17][6] == "Parkert: Dekkes av annet oppdrag");
    // Counts for the summary sheet: inputs used per theme.
    REQUIRE(table.perTheme.size() == 3);
    CHECK(table.perTheme[0].first == "Tilby tjenester som virker");
    CHECK(table.perTheme[0].second == 10);
    CHECK(table.perTheme[2].second == 2); // the deleted source is not counted

    const std::string csv = writeCsv(table);
    CHECK(csv.find("Tema,Utfordring,Tiltak,Gruppenummer,Gruppetittel,Innspill,Merknad\r\n") !=
          std::string::npos);
    CHECK(csv.find("Parkert: Utenfor mandatet") != std::string::npos);
    CHECK(count(csv, "\r\n") == 1 + table.rows.size()); // sub-points break lines inside a cell

    const auto parts = test::unzipAll(writeXlsx(table, event.title, event.language));
    const std::string& strings = parts.at("xl/sharedStrings.xml");
    for (const char* text : {"Parkert: Dekkes av annet oppdrag", "1 kilde slettet", "Merknad",
                             "Fremme ressursorientert begrepsapparat og metoder i Nav"}) {
        INFO(text);
        CHECK(strings.find(text) != std::string::npos);
    }
}

TEST_CASE("challenge report: the preview shows it as the export prints it") {
    const auto event = test::challengeEvent();
    const auto blocks = previewBlocks(challengeDocument(event));
    std::string text;
    for (const auto& block : blocks) {
        text += block.label + " " + block.text + " ";
    }
    checkText(normalise(text), expected(event));
}

// Not a test: writes the fixture's challenge report to $INNSPILL_CHALLENGE_OUT
// in every format, for looking at (`test_report_challenges "[.look]"`).
TEST_CASE("challenge report: write the fixture for a look", "[.look]") {
    const char* dir = std::getenv("INNSPILL_CHALLENGE_OUT");
    REQUIRE(dir);
    const auto doc = challengeDocument(test::challengeEvent());
    const std::filesystem::path out(dir);
    test::writeFile(out / "utfordringsbilde.pdf", writePdf(doc));
    test::writeFile(out / "utfordringsbilde.html", writeHtml(doc));
    test::writeFile(out / "utfordringsbilde.md", writeMarkdown(doc));
    test::writeFile(out / "utfordringsbilde.docx", writeDocx(doc));
}
