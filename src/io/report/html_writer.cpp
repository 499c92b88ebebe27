// HTML5 output of the report document: one file with its stylesheet and
// charts inline, so it opens offline, prints to A4 and can be mailed as is.
// The markup is also well-formed XML (void elements closed, only the five
// XML entities and numeric references), so XML tools can read it back.
// Every user string goes through escapeHtml after stripXmlForbidden; text
// that sits next to our own words is isolated in <bdi> so right-to-left text
// and stray direction marks cannot reorder the surrounding line.
#include "io/report/html_writer.hpp"
#include "io/report/base64.hpp"
#include "io/report/challenge_builder.hpp"
#include "io/report/report_sections.hpp"
#include "io/report/report_words.hpp"

#include "io/report/svg_bar_chart.hpp"
#include "io/report/text_escape.hpp"

#include <algorithm>
#include <cctype>
#include <initializer_list>

namespace innspill::io::report {

namespace {

// The app's tokens (model/colour.hpp): ink, muted text, headings, rules.
std::string brandColours() {
    namespace b = model::brand;
    return ":root {\n  --ink: " + model::colourText(b::kNeutralText) +
           ";\n  --muted: " + model::colourText(b::kSubtleText) +
           ";\n  --accent: " + model::colourText(b::kAccentStrong) +
           ";\n  --rule: " + model::colourText(b::kDivider) + ";\n}";
}

// System fonts only: the file must not fetch anything, and Norwegian
// letters are in every one of these.
constexpr std::string_view kStyle = R"css(
:root {
  --sans: Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans",
    "DejaVu Sans", Arial, sans-serif;
  --serif: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif",
    "DejaVu Serif", serif;
}
html { background: #fff; }
body {
  margin: 0 auto;
  max-width: 46rem;
  padding: 2.5rem 1.5rem 5rem;
  color: var(--ink);
  font-family: var(--serif);
  font-size: 1.0625rem;
  line-height: 1.55;
  overflow-wrap: break-word; /* older engines; "anywhere" below where known */
  overflow-wrap: anywhere;
  hyphens: auto;
  -webkit-text-size-adjust: 100%;
}
h1, h2, h3, nav.toc, dl.fields, figcaption, .inputs-label, .sub-heading, .label-line {
  font-family: var(--sans);
}
h1, h2, h3 { line-height: 1.25; hyphens: manual; }
h2 {
  font-size: 1.5rem;
  color: var(--accent);
  margin: 3.5rem 0 1.25rem;
  padding-bottom: 0.35rem;
  border-bottom: 2px solid var(--accent);
}
h3 { font-size: 1.15rem; margin: 2.25rem 0 0.5rem; }
h3 .number {
  color: var(--accent);
  margin-right: 0.4em;
  font-variant-numeric: tabular-nums;
}
p { margin: 0 0 0.8rem; }
a { color: var(--accent); }

.title-page { padding: 4rem 0 3rem; margin-bottom: 1rem; border-bottom: 1px solid var(--rule); }
.title-page h1 {
  font-size: 2.4rem;
  color: var(--accent);
  margin: 0 0 0.6rem;
  letter-spacing: -0.01em;
}
.title-page .subtitle { font-family: var(--sans); font-size: 1.4rem; margin: 0 0 2.5rem; }
.title-page .questions {
  border-left: 3px solid var(--accent);
  padding: 0.1rem 0 0.1rem 1rem;
  font-style: italic;
  font-size: 1.15rem;
  color: var(--muted);
}
.title-page .questions p { margin: 0.3rem 0; }

nav.toc h2 { margin-top: 2rem; }
nav.toc ol { list-style: none; margin: 0; padding: 0; }
nav.toc > ol > li { margin: 0.5rem 0; font-weight: 600; }
nav.toc ol ol { margin: 0.2rem 0 0.6rem 1.25rem; font-weight: 400; font-size: 0.95rem; }
nav.toc ol ol li { margin: 0.15rem 0; padding-left: 3em; text-indent: -3em; }
nav.toc a { color: inherit; text-decoration: none; }
nav.toc a:hover { color: var(--accent); text-decoration: underline; }
nav.toc .number {
  display: inline-block;
  min-width: 3em;
  text-indent: 0;
  color: var(--muted);
  font-variant-numeric: tabular-nums;
}

.signature { margin-top: 2rem; }

dl.fields {
  display: grid;
  grid-template-columns: max-content 1fr;
  column-gap: 0.75rem;
  row-gap: 0.1rem;
  margin: 0 0 1rem;
  font-size: 0.95rem;
}
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; }

.inputs-label, .sub-heading { font-weight: 600; font-size: 0.95rem; margin: 1rem 0 0.35rem; }
.lead-in { margin: 0.75rem 0 0.3rem; }
ul.inputs { margin: 0.3rem 0 1rem; padding-left: 1.4rem; }
ul.inputs li { margin: 0.3rem 0; }
ul.inputs li::marker { color: var(--accent); }
ul.inputs ul { margin: 0.2rem 0; padding-left: 1.3rem; list-style-type: circle; }
ul.inputs .sub-heading-item { font-family: var(--sans); font-weight: 600; }
.note { font-style: italic; color: var(--muted); }
.source { color: var(--muted); font-size: 0.9em; white-space: nowrap; }
.description { color: var(--muted); }

figure.chart { margin: 1.5rem 0 2.5rem; }
figure.chart figcaption { font-weight: 600; margin-bottom: 0.6rem; }
figure.chart svg { display: block; width: 100%; height: auto; }
figure.chart text { font-family: var(--sans); font-size: 13px; fill: var(--ink); }
figure.chart text.value { font-weight: 600; }

table.data { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1.2rem; font-size: 0.95rem; }
table.data th, table.data td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule, #ccc); }
table.data th { font-family: var(--sans); font-weight: 600; }
table.data td.count { text-align: right; font-variant-numeric: tabular-nums; }

ul.participants { columns: 2; column-gap: 2rem; padding-left: 1.2rem; margin: 0.3rem 0 1rem; }
ul.participants li { break-inside: avoid; }
.label-line { font-weight: 600; font-size: 0.95rem; margin: 1rem 0 0.3rem; }

.introduction { font-size: 1.1rem; }
ol.priorities { padding-left: 1.6rem; }
ol.priorities > li { margin: 0 0 1rem; font-family: var(--sans); }
ol.priorities > li::marker { color: var(--accent); font-weight: 700; }
a.priority { font-weight: 700; color: var(--ink); }
.recommendation { font-family: var(--serif); margin: 0.3rem 0 0; }
.recommendation .label, .sources { font-family: var(--sans); color: var(--muted); font-size: 0.9rem; }
ul.measures { margin: 0.3rem 0 1rem; padding-left: 1.4rem; }
ul.measures > li { margin: 0.6rem 0; }
ul.measures > li::marker { color: var(--accent); }
ul.measures p { margin: 0 0 0.2rem; }
strong.lead { font-family: var(--sans); }
.source-group { font-family: var(--sans); font-size: 0.9rem; color: var(--muted); }

@page { size: A4; margin: 20mm 20mm 22mm 22mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; font-size: 1rem; line-height: 1.45; }
  a { color: inherit; text-decoration: none; }
  .title-page {
    min-height: 230mm;
    display: flex;
    flex-direction: column;
    justify-content: center;
    border: 0;
    padding: 0;
    page-break-after: always;
    break-after: page;
  }
  nav.toc { page-break-before: always; break-before: page; page-break-after: always; break-after: page; }
  nav.toc h2 { margin-top: 0; }
  /* Page numbers where the print engine knows CSS paged media (WeasyPrint,
     Prince); browsers ignore the declaration. */
  nav.toc a::after { content: leader(dotted) target-counter(attr(href url), page); }
  section.round, section.theme, section.untagged, section.overview, section.appendix,
  section.priorities, section.basis, section.top-voted, section.actions, section.people-index {
    page-break-before: always;
    break-before: page;
  }
  section > h2:first-child { margin-top: 0; }
  h2, h3, .inputs-label, .lead-in, .sub-heading, .label-line, figcaption {
    page-break-after: avoid;
    break-after: avoid;
  }
  .group-header { page-break-inside: avoid; break-inside: avoid; }
  figure.photo { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
  figure.photo img { max-width: 100%; height: auto; display: block; }
  figure.photo figcaption { font-size: 0.9em; color: #444; }
  li, figure, dl.fields { page-break-inside: avoid; break-inside: avoid; }
  p, li { orphans: 3; widows: 3; }
}
)css";

// The section anchors the document does not name itself.
constexpr const char* kContentsId = "innhold";
constexpr const char* kAboutId = "om-rapporten";
constexpr const char* kOverviewId = "oversikt";
constexpr const char* kUntaggedId = "uten-tema";
constexpr const char* kAppendixId = "vedlegg";
constexpr const char* kPrioritiesId = "oppsummering";
constexpr const char* kBasisId = "grunnlag";
constexpr const char* kTopVotedId = "prioriteringer";
constexpr const char* kActionsId = "tiltak";
constexpr const char* kPeopleIndexId = "personregister";

// User text on one line (headings, contents, attribute values).
std::string inlineText(std::string_view text) {
    std::string out;
    for (const auto& line : textLines(text)) {
        out += (out.empty() ? "" : " ") + escapeHtml(line);
    }
    return out;
}

// User text as one block: its line breaks become <br />. Appended in place:
// an input's text goes straight into the page, not through a string of its own.
void appendBlockText(std::string& out, std::string_view text) {
    bool first = true;
    forEachTextLine(text, [&](std::string_view line) {
        if (!first) {
            out += "<br />";
        }
        first = false;
        appendEscapedHtml(out, line);
    });
}

std::string blockText(std::string_view text) {
    std::string out;
    appendBlockText(out, text);
    return out;
}

// The page's size, roughly: its inputs' text and some markup for each.
// Reserved at once, a big page (10 MB) is not copied into fresh memory each
// time it outgrows its buffer.
size_t roughSize(const ReportDocument& doc) {
    size_t size = 64 * 1024;
    const auto add = [&size](const auto& self, const std::vector<ReportInput>& inputs) -> void {
        for (const auto& input : inputs) {
            size += input.text.size() + 64;
            self(self, input.children);
        }
    };
    for (const auto& round : doc.rounds) {
        for (const auto& group : round.groups) {
            size += 1024 + group.title.size();
            add(add, group.inputs);
        }
    }
    return size;
}

class HtmlWriter {
  public:
    explicit HtmlWriter(const ReportDocument& doc) : m_doc(doc) {}

