// Change builders for days, rounds and rooms.
#include "app/edits_programme.hpp"
#include "model/text.hpp"

#include "app/edits_event.hpp"
#include "model/programme.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

namespace innspill::app {

namespace {

Programme programmeOf(const model::Event& event) {
    return Programme{event.days, event.rooms};
}

Change programmeChange(const model::Event& event, const Programme& after, const char* label) {
    Change change(label);
    change.programme(programmeOf(event), after);
    return change;
}

std::optional<size_t> dayIndex(const model::Event& event, const model::Id& dayId) {
    for (size_t d = 0; d < event.days.size(); ++d) {
        if (event.days[d].id == dayId) {
            return d;
        }
    }
    return std::nullopt;
}

std::optional<size_t> roomIndex(const model::Event& event, const model::Id& roomId) {
    for (size_t r = 0; r < event.rooms.size(); ++r) {
        if (event.rooms[r].id == roomId) {
            return r;
        }
    }
    return std::nullopt;
}

model::Round* findRoundIn(Programme& programme, const model::Id& roundId) {
    for (auto& day : programme.days) {
        for (auto& round : day.rounds) {
            if (round.id == roundId) {
                return &round;
            }
        }
    }
    return nullptr;
}

// Removing groups leaves other groups pointing at them (a follow-up, a
// merge). The event file drops those links by itself (ON DELETE SET NULL /
// CASCADE); the model must drop them in the same Change, or the two would
// disagree until the file is reopened.
void removeGroups(Change& change, const model::Event& event,
                  const std::unordered_set<model::Id>& removed) {
    if (removed.empty()) {
        return;
    }
    for (const auto& group : event.groups) {
        if (removed.contains(group.id)) {
            change.group(group, std::nullopt);
            continue;
        }
        model::Group after = group;
        if (after.followUpOf && removed.contains(*after.followUpOf)) {
            after.followUpOf.reset();
        }
        std::erase_if(after.mergedWith, [&](const model::Id& id) { return removed.contains(id); });
        if (!(after == group)) {
            change.group(group, std::move(after));
        }
    }
}

template <typename T> void moveItem(std::vector<T>& items, size_t from, size_t to) {
    T item = std::move(items[from]);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(from));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
}

// The day after an ISO date, or nothing for an empty or invalid date.
std::optional<std::string> nextDate(const std::string& iso) {
    if (iso.empty() || !model::isValidDate(iso)) {
        return std::nullopt;
    }
    using namespace std::chrono;
    const year_month_day date{year{std::stoi(iso.substr(0, 4))},
                              month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                              day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
    const year_month_day next{sys_days{date} + days{1}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(next.year()),
                  static_cast<unsigned>(next.month()), static_cast<unsigned>(next.day()));
    return std::string(text);
}

using model::trimmed;

} // namespace

ProgrammeLoad loadOfDay(const model::Event& event, const model::Id& dayId) {
    ProgrammeLoad load;
    const auto index = dayIndex(event, dayId);
    if (!index) {
        return load;
    }
    std::unordered_set<model::Id> rounds;
    for (const auto& round : event.days[*index].rounds) {
        rounds.insert(round.id);
    }
    load.rounds = rounds.size();
    load.groups = static_cast<size_t>(
        std::count_if(event.groups.begin(), event.groups.end(),
                      [&](const model::Group& group) { return rounds.contains(group.roundId); }));
    return load;
}

size_t groupsInRoundCount(const model::Event& event, const model::Id& roundId) {
    return static_cast<size_t>(
        std::count_if(event.groups.begin(), event.groups.end(),
                      [&](const model::Group& group) { return group.roundId == roundId; }));
}

size_t groupsInRoomCount(const model::Event& event, const model::Id& roomId) {
    return static_cast<size_t>(
        std::count_if(event.groups.begin(), event.groups.end(),
                      [&](const model::Group& group) { return group.roomId == roomId; }));
}

std::optional<std::string> normaliseTime(const std::string& text) {
    const std::string value = trimmed(text);
    if (value.empty() || model::isValidTime(value)) {
        return value;
    }
    // Accept what people type on a wall chart: 9:30, 9.30, 930, 0930, 9.
    std::string hours;
    std::string minutes;
    const size_t separator = value.find_first_of(":.");
    if (separator != std::string::npos) {
        hours = value.substr(0, separator);
        minutes = value.substr(separator + 1);
    } else if (value.size() <= 4) {
        // "9" and "14" are whole hours; "930" and "1415" end in the minutes.
        const size_t split = value.size() <= 2 ? value.size() : value.size() - 2;
        hours = value.substr(0, split);
        minutes = split == value.size() ? std::string(2, '0') : value.substr(split);
    } else {
        return std::nullopt;
    }
    const auto digits = [](const std::string& part) {
        return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) != 0;
        });
    };
    if (!digits(hours) || !digits(minutes) || hours.size() > 2 || minutes.size() != 2) {
        return std::nullopt;
    }
    std::string time = (hours.size() == 1 ? "0" + hours : hours) + ":" + minutes;
    if (!model::isValidTime(time)) {
        return std::nullopt;
    }
    return time;
}

