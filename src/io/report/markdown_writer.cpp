// CommonMark output of the report document. User text is escaped so that
// whatever a participant typed reads as text: no emphasis, links, lists,
// headings or raw HTML can come out of it, and a line break stays inside its
// list item. Escaping is by context (a '-' only at the start of a line, '&'
// only before something that could be an entity) so the file stays pleasant
// to read as plain text as well.
#include "io/report/markdown_writer.hpp"
#include "io/report/report_sections.hpp"

#include "io/report/challenge_builder.hpp"
#include "io/report/text_escape.hpp"

namespace innspill::io::report {

namespace {

// "Antall" is not among the report words yet; the chart tables need a column
// header for the counts.
std::string countWord(const std::string& language) {
    if (language == "en") {
        return "Count";
    }
    if (language == "nn") {
        return "Tal";
    }
    return "Antall";
}

bool isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// One line of user text (no line breaks in it) as literal Markdown inline
// content. atBlockStart: the line begins a paragraph, list item or
// continuation line, where "- ", "1. ", "=", "+" would start a block.
std::string escapeLine(std::string_view line, bool atBlockStart) {
    std::string out;
    out.reserve(line.size() + line.size() / 8);
    // Digits at the start of a block followed by '.' or ')' open an ordered list.
    size_t leadingDigits = 0;
    if (atBlockStart) {
        while (leadingDigits < line.size() && line[leadingDigits] >= '0' &&
               line[leadingDigits] <= '9') {
            ++leadingDigits;
        }
    }
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        bool escape = false;
        switch (c) {
        // Emphasis, code, links, raw HTML and autolinks, headings and their
        // closing sequence, blockquotes, GFM tables and strikethrough, fences.
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '#':
        case '|':
        case '~':
            escape = true;
            break;
        case '&':
            // Only "&name;" and "&#…;" are entity references.
            escape = i + 1 < line.size() && (isAsciiAlnum(line[i + 1]) || line[i + 1] == '#');
            break;
        case '!':
            escape = i + 1 < line.size() && line[i + 1] == '[';
            break;
        case '-':
        case '+':
        case '=':
            // Bullet, thematic break, setext underline: only at a block start.
            escape = atBlockStart && i == 0;
            break;
        case '.':
        case ')':
            escape = atBlockStart && leadingDigits > 0 && i == leadingDigits;
            break;
        default:
            break;
        }
        if (escape) {
            out.push_back('\\');
        }
        out.push_back(c);
    }
    return out;
}

// User text on one line: headings, link text, table cells.
std::string inlineText(std::string_view text) {
    std::string out;
    for (const auto& line : textLines(text)) {
        out += (out.empty() ? "" : " ") + escapeLine(line, false);
    }
    return out;
}

// A link to one of the document's own anchors; the text is already escaped.
std::string link(const std::string& escapedText, const std::string& anchor) {
    return "[" + escapedText + "](#" + anchorId(anchor) + ")";
}

// An empty inline HTML anchor before a heading's text: CommonMark has no
// heading ids, and these are the document's own, sanitised names, never user
// markup. Renderers that drop raw HTML simply lose the link target.
std::string anchorTag(const std::string& anchor) {
    return "<a id=\"" + anchorId(anchor) + "\"></a>";
}

std::string withColon(const std::string& label) {
    return (label.empty() || label.back() == ':') ? label : label + ":";
}

// Wraps escaped, trimmed text in emphasis markers. Escaped text holds no bare
// '*' and no surrounding space, so the markers always pair up.
std::string emphasise(const std::string& escaped, const char* marker) {
    return escaped.empty() ? escaped : marker + escaped + marker;
}

class MarkdownWriter {
  public:
    explicit MarkdownWriter(const ReportDocument& doc) : m_doc(doc) {}

    std::string write() {
        // The same order in every format: title page, about, contents, body.
        writeTitlePage();
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
        return std::move(m_out);
    }

