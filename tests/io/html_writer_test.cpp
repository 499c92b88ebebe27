// The HTML report read back with libxml2 (as XML: well-formed, structure by
// XPath; and with its HTML parser, as a browser would) and checked by tidy.
#include "io/report/html_writer.hpp"
#include "io/report/report_document.hpp"
#include "io/report/svg_bar_chart.hpp"
#include "io/report_text_support.hpp"
#include "support/report_rules.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#ifndef _WIN32
#include <sys/wait.h>
#endif

#include <cstdlib>
#include <set>

using namespace innspill;
using namespace innspill::io::report;

namespace {

std::vector<std::string>& parseErrors() {
    static std::vector<std::string> errors;
    return errors;
}

void collectError(void*, const xmlError* error) {
    parseErrors().push_back(error && error->message ? error->message : "?");
}

// The report parsed as XML, with XPath over the XHTML and SVG namespaces.
class Xml {
  public:
    explicit Xml(const std::string& text) {
        parseErrors().clear();
        xmlSetStructuredErrorFunc(nullptr,
                                  [](void* ctx, xmlErrorPtr error) { collectError(ctx, error); });
        m_doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "report.html", "UTF-8",
                              XML_PARSE_NONET | XML_PARSE_HUGE);
        xmlSetStructuredErrorFunc(nullptr, nullptr);
        if (m_doc) {
            m_xpath = xmlXPathNewContext(m_doc);
            xmlXPathRegisterNs(m_xpath, BAD_CAST "h", BAD_CAST "http://www.w3.org/1999/xhtml");
            xmlXPathRegisterNs(m_xpath, BAD_CAST "svg", BAD_CAST "http://www.w3.org/2000/svg");
        }
    }
    ~Xml() {
        if (m_xpath) {
            xmlXPathFreeContext(m_xpath);
        }
        if (m_doc) {
            xmlFreeDoc(m_doc);
        }
    }
    Xml(const Xml&) = delete;
    Xml& operator=(const Xml&) = delete;

    bool ok() const { return m_doc != nullptr; }

    std::vector<xmlNodePtr> nodes(const std::string& path) const {
        std::vector<xmlNodePtr> out;
        xmlXPathObjectPtr result = xmlXPathEvalExpression(BAD_CAST path.c_str(), m_xpath);
        REQUIRE(result);
        if (result->nodesetval) {
            for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
                out.push_back(result->nodesetval->nodeTab[i]);
            }
        }
        xmlXPathFreeObject(result);
        return out;
    }

    std::vector<std::string> texts(const std::string& path) const {
        std::vector<std::string> out;
        for (xmlNodePtr node : nodes(path)) {
            out.push_back(text(node));
        }
        return out;
    }

    std::string first(const std::string& path) const {
        const auto all = texts(path);
        return all.empty() ? std::string("<none: ") + path + ">" : all.front();
    }

    static std::string text(xmlNodePtr node) {
        xmlChar* content = xmlNodeGetContent(node);
        std::string out = content ? reinterpret_cast<const char*>(content) : "";
        xmlFree(content);
        return out;
    }

  private:
    xmlDocPtr m_doc = nullptr;
    xmlXPathContextPtr m_xpath = nullptr;
};

// An element's text with <br> as "\n" and nested lists left out: what a
// reader sees as this one item.
std::string ownText(xmlNodePtr node) {
    std::string out;
    for (xmlNodePtr child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE) {
            out += reinterpret_cast<const char*>(child->content);
        } else if (child->type == XML_ELEMENT_NODE) {
            const std::string name = reinterpret_cast<const char*>(child->name);
            if (name == "br") {
                out += "\n";
            } else if (name != "ul") {
                out += ownText(child);
            }
        }
    }
    // The line end after a nested list is source formatting, not text.
    while (!out.empty() && out.back() == '\n') {
        out.pop_back();
    }
    return out;
}

std::string htmlOf(const model::Event& event, ReportOptions options) {
    return writeHtml(buildReport(event, options));
}

