// The Markdown report read back with cmark, the CommonMark reference parser:
// structure from the AST, and hostile text that must stay text.
#include "io/report/markdown_writer.hpp"
#include "io/report/report_document.hpp"
#include "io/report_text_support.hpp"
#include "support/report_rules.hpp"
#include "support/sample_event.hpp"

#include <catch2/catch.hpp>
#include <cmark.h>

#include <regex>

using namespace innspill;
using namespace innspill::io::report;

namespace {

class Ast {
  public:
    explicit Ast(const std::string& markdown)
        : m_root(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_VALIDATE_UTF8)) {}
    ~Ast() { cmark_node_free(m_root); }
    Ast(const Ast&) = delete;
    Ast& operator=(const Ast&) = delete;

    cmark_node* root() const { return m_root; }

    std::vector<cmark_node*> all(cmark_node_type type) const {
        std::vector<cmark_node*> found;
        cmark_iter* iter = cmark_iter_new(m_root);
        for (auto event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
             event = cmark_iter_next(iter)) {
            cmark_node* node = cmark_iter_get_node(iter);
            if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == type) {
                found.push_back(node);
            }
        }
        cmark_iter_free(iter);
        return found;
    }

  private:
    cmark_node* m_root;
};

// The text a reader sees, without our anchors; line breaks as "\n". Nested
// lists are left out so an item's text is its own.
std::string plain(cmark_node* node, bool top = true) {
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
        return cmark_node_get_literal(node);
    case CMARK_NODE_LINEBREAK:
    case CMARK_NODE_SOFTBREAK:
        return "\n";
    case CMARK_NODE_HTML_INLINE:
        return "";
    case CMARK_NODE_LIST:
        if (!top) {
            return "";
        }
        break;
    default:
        break;
    }
    std::string text;
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        // Items of one list read as lines.
        if (cmark_node_get_type(node) == CMARK_NODE_LIST && child != cmark_node_first_child(node)) {
            text += "\n";
        }
        text += plain(child, false);
    }
    return text;
}

std::vector<std::pair<int, std::string>> headings(const Ast& ast) {
    std::vector<std::pair<int, std::string>> out;
    for (cmark_node* node : ast.all(CMARK_NODE_HEADING)) {
        out.emplace_back(cmark_node_get_heading_level(node), plain(node));
    }
    return out;
}

// The heading with this text, or null.
cmark_node* headingNamed(const Ast& ast, const std::string& text) {
    for (cmark_node* node : ast.all(CMARK_NODE_HEADING)) {
        if (plain(node) == text) {
            return node;
        }
    }
    return nullptr;
}

// The blocks after a heading, up to the next heading.
std::vector<cmark_node*> section(cmark_node* heading) {
    std::vector<cmark_node*> blocks;
    for (cmark_node* node = cmark_node_next(heading); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
            break;
        }
        blocks.push_back(node);
    }
    return blocks;
}

std::vector<cmark_node*> items(cmark_node* list) {
    std::vector<cmark_node*> out;
    for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        out.push_back(item);
    }
    return out;
}

// The list nested inside an item, or null.
cmark_node* nestedList(cmark_node* item) {
    for (cmark_node* child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
        if (cmark_node_get_type(child) == CMARK_NODE_LIST) {
            return child;
        }
    }
    return nullptr;
}

// Only our own anchors may appear as HTML in the Markdown.
void requireOnlyOurHtml(const Ast& ast) {
    // cmark gives the opening and the closing tag as two nodes.
    const std::regex anchor(R"(<a id="[A-Za-z0-9_-]+">|</a>)");
    for (auto type : {CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK}) {
        for (cmark_node* node : ast.all(type)) {
            const std::string literal = cmark_node_get_literal(node);
            INFO(literal);
            CHECK(std::regex_match(literal, anchor));
        }
    }
    CHECK(ast.all(CMARK_NODE_IMAGE).empty());
    CHECK(ast.all(CMARK_NODE_CODE).empty());
    CHECK(ast.all(CMARK_NODE_CODE_BLOCK).empty());
    CHECK(ast.all(CMARK_NODE_BLOCK_QUOTE).size() <= 1); // the guiding questions
    for (cmark_node* link : ast.all(CMARK_NODE_LINK)) {
        const std::string url = cmark_node_get_url(link);
        INFO(url);
        CHECK(url.rfind('#', 0) == 0);
    }
}

