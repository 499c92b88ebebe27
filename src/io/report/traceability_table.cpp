// The traceability table, built from the same report document as the
// challenge report, so the two always agree.
#include "io/report/traceability_table.hpp"

#include "io/report/challenge_builder.hpp"
#include "io/report/report_sections.hpp"
#include "lang/catalogue.hpp"

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace innspill::io::report {

namespace {

struct InputPlace {
    const model::Group* group = nullptr;
    const model::Input* input = nullptr;
};

std::string inputText(const ReportInput& input) {
    std::string text = input.text;
    for (const auto& child : input.children) {
        text += "\n– " + child.text;
    }
    return text;
}

} // namespace

DataTable buildTraceabilityTable(const model::Event& event, const ReportOptions& options) {
    ReportOptions challenges = options;
    challenges.kind = ReportKind::Challenges;
    const ReportDocument doc = buildReport(event, challenges);
    const lang::Language language = lang::fromCode(event.language).value_or(lang::Language::Nb);
    const auto word = [&](const char* key) { return std::string(lang::tr(language, key)); };

    DataTable table;
    table.header = {word("report.table.theme"),      word("report.table.challenge"),
                    word("report.table.measure"),    word("report.table.groupNumber"),
                    word("report.table.groupTitle"), word("report.table.input"),
                    word("report.table.note")};
    table.widths = {28, 11, 40, 14, 30, 70, 30};

    // Inputs used, counted once per theme and once per round of their group.
    std::unordered_map<std::string, model::Id> roundOfGroup;
    for (const auto& group : event.groups) {
        roundOfGroup.emplace(group.number, group.roundId);
    }
    std::unordered_set<std::string> counted;
    std::map<std::pair<size_t, std::string>, size_t> perTheme;
    std::unordered_map<model::Id, size_t> perRound;

    const auto addSources = [&](size_t themeIndex, const ChallengeTheme& theme,
                                const std::string& letter, const std::string& measure,
                                const Sources& sources) {
        for (const auto& source : sources.inputs) {
            table.rows.push_back({theme.name, letter, measure, source.groupNumber,
                                  source.groupTitle, inputText(source.input), ""});
            const std::string key =
                theme.anchor + '\n' + source.groupNumber + '\n' + source.input.text;
            if (counted.insert(key).second) {
                ++perTheme[{themeIndex, theme.name}];
                if (const auto round = roundOfGroup.find(source.groupNumber);
                    round != roundOfGroup.end()) {
                    ++perRound[round->second];
                }
            }
        }
        if (sources.deleted > 0) {
            table.rows.push_back({theme.name, letter, measure, "", "", "",
                                  deletedSources(event.language, sources.deleted)});
        }
    };
    for (size_t t = 0; t < doc.challengeThemes.size(); ++t) {
        const auto& theme = doc.challengeThemes[t];
        perTheme.emplace(std::make_pair(t, theme.name), 0);
        for (const auto& challenge : theme.challenges) {
            addSources(t, theme, challenge.letter, "", challenge.sources);
            for (const auto& measure : challenge.measures) {
                addSources(t, theme, challenge.letter, measureLabel(measure), measure.sources);
            }
        }
    }

    // The parked inputs, with the themes they are tagged with.
    std::unordered_map<model::Id, InputPlace> inputs;
    for (const auto& group : event.groups) {
        for (const auto& input : group.inputs) {
            inputs.emplace(input.id, InputPlace{&group, &input});
            for (const auto& child : input.children) {
                inputs.emplace(child.id, InputPlace{&group, &child});
            }
        }
    }
    std::unordered_map<model::Id, std::string> themeNames;
    for (const auto& theme : event.themes) {
        themeNames.emplace(theme.id, theme.name);
    }
    for (const auto& parked : event.synthesis.parked) {
        const auto found = inputs.find(parked.input);
        if (found == inputs.end()) {
            continue; // deleted since: nothing left to set aside
        }
        std::string themes;
        for (const auto& id : found->second.input->themes) {
            if (const auto name = themeNames.find(id); name != themeNames.end()) {
                themes += (themes.empty() ? "" : "; ") + name->second;
            }
        }
        ReportInput text;
        text.text = found->second.input->text;
        for (const auto& child : found->second.input->children) {
            text.children.push_back(ReportInput{child.text, child.kind, {}, {}});
        }
        table.rows.push_back(
            {themes, "", "", found->second.group->number, found->second.group->title,
             inputText(text),
             lang::format(lang::tr(language, "report.parked"), {{"reason", parked.reason}})});
    }

    for (const auto& [key, count] : perTheme) {
        table.perTheme.emplace_back(key.second, count);
    }
    for (const auto& round : doc.rounds) {
        size_t count = 0;
        for (const auto& group : round.groups) {
            // Any group of the round tells its round's id.
            if (const auto id = roundOfGroup.find(group.number); id != roundOfGroup.end()) {
                const auto found = perRound.find(id->second);
                count = found == perRound.end() ? 0 : found->second;
                break;
            }
        }
        table.perRound.emplace_back(round.heading, count);
    }
    return table;
}

} // namespace innspill::io::report