    std::string write() {
        m_out.reserve(roughSize(m_doc));
        const std::string lang = languageTag(m_doc.language);
        m_out += "<!DOCTYPE html>\n";
        m_out += "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\">\n<head>\n";
        m_out += "<meta charset=\"utf-8\" />\n";
        m_out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n";
        m_out += "<meta name=\"generator\" content=\"Innspill\" />\n";
        m_out += "<title>" + inlineText(m_doc.title) + "</title>\n";
        m_out += "<style>";
        m_out += brandColours();
        m_out += kStyle;
        m_out += "</style>\n</head>\n<body>\n";
        // Landmarks: the title page is the banner, the rest is main, with
        // the contents as its navigation. The same order in every format:
        // title page, about, contents, body.
        writeTitlePage();
        m_out += "<main>\n";
        writeAbout();
        writeContents();
        writeTopVoted();
        if (m_doc.kind == ReportKind::Thematic) {
            writeOverview();
            for (const auto& theme : m_doc.themes) {
                writeTheme(theme);
            }
            writeUntagged();
        } else if (m_doc.kind == ReportKind::Challenges) {
            writePriorities();
            for (const auto& theme : m_doc.challengeThemes) {
                writeChallengeTheme(theme);
            }
            writeBasis();
        } else {
            for (const auto& round : m_doc.rounds) {
                writeRound(round);
            }
        }
        writeAllActions();
        writeAppendix();
        writePeopleIndex();
        m_out += "</main>\n</body>\n</html>\n";
        return std::move(m_out);
    }

