// The programme editor: days and their rounds on the left, rooms on the
// right. Typing (titles, names, dates, times) is applied as it happens;
// buttons (add, move, remove) collect one step that is applied after the
// lists are drawn, so no list changes under the loop drawing it.
#include "ui/setup/programme_editor.hpp"

#include "app/edits_event.hpp"
#include "app/edits_programme.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <string>
#include <unordered_map>

namespace innspill::ui {

namespace {

using Removal = ProgrammeEditorState::Removal;
using app::RoundTime;
using app::TimeProblem;

// Below this width (in font sizes) rooms go under the days instead of beside them.
constexpr float kTwoColumnsMinWidth = 60.0f;

// What the buttons of one frame asked for; applied once the lists are drawn.
struct Step {
    std::optional<app::Change> change;
    std::optional<model::Id> addedRoundInDay; // focus the new round's title afterwards
};

// Groups per round and per room, counted once per frame.
struct GroupCounts {
    std::unordered_map<model::Id, size_t> byRound;
    std::unordered_map<model::Id, size_t> byRoom;

    explicit GroupCounts(const model::Event& event) {
        for (const auto& group : event.groups) {
            ++byRound[group.roundId];
            if (group.roomId) {
                ++byRoom[*group.roomId];
            }
        }
    }
    static size_t in(const std::unordered_map<model::Id, size_t>& counts, const model::Id& id) {
        const auto it = counts.find(id);
        return it == counts.end() ? 0 : it->second;
    }
};

float timeFieldWidth() {
    return ImGui::CalcTextSize("00:00").x + ImGui::GetStyle().FramePadding.x * 2.0f +
           ImGui::GetFontSize() * 0.5f;
}

// A start or end field of a round; returns the problem to show under the row.
const char* timeField(AppContext& ctx, const model::Round& round, RoundTime which) {
    const bool start = which == RoundTime::Start;
    const std::string key = "programmeEditor.round/" + round.id.str() + (start ? "/start" : "/end");
    const model::Id roundId = round.id;
    const char* problem = editChecked(
        ctx, ctx.programmeEditor.drafts,
        CheckedField{start ? "##start" : "##end", key, start ? round.start : round.end,
                     ctx.tr("setup.timeHint"), -FLT_MIN, true},
        [&](const std::string& typed) -> const char* {
            switch (app::checkRoundTime(*ctx.event(), roundId, which, typed)) {
            case TimeProblem::BadTime:
                return ctx.tr("programmeEditor.badTime");
            case TimeProblem::EndNotAfterStart:
                return ctx.tr("programmeEditor.endNotAfterStart");
            case TimeProblem::None:
                break;
            }
            return nullptr;
        },
        [&](const std::string& typed) {
            return app::setRoundTime(*ctx.event(), roundId, which, typed);
        });
    ctx.itemRects.record(key);
    return problem;
}

struct RoundRow {
    size_t dayIndex;
    size_t roundIndex;
    int number; // across the event
    bool canMoveUp;
    bool canMoveDown;
};

void drawRoundRow(AppContext& ctx, const RoundRow& row, const GroupCounts& counts, Step& step) {
    const model::Round& round = ctx.event()->days[row.dayIndex].rounds[row.roundIndex];
    auto& state = ctx.programmeEditor;
    const std::string keyPrefix = "programmeEditor.round/" + round.id.str();
    ImGui::PushID(round.id.str().c_str());
    ImGui::TableNextRow();

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    text(std::to_string(row.number));
    if (ImGui::IsItemHovered()) {
        const std::string heading = model::roundHeading(*ctx.event(), round.id);
        ImGui::SetTooltip("%s", heading.c_str());
    }

    ImGui::TableNextColumn();
    if (state.focusRound == round.id) {
        ImGui::SetKeyboardFocusHere();
        state.focusRound = model::Id();
    }
    editCellText(
        ctx, "##title", round.title,
        [&](const std::string& typed) { return app::setRoundTitle(*ctx.event(), round.id, typed); },
        ctx.tr("programmeEditor.roundTitleHint"));
    ctx.itemRects.record(keyPrefix, "/title");

    ImGui::TableNextColumn();
    const char* startProblem = timeField(ctx, round, RoundTime::Start);
    ImGui::TableNextColumn();
    const char* endProblem = timeField(ctx, round, RoundTime::End);

    ImGui::TableNextColumn();
    const size_t groups = GroupCounts::in(counts.byRound, round.id);
    ImGui::AlignTextToFramePadding();
    if (groups == 0) {
        disabledText("0");
    } else {
        text(std::to_string(groups));
    }
    // The count is part of the key so that tests can read what is shown.
    if (ctx.itemRects.enabled()) {
        ctx.itemRects.record(keyPrefix + "/groups=", std::to_string(groups));
    }

    ImGui::TableNextColumn();
    switch (rowButtons(ctx, row.canMoveUp, row.canMoveDown, keyPrefix + "/")) {
    case RowAction::Up:
        step.change = app::moveRound(*ctx.event(), round.id, -1);
        break;
    case RowAction::Down:
        step.change = app::moveRound(*ctx.event(), round.id, +1);
        break;
    case RowAction::Remove:
        if (groups > 0) {
            state.removal = Removal::Round;
            state.removalId = round.id;
        } else {
            step.change = app::removeRound(*ctx.event(), round.id);
        }
        break;
    case RowAction::None:
        break;
    }

    // A problem gets its own line under the row, where the title column gives it room.
    for (const char* problem : {startProblem, endProblem}) {
        if (problem != nullptr) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(1);
            problemText(problem);
            break;
        }
    }
    ImGui::PopID();
}

void drawRoundsTable(AppContext& ctx, size_t dayIndex, int& number, const GroupCounts& counts,
                     Step& step) {
    const model::Event& event = *ctx.event();
    const size_t roundCount = event.days[dayIndex].rounds.size();
    if (roundCount == 0) {
        disabledText(ctx.tr("programme.noRounds"));
        return;
    }
    constexpr ImGuiTableFlags kFlags =
        ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings | ImGuiTableFlags_RowBg;
    if (!ImGui::BeginTable("##rounds", 6, kFlags)) {
        return;
    }
    const float timeWidth = timeFieldWidth();
    ImGui::TableSetupColumn(ctx.tr("programmeEditor.column.number"),
                            ImGuiTableColumnFlags_WidthFixed,
                            std::max(ImGui::CalcTextSize(ctx.tr("programmeEditor.column.number")).x,
                                     ImGui::CalcTextSize("00").x));
    ImGui::TableSetupColumn(ctx.tr("programmeEditor.column.title"),
                            ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(ctx.tr("programmeEditor.column.start"),
                            ImGuiTableColumnFlags_WidthFixed, timeWidth);
    ImGui::TableSetupColumn(ctx.tr("programmeEditor.column.end"), ImGuiTableColumnFlags_WidthFixed,
                            timeWidth);
    ImGui::TableSetupColumn(ctx.tr("programmeEditor.column.groups"),
                            ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, rowButtonsWidth(ctx));
    ImGui::TableHeadersRow();

    const size_t lastDay = event.days.size() - 1;
    for (size_t r = 0; r < roundCount; ++r) {
        ++number;
        const RoundRow row{dayIndex, r, number, !(dayIndex == 0 && r == 0),
                           !(dayIndex == lastDay && r + 1 == roundCount)};
        drawRoundRow(ctx, row, counts, step);
    }
    ImGui::EndTable();
}

void drawDay(AppContext& ctx, size_t dayIndex, int& number, const GroupCounts& counts, Step& step) {
    const model::Event& event = *ctx.event();
    const model::Day& day = event.days[dayIndex];
    const model::Id dayId = day.id;
    auto& state = ctx.programmeEditor;
    const std::string keyPrefix = "programmeEditor.day/" + dayId.str();
    ImGui::PushID(dayId.str().c_str());

    ImGui::AlignTextToFramePadding();
    {
        FontScope bold(ctx.fonts.bold);
        text(format(ctx.tr("programme.dayHeading"), {{"day", std::to_string(dayIndex + 1)}}));
    }
    ImGui::SameLine();
    const std::string dateKey = keyPrefix + "/date";
    const float dateWidth = ImGui::CalcTextSize("0000-00-00").x +
                            ImGui::GetStyle().FramePadding.x * 2.0f + ImGui::GetFontSize();
    const char* problem = editChecked(
        ctx, state.drafts,
        CheckedField{"##date", dateKey, day.date, ctx.tr("setup.dateHint"), dateWidth},
        [&](const std::string& typed) -> const char* {
            return app::normaliseDate(typed) ? nullptr : ctx.tr("setup.badDate");
        },
        [&](const std::string& typed) { return app::setDayDate(*ctx.event(), dayId, typed); });
    ctx.itemRects.record(dateKey);
    const std::string words = dateWithWeekday(ctx, event.days[dayIndex].date);
    if (problem == nullptr && !words.empty()) {
        ImGui::SameLine();
        disabledText(words);
    }

    // The day's buttons at the right edge, like the rows' buttons.
    const float buttons = rowButtonsWidth(ctx);
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetContentRegionMax().x - buttons));
    const auto load = app::loadOfDay(event, dayId);
    switch (rowButtons(ctx, dayIndex > 0, dayIndex + 1 < event.days.size(), keyPrefix + "/")) {
    case RowAction::Up:
        step.change = app::moveDay(event, dayId, dayIndex - 1);
        break;
    case RowAction::Down:
        step.change = app::moveDay(event, dayId, dayIndex + 1);
        break;
    case RowAction::Remove:
        if (load.groups > 0) {
            state.removal = Removal::Day;
            state.removalId = dayId;
        } else {
            step.change = app::removeDay(event, dayId);
        }
        break;
    case RowAction::None:
        break;
    }
    if (problem != nullptr) {
        problemText(problem);
    }