  private:
    static constexpr const char* kAboutAnchor = "om-rapporten";
    static constexpr const char* kOverviewAnchor = "oversikt";
    static constexpr const char* kUntaggedAnchor = "uten-tema";
    static constexpr const char* kAppendixAnchor = "vedlegg";
    static constexpr const char* kPrioritiesAnchor = "oppsummering";
    static constexpr const char* kBasisAnchor = "grunnlag";
    static constexpr const char* kTopVotedAnchor = "prioriteringer";
    static constexpr const char* kActionsAnchor = "tiltak";
    static constexpr const char* kPeopleIndexAnchor = "personregister";

    bool hasAbout() const { return report::hasAbout(m_doc); }
    bool hasOverview() const { return report::hasOverview(m_doc); }
    bool hasUntagged() const { return report::hasUntagged(m_doc); }
    bool hasContents() const { return report::hasContents(m_doc); }

    // Starts a new block: exactly one blank line after the previous one.
    void block() {
        // Every block ends with a line end, so one more makes the blank line.
        if (!m_out.empty() && !m_out.ends_with("\n\n")) {
            m_out += "\n";
        }
    }

    void heading(int level, const std::string& anchor, const std::string& escapedText) {
        block();
        m_out += std::string(static_cast<size_t>(level), '#') + " ";
        if (!anchor.empty()) {
            m_out += anchorTag(anchor);
        }
        m_out += escapedText + "\n";
    }

    // Escaped lines joined by hard line breaks (a trailing backslash, which
    // survives editors that strip trailing spaces). Continuation lines are
    // indented so they stay inside a list item.
    static std::string joinedLines(const std::vector<std::string>& lines, const std::string& indent,
                                   bool firstAtBlockStart) {
        std::string out;
        for (size_t i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                out += "\\\n" + indent;
            }
            out += escapeLine(lines[i], i > 0 || firstAtBlockStart);
        }
        return out;
    }

    // Free text as paragraphs, optionally in emphasis (notes).
    void paragraphs(std::string_view text, const char* marker = "") {
        for (const auto& lines : textParagraphs(text)) {
            block();
            m_out += emphasise(joinedLines(lines, "", true), marker) + "\n";
        }
    }

    void writeTitlePage() {
        heading(1, "", inlineText(m_doc.title));
        if (!m_doc.subtitle.empty()) {
            block();
            m_out += emphasise(joinedLines(textLines(m_doc.subtitle), "", true), "**") + "\n";
        }
        if (!m_doc.guidingQuestions.empty()) {
            block();
            // One blockquote, a question per line.
            std::vector<std::string> lines;
            for (const auto& question : m_doc.guidingQuestions) {
                const std::string text = joinedLines(textLines(question), "> ", true);
                if (!text.empty()) {
                    lines.push_back(emphasise(text, "*"));
                }
            }
            for (size_t i = 0; i < lines.size(); ++i) {
                m_out += "> " + lines[i] + (i + 1 < lines.size() ? "\\\n" : "\n");
            }
        }
    }

    void contentsEntry(int depth, const std::string& escapedText, const std::string& anchor) {
        m_out += std::string(static_cast<size_t>(depth) * 4, ' ') + "- " +
                 link(escapedText, anchor) + "\n";
    }