TimeProblem checkRoundTime(const model::Event& event, const model::Id& roundId, RoundTime which,
                           const std::string& typed) {
    const auto time = normaliseTime(typed);
    if (!time) {
        return TimeProblem::BadTime;
    }
    const model::Round* round = model::findRound(event, roundId);
    if (round == nullptr) {
        return TimeProblem::None;
    }
    const std::string& start = which == RoundTime::Start ? *time : round->start;
    const std::string& end = which == RoundTime::End ? *time : round->end;
    // "HH:MM" compares as text.
    if (!start.empty() && !end.empty() && end <= start) {
        return TimeProblem::EndNotAfterStart;
    }
    return TimeProblem::None;
}

Change addDay(const model::Event& event) {
    Programme after = programmeOf(event);
    model::Day day{model::Id::generate(), "", {}};
    if (event.days.empty()) {
        if (model::isValidDate(event.startDate)) {
            day.date = event.startDate;
        }
    } else if (auto next = nextDate(event.days.back().date)) {
        day.date = *next;
    }
    after.days.push_back(std::move(day));
    return programmeChange(event, after, "undo.addDay");
}

std::optional<Change> setDayDate(const model::Event& event, const model::Id& dayId,
                                 const std::string& typed) {
    const auto index = dayIndex(event, dayId);
    const auto date = normaliseDate(typed);
    if (!index || !date || event.days[*index].date == *date) {
        return std::nullopt;
    }
    Programme after = programmeOf(event);
    after.days[*index].date = *date;
    return programmeChange(event, after, "undo.changeDate");
}

std::optional<Change> moveDay(const model::Event& event, const model::Id& dayId, size_t toIndex) {
    const auto index = dayIndex(event, dayId);
    if (!index || toIndex >= event.days.size() || *index == toIndex) {
        return std::nullopt;
    }
    Programme after = programmeOf(event);
    moveItem(after.days, *index, toIndex);
    return programmeChange(event, after, "undo.moveDay");
}

std::optional<Change> removeDay(const model::Event& event, const model::Id& dayId) {
    const auto index = dayIndex(event, dayId);
    if (!index) {
        return std::nullopt;
    }
    std::unordered_set<model::Id> rounds;
    for (const auto& round : event.days[*index].rounds) {
        rounds.insert(round.id);
    }
    Programme after = programmeOf(event);
    after.days.erase(after.days.begin() + static_cast<std::ptrdiff_t>(*index));
    Change change = programmeChange(event, after, "undo.removeDay");
    std::unordered_set<model::Id> groups;
    for (const auto& group : event.groups) {
        if (rounds.contains(group.roundId)) {
            groups.insert(group.id);
        }
    }
    removeGroups(change, event, groups);
    return change;
}

std::optional<Change> addRound(const model::Event& event, const model::Id& dayId) {
    const auto index = dayIndex(event, dayId);
    if (!index) {
        return std::nullopt;
    }
    Programme after = programmeOf(event);
    after.days[*index].rounds.push_back(model::Round{model::Id::generate(), "", "", ""});
    return programmeChange(event, after, "undo.addRound");
}

std::optional<Change> setRoundTitle(const model::Event& event, const model::Id& roundId,
                                    const std::string& title) {
    Programme after = programmeOf(event);
    model::Round* round = findRoundIn(after, roundId);
    if (round == nullptr || round->title == title) {
        return std::nullopt;
    }
    round->title = title;
    return programmeChange(event, after, "undo.changeRound");
}

