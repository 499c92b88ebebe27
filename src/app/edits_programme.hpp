// Edits of the programme — days, rounds (group sessions) and rooms — as pure
// functions from the current model to one Change. Removing a day, round or
// room that holds groups changes those groups in the same Change, so one undo
// brings everything back.
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <optional>
#include <string>

namespace innspill::app {

// How much a removal would take with it, for the question asked first.
struct ProgrammeLoad {
    size_t rounds = 0;
    size_t groups = 0;
};
ProgrammeLoad loadOfDay(const model::Event& event, const model::Id& dayId);
size_t groupsInRoundCount(const model::Event& event, const model::Id& roundId);
size_t groupsInRoomCount(const model::Event& event, const model::Id& roomId);

// "9:30", "9.30", "930", "0930" and "09:30" all give "09:30"; empty stays
// empty (no time). Nothing when the text is not a time of day.
std::optional<std::string> normaliseTime(const std::string& text);

enum class TimeProblem {
    None,
    BadTime,          // not HH:MM
    EndNotAfterStart, // the round would end before (or when) it starts
};
enum class RoundTime { Start, End };

// Whether `typed` can be the round's start or end, against its other time as it is now.
TimeProblem checkRoundTime(const model::Event& event, const model::Id& roundId, RoundTime which,
                           const std::string& typed);

// A new day at the end; its date is the day after the last day's date, or the
// event's start date for the first day, when those are known.
Change addDay(const model::Event& event);
// Nothing when the date is not valid (see normaliseDate) or unchanged.
std::optional<Change> setDayDate(const model::Event& event, const model::Id& dayId,
                                 const std::string& typed);
std::optional<Change> moveDay(const model::Event& event, const model::Id& dayId, size_t toIndex);
// Removes the day, its rounds and every group in them.
std::optional<Change> removeDay(const model::Event& event, const model::Id& dayId);

// A new, untitled round at the end of the day.
std::optional<Change> addRound(const model::Event& event, const model::Id& dayId);
std::optional<Change> setRoundTitle(const model::Event& event, const model::Id& roundId,
                                    const std::string& title);
// Nothing when checkRoundTime finds a problem or the time is unchanged.
std::optional<Change> setRoundTime(const model::Event& event, const model::Id& roundId,
                                   RoundTime which, const std::string& typed);
// One place earlier (steps < 0) or later (steps > 0) in the programme: past
// the first or last round of a day it moves to the end of the previous day or
// the start of the next. Nothing when it cannot move that way.
std::optional<Change> moveRound(const model::Event& event, const model::Id& roundId, int steps);
// Removes the round and every group in it.
std::optional<Change> removeRound(const model::Event& event, const model::Id& roundId);

Change addRoom(const model::Event& event, const std::string& name);
std::optional<Change> renameRoom(const model::Event& event, const model::Id& roomId,
                                 const std::string& name);
std::optional<Change> moveRoom(const model::Event& event, const model::Id& roomId, size_t toIndex);
// Removes the room; its groups stay in their rounds without a room.
std::optional<Change> removeRoom(const model::Event& event, const model::Id& roomId);

} // namespace innspill::app