    void writeContents() {
        if (!hasContents()) {
            return;
        }
        heading(2, "", inlineText(m_doc.words.contents));
        block();
        if (hasAbout()) {
            contentsEntry(0, inlineText(m_doc.words.about), kAboutAnchor);
        }
        if (hasTopVoted(m_doc)) {
            contentsEntry(0, inlineText(m_doc.words.priorities), kTopVotedAnchor);
        }
        if (m_doc.kind == ReportKind::Thematic) {
            if (hasOverview()) {
                contentsEntry(0, inlineText(m_doc.words.summary), kOverviewAnchor);
            }
            for (const auto& theme : m_doc.themes) {
                contentsEntry(0, inlineText(theme.name), theme.anchor);
            }
            if (hasUntagged()) {
                contentsEntry(0, inlineText(m_doc.words.untagged), kUntaggedAnchor);
            }
        } else if (m_doc.kind == ReportKind::Challenges) {
            if (report::hasPriorities(m_doc)) {
                contentsEntry(0, inlineText(m_doc.words.prioritySummary), kPrioritiesAnchor);
            }
            for (const auto& theme : m_doc.challengeThemes) {
                contentsEntry(0, inlineText(theme.name), theme.anchor);
                for (const auto& challenge : theme.challenges) {
                    contentsEntry(1, inlineText(challenge.heading), challenge.anchor);
                }
            }
            if (report::hasBasis(m_doc)) {
                contentsEntry(0, inlineText(m_doc.words.basis), kBasisAnchor);
            }
        } else {
            for (const auto& round : m_doc.rounds) {
                contentsEntry(0, inlineText(round.heading), round.anchor);
                for (const auto& group : round.groups) {
                    contentsEntry(1, groupTitle(group.number, group.title), group.anchor);
                }
            }
        }
        if (hasActions(m_doc)) {
            contentsEntry(0, inlineText(m_doc.words.allActions), kActionsAnchor);
        }
        if (!m_doc.appendix.empty()) {
            contentsEntry(0, inlineText(m_doc.words.appendix), kAppendixAnchor);
        }
        if (hasPeopleIndex(m_doc)) {
            contentsEntry(0, inlineText(m_doc.words.peopleIndex), kPeopleIndexAnchor);
        }
    }

    static std::string groupTitle(const std::string& number, const std::string& title) {
        const std::string n = inlineText(number);
        const std::string t = inlineText(title);
        return n.empty() ? t : t.empty() ? n : n + " " + t;
    }

    void writeAbout() {
        if (!hasAbout()) {
            return;
        }
        heading(2, kAboutAnchor, inlineText(m_doc.words.about));
        for (const auto& paragraph : m_doc.aboutParagraphs) {
            paragraphs(paragraph);
        }
        // Place and date above the organisers, as the 2020 report signs off.
        std::vector<std::string> signature;
        for (const auto* text : {&m_doc.placeAndDate, &m_doc.organisers}) {
            for (auto& line : textLines(*text)) {
                signature.push_back(std::move(line));
            }
        }
        if (!signature.empty()) {
            block();
            m_out += joinedLines(signature, "", true) + "\n";
        }
    }

    void writeRound(const ReportRound& round) {
        heading(2, round.anchor, inlineText(round.heading));
        for (const auto& group : round.groups) {
            writeGroup(group);
        }
    }

    void writeFields(const std::vector<ReportField>& fields) {
        if (fields.empty()) {
            return;
        }
        block();
        for (size_t i = 0; i < fields.size(); ++i) {
            const auto& field = fields[i];
            const std::string label = inlineText(withColon(field.label));
            std::string line = emphasise(label, "**");
            const auto valueLines = textLines(field.value);
            if (!valueLines.empty()) {
                line += (line.empty() ? "" : " ") + joinedLines(valueLines, "", line.empty());
            }
            m_out += line + (i + 1 < fields.size() ? "\\\n" : "\n");
        }
    }

    void writeGroup(const ReportGroup& group) {
        heading(3, group.anchor, groupTitle(group.number, group.title));
        writeFields(group.fields);
        if (!group.inputs.empty()) {
            if (!group.inputsLabel.empty()) {
                block();
                m_out += emphasise(inlineText(withColon(group.inputsLabel)), "**") + "\n";
            }
            writeInputs(group.inputs);
        } else if (!group.emptyNote.empty()) {
            paragraphs(group.emptyNote, "*");
        }
        for (const auto& note : group.notes) {
            paragraphs(note, "*");
        }
        writeActions(group.actions);
        // The files themselves are written beside the report (app::writeReportMedia).
        for (const auto& photo : group.photos) {
            block();
            m_out += "![" + inlineText(photo.alt) + "](<" + m_doc.mediaFolder + "/" +
                     photo.fileName + ">)\n";
            if (!photo.caption.empty()) {
                paragraphs(photo.caption, "*");
            }
        }
    }