// Checks every report must pass: well-formed, nothing executable or fetched,
// every internal link lands.
void requireSafeAndWellFormed(const std::string& html) {
    const Xml xml(html);
    for (const auto& error : parseErrors()) {
        UNSCOPED_INFO(error);
    }
    REQUIRE(xml.ok());
    CHECK(parseErrors().empty());
    CHECK(xml.nodes("//h:script | //svg:script | //h:iframe | //h:img | //h:link | //h:object")
              .empty());
    CHECK(xml.nodes("//@*[starts-with(name(), 'on')] | //@src | //@style").empty());
    CHECK(xml.nodes("//h:style").size() == 1);
    const std::string css = xml.first("//h:style");
    CHECK(css.find("url(") == std::string::npos);
    CHECK(css.find("@import") == std::string::npos);
    for (const auto& href : xml.texts("//@href")) {
        INFO(href);
        REQUIRE(href.rfind('#', 0) == 0);
        CHECK(xml.nodes("//*[@id='" + href.substr(1) + "']").size() == 1);
    }
    // Ids are unique.
    const auto ids = xml.texts("//@id");
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());

    // What a browser's HTML parser builds from it: still no script, no handler.
    htmlDocPtr doc =
        htmlReadMemory(html.data(), static_cast<int>(html.size()), "report.html", "UTF-8",
                       HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    REQUIRE(doc);
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlXPathObjectPtr found =
        xmlXPathEvalExpression(BAD_CAST "//script | //img | //@*[starts-with(name(), 'on')]", ctx);
    CHECK((found->nodesetval == nullptr || found->nodesetval->nodeNr == 0));
    xmlXPathFreeObject(found);
    xmlXPathFreeContext(ctx);
    xmlFreeDoc(doc);
}

bool haveTidy() {
#ifdef _WIN32
    return false; // HTML Tidy is checked in the Linux build
#else
    return std::system("command -v tidy >/dev/null 2>&1") == 0;
#endif
}

// tidy's diagnostics for the file; tidy exits 2 on errors, 1 on warnings.
std::pair<int, std::string> runTidy(const std::string& html) {
    test::TempDir dir;
    test::writeFile(dir / "report.html", html);
    const std::string command = "tidy -q -e --show-warnings yes \"" +
                                (dir / "report.html").string() + "\" 2>\"" +
                                (dir / "tidy.txt").string() + "\"";
    const int status = std::system(command.c_str());
#ifdef _WIN32
    const int code = status;
#else
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#endif
    return {code, test::readFile(dir / "tidy.txt")};
}

} // namespace