  private:
    bool hasAbout() const { return report::hasAbout(m_doc); }
    bool hasOverview() const { return report::hasOverview(m_doc); }
    bool hasUntagged() const { return report::hasUntagged(m_doc); }
    bool hasContents() const { return report::hasContents(m_doc); }

    static std::string idAttr(const std::string& anchor) {
        return " id=\"" + anchorId(anchor) + "\"";
    }

    // "<span class="number">1.12</span> <bdi>Title</bdi>"
    static std::string numberedTitle(const std::string& number, const std::string& title) {
        std::string out;
        if (const auto n = inlineText(number); !n.empty()) {
            out += "<span class=\"number\">" + n + "</span> ";
        }
        return out + "<bdi>" + inlineText(title) + "</bdi>";
    }

    static std::string withColon(const std::string& label) {
        return (label.empty() || label.back() == ':') ? label : label + ":";
    }

    // Free text as paragraphs of the given class.
    void paragraphs(std::string_view text, const char* cls) {
        for (const auto& lines : textParagraphs(text)) {
            m_out += std::string("<p class=\"") + cls + "\" dir=\"auto\">";
            for (size_t i = 0; i < lines.size(); ++i) {
                m_out += (i > 0 ? "<br />" : "") + escapeHtml(lines[i]);
            }
            m_out += "</p>\n";
        }
    }

