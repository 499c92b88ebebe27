// The PDF writer, read back with poppler's tools (pdftotext, pdfinfo,
// pdffonts, pdftohtml) as separate processes; pagination rules checked on
// the laid-out flow directly.
#include "io/pdf_structure.hpp"
#include "io/report/pdf_accessibility.hpp"
#include "io/report/pdf_fonts.hpp"
#include "io/report/pdf_layout.hpp"
#include "io/report/pdf_writer.hpp"
#include "io/report_text_support.hpp"
#include "support/collapse_spaces.hpp"
#include "support/report_rules.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <regex>
#include <sstream>

using namespace innspill;
using namespace innspill::io::report;

namespace {

bool havePoppler() {
    static const bool found =
        std::system("command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 "
                    "&& command -v pdffonts >/dev/null 2>&1 && command -v pdftohtml >/dev/null "
                    "2>&1") == 0;
    return found;
}

#define REQUIRE_POPPLER()                                                                          \
    if (!havePoppler()) {                                                                          \
        WARN("poppler-utils (pdftotext, pdfinfo) is not installed: PDF read-back skipped");        \
        return;                                                                                    \
    }

struct Output {
    std::string out;
    std::string err;
};

// Runs a poppler tool; stderr is kept apart (a damaged file shows there).
Output run(const test::TempDir& dir, const std::string& command) {
    const auto errors = dir / "stderr.txt";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(
        popen((command + " 2>'" + errors.string() + "'").c_str(), "r"), pclose);
    REQUIRE(pipe);
    Output result;
    char buffer[4096];
    size_t read = 0;
    while ((read = fread(buffer, 1, sizeof buffer, pipe.get())) > 0) {
        result.out.append(buffer, read);
    }
    pipe.reset();
    result.err = test::readFile(errors);
    return result;
}

// A written PDF and the tools to look into it.
class Pdf {
  public:
    explicit Pdf(const ReportDocument& doc) : m_bytes(writePdf(doc)) {
        test::writeFile(m_dir / "report.pdf", m_bytes);
    }
    const std::string& bytes() const { return m_bytes; }
    std::string path() const { return "'" + (m_dir / "report.pdf").string() + "'"; }
    Output tool(const std::string& name, const std::string& options = "",
                const std::string& after = "") const {
        return run(m_dir, name + " " + options + " " + path() + " " + after);
    }
    // Text in drawing order (reading order for this writer).
    std::string text(const std::string& options = "") const {
        return tool("pdftotext", "-enc UTF-8 -raw " + options, "-").out;
    }
    // The text above the footer, so a paragraph that runs on to the next
    // page reads on without the footer in between.
    std::string bodyText() const { return text("-x 0 -y 0 -W 596 -H 775"); }
    std::string page(int number, const std::string& mode = "-raw") const {
        const std::string n = std::to_string(number);
        return tool("pdftotext", "-enc UTF-8 " + mode + " -f " + n + " -l " + n, "-").out;
    }
    std::string info() const { return tool("pdfinfo").out; }
    int pages() const {
        std::smatch match;
        const std::string text = info();
        REQUIRE(std::regex_search(text, match, std::regex(R"(Pages:\s+(\d+))")));
        return std::stoi(match[1]);
    }

  private:
    test::TempDir m_dir;
    std::string m_bytes;
};

std::string normalise(const std::string& text) {
    return test::collapseSpaces(text);
}

// What the writer prints of user text: control characters dropped.
std::string printable(const std::string& text) {
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\t' || c == '\n' || c == '\r') {
            out += ' ';
        } else if (byte >= 0x20 && byte != 0x7F) {
            out += c;
        }
    }
    return out;
}

void collect(const ReportInput& input, std::vector<std::string>& out) {
    out.push_back(input.text);
    for (const auto& child : input.children) {
        collect(child, out);
    }
}

std::vector<std::string> allInputs(const ReportDocument& doc) {
    std::vector<std::string> out;
    for (const auto& round : doc.rounds) {
        for (const auto& group : round.groups) {
            for (const auto& input : group.inputs) {
                collect(input, out);
            }
        }
    }
    return out;
}

// The page a contents line points to: "1.10 Unge i lære ....... 4".
int contentsPage(const std::string& contents, const std::string& entry) {
    std::istringstream lines(contents);
    for (std::string line; std::getline(lines, line);) {
        std::smatch match;
        if (normalise(line).find(entry) != std::string::npos &&
            std::regex_search(line, match, std::regex(R"((\d+)\s*$)"))) {
            return std::stoi(match[1]);
        }
    }
    FAIL("no contents line for " << entry);
    return 0;
}

} // namespace

