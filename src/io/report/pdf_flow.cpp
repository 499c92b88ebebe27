// PDF writer: the report document as a flow of blocks, in reading order —
// about, contents, then rounds and groups (or themes and charts), appendix.
#include "io/report/pdf_layout.hpp"

#include "io/report/challenge_builder.hpp"
#include "io/report/report_sections.hpp"

#include <unordered_map>

namespace innspill::io::report::pdf {

namespace {

constexpr const char* kBullet = "•";
constexpr const char* kSubBullet = "–";
constexpr double kBulletX = 10.0;
constexpr double kBulletText = 24.0;
constexpr double kSubBulletX = 26.0;
constexpr double kSubBulletText = 38.0;

std::string withColon(const std::string& label) {
    if (!label.empty() && (label.back() == ':' || label.back() == '?')) {
        return label;
    }
    return label + ":";
}

Block text(Style style, const std::string& content, double spaceBefore = 0) {
    Block block;
    block.style = style;
    block.text = cleanText(content);
    block.spaceBefore = spaceBefore;
    return block;
}

Block heading1(const std::string& content, bool newPage, bool listed) {
    Block block = text(Style::Heading1, content);
    block.text = cleanText(content, false);
    block.pageBreakBefore = newPage;
    block.keepWithNext = true;
    block.spaceAfter = 16.0; // room for the rule under it
    block.outlineLevel = 0;
    block.tocLevel = listed ? 0 : -1;
    block.outlineTitle = block.text;
    return block;
}

// "1.12 Title": the number hangs, the title wraps beside it.
Block numberedHeading(Style style, const std::string& number, const std::string& title,
                      double spaceBefore) {
    Block block = text(style, title, spaceBefore);
    block.text = cleanText(title, false);
    block.marker = cleanText(number, false);
    block.markerStyle = style;
    block.indentAfterMarker = !block.marker.empty();
    block.keepWithNext = true;
    block.outlineLevel = 1;
    block.outlineTitle = block.marker.empty() ? block.text : block.marker + " " + block.text;
    return block;
}

// "Label: value", the label in bold.
Block field(Style style, const std::string& label, const std::string& value, double spaceBefore) {
    Block block;
    block.style = style;
    block.spaceBefore = spaceBefore;
    const std::string head = cleanText(withColon(label), false);
    block.text = value.empty() ? head : head + " " + cleanText(value);
    block.boldEnd = head.size();
    return block;
}

void addInput(std::vector<Block>& out, const ReportInput& input, int level,
              const std::string& reference = {}) {
    Block block = text(Style::Body, input.text);
    if (!reference.empty()) {
        block.referenceFrom = block.text.size() + 1; // after the space
        block.text += " " + reference;
    }
    const bool nested = level > 0;
    switch (input.kind) {
    case model::InputKind::Item:
        block.marker = nested ? kSubBullet : kBullet;
        block.markerX = nested ? kSubBulletX : kBulletX;
        block.indent = nested ? kSubBulletText : kBulletText;
        block.spaceBefore = nested ? 1.5 : 3.5;
        block.listLevel = level;
        break;
    case model::InputKind::LeadIn:
        block.indent = nested ? kBulletText : 0;
        block.spaceBefore = 7.0;
        block.keepWithNext = true;
        break;
    case model::InputKind::SubHeading:
        block.style = Style::SubHeading;
        block.indent = nested ? kBulletText : 0;
        block.spaceBefore = 9.0;
        block.keepWithNext = true;
        break;
    }
    out.push_back(std::move(block));
    for (const auto& child : input.children) {
        // Sub-points of a lead-in or sub-heading are its list: first level.
        // The group reference is said once, on the input itself.
        addInput(out, child, input.kind == model::InputKind::Item ? level + 1 : level);
    }
}

// An action: its "what" in bold after a bullet, then who, next step, due
// and resources as labelled parts of the same paragraph.
void addAction(std::vector<Block>& out, const ReportDocument& doc, const ReportAction& action,
               const std::string& groupNumber = {}) {
    const auto& w = doc.words;
    Block block;
    block.style = Style::Body;
    block.marker = kBullet;
    block.markerX = kBulletX;
    block.indent = kBulletText;
    block.spaceBefore = 3.5;
    block.listLevel = 0;
    std::string head = groupNumber.empty() ? "" : cleanText(groupNumber, false) + " ";
    head += cleanText(action.what, false);
    block.text = head;
    block.boldEnd = head.size();
    const std::pair<const std::string*, const std::string*> parts[] = {
        {&w.actionWho, &action.who},
        {&w.actionNextStep, &action.nextStep},
        {&w.actionDue, &action.due},
        {&w.actionResources, &action.resources}};
    for (const auto& [label, value] : parts) {
        if (!value->empty()) {
            block.text += (block.text.empty() ? "" : ". ") + cleanText(withColon(*label), false) +
                          " " + cleanText(*value, false);
        }
    }
    out.push_back(std::move(block));
}

// "Tiltak og ansvar" under a group or a challenge.
void addActions(std::vector<Block>& out, const ReportDocument& doc,
                const std::vector<ReportAction>& actions) {
    if (actions.empty()) {
        return;
    }
    out.push_back(text(Style::InputsLabel, withColon(doc.words.actions), 9.0));
    out.back().keepWithNext = true;
    for (const auto& action : actions) {
        addAction(out, doc, action);
    }
}

// The last block of a section keeps with nothing: the next section's heading
// is not part of its chain.
void endSection(std::vector<Block>& out) {
    if (!out.empty() && out.back().kind == BlockKind::Text && out.back().style != Style::Heading1) {
        out.back().keepWithNext = false;
    }
}

void addProceedings(std::vector<Block>& out, const ReportDocument& doc) {
    for (const auto& round : doc.rounds) {
        out.push_back(heading1(round.heading, true, true));
        bool first = true;
        for (const auto& group : round.groups) {
            out.push_back(
                numberedHeading(Style::Heading2, group.number, group.title, first ? 0.0 : 24.0));
            out.back().tocLevel = 1;
            first = false;
            bool firstField = true;
            for (const auto& f : group.fields) {
                out.push_back(field(Style::Field, f.label, f.value, firstField ? 6.0 : 1.5));
                out.back().keepWithNext = true;
                firstField = false;
            }
            if (!group.inputs.empty()) {
                out.push_back(text(Style::InputsLabel, withColon(group.inputsLabel), 9.0));
                out.back().text = cleanText(withColon(group.inputsLabel), false);
                out.back().keepWithNext = true;
                for (const auto& input : group.inputs) {
                    addInput(out, input, 0);
                }
            } else if (!group.emptyNote.empty()) {
                out.push_back(text(Style::Note, group.emptyNote, 7.0));
            }
            for (const auto& note : group.notes) {
                out.push_back(text(Style::Note, note, 7.0));
            }
            addActions(out, doc, group.actions);
            for (const auto& photo : group.photos) {
                Block picture;
                picture.kind = BlockKind::Photo;
                picture.photo = &photo;
                picture.spaceBefore = 10.0;
                picture.spaceAfter = 3.0;
                picture.keepWithNext = !photo.caption.empty(); // its caption below it
                out.push_back(std::move(picture));
                if (!photo.caption.empty()) {
                    out.push_back(text(Style::Note, photo.caption, 0.0));
                }
            }
            endSection(out);
        }
    }
}

std::string groupReference(const ReportDocument& doc, const ThemedInput& input) {
    return "(" + doc.words.fromGroup + " " + cleanText(input.groupNumber, false) + ")";
}

void addThematic(std::vector<Block>& out, const ReportDocument& doc) {
    if (!doc.charts.empty()) {
        out.push_back(heading1(doc.words.summary, true, true));
        for (size_t i = 0; i < doc.charts.size(); ++i) {
            Block chart;
            chart.kind = BlockKind::Chart;
            chart.chart = i;
            chart.spaceBefore = i == 0 ? 4.0 : 22.0;
            chart.outlineTitle = cleanText(doc.charts[i].title, false);
            chart.outlineLevel = 1;
            out.push_back(std::move(chart));
        }
    }
    for (const auto& theme : doc.themes) {
        out.push_back(heading1(theme.name, true, true));
        if (!theme.description.empty()) {
            out.push_back(text(Style::Lead, theme.description, 0));
            out.back().spaceAfter = 6.0;
        }
        for (const auto& input : theme.inputs) {
            addInput(out, input.input, 0, groupReference(doc, input));
        }
        endSection(out);
    }
    if (!doc.untagged.empty()) {
        out.push_back(heading1(doc.words.untagged, true, true));
        for (const auto& input : doc.untagged) {
            addInput(out, input.input, 0, groupReference(doc, input));
        }
        endSection(out);
    }
}

// The challenge report. Links are made within the body: a sources line
// points at its entry in "Grunnlag", a priority at its challenge.
class ChallengeFlow {
  public:
    ChallengeFlow(std::vector<Block>& out, const ReportDocument& doc) : m_out(out), m_doc(doc) {}