    void writeTitlePage() {
        m_out += "<header class=\"title-page\">\n";
        m_out += "<h1 dir=\"auto\">" + blockText(m_doc.title) + "</h1>\n";
        if (!m_doc.subtitle.empty()) {
            m_out += "<p class=\"subtitle\" dir=\"auto\">" + blockText(m_doc.subtitle) + "</p>\n";
        }
        if (!m_doc.guidingQuestions.empty()) {
            m_out += "<div class=\"questions\">\n";
            for (const auto& question : m_doc.guidingQuestions) {
                m_out += "<p dir=\"auto\">" + blockText(question) + "</p>\n";
            }
            m_out += "</div>\n";
        }
        m_out += "</header>\n";
    }

    void contentsEntry(const std::string& html, const std::string& anchor) {
        m_out += "<li><a href=\"#" + anchorId(anchor) + "\">" + html + "</a>";
    }

    void writeContents() {
        if (!hasContents()) {
            return;
        }
        m_out += "<nav class=\"toc\" aria-labelledby=\"" + std::string(kContentsId) + "\">\n";
        m_out += "<h2 id=\"" + std::string(kContentsId) + "\">" + inlineText(m_doc.words.contents) +
                 "</h2>\n<ol>\n";
        const auto simple = [&](const std::string& text, const std::string& anchor) {
            contentsEntry("<bdi>" + inlineText(text) + "</bdi>", anchor);
            m_out += "</li>\n";
        };
        if (hasAbout()) {
            simple(m_doc.words.about, kAboutId);
        }
        if (hasTopVoted(m_doc)) {
            simple(m_doc.words.priorities, kTopVotedId);
        }
        if (m_doc.kind == ReportKind::Thematic) {
            if (hasOverview()) {
                simple(m_doc.words.summary, kOverviewId);
            }
            for (const auto& theme : m_doc.themes) {
                simple(theme.name, theme.anchor);
            }
            if (hasUntagged()) {
                simple(m_doc.words.untagged, kUntaggedId);
            }
        } else if (m_doc.kind == ReportKind::Challenges) {
            if (report::hasPriorities(m_doc)) {
                simple(m_doc.words.prioritySummary, kPrioritiesId);
            }
            for (const auto& theme : m_doc.challengeThemes) {
                contentsEntry("<bdi>" + inlineText(theme.name) + "</bdi>", theme.anchor);
                if (!theme.challenges.empty()) {
                    m_out += "\n<ol>\n";
                    for (const auto& challenge : theme.challenges) {
                        simple(challenge.heading, challenge.anchor);
                    }
                    m_out += "</ol>\n";
                }
                m_out += "</li>\n";
            }
            if (report::hasBasis(m_doc)) {
                simple(m_doc.words.basis, kBasisId);
            }
        } else {
            for (const auto& round : m_doc.rounds) {
                contentsEntry("<bdi>" + inlineText(round.heading) + "</bdi>", round.anchor);
                if (!round.groups.empty()) {
                    m_out += "\n<ol>\n";
                    for (const auto& group : round.groups) {
                        contentsEntry(numberedTitle(group.number, group.title), group.anchor);
                        m_out += "</li>\n";
                    }
                    m_out += "</ol>\n";
                }
                m_out += "</li>\n";
            }
        }
        if (hasActions(m_doc)) {
            simple(m_doc.words.allActions, kActionsId);
        }
        if (!m_doc.appendix.empty()) {
            simple(m_doc.words.appendix, kAppendixId);
        }
        if (hasPeopleIndex(m_doc)) {
            simple(m_doc.words.peopleIndex, kPeopleIndexId);
        }
        m_out += "</ol>\n</nav>\n";
    }