TEST_CASE("html proceedings: well-formed, language, title page, contents, groups") {
    const auto doc = buildReport(test::sampleEvent(), {});
    const std::string html = writeHtml(doc);
    requireSafeAndWellFormed(html);
    const Xml xml(html);
    REQUIRE(xml.ok());

    CHECK(xml.first("/h:html/@lang") == "nb-NO");
    CHECK(xml.nodes("/h:html/h:head/h:meta[@charset='utf-8']").size() == 1);
    CHECK(xml.first("/h:html/h:head/h:title") == "Innspill fra Åpen arena 2031");
    CHECK(xml.texts("//h:h1") == std::vector<std::string>{"Innspill fra Åpen arena 2031"});
    CHECK(xml.first("//h:header[@class='title-page']/h:p[@class='subtitle']") ==
          "til en strategi for «læring og arbeid»");
    CHECK(xml.texts("//h:div[@class='questions']/h:p") ==
          std::vector<std::string>{"Hva gjør at flere lærer hele livet?",
                                   "Hva er til beste for elev, lærling og arbeidsgiver?"});
    CHECK(xml.texts("//h:h2") ==
          std::vector<std::string>{"Om denne rapporten", "Innhold", "DAG 1, gruppesesjon 1",
                                   doc.rounds[1].heading, "DAG 2, gruppesesjon 3"});
    CHECK(xml.texts("//h:section[@class='round']/@id") ==
          std::vector<std::string>{"runde-1", "runde-2", "runde-3"});
    CHECK(xml.texts("//h:h3") ==
          std::vector<std::string>{"1.1 Hvem skal koordinere læring der folk bor?",
                                   "1.10 Unge i lære", "2.1 Digitale verktøy – muligheter",
                                   "3.1 Fordypning: koordinering"});
    CHECK(xml.first("//h:p[@class='signature']") ==
          "Fjellstua, Vinje, 22.–23. januar 2031Kari Nordmann og Ola Åsen");

    // The contents nest groups under rounds and link to them.
    CHECK(xml.texts("//h:nav/h:ol/h:li/h:a/@href") ==
          std::vector<std::string>{"#om-rapporten", "#runde-1", "#runde-2", "#runde-3"});
    CHECK(xml.texts("//h:nav/h:ol/h:li[2]/h:ol/h:li/h:a/@href") ==
          std::vector<std::string>{"#gruppe-1-1", "#gruppe-1-10"});

    // Group 1.1: fields, label, nested list with escaped text.
    const std::string g = "//h:article[@id='gruppe-1-1']";
    CHECK(xml.texts(g + "/h:header/h:dl/h:dt") ==
          std::vector<std::string>{"Initiativtaker:", "Støttefasilitator:", "Antall deltakere:"});
    CHECK(xml.texts(g + "/h:header/h:dl/h:dd") ==
          std::vector<std::string>{"Silje Mæland", "Pernille Ødegård, Nasjonal kompetansetjeneste",
                                   "13"});
    CHECK(xml.first(g + "/h:p[@class='inputs-label']") == "Innspill til strategien:");
    const auto items = xml.nodes(g + "/h:ul[@class='inputs']/h:li");
    REQUIRE(items.size() == 2);
    CHECK(ownText(items[1]) == "Tidlig kartlegging & «samhandling» <alle>");
    CHECK(xml.texts(g + "/h:ul/h:li[2]/h:ul/h:li") ==
          std::vector<std::string>{"for unge", "for voksne"});
    CHECK(html.find("Tidlig kartlegging &amp; «samhandling» &lt;alle&gt;") != std::string::npos);

    // Group 1.10: lead-in, list, sub-heading, list, in that order.
    std::vector<std::string> sequence;
    for (xmlNodePtr node : xml.nodes("//h:article[@id='gruppe-1-10']/*[not(self::h:header)]")) {
        xmlChar* cls = xmlGetProp(node, BAD_CAST "class");
        sequence.push_back(std::string(reinterpret_cast<const char*>(node->name)) + "." +
                           (cls ? reinterpret_cast<const char*>(cls) : ""));
        xmlFree(cls);
    }
    CHECK(sequence == std::vector<std::string>{"p.inputs-label", "p.lead-in", "ul.inputs",
                                               "p.sub-heading", "ul.inputs"});
    CHECK(xml.first("//h:article[@id='gruppe-1-10']//h:p[@class='lead-in']") ==
          "Lærlingordningen må styrkes:");
    CHECK(xml.first("//h:article[@id='gruppe-2-1']/h:p[@class='note']") ==
          "Slått sammen med gruppe 1.10");
}

TEST_CASE("html: print stylesheet and nothing fetched") {
    const std::string html = htmlOf(test::sampleEvent(), {});
    CHECK(html.find("@page { size: A4;") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("section.round, section.theme") != std::string::npos);
    CHECK(html.find("page-break-before: always") != std::string::npos);
    CHECK(html.find(".group-header { page-break-inside: avoid") != std::string::npos);
    CHECK(html.find("http://") == html.find("http://www.w3.org/1999/xhtml"));
    CHECK(html.find("https://") == std::string::npos);
}