TEST_CASE("PDF proceedings: every input, Norwegian text, pages, footer, metadata, fonts") {
    REQUIRE_POPPLER();
    auto event = test::sampleEvent();
    event.groups[1].inputs.push_back(
        model::Input{model::Id::generate(), "Et “sitat” – og ‘enkelt’ … ÆØÅ æøå é ü", {}, {}, {}});
    const auto doc = buildReport(event, {});
    const Pdf pdf(doc);
    CHECK(pdf.bytes().rfind("%PDF-", 0) == 0);

    const std::string text = normalise(pdf.text());
    for (const auto& input : allInputs(doc)) {
        CHECK(text.find(normalise(input)) != std::string::npos);
    }
    for (const char* expected :
         {"Innspill fra Åpen arena 2031", "til en strategi for «læring og arbeid»",
          "Hva er til beste for elev, lærling og arbeidsgiver?", "Om denne rapporten",
          "Fjellstua, Vinje, 22.–23. januar 2031", "Kari Nordmann og Ola Åsen", "Innhold",
          "DAG 1, gruppesesjon 1", "1.10 Unge i lære", "2.1 Digitale verktøy – muligheter",
          "Initiativtaker: Åse Berg, Lærlingkontoret",
          "Støttefasilitator: Pernille Ødegård, Nasjonal kompetansetjeneste",
          "Antall deltakere: 3 + 2", "Innspill til strategien:", "Slått sammen med gruppe 1.10",
          "Fordypning til innspill nr 1.1 dag 1", "side 2"}) {
        CHECK(text.find(expected) != std::string::npos);
    }
    // Title, about, contents, then a page per round at least.
    CHECK(pdf.pages() >= 3 + static_cast<int>(doc.rounds.size()));
    CHECK(pdf.pages() <= 12);
    // The title page has no footer; the others say where they are.
    CHECK(pdf.page(1).find("side 1") == std::string::npos);
    CHECK(normalise(pdf.page(4)).find("Innspill fra Åpen arena 2031") != std::string::npos);
    CHECK(normalise(pdf.page(4)).find("side 4") != std::string::npos);

    const std::string body = normalise(pdf.bodyText());
    CHECK(body.find("side 2") == std::string::npos);

    const Output info = pdf.tool("pdfinfo");
    CHECK(info.err.empty()); // the appended contents links left the file intact
    CHECK(info.out.find("Title:           Innspill fra Åpen arena 2031") != std::string::npos);
    CHECK(info.out.find("Author:          Kari Nordmann og Ola Åsen") != std::string::npos);
    CHECK(info.out.find("Creator:         Innspill") != std::string::npos);
    CHECK(info.out.find("595.28 x 841.89 pts (A4)") != std::string::npos);

    // Every font embedded (column "emb"), and they are DejaVu.
    const std::string fonts = pdf.tool("pdffonts").out;
    std::istringstream lines(fonts);
    int fontCount = 0;
    for (std::string line; std::getline(lines, line);) {
        if (line.find("DejaVu") != std::string::npos) {
            ++fontCount;
            CHECK(line.find(" yes ") != std::string::npos);
        }
    }
    CHECK(fontCount >= 3);
}

TEST_CASE("PDF contents: page numbers where the headings are, links and bookmarks to them") {
    REQUIRE_POPPLER();
    const auto doc = buildReport(test::sampleEvent(), {});
    const Pdf pdf(doc);
    const std::string contents = pdf.page(3, "-layout");
    REQUIRE(contents.find("Innhold") != std::string::npos);

    for (const auto& round : doc.rounds) {
        const int page = contentsPage(contents, round.heading);
        CHECK(page > 3);
        // A round starts a page: its heading is the first thing on it.
        CHECK(normalise(pdf.page(page)).rfind(round.heading, 0) == 0);
        for (const auto& group : round.groups) {
            const std::string heading = group.number + " " + group.title;
            const int groupPage = contentsPage(contents, heading);
            INFO(heading << " listed on page " << groupPage);
            CHECK(normalise(pdf.page(groupPage)).find(heading) != std::string::npos);
        }
    }

    // Every contents line links to its page.
    const std::string xml = pdf.tool("pdftohtml", "-xml -stdout -i -q").out;
    const int page = contentsPage(contents, "1.10 Unge i lære");
    // (The number and title are apart on the page and a space apart in the text.)
    CHECK(std::regex_search(xml,
                            std::regex("#" + std::to_string(page) + "\">1\\.10 +Unge i lære</a>")));
    size_t links = 0;
    for (size_t at = pdf.bytes().find("/Subtype /Link"); at != std::string::npos;
         at = pdf.bytes().find("/Subtype /Link", at + 1)) {
        ++links;
    }
    CHECK(links == 7); // three rounds and four groups

    // Bookmarks: rounds with their groups.
    CHECK(xml.find("<outline>") != std::string::npos);
    CHECK(xml.find("<item page=\"" + std::to_string(page) + "\">1.10 Unge i lære</item>") !=
          std::string::npos);
    CHECK(xml.find(">DAG 2, gruppesesjon 3</item>") != std::string::npos);
    CHECK(xml.find(">Om denne rapporten</item>") != std::string::npos);
}

