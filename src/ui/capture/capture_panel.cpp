// The capture screen's frame: which group is open, the top bar (group,
// "my group", round clock), the picker, and the header, inputs and notes.
#include "ui/capture/capture_panel.hpp"

#include "app/edits_capture.hpp"
#include "ui/capture/capture_internal.hpp"
#include "ui/capture/round_clock.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/widgets/choice_controls.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/key_codes.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace innspill::ui {

namespace {

constexpr const char* kPickerPopup = "##openGroup";
constexpr float kNotesShare = 0.34f;
constexpr float kMinNotesWidth = 240.0f;
constexpr float kStackBelowWidth = 760.0f; // narrower: notes go under the inputs
constexpr float kHeaderShare = 0.4f;
constexpr size_t kTitleCharacters = 90;

void resetForGroup(CapturePanelState& state) {
    state.focus = {};
    state.lastInput = {};
    state.rows.clear();
    state.notice.clear();
    state.initiators = {};
    state.facilitators = {};
    state.participants = {};
    state.countText.clear();
}

void openGroup(AppContext& ctx, const model::Group& group, const model::Id& input,
               size_t inputCaret) {
    CapturePanelState& state = ctx.capture;
    const bool same = state.group == group.id;
    state.group = group.id;
    ctx.selection.group = group.id;
    if (!same) {
        resetForGroup(state);
        state.headerOpen = !capture::headerFilled(group);
        state.headerOpenedByHand = false;
        state.headerFocused = false;
    }
    CaptureFocus focus{CaptureField::Input, {}};
    size_t caret = 0;
    if (!input.empty() && app::findInputById(group, input) != nullptr) {
        focus.input = input;
        caret = inputCaret;
    } else if (same && state.focus.field != CaptureField::None) {
        return; // back to the group being typed in: leave the caret where it is
    } else if (const auto rows = app::flattenInputs(group.inputs); !rows.empty()) {
        // Straight on at the end, where the next input goes.
        focus.input = rows.back().input.id;
        caret = rows.back().input.text.size();
    }
    capture::focusField(ctx, group, focus, caret, true);
}

std::string oneLine(std::string text, size_t characters) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    size_t at = 0;
    size_t count = 0;
    while (at < text.size() && count < characters) {
        at = nextCharacter(text, at);
        ++count;
    }
    if (at < text.size()) {
        text = text.substr(0, at) + "\xE2\x80\xA6";
    }
    return text;
}

void drawTopBar(AppContext& ctx, const model::Event& event, const model::Group* group) {
    CapturePanelState& state = ctx.capture;
    {
        FontScope heading(ctx.fonts.heading);
        if (group != nullptr) {
            const std::string title =
                group->title.empty() ? std::string(ctx.tr("capture.untitled")) : group->title;
            text(oneLine(group->number.empty() ? title : group->number + "  " + title,
                         kTitleCharacters));
        } else {
            text(ctx.tr("capture.chooseGroup"));
        }
    }
    ctx.itemRects.record("capture.heading");
    if (group != nullptr) {
        if (toolButton(ToolButton{icon::kSwap, ctx.tr("capture.switchGroup"),
                                  ctx.tr("capture.switchGroupTip")})) {
            state.picker.focusFilter = true;
            ImGui::OpenPopup(kPickerPopup);
        }
        ctx.itemRects.record("capture.switchGroup");
        ImGui::SameLine();
        bool pinned = ctx.capturePin.group == group->id && ctx.capturePin.event == event.id;
        if (checkbox(ctx.tr("capture.myGroup"), &pinned)) {
            ctx.capturePin = pinned ? CapturePin{event.id, group->id} : CapturePin{};
            ctx.settingsChanged();
        }
        ctx.itemRects.record("capture.pin");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", ctx.tr("capture.myGroupTip"));
        }
        ImGui::SameLine();
        capture::drawPrintButtons(ctx, *group);
    }
    const model::Id round = group != nullptr ? group->roundId : currentRound(event, localTimeNow());
    if (group != nullptr) {
        // Where and when, quietly: the facilitator's answer to "which session is this?".
        std::string where = model::roundHeading(event, group->roundId);
        if (const model::Round* found = model::findRound(event, group->roundId)) {
            const std::string time = formatTimeRange(found->start, found->end);
            if (!time.empty()) {
                where += "  \xC2\xB7  " + time;
            }
        }
        const std::string room = roomName(ctx.language, event, group->roomId);
        if (!room.empty()) {
            where += "  \xC2\xB7  " + room;
        }
        ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 3.0f);
        disabledText(where);
    } else {
        ImGui::NewLine(); // the clock sits on the line under the heading
        ImGui::SameLine();
    }
    drawRoundClock(ctx, round);
}