std::string markdownOf(const model::Event& event, ReportOptions options) {
    return writeMarkdown(buildReport(event, options));
}

} // namespace

TEST_CASE("markdown proceedings: headings, fields, lists, lead-ins, notes") {
    const auto doc = buildReport(test::sampleEvent(), {});
    const std::string md = writeMarkdown(doc);
    const Ast ast(md);

    using H = std::vector<std::pair<int, std::string>>;
    CHECK(headings(ast) == H{{1, "Innspill fra Åpen arena 2031"},
                             {2, "Om denne rapporten"},
                             {2, "Innhold"},
                             {2, doc.rounds[0].heading},
                             {3, "1.1 Hvem skal koordinere læring der folk bor?"},
                             {3, "1.10 Unge i lære"},
                             {2, doc.rounds[1].heading},
                             {3, "2.1 Digitale verktøy – muligheter"},
                             {2, "DAG 2, gruppesesjon 3"},
                             {3, "3.1 Fordypning: koordinering"}});
    requireOnlyOurHtml(ast);

    // Group 1.1: fields on separate lines, then the label and a nested list.
    const auto blocks = section(headingNamed(ast, "1.1 Hvem skal koordinere læring der folk bor?"));
    REQUIRE(blocks.size() == 3);
    CHECK(plain(blocks[0]) == "Initiativtaker: Silje Mæland\n"
                              "Støttefasilitator: Pernille Ødegård, Nasjonal kompetansetjeneste\n"
                              "Antall deltakere: 13");
    CHECK(cmark_node_get_type(cmark_node_first_child(blocks[0])) == CMARK_NODE_STRONG);
    CHECK(plain(blocks[1]) == "Innspill til strategien:");
    REQUIRE(cmark_node_get_type(blocks[2]) == CMARK_NODE_LIST);
    CHECK(cmark_node_get_list_type(blocks[2]) == CMARK_BULLET_LIST);
    const auto top = items(blocks[2]);
    REQUIRE(top.size() == 2);
    CHECK(plain(top[0]) == "Tverrfaglige læringssentre i kommunene");
    // '&', '<' and '>' arrive as text.
    CHECK(plain(top[1]) == "Tidlig kartlegging & «samhandling» <alle>");
    REQUIRE(nestedList(top[1]));
    const auto sub = items(nestedList(top[1]));
    REQUIRE(sub.size() == 2);
    CHECK(plain(sub[0]) == "for unge");
    CHECK(plain(sub[1]) == "for voksne");

    // Group 1.10: lead-in paragraph, list, sub-heading in bold, list.
    const auto b = section(headingNamed(ast, "1.10 Unge i lære"));
    REQUIRE(b.size() == 6);
    CHECK(plain(b[0]).find("Antall deltakere: 3 + 2") != std::string::npos);
    CHECK(plain(b[2]) == "Lærlingordningen må styrkes:");
    CHECK(cmark_node_get_type(cmark_node_first_child(b[2])) == CMARK_NODE_TEXT);
    REQUIRE(cmark_node_get_type(b[3]) == CMARK_NODE_LIST);
    CHECK(plain(b[3]) == "Mentorordning i bedrift");
    CHECK(plain(b[4]) == "Rekruttering");
    CHECK(cmark_node_get_type(cmark_node_first_child(b[4])) == CMARK_NODE_STRONG);
    CHECK(plain(b[5]) == "Holdninger hos arbeidsgiver");

    // Notes in italics.
    const auto d = section(headingNamed(ast, "2.1 Digitale verktøy – muligheter"));
    REQUIRE(!d.empty());
    CHECK(plain(d.back()) == "Slått sammen med gruppe 1.10");
    CHECK(cmark_node_get_type(cmark_node_first_child(d.back())) == CMARK_NODE_EMPH);

    // About, place and date, organisers.
    const auto about = section(headingNamed(ast, "Om denne rapporten"));
    REQUIRE(about.size() == 2);
    CHECK(plain(about[1]) == "Fjellstua, Vinje, 22.–23. januar 2031\nKari Nordmann og Ola Åsen");

    // Title page: subtitle and guiding questions.
    const auto title = section(headingNamed(ast, "Innspill fra Åpen arena 2031"));
    REQUIRE(title.size() == 2);
    CHECK(plain(title[0]) == "til en strategi for «læring og arbeid»");
    CHECK(cmark_node_get_type(title[1]) == CMARK_NODE_BLOCK_QUOTE);
    CHECK(plain(title[1]) == "Hva gjør at flere lærer hele livet?\n"
                             "Hva er til beste for elev, lærling og arbeidsgiver?");
}

