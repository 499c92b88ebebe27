// Time left of a round, and drawing it quietly.
#include "ui/capture/round_clock.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <limits>

namespace innspill::ui {

namespace {

constexpr int kClosingMinutes = 5;
// Before a round, the countdown shows from this many minutes out; earlier
// it just says when the round starts.
constexpr int kCountdownMinutes = 60;

int minuteOf(const std::string& time) {
    if (!model::isValidTime(time) || time.empty()) {
        return -1;
    }
    return std::stoi(time.substr(0, 2)) * 60 + std::stoi(time.substr(3, 2));
}

// Whole minutes from `seconds`, rounded up ("0:30 left" reads as 1 min).
int ceilMinutes(int seconds) {
    return (seconds + 59) / 60;
}

const model::Day* dayOf(const model::Event& event, const model::Id& round) {
    for (const auto& day : event.days) {
        for (const auto& candidate : day.rounds) {
            if (candidate.id == round) {
                return &day;
            }
        }
    }
    return nullptr;
}

} // namespace

LocalTime localTimeNow() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char date[32];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", local.tm_year + 1900, local.tm_mon + 1,
                  local.tm_mday);
    return LocalTime{date, local.tm_hour * 60 + local.tm_min, local.tm_sec};
}

RoundClock roundClock(const model::Event& event, const model::Id& roundId, const LocalTime& now) {
    RoundClock clock;
    const model::Round* round = model::findRound(event, roundId);
    const model::Day* day = dayOf(event, roundId);
    if (round == nullptr || day == nullptr || (!day->date.empty() && day->date != now.date)) {
        return clock;
    }
    const int start = minuteOf(round->start);
    const int end = minuteOf(round->end);
    if (start < 0) {
        return clock;
    }
    clock.start = round->start;
    clock.end = round->end;
    const int nowSeconds = now.minute * 60 + now.second;
    const double toNextMinute = 60.0 - now.second;
    if (nowSeconds < start * 60) {
        clock.phase = ClockPhase::Before;
        clock.minutes = ceilMinutes(start * 60 - nowSeconds);
        clock.secondsToChange =
            clock.minutes > kCountdownMinutes
                ? static_cast<double>(start * 60 - nowSeconds - kCountdownMinutes * 60)
                : toNextMinute;
        return clock;
    }
    if (end < 0) {
        clock.phase = ClockPhase::Running; // open-ended: "started 10:00"
        return clock;
    }
    if (nowSeconds < end * 60) {
        clock.phase = ClockPhase::Running;
        clock.minutes = ceilMinutes(end * 60 - nowSeconds);
        clock.closing = clock.minutes <= kClosingMinutes;
        clock.secondsToChange = toNextMinute;
        return clock;
    }
    clock.phase = ClockPhase::Over;
    return clock;
}

model::Id currentRound(const model::Event& event, const LocalTime& now) {
    model::Id next;
    int nextStart = std::numeric_limits<int>::max();
    for (const auto& day : event.days) {
        if (!day.date.empty() && day.date != now.date) {
            continue;
        }
        for (const auto& round : day.rounds) {
            const RoundClock clock = roundClock(event, round.id, now);
            if (clock.phase == ClockPhase::Running) {
                return round.id;
            }
            if (clock.phase == ClockPhase::Before && clock.minutes < nextStart) {
                nextStart = clock.minutes;
                next = round.id;
            }
        }
    }
    return next;
}

std::string clockText(Language language, const RoundClock& clock) {
    const std::string minutes = std::to_string(clock.minutes);
    switch (clock.phase) {
    case ClockPhase::Before:
        return clock.minutes > kCountdownMinutes
                   ? format(tr(language, "clock.startsAt"), {{"time", clock.start}})
                   : format(tr(language, "clock.startsIn"), {{"minutes", minutes}});
    case ClockPhase::Running:
        return clock.end.empty() ? format(tr(language, "clock.started"), {{"time", clock.start}})
                                 : format(tr(language, "clock.left"), {{"minutes", minutes}});
    case ClockPhase::Over:
        return format(tr(language, "clock.over"), {{"time", clock.end}});
    case ClockPhase::None:
        break;
    }
    return {};
}

void drawRoundClock(AppContext& ctx, const model::Id& round) {
    const model::Event* event = ctx.event();
    if (event == nullptr || round.empty()) {
        return;
    }
    const RoundClock clock = roundClock(*event, round, localTimeNow());
    const std::string label = clockText(ctx.language, clock);
    if (label.empty()) {
        return;
    }
    if (clock.secondsToChange >= 0.0) {
        ctx.wakeIn(clock.secondsToChange);
    }
    const float width = ImGui::CalcTextSize(label.c_str()).x;
    ImGui::SameLine();
    ImGui::SetCursorPosX(
        std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - width));
    if (clock.closing) {
        // Amber, not red: time is short, nothing is wrong.
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.72f, 0.40f, 0.0f, 1.0f));
        text(label);
        ImGui::PopStyleColor();
    } else {
        disabledText(label);
    }
    ctx.itemRects.record("capture.clock");
    if (ImGui::IsItemHovered() && !clock.start.empty()) {
        ImGui::SetTooltip("%s–%s", clock.start.c_str(), clock.end.c_str());
    }
}

} // namespace innspill::ui