    void add() {
        addPriorities();
        for (const auto& theme : m_doc.challengeThemes) {
            addTheme(theme);
        }
        addBasis();
        for (const auto& [block, anchor] : m_links) {
            if (const auto found = m_targets.find(anchor); found != m_targets.end()) {
                m_out[block].link = found->second;
            }
        }
    }

  private:
    void linkTo(const std::string& anchor) { m_links.emplace_back(m_out.size() - 1, anchor); }
    void target(const std::string& anchor) { m_targets.emplace(anchor, m_out.size() - 1); }

    void addPriorities() {
        if (!hasPriorities(m_doc)) {
            return;
        }
        m_out.push_back(heading1(m_doc.words.prioritySummary, true, true));
        for (const auto& priority : m_doc.priorities) {
            // Tagged H3 under the summary's H2, as the council's numbered list reads.
            Block title = text(Style::Heading3, priority.challenge, m_out.size() > 1 ? 14.0 : 2.0);
            title.text = cleanText(priority.challenge, false);
            title.marker = priority.number + ".";
            title.markerStyle = Style::Heading3;
            title.indent = kBulletText;
            title.keepWithNext = true;
            m_out.push_back(std::move(title));
            linkTo(priority.challengeAnchor);
            if (!priority.lead.empty() || !priority.text.empty()) {
                // "Anbefaling: Lead. Text", the label small and grey as in
                // the other formats.
                Block recommendation = leadAndText(priority.lead, priority.text, 2.0);
                const std::string label = cleanText(withColon(m_doc.words.recommendation), false);
                recommendation.text = label + " " + recommendation.text;
                recommendation.labelEnd = label.size();
                recommendation.boldEnd += recommendation.boldEnd > 0 ? label.size() + 1 : 0;
                recommendation.indent = kBulletText;
                m_out.push_back(std::move(recommendation));
            }
        }
        endSection(m_out);
    }

