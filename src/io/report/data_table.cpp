// The input table, built from the same report document as every other format.
#include "io/report/data_table.hpp"

#include "io/report/report_words.hpp"
#include "io/report/traceability_table.hpp"

namespace innspill::io::report {

namespace {

std::string kindWord(model::InputKind kind, bool english) {
    switch (kind) {
    case model::InputKind::LeadIn:
        return english ? "lead-in" : "innledning";
    case model::InputKind::SubHeading:
        return english ? "sub-heading" : "mellomtittel";
    case model::InputKind::Item:
        break;
    }
    return english ? "input" : "innspill";
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) {
        text += (text.empty() ? "" : "; ") + item;
    }
    return text;
}

} // namespace

DataTable buildDataTable(const model::Event& event, const ReportOptions& options) {
    if (options.kind == ReportKind::Challenges) {
        return buildTraceabilityTable(event, options);
    }
    ReportOptions withThemes = options;
    withThemes.kind = ReportKind::Thematic; // also yields the per-theme counts
    withThemes.photosWithoutBytes = true;   // the photos column names them
    withThemes.photoBytes = nullptr;
    const ReportDocument doc = buildReport(event, withThemes);
    const bool en = event.language == "en";
    DataTable table;
    if (en) {
        table.header = {"Day",  "Group session", "Group number", "Group title", "Initiator(s)",
                        "Kind", "Input",         "Parent input", "Themes",      "Votes"};
    } else {
        table.header = {
            "Dag",  "Gruppesesjon", "Gruppenummer",        "Gruppetittel", "Initiativtaker(e)",
            "Type", "Innspill",     "Overordnet innspill", "Tema",         doc.words.votes};
    }
    table.numberColumn = table.header.size() - 1;
    table.header.push_back(vocabulary(event.language).photos);
    // Only the rounds the report prints, with its day and round numbers; a
    // group that met without inputs is one row that says so.
    for (const auto& round : doc.rounds) {
        const std::string day = std::to_string(round.day);
        const std::string number = std::to_string(round.number);
        size_t count = 0;
        for (const auto& group : round.groups) {
            // The group's photos the report prints, by caption, on each of its rows.
            std::vector<std::string> captions;
            for (const auto& photo : group.photos) {
                captions.push_back(photo.alt);
            }
            const std::string photos = joined(captions);
            if (!group.emptyNote.empty()) {
                table.rows.push_back({day, number, group.number, group.title, group.initiators, "",
                                      group.emptyNote, "", "", "", photos});
            }
            for (const auto& input : group.inputs) {
                count += input.kind == model::InputKind::Item ? 1 : 0;
                table.rows.push_back({day, number, group.number, group.title, group.initiators,
                                      kindWord(input.kind, en), input.text, "",
                                      joined(input.themes), std::to_string(input.votes), photos});
                for (const auto& child : input.children) {
                    table.rows.push_back({day, number, group.number, group.title, group.initiators,
                                          en ? "sub-point" : "underpunkt", child.text, input.text,
                                          joined(child.themes), std::to_string(child.votes),
                                          photos});
                }
            }
            // A group with photos but no rows of its own still shows them.
            if (group.emptyNote.empty() && group.inputs.empty() && !photos.empty()) {
                table.rows.push_back({day, number, group.number, group.title, group.initiators, "",
                                      "", "", "", "", photos});
            }
        }
        table.perRound.emplace_back(round.heading, count);
    }
    const auto& w = doc.words;
    for (const auto& round : doc.rounds) {
        for (const auto& group : round.groups) {
            for (const auto& action : group.actions) {
                table.actionRows.push_back({group.number, group.title, action.what, action.who,
                                            action.nextStep, action.due, action.resources});
            }
        }
    }
    for (const auto& challenge : doc.challengeActions) {
        for (const auto& action : challenge.actions) {
            table.actionRows.push_back({challenge.label, challenge.title, action.what, action.who,
                                        action.nextStep, action.due, action.resources});
        }
    }
    if (!table.actionRows.empty()) {
        table.actionsHeader = {w.group,          w.input,     w.actionWhat,     w.actionWho,
                               w.actionNextStep, w.actionDue, w.actionResources};
        table.actionsHeader[1] = en ? "Group title" : "Gruppetittel";
    }
    for (const auto& chart : doc.charts) {
        if (chart.title == vocabulary(event.language).perTheme) {
            table.perTheme = chart.bars;
        }
    }
    return table;
}

} // namespace innspill::io::report