TEST_CASE("html thematic: themes with group references, untagged, SVG bar charts") {
    const auto doc = buildReport(test::sampleEvent(), {ReportKind::Thematic, false});
    const std::string html = writeHtml(doc);
    requireSafeAndWellFormed(html);
    const Xml xml(html);
    REQUIRE(xml.ok());
    CHECK(xml.texts("//h:main/h:section/h:h2") ==
          std::vector<std::string>{"Om denne rapporten", "Oversikt", "Tilby tjenester som virker",
                                   "Ta virkningsfulle grep tidlig", "Satse på de lokale aktørene",
                                   "Sammenkoble tjenestene og skape flyt",
                                   "Utnytte muligheter i digitale verktøy", "Innspill uten tema"});
    CHECK(xml.nodes("//h:article").empty());
    CHECK(xml.texts("//h:section[@id='tema-1']/h:ul/h:li") ==
          std::vector<std::string>{"Tverrfaglige læringssentre i kommunene (gruppe 1.1)"});
    const auto untagged = xml.nodes("//h:section[@id='uten-tema']/h:ul/h:li");
    REQUIRE(untagged.size() == doc.untagged.size());
    CHECK(ownText(untagged[0]) == "Tidlig kartlegging & «samhandling» <alle> (gruppe 1.1)");

    // Two charts, one bar per entry, the longest bar for the largest value.
    CHECK(xml.texts("//h:figure/h:figcaption") ==
          std::vector<std::string>{"Innspill per tema", "Innspill per gruppesesjon"});
    const auto svgs = xml.nodes("//h:figure/svg:svg");
    REQUIRE(svgs.size() == 2);
    CHECK(xml.nodes("(//svg:svg)[1]/svg:g/svg:rect").size() == doc.charts[0].bars.size());
    CHECK(xml.nodes("(//svg:svg)[2]/svg:g/svg:rect").size() == doc.charts[1].bars.size());
    CHECK(xml.texts("(//svg:svg)[1]/svg:g/svg:text[@class='value']") ==
          std::vector<std::string>{"1", "0", "1", "0", "0", "5"});
    CHECK(xml.first("(//svg:svg)[1]/svg:g[6]/svg:rect/@width") == "320");
    CHECK(xml.first("(//svg:svg)[1]/svg:g[1]/svg:rect/@width") == "64");
    CHECK(xml.first("(//svg:svg)[1]/svg:g[2]/svg:rect/@width") == "0");
    // A long label is wrapped onto lines, not cut off at the edge.
    CHECK(xml.texts("(//svg:svg)[1]/svg:g[5]/svg:text[@class='label']/svg:tspan") ==
          std::vector<std::string>{"Utnytte muligheter i digitale", "verktøy"});
    CHECK(xml.texts("(//svg:svg)[1]/svg:g[4]/svg:text[@class='label']/svg:tspan") ==
          std::vector<std::string>{"Sammenkoble tjenestene og", "skape flyt"});
}

TEST_CASE("html thematic: each theme's bar in the theme's colour, the untagged bar neutral") {
    model::Event event = test::sampleEvent();
    event.themes[1].colour = "#123456"; // chosen in the Tema tab
    const auto doc = buildReport(event, {ReportKind::Thematic, false});
    const Xml xml(writeHtml(doc));
    REQUIRE(xml.ok());
    for (size_t i = 0; i < event.themes.size(); ++i) {
        INFO("theme " << i + 1);
        CHECK(xml.first("(//svg:svg)[1]/svg:g[" + std::to_string(i + 1) + "]/svg:rect/@fill") ==
              model::colourText(model::themeColour(event.themes, i)));
    }
    CHECK(xml.first("(//svg:svg)[1]/svg:g[2]/svg:rect/@fill") == "#123456");
    CHECK(xml.first("(//svg:svg)[1]/svg:g[" + std::to_string(event.themes.size() + 1) +
                    "]/svg:rect/@fill") == model::colourText(model::brand::kSubtleText));
}