TEST_CASE("PDF thematic: themes with their inputs and groups, untagged, drawn charts") {
    REQUIRE_POPPLER();
    const auto doc = buildReport(test::sampleEvent(), {ReportKind::Thematic, false});
    const Pdf pdf(doc);
    const std::string text = normalise(pdf.text());
    for (const auto& theme : doc.themes) {
        CHECK(text.find(theme.name) != std::string::npos);
        CHECK(text.find(normalise(theme.description)) != std::string::npos);
        for (const auto& input : theme.inputs) {
            CHECK(text.find(input.input.text + " (gruppe " + input.groupNumber + ")") !=
                  std::string::npos);
        }
    }
    CHECK(text.find("Innspill uten tema") != std::string::npos);
    for (const auto& input : doc.untagged) {
        CHECK(text.find(normalise(input.input.text) + " (gruppe " + input.groupNumber + ")") !=
              std::string::npos);
    }
    // The charts: titles, a label and its value per bar.
    for (const auto& chart : doc.charts) {
        CHECK(text.find(chart.title) != std::string::npos);
        for (const auto& [label, value] : chart.bars) {
            CHECK(text.find(label + " " + std::to_string(value)) != std::string::npos);
        }
    }
    // Bars are drawn, not typed: the summary page holds filled rectangles.
    const std::string xml = pdf.tool("pdftohtml", "-xml -stdout -i -q").out;
    CHECK(xml.find(">Tilby tjenester som virker</item>") != std::string::npos);
    CHECK(xml.find(">Innspill per tema</item>") != std::string::npos);
    CHECK(pdf.pages() >= 3 + 1 + static_cast<int>(doc.themes.size()) + 1);
}

TEST_CASE("PDF privacy: public reports name no participant, internal ones have the appendix") {
    REQUIRE_POPPLER();
    for (const auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        const Pdf published(buildReport(test::sampleEvent(), {kind, false}));
        const std::string text = published.text() + published.info();
        for (const auto& name : test::kSecretNames) {
            CHECK(text.find(name) == std::string::npos);
        }
        const Pdf internal(buildReport(test::sampleEvent(), {kind, true}));
        const std::string all = normalise(internal.text());
        CHECK(all.find("Hemmelig Deltaker") != std::string::npos);
        CHECK(all.find("Jørgen Æsøy") != std::string::npos);
        CHECK(all.find("Vedlegg: deltakere og notater") != std::string::npos);
        CHECK(all.find("Deltakere: Jørgen Æsøy; Hemmelig Deltaker, Privat") != std::string::npos);
        CHECK(all.find("Utfordringer: Mange aktører") != std::string::npos);
    }
}