    void writeAbout() {
        if (!hasAbout()) {
            return;
        }
        m_out += "<section class=\"about\"" + idAttr(kAboutId) + ">\n<h2>" +
                 inlineText(m_doc.words.about) + "</h2>\n";
        for (const auto& paragraph : m_doc.aboutParagraphs) {
            paragraphs(paragraph, "about");
        }
        std::string signature = blockText(m_doc.placeAndDate);
        if (const auto organisers = blockText(m_doc.organisers); !organisers.empty()) {
            signature += (signature.empty() ? "" : "<br />") + organisers;
        }
        if (!signature.empty()) {
            m_out += "<p class=\"signature\">" + signature + "</p>\n";
        }
        m_out += "</section>\n";
    }

    void writeRound(const ReportRound& round) {
        m_out += "<section class=\"round\"" + idAttr(round.anchor) + ">\n<h2 dir=\"auto\">" +
                 inlineText(round.heading) + "</h2>\n";
        for (const auto& group : round.groups) {
            writeGroup(group);
        }
        m_out += "</section>\n";
    }

    void writeGroup(const ReportGroup& group) {
        m_out += "<article class=\"group\"" + idAttr(group.anchor) + ">\n";
        // Heading and fields stay together on a printed page.
        m_out += "<header class=\"group-header\">\n<h3>" +
                 numberedTitle(group.number, group.title) + "</h3>\n";
        if (!group.fields.empty()) {
            m_out += "<dl class=\"fields\">\n";
            for (const auto& field : group.fields) {
                m_out += "<dt>" + inlineText(withColon(field.label)) + "</dt><dd dir=\"auto\">" +
                         blockText(field.value) + "</dd>\n";
            }
            m_out += "</dl>\n";
        }
        m_out += "</header>\n";
        if (!group.inputs.empty()) {
            if (!group.inputsLabel.empty()) {
                m_out += "<p class=\"inputs-label\">" + inlineText(withColon(group.inputsLabel)) +
                         "</p>\n";
            }
            writeInputs(group.inputs);
        } else if (!group.emptyNote.empty()) {
            paragraphs(group.emptyNote, "note");
        }
        for (const auto& note : group.notes) {
            paragraphs(note, "note");
        }
        writeActions(group.actions);
        for (const auto& photo : group.photos) {
            writePhoto(photo);
        }
        m_out += "</article>\n";
    }

    // A table head from plain words.
    void tableHead(std::initializer_list<const std::string*> heads) {
        m_out += "<table class=\"data\">\n<thead><tr>";
        for (const auto* head : heads) {
            m_out += "<th scope=\"col\">" + inlineText(*head) + "</th>";
        }
        m_out += "</tr></thead>\n<tbody>\n";
    }

    // "Tiltak og ansvar" under a group or a challenge.
    void writeActions(const std::vector<ReportAction>& actions) {
        if (!actions.empty()) {
            m_out += "<p class=\"label-line\">" + inlineText(m_doc.words.actions) + "</p>\n";
            writeActionTable(actions, nullptr);
        }
    }

    // `numbers`: the group number of each action (the table of all actions).
    void writeActionTable(const std::vector<ReportAction>& actions,
                          const std::vector<std::string>* numbers) {
        const auto& w = m_doc.words;
        if (numbers) {
            tableHead({&w.group, &w.actionWhat, &w.actionWho, &w.actionNextStep, &w.actionDue,
                       &w.actionResources});
        } else {
            tableHead(
                {&w.actionWhat, &w.actionWho, &w.actionNextStep, &w.actionDue, &w.actionResources});
        }
        for (size_t i = 0; i < actions.size(); ++i) {
            const auto& a = actions[i];
            m_out += "<tr>";
            if (numbers) {
                m_out += "<td>" + inlineText((*numbers)[i]) + "</td>";
            }
            for (const auto* cell : {&a.what, &a.who, &a.nextStep, &a.due, &a.resources}) {
                m_out += "<td dir=\"auto\">" + blockText(*cell) + "</td>";
            }
            m_out += "</tr>\n";
        }
        m_out += "</tbody>\n</table>\n";
    }