TEST_CASE("html universal design: landmarks, one h1, no skipped level, charts as text, print") {
    for (const auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        for (const bool appendix : {false, true}) {
            const auto doc = buildReport(test::sampleEvent(), {kind, appendix});
            const std::string html = writeHtml(doc);
            const Xml xml(html);
            REQUIRE(xml.ok());
            // The title page is the banner; about, contents and body are main,
            // the contents its navigation, in that order.
            CHECK(xml.nodes("/h:html/h:body/*").size() == 2);
            CHECK(xml.nodes("/h:html/h:body/h:header[1]/h:h1").size() == 1);
            CHECK(xml.nodes("/h:html/h:body/h:main").size() == 1);
            CHECK(xml.first("/h:html/h:body/h:main/*[1]/h:h2") == doc.words.about);
            CHECK(xml.first("/h:html/h:body/h:main/*[2]/self::h:nav/h:h2") == doc.words.contents);
            CHECK(xml.nodes("//h:h1").size() == 1);
            // Heading levels only ever go one deeper.
            int previous = 0;
            for (xmlNodePtr node : xml.nodes("//h:h1 | //h:h2 | //h:h3 | //h:h4 | //h:h5")) {
                const int level = node->name[1] - '0';
                CHECK(level <= previous + 1);
                previous = level;
            }
        }
    }
    // A chart is one image to a screen reader, labelled with its numbers.
    const auto doc = buildReport(test::sampleEvent(), {ReportKind::Thematic, false});
    const Xml xml(writeHtml(doc));
    const auto labels = xml.texts("//svg:svg/@aria-label");
    REQUIRE(labels.size() == doc.charts.size());
    for (size_t i = 0; i < doc.charts.size(); ++i) {
        CHECK(labels[i].rfind(doc.charts[i].title + ": ", 0) == 0);
        for (const auto& [label, value] : doc.charts[i].bars) {
            CHECK(labels[i].find(label + " " + std::to_string(value)) != std::string::npos);
        }
    }
    // Printing keeps headings with what follows them.
    const std::string style = xml.first("//h:style");
    const size_t print = style.find("@media print");
    REQUIRE(print != std::string::npos);
    CHECK(style.find("break-after: avoid", print) != std::string::npos);
}

TEST_CASE("html privacy: public reports hold no participant names, internal ones do") {
    const auto event = test::sampleEvent();
    for (auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        const std::string html = htmlOf(event, {kind, false});
        for (const auto& name : test::kSecretNames) {
            INFO(name);
            CHECK(html.find(name) == std::string::npos);
        }
        const std::string internal = htmlOf(event, {kind, true});
        requireSafeAndWellFormed(internal);
        const Xml xml(internal);
        REQUIRE(xml.ok());
        CHECK(
            xml.texts("//h:section[@id='vedlegg']/h:article[1]/h:ul[@class='participants']/h:li") ==
            std::vector<std::string>{"Jørgen Æsøy", "Hemmelig Deltaker, Privat"});
        CHECK(xml.texts("//h:section[@id='vedlegg']/h:article[1]/h:p[@class='label-line']") ==
              std::vector<std::string>{"Deltakere:", "Utfordringer:", "Muligheter:"});
    }
}