TEST_CASE("PDF hostile text: markup, control characters, 10,000 characters, emoji, RTL") {
    REQUIRE_POPPLER();
    const auto event = test::hostileEvent();
    for (const auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        const auto doc = buildReport(event, {kind, true});
        std::unique_ptr<Pdf> pdf;
        REQUIRE_NOTHROW(pdf = std::make_unique<Pdf>(doc));
        const Output info = pdf->tool("pdfinfo");
        CHECK(info.err.empty());
        CHECK(info.out.find("<script>alert(1)</script> & \"venner\"") != std::string::npos);
        const std::string text = normalise(pdf->bodyText());
        for (const auto& input : test::hostileInputs()) {
            if (input.find("emoji") != std::string::npos) {
                // Right-to-left runs come out in visual order; the emoji
                // has no font here but is still the text behind its box.
                CHECK(text.find("emoji") != std::string::npos);
                CHECK(text.find("👩") != std::string::npos);
                CHECK(text.find("og høyre-til-venstre:") != std::string::npos);
                continue;
            }
            if (kind == ReportKind::Thematic && input.rfind("<script>", 0) != 0) {
                continue; // only the first hostile input is tagged
            }
            INFO(input.substr(0, 60));
            CHECK(text.find(normalise(printable(input))) != std::string::npos);
        }
        CHECK(text.find("kontroll[31mrødt slutt") != std::string::npos);
        CHECK(text.find("\x1b") == std::string::npos);
    }
    // The 10,000-character input alone fills more than a page.
    const auto doc = buildReport(event, {});
    CHECK(Pdf(doc).pages() >= Pdf(buildReport(test::sampleEvent(), {})).pages() + 2);
}

TEST_CASE("PDF bytes that are not UTF-8 and empty documents do not break the writer") {
    REQUIRE_POPPLER();
    auto event = test::sampleEvent();
    event.title = std::string("Ugyldig \xff\xfe tittel \xc3");
    event.title += std::string(1, '\0') + "slutt";
    event.groups[0].inputs[0].text = "halv \xe2\x82 tegn og \xed\xa0\x80 surrogat";
    event.groups[0].title = "";
    // A "number" as long as a sentence gets no hanging indent that wide.
    event.groups[1].number = "1.1 er egentlig en hel setning som ingen burde skrive her";
    const Pdf pdf(buildReport(event, {}));
    const std::string text = normalise(pdf.text());
    CHECK(text.find("1.1 er egentlig en hel setning som ingen burde skrive her") !=
          std::string::npos);
    CHECK(text.find("halv") != std::string::npos);
    CHECK(text.find("surrogat") != std::string::npos);
    CHECK(text.find("Ugyldig") != std::string::npos);

    ReportDocument empty;
    empty.words = buildReport(test::sampleEvent(), {}).words;
    const Pdf blank(empty);
    CHECK(blank.pages() == 2); // title page and an empty contents
}

namespace {

// A document of many groups with inputs of every kind and length.
ReportDocument longDocument() {
    ReportDocument doc = buildReport(test::sampleEvent(), {});
    doc.rounds.resize(2);
    const std::string words = "Tverrfaglige kommunale arbeid og helsesenter for å fremme "
                              "samtidighet i oppfølging av sykmeldte ";
    for (size_t r = 0; r < doc.rounds.size(); ++r) {
        doc.rounds[r].groups.clear();
        for (int g = 1; g <= 24; ++g) {
            ReportGroup group;
            group.number = std::to_string(r + 1) + "." + std::to_string(g);
            group.title =
                "Gruppe med en tittel " + std::string(static_cast<size_t>(g % 4) * 20, 'x');
            group.fields = {{"Initiativtaker", "Kari Nordmann"}, {"Antall deltakere", "5"}};
            group.inputsLabel = "Innspill til strategien";
            for (int i = 0; i < 3 + g % 7; ++i) {
                ReportInput input;
                std::string text;
                for (int w = 0; w < 1 + (g * 7 + i * 3) % 9; ++w) {
                    text += words;
                }
                input.text = text;
                input.kind = i == 2 ? model::InputKind::SubHeading : model::InputKind::Item;
                if (i % 3 == 1) {
                    input.children.push_back(ReportInput{"Et underpunkt", {}, {}, {}});
                }
                group.inputs.push_back(input);
            }
            group.notes = {"Fordypning til innspill nr 1.1 dag 1"};
            doc.rounds[r].groups.push_back(group);
        }
    }
    return doc;
}

} // namespace