TEST_CASE("markdown contents: every entry links to an anchor in the document") {
    const std::string md = markdownOf(test::sampleEvent(), {ReportKind::Proceedings, true});
    const Ast ast(md);
    const auto links = ast.all(CMARK_NODE_LINK);
    std::vector<std::string> texts;
    for (cmark_node* link : links) {
        const std::string url = cmark_node_get_url(link);
        CHECK(md.find("<a id=\"" + url.substr(1) + "\"></a>") != std::string::npos);
        texts.push_back(plain(link));
    }
    CHECK(texts == std::vector<std::string>{"Om denne rapporten", "DAG 1, gruppesesjon 1",
                                            "1.1 Hvem skal koordinere læring der folk bor?",
                                            "1.10 Unge i lære", "DAG 1, gruppesesjon 2",
                                            "2.1 Digitale verktøy – muligheter",
                                            "DAG 2, gruppesesjon 3", "3.1 Fordypning: koordinering",
                                            "Vedlegg: deltakere og notater", "Personregister"});
    // Groups nest under their round in the contents.
    const auto contents = section(headingNamed(ast, "Innhold"));
    REQUIRE(contents.size() == 1);
    const auto rounds = items(contents[0]);
    REQUIRE(rounds.size() == 6); // about, three rounds, appendix, index of people
    REQUIRE(nestedList(rounds[1]));
    CHECK(items(nestedList(rounds[1])).size() == 2);
}

TEST_CASE("markdown thematic: themes, group references, untagged, chart tables") {
    const auto doc = buildReport(test::sampleEvent(), {ReportKind::Thematic, false});
    const std::string md = writeMarkdown(doc);
    const Ast ast(md);
    requireOnlyOurHtml(ast);
    std::vector<std::string> h2;
    for (const auto& [level, text] : headings(ast)) {
        if (level == 2) {
            h2.push_back(text);
        }
    }
    CHECK(h2 == std::vector<std::string>{
                    "Om denne rapporten", "Innhold", "Oversikt", "Tilby tjenester som virker",
                    "Ta virkningsfulle grep tidlig", "Satse på de lokale aktørene",
                    "Sammenkoble tjenestene og skape flyt", "Utnytte muligheter i digitale verktøy",
                    "Innspill uten tema"});
    // No group sections in a thematic report.
    CHECK(headingNamed(ast, "1.10 Unge i lære") == nullptr);

    const auto theme = section(headingNamed(ast, "Tilby tjenester som virker"));
    REQUIRE(!theme.empty());
    REQUIRE(cmark_node_get_type(theme.back()) == CMARK_NODE_LIST);
    CHECK(plain(theme.back()) == "Tverrfaglige læringssentre i kommunene (gruppe 1.1)");

    const auto untagged = section(headingNamed(ast, "Innspill uten tema"));
    REQUIRE(untagged.size() == 1);
    const auto list = items(untagged[0]);
    REQUIRE(list.size() == doc.untagged.size());
    CHECK(plain(list[0]) == "Tidlig kartlegging & «samhandling» <alle> (gruppe 1.1)");
    REQUIRE(nestedList(list[0]));
    CHECK(items(nestedList(list[0])).size() == 2);

    // The charts as GFM tables (plain CommonMark sees a paragraph of rows).
    CHECK(md.find("| Innspill per tema | Antall |\n| :--- | ---: |\n") != std::string::npos);
    CHECK(md.find("| Tilby tjenester som virker | 1 |\n") != std::string::npos);
    CHECK(md.find("| Uten tema | 5 |\n") != std::string::npos);
    CHECK(md.find("| DAG 1, gruppesesjon 1 | 4 |\n") != std::string::npos);
}