    static Block leadAndText(const std::string& lead, const std::string& body, double spaceBefore) {
        const std::string head = cleanText(lead);
        Block block = text(Style::Body, body, spaceBefore);
        if (!head.empty()) {
            block.text = block.text.empty() ? head : head + " " + block.text;
            block.boldEnd = head.size();
        }
        return block;
    }

    // Under a challenge, or inside a measure's list item (a paragraph of its LBody).
    void sourcesLine(const Sources& sources, double indent, bool inListItem) {
        if (!hasSources(sources)) {
            return;
        }
        Block line = text(Style::Body, withColon(m_doc.words.sources) + " " + sources.numbers, 2.0);
        line.referenceFrom = 0;
        line.indent = indent;
        line.inListItem = inListItem;
        m_out.push_back(std::move(line));
        linkTo(sources.anchor);
    }

    void addTheme(const ChallengeTheme& theme) {
        m_out.push_back(heading1(theme.name, true, true));
        target(theme.anchor);
        if (!theme.introduction.empty()) {
            m_out.push_back(text(Style::Lead, theme.introduction, 0));
            m_out.back().spaceAfter = 6.0;
        }
        for (const auto& challenge : theme.challenges) {
            m_out.push_back(numberedHeading(Style::Heading2, "", challenge.heading, 20.0));
            m_out.back().tocLevel = 1;
            target(challenge.anchor);
            if (!challenge.description.empty()) {
                m_out.push_back(text(Style::Body, challenge.description, 4.0));
            }
            sourcesLine(challenge.sources, 0, false);
            if (!challenge.measures.empty()) {
                m_out.push_back(
                    text(Style::InputsLabel, withColon(m_doc.words.opportunities), 9.0));
                m_out.back().text = cleanText(withColon(m_doc.words.opportunities), false);
                m_out.back().keepWithNext = true;
            }
            // The measures are a list (tagged L/LI/Lbl/LBody), each with its
            // sources line inside its item.
            for (const auto& measure : challenge.measures) {
                Block item = leadAndText(measure.lead, measure.text, 5.0);
                item.marker = kBullet;
                item.markerX = kBulletX;
                item.indent = kBulletText;
                item.listLevel = 0;
                m_out.push_back(std::move(item));
                sourcesLine(measure.sources, kBulletText, true);
            }
            addActions(m_out, m_doc, challenge.actions);
        }
        endSection(m_out);
    }