    ImGui::Indent();
    drawRoundsTable(ctx, dayIndex, number, counts, step);
    if (ImGui::Button(ctx.tr("programmeEditor.addRound"))) {
        step.change = app::addRound(*ctx.event(), dayId);
        step.addedRoundInDay = dayId;
    }
    ctx.itemRects.record(keyPrefix, "/addRound");
    ImGui::Unindent();
    ImGui::Spacing();
    ImGui::Spacing();
    ImGui::PopID();
}

void drawDays(AppContext& ctx, const GroupCounts& counts, Step& step) {
    sectionHeading(ctx, ctx.tr("programmeEditor.days"));
    const model::Event& event = *ctx.event();
    if (event.days.empty()) {
        disabledWrappedText(ctx.tr("programmeEditor.noDays"));
    }
    int number = 0;
    for (size_t d = 0; d < event.days.size(); ++d) {
        drawDay(ctx, d, number, counts, step);
    }
    if (ImGui::Button(ctx.tr("programmeEditor.addDay"))) {
        step.change = app::addDay(*ctx.event());
    }
    ctx.itemRects.record("programmeEditor.addDay");
}

void drawRooms(AppContext& ctx, const GroupCounts& counts, Step& step) {
    sectionHeading(ctx, ctx.tr("programmeEditor.rooms"));
    const model::Event& event = *ctx.event();
    auto& state = ctx.programmeEditor;
    if (event.rooms.empty()) {
        disabledWrappedText(ctx.tr("programmeEditor.noRooms"));
    } else if (ImGui::BeginTable("##rooms", 3,
                                 ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings |
                                     ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(ctx.tr("programmeEditor.column.name"),
                                ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(ctx.tr("programmeEditor.column.groups"),
                                ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed,
                                rowButtonsWidth(ctx));
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < event.rooms.size(); ++i) {
            const model::Room& room = event.rooms[i];
            const model::Id roomId = room.id;
            const std::string keyPrefix = "programmeEditor.room/" + roomId.str();
            ImGui::PushID(roomId.str().c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            editCellText(
                ctx, "##name", room.name,
                [&](const std::string& typed) {
                    return app::renameRoom(*ctx.event(), roomId, typed);
                },
                ctx.tr("programmeEditor.roomHint"));
            ctx.itemRects.record(keyPrefix, "/name");
            ImGui::TableNextColumn();
            const size_t groups = GroupCounts::in(counts.byRoom, roomId);
            ImGui::AlignTextToFramePadding();
            text(std::to_string(groups));
            ImGui::TableNextColumn();
            switch (rowButtons(ctx, i > 0, i + 1 < event.rooms.size(), keyPrefix + "/")) {
            case RowAction::Up:
                step.change = app::moveRoom(event, roomId, i - 1);
                break;
            case RowAction::Down:
                step.change = app::moveRoom(event, roomId, i + 1);
                break;
            case RowAction::Remove:
                if (groups > 0) {
                    state.removal = Removal::Room;
                    state.removalId = roomId;
                } else {
                    step.change = app::removeRoom(event, roomId);
                }
                break;
            case RowAction::None:
                break;
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }

    if (auto added = addRow(ctx, state.newRoom, ctx.tr("programmeEditor.newRoom"),
                            "programmeEditor.room/")) {
        step.change = app::addRoom(event, *added);
    }
}

// The question for a pending removal, from the model as it is now; empty
// when the thing is gone (undone meanwhile) and the question is moot.
std::pair<const char*, std::string> removalQuestion(AppContext& ctx) {
    const auto& state = ctx.programmeEditor;
    const model::Event& event = *ctx.event();
    const std::string undo = std::string("\n\n") + ctx.tr("setup.undoHint");
    switch (state.removal) {
    case Removal::Day: {
        const auto it = std::find_if(event.days.begin(), event.days.end(),
                                     [&](const model::Day& d) { return d.id == state.removalId; });
        if (it == event.days.end()) {
            break;
        }
        const auto load = app::loadOfDay(event, state.removalId);
        const std::string day = std::to_string(it - event.days.begin() + 1);
        return {ctx.tr("programmeEditor.removeDayTitle"),
                format(ctx.tr("programmeEditor.confirmDay"),
                       {{"day", day},
                        {"rounds",
                         countText(ctx, load.rounds, "setup.count.round", "setup.count.rounds")},
                        {"groups",
                         countText(ctx, load.groups, "setup.count.group", "setup.count.groups")}}) +
                    undo};
    }
    case Removal::Round: {
        if (model::findRound(event, state.removalId) == nullptr) {
            break;
        }
        const model::Round& round = *model::findRound(event, state.removalId);
        // Name the round first: the organiser may have clicked the wrong row.
        std::string which = model::roundHeading(event, round.id);
        if (!round.title.empty() &&
            event.labels.roundHeading.find("{title}") == std::string::npos) {
            which += " · " + round.title;
        }
        if (const std::string time = formatTimeRange(round.start, round.end); !time.empty()) {
            which += " (" + time + ")";
        }
        const size_t groups = app::groupsInRoundCount(event, state.removalId);
        const std::string message = groups == 1
                                        ? ctx.tr("programmeEditor.confirmRound.one")
                                        : format(ctx.tr("programmeEditor.confirmRound.many"),
                                                 {{"n", std::to_string(groups)}});
        return {ctx.tr("programmeEditor.removeRoundTitle"), which + "\n\n" + message + undo};
    }
    case Removal::Room: {
        const model::Room* room = model::findRoom(event, state.removalId);
        if (room == nullptr) {
            break;
        }
        const size_t groups = app::groupsInRoomCount(event, state.removalId);
        return {
            ctx.tr("programmeEditor.removeRoomTitle"),
            format(ctx.tr("programmeEditor.confirmRoom"),
                   {{"groups", countText(ctx, groups, "setup.count.group", "setup.count.groups")},
                    {"room", room->name}}) +
                undo};
    }
    case Removal::None:
        break;
    }
    return {"", {}};
}

void drawRemovalQuestion(AppContext& ctx, Step& step) {
    auto& state = ctx.programmeEditor;
    const auto [title, message] = removalQuestion(ctx);
    if (state.removal != Removal::None && message.empty()) {
        state.removal = Removal::None;
    }
    const bool pending = state.removal != Removal::None;
    const Answer answer = confirmDialog(ctx, pending, pending ? title : ctx.tr("setup.remove"),
                                        message, ctx.tr("setup.remove"));
    if (answer == Answer::Yes) {
        const model::Event& event = *ctx.event();
        switch (state.removal) {
        case Removal::Day:
            step.change = app::removeDay(event, state.removalId);
            break;
        case Removal::Round:
            step.change = app::removeRound(event, state.removalId);
            break;
        case Removal::Room:
            step.change = app::removeRoom(event, state.removalId);
            break;
        case Removal::None:
            break;
        }
    }
    if (answer != Answer::None) {
        state.removal = Removal::None;
        state.removalId = model::Id();
    }
}

} // namespace

void drawProgrammeEditor(AppContext& ctx) {
    if (ctx.event() == nullptr) {
        return;
    }
    ImGui::PushID("programmeEditor");
    FormStyle formStyle;
    disabledWrappedText(ctx.tr("setup.savedAsYouType"));
    const GroupCounts counts(*ctx.event());
    Step step;

    const bool twoColumns =
        ImGui::GetContentRegionAvail().x >= kTwoColumnsMinWidth * ImGui::GetFontSize();
    if (twoColumns &&
        ImGui::BeginTable("##columns", 2,
                          ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings |
                              ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("days", ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn("rooms", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        drawDays(ctx, counts, step);
        ImGui::TableNextColumn();
        drawRooms(ctx, counts, step);
        ImGui::EndTable();
    } else {
        drawDays(ctx, counts, step);
        ImGui::Spacing();
        drawRooms(ctx, counts, step);
    }
    drawRemovalQuestion(ctx, step);

    applyStep(ctx, step.change);
    if (step.change && step.addedRoundInDay) {
        for (const auto& day : ctx.event()->days) {
            if (day.id == *step.addedRoundInDay && !day.rounds.empty()) {
                ctx.programmeEditor.focusRound = day.rounds.back().id;
            }
        }
    }
    ImGui::PopID();
}

} // namespace innspill::ui
