// What the news-wall papers print: the sheets' and forms' groups, and the
// marketplace grid per day (wall_papers.hpp). Drawing is wall_papers_pdf.cpp.
#include "io/report/wall_papers.hpp"

#include "io/report/report_words.hpp"
#include "lang/catalogue.hpp"
#include "model/name_policy.hpp"

#include <algorithm>

namespace innspill::io::report {

using namespace innspill::model;

namespace {

// A name as the public report prints it: by the event's name policy.
std::string publicNames(const Event& event, const std::vector<Id>& ids) {
    std::vector<std::string> names;
    for (const auto& id : ids) {
        const Person* person = findPerson(event, id);
        if (person && nameIsPublic(event.namePolicy, *person)) {
            names.push_back(displayName(*person));
        }
    }
    return joinList(names, event.language);
}

std::string timeOf(const Round& round) {
    if (round.start.empty()) {
        return {};
    }
    return round.end.empty() ? round.start : round.start + "–" + round.end;
}

ReportInput convert(const Input& input) {
    ReportInput out;
    out.text = input.text;
    out.kind = input.kind;
    out.votes = input.votes;
    for (const auto& child : input.children) {
        out.children.push_back(convert(child));
    }
    return out;
}

WallSheet sheetFor(const Event& event, const Group& group) {
    WallSheet sheet;
    sheet.group = &group;
    sheet.number = group.number;
    sheet.title = group.title;
    std::vector<std::string> where;
    if (group.roomId) {
        if (const Room* room = findRoom(event, *group.roomId)) {
            where.push_back(room->name);
        }
    }
    where.push_back(roundHeading(event, group.roundId));
    if (const Round* round = findRound(event, group.roundId)) {
        if (auto time = timeOf(*round); !time.empty()) {
            where.push_back(std::move(time));
        }
    }
    for (const auto& part : where) {
        sheet.where += (sheet.where.empty() ? "" : " · ") + part;
    }
    const auto& labels = event.labels;
    // A line whose names are all withheld is left out, as in the report.
    const auto people = [&](const std::string& label, const std::vector<Id>& ids) {
        std::string names = publicNames(event, ids);
        if (names.empty() && !ids.empty()) {
            return;
        }
        sheet.fields.push_back({label, std::move(names)});
    };
    people(labels.initiator, group.initiators);
    people(labels.facilitator, group.facilitators);
    std::string count = group.participantCount ? std::to_string(*group.participantCount) : "";
    if (!group.participantNote.empty()) {
        count = count.empty() ? group.participantNote : count + " (" + group.participantNote + ")";
    }
    sheet.fields.push_back({labels.participantCount, count});
    sheet.inputsLabel = labels.inputs;
    for (const auto& input : group.inputs) {
        sheet.inputs.push_back(convert(input));
    }
    return sheet;
}

} // namespace

std::vector<WallSheet> buildWallSheets(const Event& event, const WallPaperOptions& options) {
    std::vector<WallSheet> sheets;
    for (const Group* group : sortedGroups(event)) {
        if (group->status == GroupStatus::Cancelled) {
            continue;
        }
        if (options.groupNumber && group->number != *options.groupNumber) {
            continue;
        }
        if (options.round && group->roundId != *options.round) {
            continue;
        }
        sheets.push_back(sheetFor(event, *group));
    }
    return sheets;
}

std::vector<WallDay> buildWallDays(const Event& event) {
    const lang::Language language = lang::fromCode(event.language).value_or(lang::Language::Nb);
    std::vector<WallDay> days;
    for (size_t d = 0; d < event.days.size(); ++d) {
        const Day& day = event.days[d];
        WallDay out;
        out.heading = lang::tr(language, "report.wallDay");
        const auto at = out.heading.find("{day}");
        if (at != std::string::npos) {
            out.heading.replace(at, 5, std::to_string(d + 1));
        }
        if (const auto date = formatDateRange(day.date, day.date, event.language); !date.empty()) {
            out.heading += " – " + date;
        }
        // Rooms in the event's order; a column for groups without a room
        // only when there are some.
        std::vector<std::optional<Id>> columns;
        for (const auto& room : event.rooms) {
            columns.emplace_back(room.id);
            out.columns.push_back(room.name);
        }
        bool roomless = false;
        for (const auto& round : day.rounds) {
            for (const Group* group : groupsInRound(event, round.id)) {
                roomless = roomless || (group->status != GroupStatus::Cancelled &&
                                        (!group->roomId || !findRoom(event, *group->roomId)));
            }
        }
        if (roomless) {
            columns.emplace_back(std::nullopt);
            out.columns.push_back(lang::tr(language, "report.noRoom"));
        }
        for (const auto& round : day.rounds) {
            WallRow row;
            row.heading = roundHeading(event, round.id);
            row.time = timeOf(round);
            row.cells.resize(columns.size());
            for (const Group* group : groupsInRound(event, round.id)) {
                if (group->status == GroupStatus::Cancelled) {
                    continue;
                }
                const bool known = group->roomId && findRoom(event, *group->roomId);
                const auto column =
                    std::find(columns.begin(), columns.end(), known ? group->roomId : std::nullopt);
                if (column == columns.end()) {
                    continue;
                }
                row.cells[static_cast<size_t>(column - columns.begin())].push_back(
                    WallCell{group->number, group->title, publicNames(event, group->initiators)});
            }
            out.rows.push_back(std::move(row));
        }
        days.push_back(std::move(out));
    }
    return days;
}

} // namespace innspill::io::report