TEST_CASE("markdown privacy: public reports hold no participant names, internal ones do") {
    const auto event = test::sampleEvent();
    for (auto kind : {ReportKind::Proceedings, ReportKind::Thematic}) {
        const std::string md = markdownOf(event, {kind, false});
        for (const auto& name : test::kSecretNames) {
            INFO(name);
            CHECK(md.find(name) == std::string::npos);
        }
        const std::string internal = markdownOf(event, {kind, true});
        CHECK(internal.find("Hemmelig Deltaker, Privat") != std::string::npos);
        CHECK(internal.find("Jørgen Æsøy") != std::string::npos);
    }
    // The appendix: participants as a list, notes under their labels.
    const Ast ast(markdownOf(event, {ReportKind::Proceedings, true}));
    CHECK(headingNamed(ast, "Vedlegg: deltakere og notater") != nullptr);
    std::vector<cmark_node*> appendixGroups;
    for (cmark_node* h : ast.all(CMARK_NODE_HEADING)) {
        if (plain(h) == "1.1 Hvem skal koordinere læring der folk bor?") {
            appendixGroups.push_back(h);
        }
    }
    REQUIRE(appendixGroups.size() == 2);
    const auto blocks = section(appendixGroups[1]);
    REQUIRE(blocks.size() == 6);
    CHECK(plain(blocks[0]) == "Deltakere:");
    CHECK(plain(blocks[1]) == "Jørgen Æsøy\nHemmelig Deltaker, Privat");
    CHECK(items(blocks[1]).size() == 2);
    CHECK(plain(blocks[2]) == "Utfordringer:");
    CHECK(plain(blocks[3]) == "Mange aktører");
}