void drawPickerPopup(AppContext& ctx) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(640.0f, viewport->WorkSize.x * 0.9f), 0.0f));
    if (!ImGui::BeginPopup(kPickerPopup)) {
        return;
    }
    const auto picked =
        drawGroupPicker(ctx, ctx.capture.picker, std::min(360.0f, viewport->WorkSize.y * 0.5f));
    if (picked) {
        openCaptureGroup(ctx, *picked);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// Edits made while drawing run now, each on the group as it is by then.
void runDeferred(capture::CaptureFrame& frame) {
    for (auto& op : frame.after) {
        const model::Group* group = capture::currentGroup(frame.ctx);
        if (group == nullptr) {
            break;
        }
        op(frame.ctx, *group);
    }
    frame.after.clear();
}

// Someone else changed the field being typed in (undo, another panel):
// the editor shows the model's text again.
void followModel(CapturePanelState& state, const model::Group& group) {
    if (state.focus.field == CaptureField::None) {
        return;
    }
    const std::string* text = capture::fieldText(group, state.focus);
    if (text != nullptr && *text != state.editor.synced) {
        const bool wanted = state.editor.wantFocus;
        state.editor.load(*text, state.editor.cursor.caret);
        state.editor.wantFocus = wanted;
    }
}

void drawBody(capture::CaptureFrame& frame) {
    CapturePanelState& state = frame.state;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float headerLimit = std::max(avail.y * kHeaderShare, ImGui::GetFrameHeight() * 2.0f);
    const float headerHeight = std::min(state.headerHeight, headerLimit);
    if (ImGui::BeginChild("##header", ImVec2(0.0f, headerHeight), false)) {
        capture::drawHeader(frame);
        state.headerHeight = ImGui::GetCursorPosY() + ImGui::GetStyle().ItemSpacing.y;
    }
    ImGui::EndChild();
    capture::drawPhotoStrip(frame); // thumbnails, always in view

    const ImVec2 rest = ImGui::GetContentRegionAvail();
    const bool stacked = rest.x < kStackBelowWidth;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float notesWidth = std::max(kMinNotesWidth, rest.x * kNotesShare);
    const ImVec2 inputsSize = stacked
                                  ? ImVec2(rest.x, rest.y * 0.62f)
                                  : ImVec2(std::max(rest.x - notesWidth - spacing, 1.0f), rest.y);
    if (ImGui::BeginChild("##inputsColumn", inputsSize, false)) {
        capture::drawInputs(frame, ImGui::GetContentRegionAvail().y);
    }
    ImGui::EndChild();
    if (!stacked) {
        ImGui::SameLine();
    }
    if (ImGui::BeginChild("##notesColumn", ImVec2(0.0f, 0.0f), true)) {
        if (!capture::drawPhotoViewer(frame)) { // a photo opens beside the inputs
            capture::drawNotes(frame);
            capture::drawActions(frame);
        }
    }
    ImGui::EndChild();
}

void drawPanel(AppContext& ctx, const model::Event& event) {
    CapturePanelState& state = ctx.capture;
    const model::Group* group = model::findGroup(event, state.group);
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && !io.KeyAlt && keys::pressedCode(keys::letter('G')) &&
        ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) {
        state.picker.focusFilter = true;
        ImGui::OpenPopup(kPickerPopup);
    }
    drawTopBar(ctx, event, group);
    drawPickerPopup(ctx);

    if (group == nullptr) {
        ImGui::Separator();
        disabledWrappedText(ctx.tr("capture.chooseGroupHint"));
        if (state.picker.matchedGroups == static_cast<size_t>(-1)) {
            state.picker.focusFilter = true; // the first time: type straight away
        }
        const auto picked =
            drawGroupPicker(ctx, state.picker, std::max(ImGui::GetContentRegionAvail().y, 80.0f));
        if (picked) {
            openCaptureGroup(ctx, *picked);
        }
        return;
    }

    followModel(state, *group);
    if (state.focus.field == CaptureField::None && keys::pressedCode(keys::function(6)) &&
        ext::activeId() == 0) {
        capture::cycleField(ctx, *group, io.KeyShift ? -1 : 1);
    }
    capture::CaptureFrame frame{ctx, state, event, *group, {}};
    drawBody(frame);
    runDeferred(frame);
}

} // namespace

void openCaptureGroup(AppContext& ctx, const model::Id& groupId, const model::Id& input,
                      size_t caret) {
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return;
    }
    if (const model::Group* group = model::findGroup(*event, groupId)) {
        openGroup(ctx, *group, input, caret);
    }
}

void openCaptureField(AppContext& ctx, CaptureField field, size_t caret) {
    if (const model::Group* group = capture::currentGroup(ctx)) {
        capture::focusField(ctx, *group, CaptureFocus{field, {}}, caret, true);
    }
}

bool openPinnedGroup(AppContext& ctx) {
    const model::Event* event = ctx.event();
    const CapturePin& pin = ctx.capturePin;
    if (event == nullptr || pin.group.empty() || pin.event != event->id ||
        model::findGroup(*event, pin.group) == nullptr) {
        return false;
    }
    openCaptureGroup(ctx, pin.group);
    showTab(ctx, kCaptureTabId);
    return true;
}

void drawCapturePanel(AppContext& ctx) {
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return;
    }
    CapturePanelState& state = ctx.capture;
    // The group chosen elsewhere (the wall, the programme, search) opens here.
    if (!ctx.selection.group.empty() && ctx.selection.group != state.group &&
        model::findGroup(*event, ctx.selection.group) != nullptr) {
        openCaptureGroup(ctx, ctx.selection.group);
    }
    const model::Group* group = model::findGroup(*event, state.group);
    if (group == nullptr && !state.group.empty()) {
        state.group = {}; // removed (undo of posting it, say)
        resetForGroup(state);
    }

    ImGui::PushID("capture");
    // Fields with a border: the light style's white fields vanish on white.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    drawPanel(ctx, *event);
    ImGui::PopStyleVar();
    ImGui::PopID();
}

} // namespace innspill::ui