TEST_CASE("PDF pagination: headings keep with their text, no single lines, nothing past the foot") {
    using namespace innspill::io::report::pdf;
    const ReportDocument doc = longDocument();
    PangoFontMap* fonts = pango_cairo_font_map_new();
    PangoContext* context = pango_font_map_create_context(fonts);
    pango_cairo_context_set_resolution(context, 72.0);
    {
        Typesetter type(context);
        Flow flow = buildFlow(doc);
        for (Block& block : flow.blocks) {
            type.measure(block, doc);
        }
        const int pages = type.paginate(flow.blocks, 1);
        CHECK(pages > 10);

        int lastPage = 1;
        for (size_t i = 0; i < flow.blocks.size(); ++i) {
            const Block& block = flow.blocks[i];
            REQUIRE(!block.fragments.empty());
            size_t rows = 0;
            for (const Fragment& fragment : block.fragments) {
                CHECK(fragment.page >= lastPage);
                lastPage = fragment.page;
                double height = 0;
                for (size_t r = fragment.firstRow; r < fragment.firstRow + fragment.rowCount; ++r) {
                    height += block.rows[r];
                }
                CHECK(fragment.y >= kBodyTop - 0.01);
                CHECK(fragment.y + height <= kBodyBottom + 0.1);
                rows += fragment.rowCount;
            }
            CHECK(rows == block.rows.size());
            if (block.fragments.size() > 1 && block.rows.size() >= 4) {
                CHECK(block.fragments.front().rowCount >= 2); // no orphan
                CHECK(block.fragments.back().rowCount >= 2);  // no widow
            }
            if (block.style == Style::Heading1 && block.pageBreakBefore) {
                CHECK(block.fragments.front().y == Approx(kBodyTop));
            }
            if (block.keepWithNext && i + 1 < flow.blocks.size() &&
                !flow.blocks[i + 1].pageBreakBefore) {
                // A heading, field or label is on the page where what follows begins.
                INFO("block " << i << ": " << block.text);
                CHECK(block.fragments.back().page == flow.blocks[i + 1].fragments.front().page);
            }
        }
    }
    g_object_unref(context);
    g_object_unref(fonts);
}

using test::textsOf;

TEST_CASE("PDF tagged: a structure tree in reading order, language and title in the catalog") {
    REQUIRE_POPPLER();
    auto doc = buildReport(test::sampleEvent(), {});
    // Wrapped lines (drawn by Pango on the title page, by the fast path in
    // the body) and "fl"/"fi" read back whole from the tags, a space where a
    // line broke.
    doc.title += " – en lang tittel som går over flere linjer på tittelsiden, i fire fine ord";
    const std::string wrapped =
        "Flere fikk finne flyt i læringen da tjenestene samarbeidet, og dette avsnittet er "
        "langt nok til å gå over flere linjer i rapporten slik at linjeskiftene blir prøvd.";
    doc.aboutParagraphs.push_back(wrapped);
    const Pdf pdf(doc);
    const Output info = pdf.tool("pdfinfo");
    CHECK(info.err.empty());
    CHECK(info.out.find("Tagged:          yes") != std::string::npos);

    const auto tree = test::pdfStructure(pdf.bytes());
    REQUIRE(!tree.empty());
    CHECK(tree[0].type == "Document");
    CHECK(tree[0].depth == 0);
    CHECK(tree.size() > 50);
    for (size_t i = 1; i < tree.size(); ++i) {
        CHECK(tree[i].depth > 0); // one root: the footer and nothing else is outside it
    }

    // Headings in visual order: the title, then about, contents, the rounds.
    CHECK(textsOf(tree, "H1") == std::vector<std::string>{doc.title});
    std::vector<std::string> sections{"Om denne rapporten", "Innhold"};
    for (const auto& round : doc.rounds) {
        sections.push_back(round.heading);
    }
    CHECK(textsOf(tree, "H2") == sections);
    std::vector<std::string> groups;
    for (const auto& round : doc.rounds) {
        for (const auto& group : round.groups) {
            groups.push_back(group.number + " " + group.title);
        }
    }
    CHECK(textsOf(tree, "H3") == groups);

    // The contents: one TOCI per line, each a Link that says where it goes.
    const auto entries = textsOf(tree, "TOCI");
    REQUIRE(entries.size() == doc.rounds.size() + groups.size());
    CHECK(entries.front().rfind(doc.rounds.front().heading, 0) == 0);
    CHECK(textsOf(tree, "Link").size() == entries.size());
    for (size_t i = 0; i < tree.size(); ++i) {
        if (tree[i].type == "TOCI") {
            REQUIRE(tree[i].kids.size() == 1);
            CHECK(tree[tree[i].kids.front()].type == "Link");
        }
    }

    // Inputs are lists: LI = Lbl (the bullet) + LBody (the text); every
    // input's text is in an LBody, sub-points in a list inside their item's.
    const auto bodies = textsOf(tree, "LBody");
    const std::string allBodies = [&] {
        std::string out;
        for (const auto& body : bodies) {
            out += body + "\n";
        }
        return out;
    }();
    for (const auto& group : doc.rounds.front().groups) {
        for (const auto& input : group.inputs) {
            if (input.kind == model::InputKind::Item) {
                CHECK(allBodies.find(normalise(printable(input.text))) != std::string::npos);
            }
        }
    }
    size_t items = 0;
    size_t nested = 0;
    for (size_t i = 0; i < tree.size(); ++i) {
        if (tree[i].type != "LI") {
            continue;
        }
        ++items;
        REQUIRE(!tree[i].kids.empty());
        CHECK(tree[tree[i].kids.front()].type == "Lbl");
        CHECK(tree[tree[i].kids.back()].type == "LBody");
        for (size_t kid : tree[tree[i].kids.back()].kids) {
            nested += tree[kid].type == "L" ? 1 : 0;
        }
    }
    CHECK(items >= allInputs(doc).size() / 2);
    CHECK(nested >= 1); // the sample has sub-points
    CHECK(textsOf(tree, "Lbl").front() == "•");

    // Fields and notes are paragraphs; the footer is in none of them.
    const auto paragraphs = textsOf(tree, "P");
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), wrapped) != paragraphs.end());
    CHECK(std::find(paragraphs.begin(), paragraphs.end(),
                    "Initiativtaker: Åse Berg, Lærlingkontoret") != paragraphs.end());
    for (size_t i = 0; i < tree.size(); ++i) {
        CHECK(tree[i].text.find("side ") == std::string::npos);
    }

    // Language and "show the title" in the catalog (added as an update).
    CHECK(pdf.bytes().find("/Lang <FEFF006E0062002D004E004F>") != std::string::npos); // nb-NO
    CHECK(pdf.bytes().find("/DisplayDocTitle true") != std::string::npos);
}