std::optional<Change> setRoundTime(const model::Event& event, const model::Id& roundId,
                                   RoundTime which, const std::string& typed) {
    if (checkRoundTime(event, roundId, which, typed) != TimeProblem::None) {
        return std::nullopt;
    }
    Programme after = programmeOf(event);
    model::Round* round = findRoundIn(after, roundId);
    if (round == nullptr) {
        return std::nullopt;
    }
    std::string& slot = which == RoundTime::Start ? round->start : round->end;
    const std::string time = *normaliseTime(typed);
    if (slot == time) {
        return std::nullopt;
    }
    slot = time;
    return programmeChange(event, after, "undo.changeTime");
}

std::optional<Change> moveRound(const model::Event& event, const model::Id& roundId, int steps) {
    const auto position = model::locateRound(event, roundId);
    if (!position || steps == 0) {
        return std::nullopt;
    }
    Programme after = programmeOf(event);
    size_t day = position->dayIndex;
    size_t at = position->roundInDay;
    model::Round round = after.days[day].rounds[at];
    after.days[day].rounds.erase(after.days[day].rounds.begin() + static_cast<std::ptrdiff_t>(at));
    // One step at a time, so crossing a day boundary counts as a step.
    for (int step = 0; step < std::abs(steps); ++step) {
        if (steps < 0) {
            if (at > 0) {
                --at;
            } else if (day > 0) {
                --day;
                at = after.days[day].rounds.size();
            } else {
                return std::nullopt;
            }
        } else {
            if (at < after.days[day].rounds.size()) {
                ++at;
            } else if (day + 1 < after.days.size()) {
                ++day;
                at = 0;
            } else {
                return std::nullopt;
            }
        }
    }
    auto& rounds = after.days[day].rounds;
    rounds.insert(rounds.begin() + static_cast<std::ptrdiff_t>(at), std::move(round));
    return programmeChange(event, after, "undo.moveRound");
}

std::optional<Change> removeRound(const model::Event& event, const model::Id& roundId) {
    const auto position = model::locateRound(event, roundId);
    if (!position) {
        return std::nullopt;
    }
    Programme after = programmeOf(event);
    auto& rounds = after.days[position->dayIndex].rounds;
    rounds.erase(rounds.begin() + static_cast<std::ptrdiff_t>(position->roundInDay));
    Change change = programmeChange(event, after, "undo.removeRound");
    std::unordered_set<model::Id> groups;
    for (const auto& group : event.groups) {
        if (group.roundId == roundId) {
            groups.insert(group.id);
        }
    }
    removeGroups(change, event, groups);
    return change;
}

Change addRoom(const model::Event& event, const std::string& name) {
    Programme after = programmeOf(event);
    after.rooms.push_back(model::Room{model::Id::generate(), name});
    return programmeChange(event, after, "undo.addRoom");
}

std::optional<Change> renameRoom(const model::Event& event, const model::Id& roomId,
                                 const std::string& name) {
    const auto index = roomIndex(event, roomId);
    if (!index || event.rooms[*index].name == name) {
        return std::nullopt;
    }
    Programme after = programmeOf(event);
    after.rooms[*index].name = name;
    return programmeChange(event, after, "undo.changeRoom");
}

std::optional<Change> moveRoom(const model::Event& event, const model::Id& roomId, size_t toIndex) {
    const auto index = roomIndex(event, roomId);
    if (!index || toIndex >= event.rooms.size() || *index == toIndex) {
        return std::nullopt;
    }
    Programme after = programmeOf(event);
    moveItem(after.rooms, *index, toIndex);
    return programmeChange(event, after, "undo.moveRoom");
}

std::optional<Change> removeRoom(const model::Event& event, const model::Id& roomId) {
    const auto index = roomIndex(event, roomId);
    if (!index) {
        return std::nullopt;
    }
    Programme after = programmeOf(event);
    after.rooms.erase(after.rooms.begin() + static_cast<std::ptrdiff_t>(*index));
    Change change = programmeChange(event, after, "undo.removeRoom");
    for (const auto& group : event.groups) {
        if (group.roomId == roomId) {
            model::Group moved = group;
            moved.roomId.reset();
            change.group(group, std::move(moved));
        }
    }
    return change;
}

} // namespace innspill::app