    // A GFM table of plain texts (escaped here); `right` marks count columns.
    void table(const std::vector<std::string>& heads,
               const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right) {
        block();
        std::string rule = "|";
        m_out += "|";
        for (size_t c = 0; c < heads.size(); ++c) {
            m_out += " " + inlineText(heads[c]) + " |";
            rule += c < right.size() && right[c] ? " ---: |" : " :--- |";
        }
        m_out += "\n" + rule + "\n";
        for (const auto& row : rows) {
            m_out += "|";
            for (const auto& cell : row) {
                m_out += " " + inlineText(cell) + " |";
            }
            m_out += "\n";
        }
    }

    // "Prioriterte innspill": the most voted inputs (issue 17).
    void writeTopVoted() {
        if (!hasTopVoted(m_doc)) {
            return;
        }
        const auto& w = m_doc.words;
        heading(2, kTopVotedAnchor, inlineText(w.priorities));
        paragraphs(w.votesIntro);
        for (const auto& list : m_doc.topVoted) {
            heading(3, "", inlineText(list.heading));
            std::vector<std::vector<std::string>> rows;
            for (const auto& input : list.inputs) {
                rows.push_back({input.text, input.groupNumber, std::to_string(input.votes)});
            }
            table({w.input, w.group, w.votes}, rows, {false, false, true});
        }
    }

    void writeAllActions() {
        if (!hasActions(m_doc)) {
            return;
        }
        const auto& w = m_doc.words;
        heading(2, kActionsAnchor, inlineText(w.allActions));
        std::vector<std::vector<std::string>> rows;
        for (const auto& numbered : allActions(m_doc)) {
            const auto& a = *numbered.action;
            rows.push_back({numbered.groupNumber, a.what, a.who, a.nextStep, a.due, a.resources});
        }
        table(
            {w.group, w.actionWhat, w.actionWho, w.actionNextStep, w.actionDue, w.actionResources},
            rows, {});
    }

    void writePeopleIndex() {
        if (!hasPeopleIndex(m_doc)) {
            return;
        }
        const auto& w = m_doc.words;
        heading(2, kPeopleIndexAnchor, inlineText(w.peopleIndex));
        const auto numbers = [](const std::vector<std::string>& list) {
            std::string out;
            for (const auto& number : list) {
                out += (out.empty() ? "" : ", ") + number;
            }
            return out;
        };
        std::vector<std::vector<std::string>> rows;
        for (const auto& person : m_doc.peopleIndex) {
            rows.push_back({person.name, numbers(person.initiated), numbers(person.facilitated),
                            numbers(person.tookPart)});
        }
        table({w.participants, w.initiated, w.facilitated, w.tookPart}, rows, {});
    }

    // One list item and its sub-points; suffix (already escaped) follows the text.
    void writeItem(const ReportInput& input, size_t depth, const std::string& suffix = "") {
        const std::string indent(depth * 4, ' ');
        std::string text = joinedLines(textLines(input.text), indent + "  ", true);
        if (input.kind == model::InputKind::SubHeading) {
            text = emphasise(text, "**");
        }
        text += suffix;
        m_out += indent + (text.empty() ? "-" : "- " + text) + "\n";
        for (const auto& child : input.children) {
            writeItem(child, depth + 1);
        }
    }

    // A group's inputs: items gather into lists; a lead-in is a paragraph
    // before a list and a sub-heading a bold paragraph between two.
    void writeInputs(const std::vector<ReportInput>& inputs) {
        bool inList = false;
        for (const auto& input : inputs) {
            if (input.kind == model::InputKind::Item) {
                if (!inList) {
                    block();
                    inList = true;
                }
                writeItem(input, 0);
                continue;
            }
            inList = false;
            block();
            const std::string text = joinedLines(textLines(input.text), "", true);
            m_out +=
                (input.kind == model::InputKind::SubHeading ? emphasise(text, "**") : text) + "\n";
            if (!input.children.empty()) {
                block();
                inList = true;
                for (const auto& child : input.children) {
                    writeItem(child, 0);
                }
            }
        }
    }

