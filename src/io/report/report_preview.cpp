// Flattening the report document into the preview's blocks (see the header).
#include "io/report/report_preview.hpp"

#include "io/report/challenge_builder.hpp"
#include "io/report/report_sections.hpp"
#include "model/group.hpp"

#include <algorithm>

namespace innspill::io::report {

namespace {

void add(std::vector<PreviewBlock>& blocks, PreviewStyle style, std::string text,
         std::string label = {}, int depth = 0) {
    PreviewBlock block;
    block.style = style;
    block.text = std::move(text);
    block.label = std::move(label);
    block.depth = depth;
    blocks.push_back(std::move(block));
}

std::string groupTitle(const std::string& number, const std::string& title) {
    return number.empty() ? title : title.empty() ? number : number + " " + title;
}

std::string withColon(const std::string& label) {
    return label.empty() || label.back() == ':' ? label : label + ":";
}

void addInput(std::vector<PreviewBlock>& blocks, const ReportInput& input, int depth,
              const std::string& suffix = {}) {
    switch (input.kind) {
    case model::InputKind::LeadIn:
        add(blocks, PreviewStyle::LeadIn, input.text, suffix, depth);
        break;
    case model::InputKind::SubHeading:
        add(blocks, PreviewStyle::SubHeading, input.text, suffix, depth);
        break;
    case model::InputKind::Item:
        add(blocks, PreviewStyle::Item, input.text, suffix, depth);
        break;
    }
    // Sub-points of a lead-in or sub-heading are the list that follows it.
    const int childDepth = input.kind == model::InputKind::Item ? depth + 1 : depth;
    for (const auto& child : input.children) {
        add(blocks, PreviewStyle::Item, child.text, {}, childDepth);
    }
}

void addTitlePage(std::vector<PreviewBlock>& blocks, const ReportDocument& doc) {
    add(blocks, PreviewStyle::Title, doc.title);
    if (!doc.subtitle.empty()) {
        add(blocks, PreviewStyle::Subtitle, doc.subtitle);
    }
    for (const auto& question : doc.guidingQuestions) {
        add(blocks, PreviewStyle::Question, question);
    }
}

void addContents(std::vector<PreviewBlock>& blocks, const ReportDocument& doc) {
    if (!hasContents(doc)) {
        return;
    }
    add(blocks, PreviewStyle::Section, doc.words.contents);
    if (hasAbout(doc)) {
        add(blocks, PreviewStyle::ContentsEntry, doc.words.about);
    }
    if (doc.kind == ReportKind::Thematic) {
        if (hasOverview(doc)) {
            add(blocks, PreviewStyle::ContentsEntry, doc.words.summary);
        }
        for (const auto& theme : doc.themes) {
            add(blocks, PreviewStyle::ContentsEntry, theme.name);
        }
        if (hasUntagged(doc)) {
            add(blocks, PreviewStyle::ContentsEntry, doc.words.untagged);
        }
    } else if (doc.kind == ReportKind::Challenges) {
        if (hasPriorities(doc)) {
            add(blocks, PreviewStyle::ContentsEntry, doc.words.prioritySummary);
        }
        for (const auto& theme : doc.challengeThemes) {
            add(blocks, PreviewStyle::ContentsEntry, theme.name);
            for (const auto& challenge : theme.challenges) {
                add(blocks, PreviewStyle::ContentsEntry, challenge.heading, {}, 1);
            }
        }
        if (hasBasis(doc)) {
            add(blocks, PreviewStyle::ContentsEntry, doc.words.basis);
        }
    } else {
        for (const auto& round : doc.rounds) {
            add(blocks, PreviewStyle::ContentsEntry, round.heading);
            for (const auto& group : round.groups) {
                add(blocks, PreviewStyle::ContentsEntry, groupTitle(group.number, group.title), {},
                    1);
            }
        }
    }
    if (!doc.appendix.empty()) {
        add(blocks, PreviewStyle::ContentsEntry, doc.words.appendix);
    }
}

void addAbout(std::vector<PreviewBlock>& blocks, const ReportDocument& doc) {
    if (!hasAbout(doc)) {
        return;
    }
    add(blocks, PreviewStyle::Section, doc.words.about);
    for (const auto& paragraph : doc.aboutParagraphs) {
        add(blocks, PreviewStyle::Paragraph, paragraph);
    }
    if (!doc.placeAndDate.empty()) {
        add(blocks, PreviewStyle::Signature, doc.placeAndDate);
    }
    if (!doc.organisers.empty()) {
        add(blocks, PreviewStyle::Signature, doc.organisers);
    }
}

void addGroup(std::vector<PreviewBlock>& blocks, const ReportGroup& group) {
    add(blocks, PreviewStyle::GroupHeading, groupTitle(group.number, group.title));
    for (const auto& field : group.fields) {
        add(blocks, PreviewStyle::Field, field.value, withColon(field.label));
    }
    if (!group.inputs.empty()) {
        if (!group.inputsLabel.empty()) {
            add(blocks, PreviewStyle::InputsLabel, withColon(group.inputsLabel));
        }
        for (const auto& input : group.inputs) {
            addInput(blocks, input, 0);
        }
    } else if (!group.emptyNote.empty()) {
        add(blocks, PreviewStyle::Note, group.emptyNote);
    }
    for (const auto& note : group.notes) {
        add(blocks, PreviewStyle::Note, note);
    }
}

void addThemed(std::vector<PreviewBlock>& blocks, const ReportDocument& doc,
               const std::vector<ThemedInput>& inputs) {
    for (const auto& themed : inputs) {
        addInput(blocks, themed.input, 0,
                 "(" + doc.words.fromGroup + " " + themed.groupNumber + ")");
    }
}

void addThematic(std::vector<PreviewBlock>& blocks, const ReportDocument& doc) {
    if (hasOverview(doc)) {
        add(blocks, PreviewStyle::Section, doc.words.summary);
        for (const auto& chart : doc.charts) {
            add(blocks, PreviewStyle::GroupHeading, chart.title);
            size_t largest = 0;
            for (const auto& bar : chart.bars) {
                largest = std::max(largest, bar.second);
            }
            for (const auto& [label, value] : chart.bars) {
                add(blocks, PreviewStyle::Bar, label);
                blocks.back().value = value;
                blocks.back().scale = largest;
            }
        }
    }
    for (const auto& theme : doc.themes) {
        add(blocks, PreviewStyle::Section, theme.name);
        if (!theme.description.empty()) {
            add(blocks, PreviewStyle::Paragraph, theme.description);
        }
        addThemed(blocks, doc, theme.inputs);
    }
    if (hasUntagged(doc)) {
        add(blocks, PreviewStyle::Section, doc.words.untagged);
        addThemed(blocks, doc, doc.untagged);
    }
}

void addSourcesLine(std::vector<PreviewBlock>& blocks, const ReportDocument& doc,
                    const Sources& sources, int depth) {
    if (hasSources(sources)) {
        add(blocks, PreviewStyle::Note, withColon(doc.words.sources) + " " + sources.numbers, {},
            depth);
    }
}

void addSources(std::vector<PreviewBlock>& blocks, const ReportDocument& doc,
                const std::string& label, const Sources& sources) {
    add(blocks, PreviewStyle::InputsLabel, label);
    for (const auto& source : sources.inputs) {
        addInput(blocks, source.input, 0,
                 "(" + doc.words.fromGroup + " " +
                     groupTitle(source.groupNumber, source.groupTitle) + ")");
    }
    if (sources.deleted > 0) {
        add(blocks, PreviewStyle::Note, deletedSources(doc.language, sources.deleted));
    }
}

// The challenge report: measures are fields (the bold lead, then the text).
void addChallenges(std::vector<PreviewBlock>& blocks, const ReportDocument& doc) {
    if (hasPriorities(doc)) {
        add(blocks, PreviewStyle::Section, doc.words.prioritySummary);
        for (const auto& priority : doc.priorities) {
            add(blocks, PreviewStyle::GroupHeading, priority.number + ". " + priority.challenge);
            if (!priority.lead.empty() || !priority.text.empty()) {
                // "Anbefaling: Lead." as the field's label, as every format labels it.
                std::string label = withColon(doc.words.recommendation);
                if (!priority.lead.empty()) {
                    label += " " + priority.lead;
                }
                add(blocks, PreviewStyle::Field, priority.text, label);
            }
        }
    }
    for (const auto& theme : doc.challengeThemes) {
        add(blocks, PreviewStyle::Section, theme.name);
        if (!theme.introduction.empty()) {
            add(blocks, PreviewStyle::Paragraph, theme.introduction);
        }
        for (const auto& challenge : theme.challenges) {
            add(blocks, PreviewStyle::GroupHeading, challenge.heading);
            if (!challenge.description.empty()) {
                add(blocks, PreviewStyle::Paragraph, challenge.description);
            }
            addSourcesLine(blocks, doc, challenge.sources, 0);
            if (!challenge.measures.empty()) {
                add(blocks, PreviewStyle::InputsLabel, withColon(doc.words.opportunities));
            }
            for (const auto& measure : challenge.measures) {
                add(blocks, PreviewStyle::Field, measure.text, measure.lead);
                addSourcesLine(blocks, doc, measure.sources, 1);
            }
        }
    }
    if (!hasBasis(doc)) {
        return;
    }
    add(blocks, PreviewStyle::Section, doc.words.basis);
    for (const auto& theme : doc.challengeThemes) {
        for (const auto& challenge : theme.challenges) {
            if (!hasBasis(challenge)) {
                continue;
            }
            add(blocks, PreviewStyle::GroupHeading, theme.name + " – " + challenge.heading);
            if (hasSources(challenge.sources)) {
                addSources(blocks, doc, doc.words.basisChallenge, challenge.sources);
            }
            for (const auto& measure : challenge.measures) {
                if (hasSources(measure.sources)) {
                    addSources(blocks, doc, measureLabel(measure), measure.sources);
                }
            }
        }
    }
}

void addAppendix(std::vector<PreviewBlock>& blocks, const ReportDocument& doc) {
    if (doc.appendix.empty()) {
        return;
    }
    add(blocks, PreviewStyle::Section, doc.words.appendix);
    for (const auto& group : doc.appendix) {
        add(blocks, PreviewStyle::GroupHeading, groupTitle(group.number, group.title));
        if (!group.participants.empty()) {
            add(blocks, PreviewStyle::InputsLabel, withColon(doc.words.participants));
            for (const auto& name : group.participants) {
                add(blocks, PreviewStyle::Item, name);
            }
        }
        for (const auto& note : group.notes) {
            add(blocks, PreviewStyle::Field, note.value, withColon(note.label));
        }
    }
}

} // namespace

std::vector<PreviewBlock> previewBlocks(const ReportDocument& doc) {
    std::vector<PreviewBlock> blocks;
    addTitlePage(blocks, doc);
    addContents(blocks, doc);
    addAbout(blocks, doc);
    if (doc.kind == ReportKind::Thematic) {
        addThematic(blocks, doc);
    } else if (doc.kind == ReportKind::Challenges) {
        addChallenges(blocks, doc);
    } else {
        for (const auto& round : doc.rounds) {
            add(blocks, PreviewStyle::Section, round.heading);
            for (const auto& group : round.groups) {
                addGroup(blocks, group);
            }
        }
    }
    addAppendix(blocks, doc);
    return blocks;
}

} // namespace innspill::io::report