    // "Prioriterte innspill": the most voted inputs (issue 17).
    void writeTopVoted() {
        if (!hasTopVoted(m_doc)) {
            return;
        }
        const auto& w = m_doc.words;
        m_out += "<section class=\"top-voted\"" + idAttr(kTopVotedId) + ">\n<h2>" +
                 inlineText(w.priorities) + "</h2>\n";
        paragraphs(w.votesIntro, "description");
        m_out += "<figure class=\"chart\">\n<figcaption>" + inlineText(w.topOfEvent) +
                 "</figcaption>\n" + svgBarChart(m_doc.votesChart) + "</figure>\n";
        for (const auto& list : m_doc.topVoted) {
            m_out += "<h3 dir=\"auto\">" + inlineText(list.heading) + "</h3>\n";
            tableHead({&w.input, &w.group, &w.votes});
            for (const auto& input : list.inputs) {
                m_out += "<tr><td dir=\"auto\">" + blockText(input.text) + "</td><td>" +
                         inlineText(input.groupNumber) + "</td><td class=\"count\">" +
                         std::to_string(input.votes) + "</td></tr>\n";
            }
            m_out += "</tbody>\n</table>\n";
        }
        m_out += "</section>\n";
    }

    void writeAllActions() {
        if (!hasActions(m_doc)) {
            return;
        }
        std::vector<ReportAction> actions;
        std::vector<std::string> numbers;
        for (const auto& numbered : allActions(m_doc)) {
            actions.push_back(*numbered.action);
            numbers.push_back(numbered.groupNumber);
        }
        m_out += "<section class=\"actions\"" + idAttr(kActionsId) + ">\n<h2>" +
                 inlineText(m_doc.words.allActions) + "</h2>\n";
        writeActionTable(actions, &numbers);
        m_out += "</section>\n";
    }

    void writePeopleIndex() {
        if (!hasPeopleIndex(m_doc)) {
            return;
        }
        const auto& w = m_doc.words;
        m_out += "<section class=\"people-index\"" + idAttr(kPeopleIndexId) + ">\n<h2>" +
                 inlineText(w.peopleIndex) + "</h2>\n";
        const std::string name = w.participants;
        tableHead({&name, &w.initiated, &w.facilitated, &w.tookPart});
        const auto numbers = [](const std::vector<std::string>& list) {
            std::string out;
            for (const auto& number : list) {
                out += (out.empty() ? "" : ", ") + inlineText(number);
            }
            return out;
        };
        for (const auto& person : m_doc.peopleIndex) {
            m_out += "<tr><td dir=\"auto\">" + blockText(person.name) + "</td><td>" +
                     numbers(person.initiated) + "</td><td>" + numbers(person.facilitated) +
                     "</td><td>" + numbers(person.tookPart) + "</td></tr>\n";
        }
        m_out += "</tbody>\n</table>\n</section>\n";
    }

    // Embedded, so the report stays one self-contained file.
    void writePhoto(const ReportPhoto& photo) {
        m_out += "<figure class=\"photo\"><img src=\"data:image/jpeg;base64," + base64(photo.jpeg) +
                 "\" alt=\"" + escapeHtml(photo.alt) + "\" width=\"" + std::to_string(photo.width) +
                 "\" height=\"" + std::to_string(photo.height) + "\" />";
        if (!photo.caption.empty()) {
            m_out += "<figcaption>" + inlineText(photo.caption) + "</figcaption>";
        }
        m_out += "</figure>\n";
    }

    // One <li> with its sub-points; suffix (markup) follows the text.
    void writeItem(const ReportInput& input, const std::string& suffix = "") {
        m_out += "<li dir=\"auto\">";
        const bool subHeading = input.kind == model::InputKind::SubHeading;
        if (subHeading) {
            m_out += "<span class=\"sub-heading-item\">";
        }
        if (!suffix.empty()) {
            m_out += "<bdi>";
        }
        appendBlockText(m_out, input.text);
        if (!suffix.empty()) {
            m_out += "</bdi>";
            m_out += suffix;
        }
        if (subHeading) {
            m_out += "</span>";
        }
        if (!input.children.empty()) {
            m_out += "<ul>\n";
            for (const auto& child : input.children) {
                writeItem(child);
            }
            m_out += "</ul>\n";
        }
        m_out += "</li>\n";
    }

    // Items gather into lists; a lead-in is a paragraph before a list and a
    // sub-heading a small heading between two, as the groups wrote them.
    void writeInputs(const std::vector<ReportInput>& inputs) {
        bool inList = false;
        const auto openList = [&] {
            if (!inList) {
                m_out += "<ul class=\"inputs\">\n";
                inList = true;
            }
        };
        const auto closeList = [&] {
            if (inList) {
                m_out += "</ul>\n";
                inList = false;
            }
        };
        for (const auto& input : inputs) {
            if (input.kind == model::InputKind::Item) {
                openList();
                writeItem(input);
                continue;
            }
            closeList();
            const char* cls = input.kind == model::InputKind::LeadIn ? "lead-in" : "sub-heading";
            m_out += std::string("<p class=\"") + cls + "\" dir=\"auto\">" + blockText(input.text) +
                     "</p>\n";
            if (!input.children.empty()) {
                openList();
                for (const auto& child : input.children) {
                    writeItem(child);
                }
            }
        }
        closeList();
    }