TEST_CASE("PDF tagged: charts are figures with their numbers as alternative text") {
    REQUIRE_POPPLER();
    auto event = test::sampleEvent();
    event.language = "nn";
    const auto doc = buildReport(event, {ReportKind::Thematic, false});
    const Pdf pdf(doc);
    const auto tree = test::pdfStructure(pdf.bytes());
    size_t figures = 0;
    for (const auto& element : tree) {
        figures += element.type == "Figure" ? 1 : 0;
    }
    CHECK(figures == doc.charts.size());
    // The alt text: the title, then each bar's label and number.
    const BarChart& chart = doc.charts.front();
    std::string alt = chart.title + ":";
    for (size_t i = 0; i < chart.bars.size(); ++i) {
        alt += (i == 0 ? " " : "; ") + chart.bars[i].first + " " +
               std::to_string(chart.bars[i].second);
    }
    CHECK(pdf.bytes().find("/Alt " + pdf::pdfTextString(alt + ".")) != std::string::npos);
    CHECK(pdf.bytes().find("/Lang <FEFF006E006E002D004E004F>") != std::string::npos); // nn-NO
    // Theme names are H2 in the order the report prints them.
    const auto h2 = textsOf(tree, "H2");
    REQUIRE(h2.size() >= 2 + doc.themes.size());
    CHECK(h2[1] == doc.words.contents);
    CHECK(h2[2] == doc.words.summary);
    for (size_t i = 0; i < doc.themes.size(); ++i) {
        CHECK(h2[3 + i] == doc.themes[i].name);
    }
}

TEST_CASE("PDF fonts: DejaVu alone when it covers the text, the system's fonts otherwise") {
    auto doc = buildReport(test::sampleEvent(), {ReportKind::Proceedings, true});
    CHECK(pdf::usesPrivateFonts(doc));
    auto other = doc;
    other.rounds.back().groups.back().inputs.back().children.push_back(
        ReportInput{"漢字 🙂", model::InputKind::Item, {}, {}});
    CHECK(!pdf::usesPrivateFonts(other));
    auto chart = doc;
    chart.charts.push_back(BarChart{"Tema", {{"学校", 1}}, "Tema", "Innspill", {}});
    CHECK(!pdf::usesPrivateFonts(chart));
    // Both are written, the text read back whole.
    REQUIRE_POPPLER();
    const Pdf pdf(other);
    CHECK(normalise(pdf.text()).find("漢字") != std::string::npos);
}

TEST_CASE("PDF: the name policy, no empty round, a met group without inputs") {
    REQUIRE_POPPLER();
    test::checkReportRules([](const model::Event& event, bool internal) {
        const Pdf pdf(buildReport(event, {ReportKind::Proceedings, internal}));
        return normalise(pdf.text()) + pdf.info();
    });
}