    void addSources(const std::string& label, const Sources& sources) {
        m_out.push_back(text(Style::InputsLabel, label, 8.0));
        m_out.back().text = cleanText(label, false);
        m_out.back().keepWithNext = true;
        target(sources.anchor);
        for (const auto& source : sources.inputs) {
            std::string group = cleanText(source.groupNumber, false);
            if (!source.groupTitle.empty()) {
                group += " " + cleanText(source.groupTitle, false);
            }
            addInput(m_out, source.input, 0, "(" + m_doc.words.fromGroup + " " + group + ")");
        }
        if (sources.deleted > 0) {
            m_out.push_back(
                text(Style::Note, deletedSources(m_doc.language, sources.deleted), 3.0));
            m_out.back().indent = kBulletText;
        }
    }

    void addBasis() {
        if (!hasBasis(m_doc)) {
            return;
        }
        m_out.push_back(heading1(m_doc.words.basis, true, true));
        bool first = true;
        for (const auto& theme : m_doc.challengeThemes) {
            for (const auto& challenge : theme.challenges) {
                if (!hasBasis(challenge)) {
                    continue;
                }
                m_out.push_back(numberedHeading(Style::Heading3, "",
                                                theme.name + " – " + challenge.heading,
                                                first ? 0.0 : 20.0));
                first = false;
                if (hasSources(challenge.sources)) {
                    addSources(m_doc.words.basisChallenge, challenge.sources);
                }
                for (const auto& measure : challenge.measures) {
                    if (hasSources(measure.sources)) {
                        addSources(measureLabel(measure), measure.sources);
                    }
                }
                endSection(m_out);
            }
        }
    }