TEST_CASE("html: hostile text is escaped, line breaks kept, nothing injected") {
    const auto event = test::hostileEvent();
    for (auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        const std::string html = htmlOf(event, {kind, true});
        requireSafeAndWellFormed(html);
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("<svg onload") == std::string::npos);
        CHECK(html.find("<img") == std::string::npos);
        CHECK(html.find('\x01') == std::string::npos);
        CHECK(html.find('\x1b') == std::string::npos);
    }
    const std::string html = htmlOf(event, {});
    const Xml xml(html);
    REQUIRE(xml.ok());
    CHECK(xml.first("//h:h1") == "Åpen arena <script>alert(1)</script> & \"venner\" 🎉 שלום");
    CHECK(xml.first("/h:html/h:head/h:title") == xml.first("//h:h1"));
    CHECK(xml.first("//h:article[@id='gruppe-1-10']//h:h3/h:bdi") ==
          "**Fet** _kursiv_ `kode` <script>alert(1)</script> مرحبا بالعالم");
    CHECK(xml.first("//h:article[@id='gruppe-1-10']//h:dd") ==
          "Åse <i>Berg</i> \"A&B\" مرحبا, Lærlingkontoret");
    CHECK(xml.first("//h:article[@id='gruppe-1-10']/h:p[@class='note']") ==
          "*ikke kursiv* </p><p onclick=\"x\">");

    const auto items = xml.nodes("//h:article[@id='gruppe-1-10']/h:ul[2]/h:li");
    const auto hostile = test::hostileInputs();
    REQUIRE(items.size() == 1 + hostile.size());
    CHECK(ownText(items[1]) == hostile[0]);
    CHECK(ownText(items[8]) == "<img src=x onerror=alert(1)> &amp; &#60; &lt;b&gt; \\");
    CHECK(ownText(items[9]) == "første linje\nandre linje\n= setext?\n---\n4 mellomrom\n1) nummer");
    CHECK(ownText(items[10]) == "kontroll[31mrødt\x7f slutt");
    CHECK(ownText(items[16]) == hostile[15]);
    CHECK(ownText(items[17]) == test::longInput());
    CHECK(xml.texts("//h:article[@id='gruppe-1-10']/h:ul[2]/h:li[18]/h:ul/h:li") ==
          std::vector<std::string>{"- <u>under</u> & 2. punkt"});
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;sitat&quot; "
                    "&#39;enkelt&#39;") != std::string::npos);

    // The hostile theme name inside the SVG chart is text too.
    const std::string thematic = htmlOf(event, {ReportKind::Thematic, false});
    const Xml themed(thematic);
    REQUIRE(themed.ok());
    CHECK(themed.first("(//svg:svg)[1]/svg:g[1]/svg:title") ==
          "Tjenester <svg onload=alert(1)> & «virker» | ja: 2");
    CHECK(themed.nodes("//svg:svg//svg:svg").empty());
}

TEST_CASE("html: a language tag that is not one falls back to bokmål") {
    auto doc = buildReport(test::sampleEvent(), {});
    doc.language = "en\" onload=\"x";
    CHECK(writeHtml(doc).find("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nb-NO\">") !=
          std::string::npos);
    doc.language = "nn";
    CHECK(writeHtml(doc).find(" lang=\"nn-NO\">") != std::string::npos);
}

TEST_CASE("html: tidy finds no errors and no warnings", "[tidy]") {
    if (!haveTidy()) {
        WARN("tidy is not installed; skipped");
        return;
    }
    const auto sample = test::sampleEvent();
    const auto hostile = test::hostileEvent();
    for (const auto* event : {&sample, &hostile}) {
        for (auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
            for (bool internal : {false, true}) {
                const auto [code, messages] = runTidy(htmlOf(*event, {kind, internal}));
                INFO(messages);
                CHECK(code == 0);
            }
        }
    }
}

TEST_CASE("html: an empty document is still a well-formed page") {
    ReportDocument doc;
    const std::string html = writeHtml(doc);
    requireSafeAndWellFormed(html);
    CHECK(html.find("<nav") == std::string::npos);
    if (haveTidy()) {
        CHECK(runTidy(html).first < 2);
    }
}

TEST_CASE("html: a very long chart label is cut to three lines with an ellipsis") {
    const std::string svg = svgBarChart(BarChart{
        "t", {{test::longInput(), 3}, {std::string(100, 'x'), 1}}, "Tema", "Innspill", {}});
    const Xml xml(svg);
    REQUIRE(xml.ok());
    const auto first = xml.texts("/svg:svg/svg:g[1]/svg:text[@class='label']/svg:tspan");
    REQUIRE(first.size() == 3);
    CHECK(first[0] == "langt ord langt ord langt ord");
    CHECK(first[2] == "langt ord langt ord langt ord…");
    const auto second = xml.texts("/svg:svg/svg:g[2]/svg:text[@class='label']/svg:tspan");
    CHECK(second == std::vector<std::string>{std::string(30, 'x'), std::string(30, 'x'),
                                             std::string(29, 'x') + "…"});
    CHECK(xml.first("/svg:svg/svg:g[1]/svg:title") == test::longInput() + ": 3");
}

TEST_CASE("html: the name policy, no empty round, a met group without inputs") {
    test::checkReportRules([](const model::Event& event, bool internal) {
        const std::string html = htmlOf(event, {ReportKind::Proceedings, internal});
        requireSafeAndWellFormed(html);
        return html;
    });
}
