// CommonMark output of the report document. User text is escaped so that
// whatever a participant typed reads as text: no emphasis, links, lists,
// headings or raw HTML can come out of it, and a line break stays inside its
// list item. Escaping is by context (a '-' only at the start of a line, '&'
// only before something that could be an entity) so the file stays pleasant
// to read as plain text as well.
#include "io/report/markdown_writer.hpp"
#include "io/report/report_sections.hpp"

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
        if (m_doc.kind == ReportKind::Thematic) {
            writeOverview();
            for (const auto& theme : m_doc.themes) {
                writeTheme(theme);
            }
            writeUntagged();
        } else {
            for (const auto& round : m_doc.rounds) {
                writeRound(round);
            }
        }
        writeAppendix();
        return std::move(m_out);
    }

  private:
    static constexpr const char* kAboutAnchor = "om-rapporten";
    static constexpr const char* kOverviewAnchor = "oversikt";
    static constexpr const char* kUntaggedAnchor = "uten-tema";
    static constexpr const char* kAppendixAnchor = "vedlegg";

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
        } else {
            for (const auto& round : m_doc.rounds) {
                contentsEntry(0, inlineText(round.heading), round.anchor);
                for (const auto& group : round.groups) {
                    contentsEntry(1, groupTitle(group.number, group.title), group.anchor);
                }
            }
        }
        if (!m_doc.appendix.empty()) {
            contentsEntry(0, inlineText(m_doc.words.appendix), kAppendixAnchor);
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