    void writeThemedInputs(const std::vector<ThemedInput>& inputs) {
        if (inputs.empty()) {
            return;
        }
        m_out += "<ul class=\"inputs\">\n";
        for (const auto& themed : inputs) {
            // The group's number as text: the thematic report does not print
            // the groups themselves, so there is nothing to link to.
            const std::string source = " <span class=\"source\">(" +
                                       inlineText(m_doc.words.fromGroup) + " " +
                                       inlineText(themed.groupNumber) + ")</span>";
            writeItem(themed.input, source);
        }
        m_out += "</ul>\n";
    }

    void writeOverview() {
        if (!hasOverview()) {
            return;
        }
        m_out += "<section class=\"overview\"" + idAttr(kOverviewId) + ">\n<h2>" +
                 inlineText(m_doc.words.summary) + "</h2>\n";
        for (const auto& chart : m_doc.charts) {
            m_out += "<figure class=\"chart\">\n<figcaption>" + inlineText(chart.title) +
                     "</figcaption>\n" + svgBarChart(chart) + "</figure>\n";
        }
        m_out += "</section>\n";
    }

    void writeTheme(const ReportTheme& theme) {
        m_out += "<section class=\"theme\"" + idAttr(theme.anchor) + ">\n<h2 dir=\"auto\">" +
                 inlineText(theme.name) + "</h2>\n";
        paragraphs(theme.description, "description");
        writeThemedInputs(theme.inputs);
        m_out += "</section>\n";
    }

    void writeUntagged() {
        if (!hasUntagged()) {
            return;
        }
        m_out += "<section class=\"untagged\"" + idAttr(kUntaggedId) + ">\n<h2>" +
                 inlineText(m_doc.words.untagged) + "</h2>\n";
        writeThemedInputs(m_doc.untagged);
        m_out += "</section>\n";
    }

    // "<strong>Lead.</strong> text": a measure or a recommendation.
    static std::string leadAndText(const std::string& lead, const std::string& text) {
        std::string out;
        if (!lead.empty()) {
            out += "<strong class=\"lead\">" + blockText(lead) + "</strong>";
        }
        if (const auto body = blockText(text); !body.empty()) {
            out += (out.empty() ? "" : " ") + body;
        }
        return out;
    }

    // "Kilder: 1.6, 2.3" linking to the entry in the appendix "Grunnlag".
    void sourcesLine(const Sources& sources) {
        if (!report::hasSources(sources)) {
            return;
        }
        m_out += "<p class=\"sources\">" + inlineText(withColon(m_doc.words.sources)) +
                 " <a href=\"#" + anchorId(sources.anchor) + "\">" + inlineText(sources.numbers) +
                 "</a></p>\n";
    }

    void writePriorities() {
        if (!report::hasPriorities(m_doc)) {
            return;
        }
        m_out += "<section class=\"priorities\"" + idAttr(kPrioritiesId) + ">\n<h2>" +
                 inlineText(m_doc.words.prioritySummary) + "</h2>\n<ol class=\"priorities\">\n";
        for (const auto& priority : m_doc.priorities) {
            m_out += "<li dir=\"auto\"><a class=\"priority\" href=\"#" +
                     anchorId(priority.challengeAnchor) + "\">" + inlineText(priority.challenge) +
                     "</a>";
            if (const auto text = leadAndText(priority.lead, priority.text); !text.empty()) {
                m_out += "<p class=\"recommendation\"><span class=\"label\">" +
                         inlineText(withColon(m_doc.words.recommendation)) + "</span> " + text +
                         "</p>";
            }
            m_out += "</li>\n";
        }
        m_out += "</ol>\n</section>\n";
    }

