// The DOCX body (word/document.xml): title page, about, table of contents,
// rounds and groups or themes, charts, appendix; then the package around it.
#include "io/report/docx_writer.hpp"

#include "io/report/challenge_builder.hpp"
#include "io/report/docx_parts.hpp"
#include "io/report/report_sections.hpp"
#include "io/report/report_words.hpp"
#include "io/report/text_escape.hpp"
#include "io/report/zip_package.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace innspill::io::report {

namespace {

using docx::kBulletNumId;

// Word's own TOC bookmarks are "_Toc" and digits; the leading underscore hides
// them from the Bookmarks dialog. Ours start far from the numbers Word picks.
constexpr int kBookmarkBase = 900000000;

// The chart is a table whose middle columns are a 20-step scale: a bar is a
// shaded cell spanning as many steps as its value deserves (see barChart()).
constexpr int kChartSteps = 20;
constexpr int kChartLabelWidth = 4000;
constexpr int kChartStepWidth = 210;
constexpr int kChartCountWidth = 800;
constexpr std::string_view kBarColour = "2E5C8A";
// White horizontal borders between the rows: without them the shaded cells
// of neighbouring bars touch and read as one block.
constexpr std::string_view kBarGaps =
    "<w:tblBorders><w:top w:val=\"single\" w:sz=\"36\" w:space=\"0\" w:color=\"FFFFFF\"/>"
    "<w:bottom w:val=\"single\" w:sz=\"36\" w:space=\"0\" w:color=\"FFFFFF\"/>"
    "<w:insideH w:val=\"single\" w:sz=\"36\" w:space=\"0\" w:color=\"FFFFFF\"/>"
    "</w:tblBorders>";

// Direct run formatting; italics (notes, descriptions) come from paragraph styles.
struct RunStyle {
    bool bold = false;
    std::string_view charStyle;
};
constexpr RunStyle kBold{true, {}};
constexpr RunStyle kGroupReference{false, "GroupReference"};

// A run of user text. Forbidden characters are dropped first, then line
// breaks become <w:br/> and tabs <w:tab/>: Word ignores a raw newline in w:t.
void appendRun(std::string& out, std::string_view text, const RunStyle& style = {}) {
    std::string storage;
    const std::string_view clean = xmlClean(text, storage);
    out += "<w:r>";
    if (style.bold || !style.charStyle.empty()) {
        out += "<w:rPr>";
        if (!style.charStyle.empty()) {
            out += "<w:rStyle w:val=\"";
            out += style.charStyle;
            out += "\"/>";
        }
        out += style.bold ? "<w:b/><w:bCs/>" : "";
        out += "</w:rPr>";
    }
    size_t start = 0;
    for (size_t i = 0; i <= clean.size(); ++i) {
        const bool end = i == clean.size();
        if (!end && clean[i] != '\n' && clean[i] != '\r' && clean[i] != '\t') {
            continue;
        }
        if (i > start) {
            out += "<w:t xml:space=\"preserve\">";
            appendEscapedHtml(out, clean.substr(start, i - start));
            out += "</w:t>";
        }
        if (!end) {
            if (clean[i] == '\t') {
                out += "<w:tab/>";
            } else if (clean[i] == '\n' || i + 1 == clean.size() || clean[i + 1] != '\n') {
                out += "<w:br/>"; // "\r\n" is one break, a lone "\r" too
            }
        }
        start = i + 1;
    }
    out += "</w:r>";
}

// Headings, TOC entries and table labels are one line.
std::string oneLine(std::string_view text) {
    std::string line(text);
    std::replace_if(
        line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return line;
}

std::string withColon(const std::string& label) {
    return !label.empty() && label.back() == ':' ? label : label + ":";
}

void openParagraph(std::string& out, std::string_view style, int listLevel = -1,
                   bool keepNext = false) {
    out += "<w:p><w:pPr><w:pStyle w:val=\"";
    out += style;
    out += "\"/>";
    if (keepNext) {
        out += "<w:keepNext/>";
    }
    if (listLevel >= 0) {
        out += "<w:numPr><w:ilvl w:val=\"" + std::to_string(listLevel) + "\"/><w:numId w:val=\"" +
               std::to_string(kBulletNumId) + "\"/></w:numPr>";
    }
    out += "</w:pPr>";
}

void paragraph(std::string& out, std::string_view style, std::string_view text) {
    openParagraph(out, style);
    appendRun(out, text);
    out += "</w:p>";
}

void fieldChar(std::string& out, std::string_view type) {
    out += "<w:r><w:fldChar w:fldCharType=\"";
    out += type;
    out += "\"/></w:r>";
}

void instruction(std::string& out, std::string_view code) {
    out += "<w:r><w:instrText xml:space=\"preserve\">";
    out += code;
    out += "</w:instrText></w:r>";
}

struct TocEntry {
    int level;
    std::string bookmark;
    std::string text;
};

class DocxBody {
  public:
    explicit DocxBody(const ReportDocument& doc) : m_doc(doc) {}

    std::string build() {
        m_body.reserve(4096);
        // The same order in every format: title page, about, contents, body.
        // About is written first so its heading is the contents' first entry.
        about();
        const size_t aboutEnd = m_body.size();
        topVoted();
        if (m_doc.kind == ReportKind::Thematic) {
            charts();
            themes();
        } else if (m_doc.kind == ReportKind::Challenges) {
            priorities();
            challengeThemes();
            basis();
        } else {
            rounds();
        }
        allActionsTable();
        appendix();
        peopleIndex();

        std::string xml;
        xml.reserve(m_body.size() + m_toc.size() * 400 + 4096);
        xml += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
               "xmlns:w=\"";
        xml += docx::kWordNs;
        xml += "\" xmlns:r=\"";
        xml += docx::kRelNs;
        xml += "\" xmlns:wp=\"";
        xml += docx::kDrawingNs;
        xml += "\"><w:body>";
        titlePage(xml);
        xml.append(m_body, 0, aboutEnd);
        contents(xml);
        xml.append(m_body, aboutEnd);
        sectionProperties(xml);
        xml += "</w:body></w:document>\n";
        return xml;
    }

  private:
    void titlePage(std::string& out) const {
        paragraph(out, "Title", oneLine(m_doc.title));
        if (!m_doc.subtitle.empty()) {
            paragraph(out, "Subtitle", m_doc.subtitle);
        }
        for (const auto& question : m_doc.guidingQuestions) {
            paragraph(out, "GuidingQuestion", question);
        }
        if (!m_doc.placeAndDate.empty()) {
            // Pushed towards the foot of the page, as on a printed cover.
            out += "<w:p><w:pPr><w:pStyle w:val=\"TitleMeta\"/><w:spacing w:before=\"2400\"/>"
                   "</w:pPr>";
            appendRun(out, m_doc.placeAndDate);
            out += "</w:p>";
        }
    }

    // A real TOC field that Word rebuilds (settings.xml asks it to update
    // fields on open), with the entries already written between "separate"
    // and "end" so LibreOffice and viewers that never update fields still
    // show a contents list. The pre-rendered entries carry no page numbers:
    // we cannot know them before layout, and LibreOffice shows a stored
    // PAGEREF result as it is (a guess would be wrong, dot leaders to nothing
    // look broken). Word's update adds the numbers and leaders.
    void contents(std::string& out) const {
        paragraph(out, "TOCHeading", m_doc.words.contents);
        const std::string_view code = " TOC \\o \"1-3\" \\h \\z \\u ";
        if (m_toc.empty()) {
            out += "<w:p>";
            fieldChar(out, "begin");
            instruction(out, code);
            fieldChar(out, "separate");
            fieldChar(out, "end");
            out += "</w:p>";
            return;
        }
        for (size_t i = 0; i < m_toc.size(); ++i) {
            const auto& entry = m_toc[i];
            openParagraph(out, "TOC" + std::to_string(entry.level));
            if (i == 0) {
                fieldChar(out, "begin");
                instruction(out, code);
                fieldChar(out, "separate");
            }
            out += "<w:hyperlink w:anchor=\"" + entry.bookmark + "\" w:history=\"1\">";
            appendRun(out, entry.text);
            out += "</w:hyperlink></w:p>";
        }
        out += "<w:p>";
        fieldChar(out, "end");
        out += "</w:p>";
    }

    void sectionProperties(std::string& out) const {
        // titlePg without a first-page footer: the title page has none.
        out += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"";
        out += docx::kFooterRelId;
        out += "\"/><w:pgSz w:w=\"" + std::to_string(docx::kPageWidth) + "\" w:h=\"" +
               std::to_string(docx::kPageHeight) + "\"/>";
        const std::string margin = std::to_string(docx::kMargin);
        out += "<w:pgMar w:top=\"" + margin + "\" w:right=\"" + margin + "\" w:bottom=\"" + margin +
               "\" w:left=\"" + margin +
               "\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/><w:cols w:space=\"708\"/>"
               "<w:titlePg/></w:sectPr>";
    }

    // Heading 1 starts a new page through its style: every round, theme and
    // the appendix begins on a fresh page, as in the 2020 report.
    void heading(int level, std::string_view text) {
        const int id = static_cast<int>(m_toc.size()) + 1;
        TocEntry entry{level, "_Toc" + std::to_string(kBookmarkBase + id), oneLine(text)};
        openParagraph(m_body, "Heading" + std::to_string(level));
        m_body += "<w:bookmarkStart w:id=\"" + std::to_string(id) + "\" w:name=\"" +
                  entry.bookmark + "\"/>";
        appendRun(m_body, entry.text);
        m_body += "<w:bookmarkEnd w:id=\"" + std::to_string(id) + "\"/></w:p>";
        m_toc.push_back(std::move(entry));
    }

    void about() {
        if (m_doc.aboutParagraphs.empty() && m_doc.placeAndDate.empty() &&
            m_doc.organisers.empty()) {
            return;
        }
        heading(1, m_doc.words.about);
        for (const auto& text : m_doc.aboutParagraphs) {
            paragraph(m_body, "Normal", text);
        }
        if (!m_doc.placeAndDate.empty()) {
            m_body += "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"480\"/></w:pPr>";
            appendRun(m_body, m_doc.placeAndDate);
            m_body += "</w:p>";
        }
        if (!m_doc.organisers.empty()) {
            paragraph(m_body, "Normal", m_doc.organisers);
        }
    }

    void rounds() {
        for (const auto& round : m_doc.rounds) {
            heading(1, round.heading);
            for (const auto& group : round.groups) {
                this->group(group);
            }
        }
    }

    void group(const ReportGroup& group) {
        heading(2, group.number + " " + group.title);
        for (const auto& field : group.fields) {
            openParagraph(m_body, "GroupField");
            appendRun(m_body, withColon(field.label), kBold);
            if (!field.value.empty()) {
                appendRun(m_body, " " + field.value);
            }
            m_body += "</w:p>";
        }
        if (!group.inputs.empty()) {
            paragraph(m_body, "InputsLabel", withColon(group.inputsLabel));
            inputs(group.inputs);
        } else if (!group.emptyNote.empty()) {
            paragraph(m_body, "GroupNote", group.emptyNote);
        }
        for (const auto& note : group.notes) {
            paragraph(m_body, "GroupNote", note);
        }
        actionsTable(group.actions);
        for (const auto& photo : group.photos) {
            picture(photo);
        }
    }

    // A plain table with a repeated header row; every cell is user text.
    void dataTable(const std::string& caption, const std::vector<std::string>& heads,
                   const std::vector<std::vector<std::string>>& rows) {
        constexpr int kTableWidth = 9000;
        const int width = kTableWidth / static_cast<int>(std::max<size_t>(heads.size(), 1));
        m_body += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTableWidth) +
                  "\" w:type=\"dxa\"/><w:tblBorders><w:insideH w:val=\"single\" w:sz=\"4\" "
                  "w:space=\"0\" w:color=\"D3D8DE\"/><w:bottom w:val=\"single\" w:sz=\"4\" "
                  "w:space=\"0\" w:color=\"D3D8DE\"/></w:tblBorders><w:tblCaption w:val=\"" +
                  escapeHtml(stripXmlForbidden(oneLine(caption))) + "\"/></w:tblPr><w:tblGrid>";
        for (size_t c = 0; c < heads.size(); ++c) {
            m_body += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
        }
        m_body += "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
        for (const auto& head : heads) {
            chartCell(width, 1, oneLine(head), false, false, true);
        }
        m_body += "</w:tr>";
        for (const auto& row : rows) {
            m_body += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
            for (const auto& cell : row) {
                chartCell(width, 1, cell, false);
            }
            m_body += "</w:tr>";
        }
        m_body += "</w:tbl><w:p/>";
    }

    // "Prioriterte innspill": the most voted inputs (issue 17).
    void topVoted() {
        if (!hasTopVoted(m_doc)) {
            return;
        }
        const auto& w = m_doc.words;
        heading(1, w.priorities);
        paragraph(m_body, "Normal", w.votesIntro);
        barChart(m_doc.votesChart);
        for (const auto& list : m_doc.topVoted) {
            heading(2, list.heading);
            std::vector<std::vector<std::string>> rows;
            for (const auto& input : list.inputs) {
                rows.push_back({input.text, input.groupNumber, std::to_string(input.votes)});
            }
            dataTable(list.heading, {w.input, w.group, w.votes}, rows);
        }
    }

    void allActionsTable() {
        const auto actions = allActions(m_doc);
        if (actions.empty()) {
            return;
        }
        const auto& w = m_doc.words;
        heading(1, w.allActions);
        std::vector<std::vector<std::string>> rows;
        for (const auto& numbered : actions) {
            const auto& a = *numbered.action;
            rows.push_back({numbered.groupNumber, a.what, a.who, a.nextStep, a.due, a.resources});
        }
        dataTable(
            w.allActions,
            {w.group, w.actionWhat, w.actionWho, w.actionNextStep, w.actionDue, w.actionResources},
            rows);
    }

    void peopleIndex() {
        if (m_doc.peopleIndex.empty()) {
            return;
        }
        const auto& w = m_doc.words;
        heading(1, w.peopleIndex);
        const auto joined = [](const std::vector<std::string>& numbers) {
            std::string out;
            for (const auto& number : numbers) {
                out += (out.empty() ? "" : ", ") + number;
            }
            return out;
        };
        std::vector<std::vector<std::string>> rows;
        for (const auto& person : m_doc.peopleIndex) {
            rows.push_back({person.name, joined(person.initiated), joined(person.facilitated),
                            joined(person.tookPart)});
        }
        dataTable(w.peopleIndex, {w.participants, w.initiated, w.facilitated, w.tookPart}, rows);
    }

    // An inline picture (a real image part, word/media/…) as wide as the
    // text, no taller than most of a page, its alt text the caption; the
    // caption below it, kept with it.
    void picture(const ReportPhoto& photo) {
        if (photo.width <= 0 || photo.height <= 0) {
            return;
        }
        const std::string relId = "rIdPhoto" + std::to_string(m_media.size() + 1);
        m_media.push_back({relId, photo.fileName, &photo.jpeg});
        constexpr int64_t kEmuPerTwip = 635;
        const int64_t maxWidth = int64_t{docx::kTextWidth} * kEmuPerTwip;
        const int64_t maxHeight =
            int64_t{docx::kPageHeight - 2 * docx::kMargin} * kEmuPerTwip * 7 / 10;
        int64_t cx = maxWidth;
        int64_t cy = cx * photo.height / photo.width;
        if (cy > maxHeight) {
            cy = maxHeight;
            cx = cy * photo.width / photo.height;
        }
        const std::string size =
            "cx=\"" + std::to_string(cx) + "\" cy=\"" + std::to_string(cy) + "\"";
        const std::string alt = escapeXmlText(photo.alt);
        const std::string id = std::to_string(m_media.size());
        m_body +=
            "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"120\"/></w:pPr><w:r><w:drawing>"
            "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent " +
            size + "/><wp:docPr id=\"" + id + "\" name=\"" + photo.fileName + "\" descr=\"" + alt +
            "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks "
            "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            "noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic "
            "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData "
            "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic "
            "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            "<pic:nvPicPr><pic:cNvPr id=\"" +
            id + "\" name=\"" + photo.fileName + "\" descr=\"" + alt +
            "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + relId +
            "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>"
            "<a:off x=\"0\" y=\"0\"/><a:ext " +
            size +
            "/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
        if (!photo.caption.empty()) {
            paragraph(m_body, "GroupNote", photo.caption);
        }
    }

    // Items are bullets with their sub-points one level in; a lead-in is a
    // plain paragraph and a sub-heading a bold one, each introducing the
    // bullets that follow (their own children, if any, are top-level bullets).
    void inputs(const std::vector<ReportInput>& list, int level = 0) {
        for (const auto& input : list) {
            switch (input.kind) {
            case model::InputKind::Item:
                listItem(input.text, level);
                inputs(input.children, std::min(level + 1, 1));
                break;
            case model::InputKind::LeadIn:
                openParagraph(m_body, "Normal", -1, true);
                appendRun(m_body, input.text);
                m_body += "</w:p>";
                inputs(input.children, level);
                break;
            case model::InputKind::SubHeading:
                paragraph(m_body, "InputSubHeading", input.text);
                inputs(input.children, level);
                break;
            }
        }
    }

    void listItem(std::string_view text, int level, std::string_view groupNumber = {}) {
        openParagraph(m_body, "ListParagraph", level);
        appendRun(m_body, text);
        if (!groupNumber.empty()) {
            appendRun(m_body, " (" + m_doc.words.fromGroup + " " + std::string(groupNumber) + ")",
                      kGroupReference);
        }
        m_body += "</w:p>";
    }

    void themedInputs(const std::vector<ThemedInput>& list) {
        for (const auto& themed : list) {
            listItem(themed.input.text, 0, themed.groupNumber);
            for (const auto& child : themed.input.children) {
                listItem(child.text, 1);
            }
        }
    }

    void themes() {
        for (const auto& theme : m_doc.themes) {
            heading(1, theme.name);
            if (!theme.description.empty()) {
                paragraph(m_body, "ThemeDescription", theme.description);
            }
            themedInputs(theme.inputs);
        }
        if (!m_doc.untagged.empty()) {
            heading(1, m_doc.words.untagged);
            themedInputs(m_doc.untagged);
        }
    }

    void charts() {
        if (m_doc.charts.empty()) {
            return;
        }
        heading(1, m_doc.words.summary);
        for (const auto& chart : m_doc.charts) {
            heading(2, chart.title);
            barChart(chart);
        }
    }

    void chartCell(int width, int span, std::string_view text, bool bar, bool right = false,
                   bool bold = false) {
        m_body += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
        if (span > 1) {
            m_body += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
        }
        if (bar) {
            m_body += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"";
            m_body += kBarColour;
            m_body += "\"/>";
        }
        m_body += "<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle "
                  "w:val=\"ChartCell\"/>";
        m_body += right ? "<w:jc w:val=\"right\"/>" : "";
        m_body += "</w:pPr>";
        if (!text.empty()) {
            appendRun(m_body, text, bold ? kBold : RunStyle{});
        }
        m_body += "</w:p></w:tc>";
    }

    // A bar is a cell with a fill spanning part of a fixed 20-column scale,
    // not a run of "█" characters: a shaded cell draws the same in Word and
    // LibreOffice whatever fonts are installed, never wraps, and its length is
    // exact to the scale, while block characters depend on the font having
    // U+2588 and wrap when a bar is long. Spanning grid columns avoids nested
    // tables, which some readers flatten.
    void barChart(const BarChart& chart) {
        size_t max = 0;
        for (const auto& bar : chart.bars) {
            max = std::max(max, bar.second);
        }
        const int total = kChartLabelWidth + kChartSteps * kChartStepWidth + kChartCountWidth;
        m_body += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(total) + "\" w:type=\"dxa\"/>";
        m_body += kBarGaps;
        m_body += "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"40\" "
                  "w:type=\"dxa\"/><w:bottom w:w=\"40\" w:type=\"dxa\"/></w:tblCellMar>"
                  "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" "
                  "w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>";
        // The table's alternative text (Word's Table Properties, Alt Text):
        // its title, and every bar's label and number for a reader who
        // does not see the shading.
        std::string description = oneLine(chart.title) + ":";
        for (size_t i = 0; i < chart.bars.size(); ++i) {
            description += (i == 0 ? " " : "; ") + oneLine(chart.bars[i].first) + " " +
                           std::to_string(chart.bars[i].second);
        }
        m_body += "<w:tblCaption w:val=\"" + escapeHtml(stripXmlForbidden(oneLine(chart.title))) +
                  "\"/><w:tblDescription w:val=\"" +
                  escapeHtml(stripXmlForbidden(description + ".")) + "\"/></w:tblPr><w:tblGrid>";
        m_body += "<w:gridCol w:w=\"" + std::to_string(kChartLabelWidth) + "\"/>";
        for (int i = 0; i < kChartSteps; ++i) {
            m_body += "<w:gridCol w:w=\"" + std::to_string(kChartStepWidth) + "\"/>";
        }
        m_body += "<w:gridCol w:w=\"" + std::to_string(kChartCountWidth) + "\"/></w:tblGrid>";
        // A header row, repeated on each page and read as the column heads.
        m_body += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
        chartCell(kChartLabelWidth, 1, oneLine(chart.labelHeading), false, false, true);
        chartCell(kChartSteps * kChartStepWidth + kChartCountWidth, kChartSteps + 1,
                  oneLine(chart.valueHeading), false, true, true);
        m_body += "</w:tr>";
        for (const auto& [label, value] : chart.bars) {
            int steps = max == 0 ? 0 : static_cast<int>((value * kChartSteps + max / 2) / max);
            if (value > 0) {
                steps = std::max(steps, 1); // a non-zero count always shows
            }
            m_body += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
            chartCell(kChartLabelWidth, 1, oneLine(label), false);
            if (steps > 0) {
                chartCell(steps * kChartStepWidth, steps, {}, true);
            }
            if (steps < kChartSteps) {
                chartCell((kChartSteps - steps) * kChartStepWidth, kChartSteps - steps, {}, false);
            }
            chartCell(kChartCountWidth, 1, std::to_string(value), false, true);
            m_body += "</w:tr>";
        }
        m_body += "</w:tbl>";
        // A paragraph between tables (and before the section end) keeps two
        // charts from merging into one table.
        m_body += "<w:p/>";
    }

    // Our anchors ("grunnlag-1-a-2") as bookmark names: letters, digits and
    // underscores, starting with a letter, at most 40 characters.
    static std::string bookmarkName(const std::string& anchor) {
        std::string name = "i_";
        for (char c : anchorId(anchor)) {
            name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        }
        return name.substr(0, 40);
    }

    void bookmarkStart(const std::string& anchor) {
        const std::string id = std::to_string(kBookmarkBase - static_cast<int>(++m_bookmarks));
        m_body += "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + bookmarkName(anchor) +
                  "\"/><w:bookmarkEnd w:id=\"" + id + "\"/>";
    }

    void link(const std::string& anchor, std::string_view text, bool bold = false) {
        m_body += "<w:hyperlink w:anchor=\"" + bookmarkName(anchor) + "\" w:history=\"1\">";
        std::string run;
        appendRun(run, text, RunStyle{bold, "Hyperlink"});
        m_body += run + "</w:hyperlink>";
    }

    // A heading that links can reach: the bookmark sits inside its paragraph.
    void anchoredHeading(int level, std::string_view text, const std::string& anchor) {
        heading(level, text);
        const size_t end = m_body.rfind("</w:p>");
        std::string tail = m_body.substr(end);
        m_body.resize(end);
        bookmarkStart(anchor);
        m_body += tail;
    }

    void leadAndText(const std::string& lead, const std::string& text) {
        if (!lead.empty()) {
            appendRun(m_body, lead, kBold);
        }
        if (!text.empty()) {
            appendRun(m_body, lead.empty() ? text : " " + text);
        }
    }

    // "Kilder: 1.6, 2.3", the numbers a link to the entry in "Grunnlag".
    void sourcesLine(const Sources& sources, bool indented) {
        if (!hasSources(sources)) {
            return;
        }
        openParagraph(m_body, "SourcesLine");
        if (indented) {
            m_body.insert(m_body.size() - 8, "<w:ind w:left=\"360\"/>");
        }
        appendRun(m_body, withColon(m_doc.words.sources) + " ");
        link(sources.anchor, sources.numbers);
        m_body += "</w:p>";
    }

    void priorities() {
        if (!hasPriorities(m_doc)) {
            return;
        }
        heading(1, m_doc.words.prioritySummary);
        for (const auto& priority : m_doc.priorities) {
            openParagraph(m_body, "PriorityItem", -1, true);
            appendRun(m_body, priority.number + ".\t", kBold);
            link(priority.challengeAnchor, oneLine(priority.challenge), true);
            m_body += "</w:p>";
            if (!priority.lead.empty() || !priority.text.empty()) {
                m_body += "<w:p><w:pPr><w:ind w:left=\"425\"/></w:pPr>";
                appendRun(m_body, withColon(m_doc.words.recommendation) + " ",
                          RunStyle{false, "GroupReference"});
                leadAndText(priority.lead, priority.text);
                m_body += "</w:p>";
            }
        }
    }

    // "Tiltak og ansvar" under a group or a challenge.
    void actionsTable(const std::vector<ReportAction>& actions) {
        if (actions.empty()) {
            return;
        }
        paragraph(m_body, "InputsLabel", withColon(m_doc.words.actions));
        std::vector<std::vector<std::string>> rows;
        for (const auto& a : actions) {
            rows.push_back({a.what, a.who, a.nextStep, a.due, a.resources});
        }
        const auto& w = m_doc.words;
        dataTable(m_doc.words.actions,
                  {w.actionWhat, w.actionWho, w.actionNextStep, w.actionDue, w.actionResources},
                  rows);
    }

    void challengeThemes() {
        for (const auto& theme : m_doc.challengeThemes) {
            anchoredHeading(1, theme.name, theme.anchor);
            if (!theme.introduction.empty()) {
                paragraph(m_body, "ThemeDescription", theme.introduction);
            }
            for (const auto& challenge : theme.challenges) {
                anchoredHeading(2, challenge.heading, challenge.anchor);
                if (!challenge.description.empty()) {
                    paragraph(m_body, "Normal", challenge.description);
                }
                sourcesLine(challenge.sources, false);
                if (!challenge.measures.empty()) {
                    paragraph(m_body, "InputsLabel", withColon(m_doc.words.opportunities));
                }
                for (const auto& measure : challenge.measures) {
                    openParagraph(m_body, "ListParagraph", 0);
                    leadAndText(measure.lead, measure.text);
                    m_body += "</w:p>";
                    sourcesLine(measure.sources, true);
                }
                actionsTable(challenge.actions);
            }
        }
    }

    void sources(const std::string& label, const Sources& list) {
        openParagraph(m_body, "InputsLabel");
        bookmarkStart(list.anchor);
        appendRun(m_body, label);
        m_body += "</w:p>";
        for (const auto& source : list.inputs) {
            openParagraph(m_body, "ListParagraph", 0);
            const std::string group = oneLine(source.groupNumber) +
                                      (source.groupTitle.empty() ? "" : " ") +
                                      oneLine(source.groupTitle) + ": ";
            appendRun(m_body, group, kGroupReference);
            appendRun(m_body, source.input.text);
            m_body += "</w:p>";
            for (const auto& child : source.input.children) {
                listItem(child.text, 1);
            }
        }
        if (list.deleted > 0) {
            paragraph(m_body, "GroupNote", deletedSources(m_doc.language, list.deleted));
        }
    }

    void basis() {
        if (!hasBasis(m_doc)) {
            return;
        }
        heading(1, m_doc.words.basis);
        for (const auto& theme : m_doc.challengeThemes) {
            for (const auto& challenge : theme.challenges) {
                if (!hasBasis(challenge)) {
                    continue;
                }
                heading(2, theme.name + " – " + challenge.heading);
                if (hasSources(challenge.sources)) {
                    sources(m_doc.words.basisChallenge, challenge.sources);
                }
                for (const auto& measure : challenge.measures) {
                    if (hasSources(measure.sources)) {
                        sources(measureLabel(measure), measure.sources);
                    }
                }
            }
        }
    }

    void appendix() {
        if (m_doc.appendix.empty()) {
            return;
        }
        heading(1, m_doc.words.appendix);
        // The appendix follows the body's rounds, so its groups sit at level 3
        // under the round they met in.
        std::unordered_map<std::string, const ReportRound*> roundOf;
        for (const auto& round : m_doc.rounds) {
            for (const auto& group : round.groups) {
                roundOf.emplace(group.number, &round);
            }
        }
        const ReportRound* current = nullptr;
        for (const auto& group : m_doc.appendix) {
            const auto found = roundOf.find(group.number);
            const ReportRound* round = found == roundOf.end() ? nullptr : found->second;
            if (round && round != current) {
                heading(2, round->heading);
                current = round;
            }
            heading(3, group.number + " " + group.title);
            if (!group.participants.empty()) {
                paragraph(m_body, "InputsLabel", withColon(m_doc.words.participants));
                for (const auto& name : group.participants) {
                    listItem(name, 0);
                }
            }
            for (const auto& note : group.notes) {
                paragraph(m_body, "InputsLabel", withColon(note.label));
                paragraph(m_body, "Normal", note.value);
            }
        }
    }

  public:
    const std::vector<docx::MediaPart>& media() const { return m_media; }

  private:
    const ReportDocument& m_doc;
    std::string m_body;
    std::vector<TocEntry> m_toc;
    size_t m_bookmarks = 0;               // anchors of the challenge report
    std::vector<docx::MediaPart> m_media; // the pictures, in order
};

} // namespace

std::string writeDocx(const ReportDocument& document) {
    const std::string tag = languageTag(document.language);
    DocxBody body(document);
    std::string documentXml = body.build();
    std::vector<PackagePart> parts{
        {"[Content_Types].xml", docx::contentTypesXml()},
        {"_rels/.rels", docx::packageRelsXml()},
        {"docProps/core.xml",
         docx::coreXml(document.title, document.subtitle, document.organisers, tag)},
        {"docProps/app.xml", docx::appXml()},
        {"word/document.xml", std::move(documentXml)},
        {"word/_rels/document.xml.rels", docx::documentRelsXml(body.media())},
        {"word/styles.xml", docx::stylesXml(tag)},
        {"word/numbering.xml", docx::numberingXml()},
        {"word/settings.xml", docx::settingsXml(tag)},
        {"word/footer1.xml", docx::footerXml(oneLine(document.title), document.words.page)},
    };
    for (const auto& media : body.media()) {
        parts.push_back({"word/media/" + media.fileName, *media.jpeg});
    }
    return zipPackage(parts);
}

} // namespace innspill::io::report