    std::string groupReference(const ThemedInput& themed) const {
        return " (" + inlineText(m_doc.words.fromGroup) + " " + inlineText(themed.groupNumber) +
               ")";
    }

    void writeThemedInputs(const std::vector<ThemedInput>& inputs) {
        if (inputs.empty()) {
            return;
        }
        block();
        for (const auto& themed : inputs) {
            writeItem(themed.input, 0, groupReference(themed));
        }
    }

    void writeOverview() {
        if (!hasOverview()) {
            return;
        }
        heading(2, kOverviewAnchor, inlineText(m_doc.words.summary));
        for (const auto& chart : m_doc.charts) {
            // A GFM table; plain CommonMark shows it as readable text.
            block();
            m_out += "| " + inlineText(chart.title) + " | " +
                     inlineText(countWord(m_doc.language)) + " |\n| :--- | ---: |\n";
            for (const auto& [label, value] : chart.bars) {
                m_out += "| " + inlineText(label) + " | " + std::to_string(value) + " |\n";
            }
        }
    }

    void writeTheme(const ReportTheme& theme) {
        heading(2, theme.anchor, inlineText(theme.name));
        paragraphs(theme.description);
        writeThemedInputs(theme.inputs);
    }

    void writeUntagged() {
        if (!hasUntagged()) {
            return;
        }
        heading(2, kUntaggedAnchor, inlineText(m_doc.words.untagged));
        writeThemedInputs(m_doc.untagged);
    }

    // "**Lead.** text" on one line of a list item or paragraph.
    static std::string leadAndText(const std::string& lead, const std::string& text,
                                   const std::string& indent) {
        std::string out = emphasise(joinedLines(textLines(lead), indent, false), "**");
        const std::string body = joinedLines(textLines(text), indent, out.empty());
        if (!body.empty()) {
            out += (out.empty() ? "" : " ") + body;
        }
        return out;
    }

    // "*Kilder:* [1.6, 2.3](#grunnlag-1-a)" linking to the appendix entry.
    std::string sourcesLine(const Sources& sources) const {
        return emphasise(inlineText(withColon(m_doc.words.sources)), "*") + " " +
               link(inlineText(sources.numbers), sources.anchor);
    }

    void writePriorities() {
        if (!report::hasPriorities(m_doc)) {
            return;
        }
        heading(2, kPrioritiesAnchor, inlineText(m_doc.words.prioritySummary));
        block();
        for (const auto& priority : m_doc.priorities) {
            const std::string marker = priority.number + ". ";
            const std::string indent(marker.size(), ' ');
            m_out +=
                marker +
                emphasise(link(inlineText(priority.challenge), priority.challengeAnchor), "**");
            const std::string recommendation = leadAndText(priority.lead, priority.text, indent);
            if (!recommendation.empty()) {
                m_out += "\\\n" + indent +
                         emphasise(inlineText(withColon(m_doc.words.recommendation)), "*") + " " +
                         recommendation;
            }
            m_out += "\n";
        }
    }

    // "Tiltak og ansvar" under a group or a challenge.
    void writeActions(const std::vector<ReportAction>& actions) {
        if (actions.empty()) {
            return;
        }
        block();
        m_out += emphasise(inlineText(m_doc.words.actions), "**") + "\n";
        std::vector<std::vector<std::string>> rows;
        for (const auto& a : actions) {
            rows.push_back({a.what, a.who, a.nextStep, a.due, a.resources});
        }
        const auto& w = m_doc.words;
        table({w.actionWhat, w.actionWho, w.actionNextStep, w.actionDue, w.actionResources}, rows,
              {});
    }