    void writeChallengeTheme(const ChallengeTheme& theme) {
        m_out += "<section class=\"theme\"" + idAttr(theme.anchor) + ">\n<h2 dir=\"auto\">" +
                 inlineText(theme.name) + "</h2>\n";
        paragraphs(theme.introduction, "introduction");
        for (const auto& challenge : theme.challenges) {
            m_out += "<article class=\"challenge\"" + idAttr(challenge.anchor) +
                     ">\n<h3 dir=\"auto\">" + inlineText(challenge.heading) + "</h3>\n";
            paragraphs(challenge.description, "challenge-text");
            sourcesLine(challenge.sources);
            if (!challenge.measures.empty()) {
                m_out += "<p class=\"inputs-label\">" +
                         inlineText(withColon(m_doc.words.opportunities)) +
                         "</p>\n<ul class=\"measures\">\n";
                for (const auto& measure : challenge.measures) {
                    m_out +=
                        "<li dir=\"auto\"><p>" + leadAndText(measure.lead, measure.text) + "</p>";
                    sourcesLine(measure.sources);
                    m_out += "</li>\n";
                }
                m_out += "</ul>\n";
            }
            writeActions(challenge.actions);
            m_out += "</article>\n";
        }
        m_out += "</section>\n";
    }

    // Each source in full: its group's number and title, the input and its sub-points.
    void writeSources(const std::string& labelHtml, const Sources& sources) {
        m_out += "<p class=\"label-line\"" + idAttr(sources.anchor) + ">" + labelHtml +
                 "</p>\n<ul class=\"inputs sources-list\">\n";
        for (const auto& source : sources.inputs) {
            std::string group = "<span class=\"source-group\">" +
                                numberedTitle(source.groupNumber, source.groupTitle) + ":</span> ";
            m_out += "<li dir=\"auto\">" + group + blockText(source.input.text);
            if (!source.input.children.empty()) {
                m_out += "<ul>\n";
                for (const auto& child : source.input.children) {
                    writeItem(child);
                }
                m_out += "</ul>\n";
            }
            m_out += "</li>\n";
        }
        if (sources.deleted > 0) {
            m_out += "<li class=\"note\">" +
                     inlineText(deletedSources(m_doc.language, sources.deleted)) + "</li>\n";
        }
        m_out += "</ul>\n";
    }

    void writeBasis() {
        if (!report::hasBasis(m_doc)) {
            return;
        }
        m_out += "<section class=\"basis\"" + idAttr(kBasisId) + ">\n<h2>" +
                 inlineText(m_doc.words.basis) + "</h2>\n";
        for (const auto& theme : m_doc.challengeThemes) {
            for (const auto& challenge : theme.challenges) {
                if (!report::hasBasis(challenge)) {
                    continue;
                }
                m_out += "<article class=\"basis-entry\">\n<h3 dir=\"auto\">" +
                         inlineText(theme.name) + " – " + inlineText(challenge.heading) + "</h3>\n";
                if (report::hasSources(challenge.sources)) {
                    writeSources(inlineText(m_doc.words.basisChallenge), challenge.sources);
                }
                for (const auto& measure : challenge.measures) {
                    if (report::hasSources(measure.sources)) {
                        writeSources("<bdi>" + inlineText(measureLabel(measure)) + "</bdi>",
                                     measure.sources);
                    }
                }
                m_out += "</article>\n";
            }
        }
        m_out += "</section>\n";
    }

    void writeAppendix() {
        if (m_doc.appendix.empty()) {
            return;
        }
        m_out += "<section class=\"appendix\"" + idAttr(kAppendixId) + ">\n<h2>" +
                 inlineText(m_doc.words.appendix) + "</h2>\n";
        for (const auto& group : m_doc.appendix) {
            m_out += "<article class=\"appendix-group\">\n<h3>" +
                     numberedTitle(group.number, group.title) + "</h3>\n";
            if (!group.participants.empty()) {
                m_out += "<p class=\"label-line\">" +
                         inlineText(withColon(m_doc.words.participants)) +
                         "</p>\n<ul class=\"participants\">\n";
                for (const auto& name : group.participants) {
                    m_out += "<li dir=\"auto\">" + blockText(name) + "</li>\n";
                }
                m_out += "</ul>\n";
            }
            for (const auto& note : group.notes) {
                m_out += "<p class=\"label-line\">" + inlineText(withColon(note.label)) + "</p>\n";
                paragraphs(note.value, "appendix-note");
            }
            m_out += "</article>\n";
        }
        m_out += "</section>\n";
    }

    const ReportDocument& m_doc;
    std::string m_out;
};

} // namespace

std::string writeHtml(const ReportDocument& document) {
    return HtmlWriter(document).write();
}

} // namespace innspill::io::report
