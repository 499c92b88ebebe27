// The round clock on the capture screen: how long the group has left, from
// the round's start and end ("HH:MM") and the local time. Quiet on purpose —
// a few words in the corner, coloured only in the last five minutes — and
// cheap: the text changes once a minute, so the panel asks the shell for one
// frame at the next minute (AppContext::wakeIn), never a redraw per frame.
#pragma once

#include "model/event.hpp"
#include "ui/shell/language.hpp"

#include <string>

namespace innspill::ui {

struct AppContext;

struct LocalTime {
    std::string date; // "YYYY-MM-DD"
    int minute = 0;   // minutes since midnight
    int second = 0;   // 0–59
};

LocalTime localTimeNow();

enum class ClockPhase {
    None,    // not today, or the round has no times
    Before,  // minutes until it starts
    Running, // minutes left (rounded up); no end time: minutes is 0
    Over,    // ended
};

struct RoundClock {
    ClockPhase phase = ClockPhase::None;
    int minutes = 0;
    bool closing = false; // the last five minutes
    std::string start;    // "HH:MM" as in the programme
    std::string end;
    // When the text will next change; negative: it will not.
    double secondsToChange = -1.0;
};

// A round on a day without a date is taken to be today.
RoundClock roundClock(const model::Event& event, const model::Id& round, const LocalTime& now);

// The round running now, else the next one today, else none: what the
// clock and the group picker show before a group is open.
model::Id currentRound(const model::Event& event, const LocalTime& now);

// "23 min igjen", "Starter om 5 min", "Ferdig 11:30"…; empty for None.
std::string clockText(Language language, const RoundClock& clock);

// Draws the clock of `round` right-aligned on the current line and asks the
// shell to wake at its next change. Draws nothing for ClockPhase::None.
void drawRoundClock(AppContext& ctx, const model::Id& round);

} // namespace innspill::ui