    void writeChallengeTheme(const ChallengeTheme& theme) {
        heading(2, theme.anchor, inlineText(theme.name));
        paragraphs(theme.introduction);
        for (const auto& challenge : theme.challenges) {
            heading(3, challenge.anchor, inlineText(challenge.heading));
            paragraphs(challenge.description);
            if (report::hasSources(challenge.sources)) {
                block();
                m_out += sourcesLine(challenge.sources) + "\n";
            }
            if (!challenge.measures.empty()) {
                block();
                m_out += emphasise(inlineText(withColon(m_doc.words.opportunities)), "**") + "\n";
                block();
                for (const auto& measure : challenge.measures) {
                    const std::string text = leadAndText(measure.lead, measure.text, "  ");
                    m_out += text.empty() ? "-" : "- " + text;
                    if (report::hasSources(measure.sources)) {
                        m_out += "\\\n  " + sourcesLine(measure.sources);
                    }
                    m_out += "\n";
                }
            }
            writeActions(challenge.actions);
        }
    }

    // One source in full: "- **1.6** Group title: the input", sub-points under it.
    void writeSource(const SourceInput& source) {
        std::string head = emphasise(inlineText(source.groupNumber), "**");
        if (const auto title = inlineText(source.groupTitle); !title.empty()) {
            head += (head.empty() ? "" : " ") + title;
        }
        const std::string text = joinedLines(textLines(source.input.text), "  ", false);
        m_out += "- " + head + (text.empty() ? "" : ": " + text) + "\n";
        for (const auto& child : source.input.children) {
            writeItem(child, 1);
        }
    }

    void writeSources(const std::string& escapedLabel, const Sources& sources) {
        block();
        m_out += anchorTag(sources.anchor) + escapedLabel + "\n";
        block();
        for (const auto& source : sources.inputs) {
            writeSource(source);
        }
        if (sources.deleted > 0) {
            m_out += "- " +
                     emphasise(inlineText(deletedSources(m_doc.language, sources.deleted)), "*") +
                     "\n";
        }
    }

    void writeBasis() {
        if (!report::hasBasis(m_doc)) {
            return;
        }
        heading(2, kBasisAnchor, inlineText(m_doc.words.basis));
        for (const auto& theme : m_doc.challengeThemes) {
            for (const auto& challenge : theme.challenges) {
                if (!report::hasBasis(challenge)) {
                    continue;
                }
                heading(3, "", inlineText(theme.name + " – " + challenge.heading));
                if (report::hasSources(challenge.sources)) {
                    writeSources(emphasise(inlineText(m_doc.words.basisChallenge), "**"),
                                 challenge.sources);
                }
                for (const auto& measure : challenge.measures) {
                    if (report::hasSources(measure.sources)) {
                        writeSources(emphasise(inlineText(measureLabel(measure)), "**"),
                                     measure.sources);
                    }
                }
            }
        }
    }

    void writeAppendix() {
        if (m_doc.appendix.empty()) {
            return;
        }
        heading(2, kAppendixAnchor, inlineText(m_doc.words.appendix));
        for (const auto& group : m_doc.appendix) {
            heading(3, "", groupTitle(group.number, group.title));
            if (!group.participants.empty()) {
                block();
                m_out += emphasise(inlineText(withColon(m_doc.words.participants)), "**") + "\n";
                block();
                for (const auto& name : group.participants) {
                    const std::string text = joinedLines(textLines(name), "  ", true);
                    m_out += text.empty() ? "-\n" : "- " + text + "\n";
                }
            }
            for (const auto& note : group.notes) {
                block();
                m_out += emphasise(inlineText(withColon(note.label)), "**") + "\n";
                paragraphs(note.value);
            }
        }
    }

    const ReportDocument& m_doc;
    std::string m_out;
};

} // namespace

std::string writeMarkdown(const ReportDocument& document) {
    return MarkdownWriter(document).write();
}

} // namespace innspill::io::report