TEST_CASE("markdown: hostile text stays text, in its own list item") {
    const auto event = test::hostileEvent();
    const auto doc = buildReport(event, {});
    const std::string md = writeMarkdown(doc);
    const Ast ast(md);
    requireOnlyOurHtml(ast);
    // Every '<' in the file is escaped, except in our own anchors.
    for (size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
        const bool ours = md.compare(at, 7, "<a id=\"") == 0 || md.compare(at, 4, "</a>") == 0;
        INFO(md.substr(at > 20 ? at - 20 : 0, 40));
        CHECK((ours || (at > 0 && md[at - 1] == '\\')));
    }

    const auto h = headings(ast);
    REQUIRE(h.size() >= 2);
    CHECK(h[0] == std::pair<int, std::string>{1,
                                              "Åpen arena <script>alert(1)</script> & \"venner\" "
                                              "🎉 שלום"});
    const std::string title =
        "1.10 **Fet** _kursiv_ `kode` <script>alert(1)</script> مرحبا بالعالم";
    cmark_node* heading = headingNamed(ast, title);
    REQUIRE(heading);

    // Every hostile input is exactly one top-level item with its text intact.
    const auto blocks = section(heading);
    std::vector<cmark_node*> lists;
    for (cmark_node* block : blocks) {
        if (cmark_node_get_type(block) == CMARK_NODE_LIST) {
            lists.push_back(block);
        }
    }
    REQUIRE(lists.size() == 2);
    const auto all = items(lists[1]);
    const auto hostile = test::hostileInputs();
    REQUIRE(all.size() == 1 + hostile.size());
    const std::vector<std::string> expected = {
        "<script>alert('x')</script> & \"sitat\" 'enkelt'",
        "1. ikke en nummerert liste",
        "- ikke et punkt",
        "# ikke en overskrift #",
        "> ikke et sitat",
        "*ikke kursiv* __ikke fet__ `ikke kode` ~~ikke gjennomstreket~~",
        "[klikk](javascript:alert(1)) ![bilde](http://evil.example/x.png) <http://evil.example>",
        "<img src=x onerror=alert(1)> &amp; &#60; &lt;b&gt; \\",
        "første linje\nandre linje\n= setext?\n---\n4 mellomrom\n1) nummer",
        "kontroll[31mrødt\x7f slutt",
        "a | b | c\n|---|---|",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+SUM(1;2)",
        "@cmd",
        "TAB først",
        hostile[15], // emoji and right-to-left text, unchanged
        test::longInput(),
    };
    for (size_t i = 0; i < expected.size(); ++i) {
        INFO("input " << i);
        CHECK(plain(all[i + 1]) == expected[i]);
        // Nothing turned into emphasis, a heading or a nested structure.
        cmark_node* paragraph = cmark_node_first_child(all[i + 1]);
        REQUIRE(cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH);
        for (cmark_node* inl = cmark_node_first_child(paragraph); inl; inl = cmark_node_next(inl)) {
            const auto type = cmark_node_get_type(inl);
            CHECK((type == CMARK_NODE_TEXT || type == CMARK_NODE_LINEBREAK));
        }
    }
    // The sub-point of the last one.
    REQUIRE(nestedList(all.back()));
    CHECK(plain(nestedList(all.back())) == "- <u>under</u> & 2. punkt");

    // Title page and about text.
    const auto front = section(headingNamed(ast, h[0].second));
    REQUIRE(front.size() == 2);
    CHECK(plain(front[0]) == "1. ikke en liste\n# ikke overskrift");
    CHECK(plain(front[1]).find("- ikke punkt? <b>fet</b> & 'sitat'") != std::string::npos);
    CHECK(md.find("[lenke](javascript") == std::string::npos);
    const auto about = section(headingNamed(ast, "Om denne rapporten"));
    REQUIRE(about.size() == 3);
    CHECK(plain(about[1]) == "[lenke](javascript:alert(1)) <img src=x onerror=alert(1)> *stjerne*");
    CHECK(plain(about[2]).find("Ola \"Kjell\" O'Neil & co") != std::string::npos);
}

TEST_CASE("markdown: hostile theme names and chart labels stay in their table cell") {
    const auto doc = buildReport(test::hostileEvent(), {ReportKind::Thematic, true});
    const std::string md = writeMarkdown(doc);
    const Ast ast(md);
    requireOnlyOurHtml(ast);
    CHECK(headingNamed(ast, "Tjenester <svg onload=alert(1)> & «virker» | ja") != nullptr);
    // The '|' in the name is escaped, so the row keeps two cells.
    CHECK(md.find("| Tjenester \\<svg onload=alert(1)\\> & «virker» \\| ja | 2 |\n") !=
          std::string::npos);
}

TEST_CASE("markdown: an empty document has a title heading and nothing else") {
    const Ast ast(writeMarkdown(ReportDocument{}));
    CHECK(headings(ast) == std::vector<std::pair<int, std::string>>{{1, ""}});
}

TEST_CASE("markdown: the name policy, no empty round, a met group without inputs") {
    test::checkReportRules([](const model::Event& event, bool internal) {
        return markdownOf(event, {ReportKind::Proceedings, internal});
    });
}