    std::vector<Block>& m_out;
    const ReportDocument& m_doc;
    std::vector<std::pair<size_t, std::string>> m_links;
    std::unordered_map<std::string, size_t> m_targets;
};

// "Prioriterte innspill": the most voted inputs (issue 17).
void addTopVoted(std::vector<Block>& out, const ReportDocument& doc) {
    if (!hasTopVoted(doc)) {
        return;
    }
    out.push_back(heading1(doc.words.priorities, true, true));
    out.push_back(text(Style::Lead, doc.words.votesIntro, 0));
    out.back().spaceAfter = 6.0;
    Block chart;
    chart.kind = BlockKind::Chart;
    chart.chart = kVotesChart;
    chart.spaceBefore = 4.0;
    chart.outlineTitle = cleanText(doc.votesChart.title, false);
    chart.outlineLevel = 1;
    out.push_back(std::move(chart));
    for (const auto& list : doc.topVoted) {
        out.push_back(numberedHeading(Style::Heading2, "", list.heading, 18.0));
        for (const auto& input : list.inputs) {
            // "12  The input (gruppe 1.6)": the count in bold, the group small.
            Block block;
            block.style = Style::Body;
            block.spaceBefore = 3.5;
            block.marker = std::to_string(input.votes);
            block.markerStyle = Style::Field;
            block.indent = kBulletText;
            block.listLevel = 0;
            block.text = cleanText(input.text);
            block.referenceFrom = block.text.size() + 1;
            block.text +=
                " (" + doc.words.fromGroup + " " + cleanText(input.groupNumber, false) + ")";
            out.push_back(std::move(block));
        }
    }
    endSection(out);
}

void addAllActions(std::vector<Block>& out, const ReportDocument& doc) {
    const auto actions = allActions(doc);
    if (actions.empty()) {
        return;
    }
    out.push_back(heading1(doc.words.allActions, true, true));
    for (const auto& numbered : actions) {
        addAction(out, doc, *numbered.action, numbered.groupNumber);
    }
    endSection(out);
}

void addPeopleIndex(std::vector<Block>& out, const ReportDocument& doc) {
    if (doc.peopleIndex.empty()) {
        return;
    }
    const auto& w = doc.words;
    out.push_back(heading1(w.peopleIndex, true, true));
    for (const auto& person : doc.peopleIndex) {
        std::string roles;
        const std::pair<const std::string*, const std::vector<std::string>*> lists[] = {
            {&w.initiated, &person.initiated},
            {&w.facilitated, &person.facilitated},
            {&w.tookPart, &person.tookPart}};
        for (const auto& [label, numbers] : lists) {
            if (numbers->empty()) {
                continue;
            }
            std::string joined;
            for (const auto& number : *numbers) {
                joined += (joined.empty() ? "" : ", ") + number;
            }
            roles += (roles.empty() ? "" : "; ") + *label + " " + joined;
        }
        out.push_back(field(Style::Body, person.name, roles, 3.0));
    }
    endSection(out);
}

void addAppendix(std::vector<Block>& out, const ReportDocument& doc) {
    if (doc.appendix.empty()) {
        return;
    }
    out.push_back(heading1(doc.words.appendix, true, true));
    bool first = true;
    for (const auto& group : doc.appendix) {
        out.push_back(
            numberedHeading(Style::Heading3, group.number, group.title, first ? 0.0 : 20.0));
        first = false;
        if (!group.participants.empty()) {
            // Semicolons: a participant may be "Name, Organisation".
            std::string names;
            for (const auto& name : group.participants) {
                names += (names.empty() ? "" : "; ") + name;
            }
            out.push_back(field(Style::Body, doc.words.participants, names, 6.0));
            out.back().keepWithNext = true;
        }
        for (const auto& note : group.notes) {
            out.push_back(field(Style::Body, note.label, note.value, 6.0));
            out.back().keepWithNext = true;
        }
        endSection(out);
    }
}

void addAbout(std::vector<Block>& out, const ReportDocument& doc) {
    if (doc.aboutParagraphs.empty() && doc.placeAndDate.empty() && doc.organisers.empty()) {
        return;
    }
    out.push_back(heading1(doc.words.about, false, false));
    for (const auto& paragraph : doc.aboutParagraphs) {
        out.push_back(text(Style::Body, paragraph, out.size() == 1 ? 0.0 : 8.0));
    }
    endSection(out);
    if (!doc.placeAndDate.empty()) {
        out.push_back(text(Style::Body, doc.placeAndDate, 28.0));
        out.back().keepWithNext = !doc.organisers.empty();
    }
    if (!doc.organisers.empty()) {
        out.push_back(text(Style::Body, doc.organisers, doc.placeAndDate.empty() ? 28.0 : 2.0));
    }
}

// One line per listed heading; the number column is the same for all.
std::vector<Block> contents(const ReportDocument& doc, const std::vector<Block>& body,
                            size_t bodyStart) {
    std::vector<Block> out;
    out.push_back(heading1(doc.words.contents, true, false));
    for (size_t i = 0; i < body.size(); ++i) {
        const Block& heading = body[i];
        if (heading.tocLevel < 0) {
            continue;
        }
        Block entry;
        entry.kind = BlockKind::TocEntry;
        entry.target = bodyStart + i;
        entry.keepTogether = true;
        entry.text = heading.text;
        if (heading.tocLevel == 0) {
            entry.style = Style::TocMajor;
            entry.spaceBefore = out.size() == 1 ? 0.0 : 11.0;
            entry.keepWithNext = true; // a round stays with its first group
        } else {
            entry.style = Style::TocMinor;
            entry.marker = heading.marker;
            entry.markerStyle = Style::TocMinor;
            entry.markerX = 12.0;
            entry.spaceBefore = 2.5;
        }
        out.push_back(std::move(entry));
    }
    out.back().keepWithNext = false;
    return out;
}

} // namespace

Flow buildFlow(const ReportDocument& doc) {
    std::vector<Block> front;
    addAbout(front, doc);
    std::vector<Block> body;
    addTopVoted(body, doc);
    if (doc.kind == ReportKind::Thematic) {
        addThematic(body, doc);
    } else if (doc.kind == ReportKind::Challenges) {
        ChallengeFlow(body, doc).add();
    } else {
        addProceedings(body, doc);
    }
    addAllActions(body, doc);
    addAppendix(body, doc);
    addPeopleIndex(body, doc);

    // Contents before the body; the writer fills in the number column width.
    const size_t bodyStart = front.size() + 1 + [&] {
        size_t listed = 0;
        for (const auto& block : body) {
            listed += block.tocLevel >= 0 ? 1 : 0;
        }
        return listed;
    }();
    std::vector<Block> toc = contents(doc, body, bodyStart);
    Flow flow;
    flow.blocks.reserve(front.size() + toc.size() + body.size());
    for (Block& block : body) {
        if (block.link != kNone) {
            block.link += bodyStart; // links were made within the body
        }
    }
    for (auto* part : {&front, &toc, &body}) {
        for (auto& block : *part) {
            flow.blocks.push_back(std::move(block));
        }
    }
    return flow;
}

} // namespace innspill::io::report::pdf
