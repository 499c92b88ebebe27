// The capture screen's header: title, room, status, people, participant
// count and note, participants, and links to other groups.
#include "app/edits_capture.hpp"
#include "ui/capture/capture_internal.hpp"
#include "ui/capture/group_picker.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/chip.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/tab_order.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <charconv>

namespace innspill::ui::capture {

namespace {

constexpr const char* kLinkPopup = "##linkPicker";
constexpr float kCountWidth = 70.0f;
constexpr int kMaxParticipantCount = 100000;

void label(const AppContext& ctx, const char* key) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    disabledText(ctx.tr(key));
    ImGui::TableNextColumn();
}

void drawRoom(CaptureFrame& frame) {
    const AppContext& ctx = frame.ctx;
    const model::Group& group = frame.group;
    const std::string current = roomName(ctx.language, frame.event, group.roomId);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 180.0f));
    if (!ImGui::BeginCombo("##room",
                           current.empty() ? ctx.tr("capture.noRoom") : current.c_str())) {
        return;
    }
    std::optional<std::optional<model::Id>> chosen;
    if (ImGui::Selectable(ctx.tr("capture.noRoom"), !group.roomId)) {
        chosen = std::optional<model::Id>();
    }
    for (const auto& room : frame.event.rooms) {
        ImGui::PushID(room.id.str().c_str());
        if (ImGui::Selectable(room.name.c_str(), group.roomId == room.id)) {
            chosen = room.id;
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
    if (chosen) {
        frame.defer([room = *chosen](AppContext& c, const model::Group& g) {
            applyChange(c, app::setGroupRoom(g, room));
        });
    }
}

void drawStatus(CaptureFrame& frame) {
    const AppContext& ctx = frame.ctx;
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, 150.0f));
    if (!ImGui::BeginCombo("##status", statusLabel(ctx.language, frame.group.status))) {
        return;
    }
    for (const auto status :
         {model::GroupStatus::Posted, model::GroupStatus::Met, model::GroupStatus::Cancelled}) {
        if (ImGui::Selectable(statusLabel(ctx.language, status), frame.group.status == status)) {
            frame.defer([status](AppContext& c, const model::Group& g) {
                applyChange(c, app::setGroupStatus(g, status));
            });
        }
    }
    ImGui::EndCombo();
}

void drawCount(CaptureFrame& frame) {
    CapturePanelState& state = frame.state;
    const model::Group& group = frame.group;
    const ImGuiID id = ImGui::GetID("##count");
    if (ext::activeId() != id) {
        state.countText = group.participantCount ? std::to_string(*group.participantCount) : "";
    }
    if (state.focusCount) {
        ImGui::SetKeyboardFocusHere();
        state.focusCount = false;
    }
    ImGui::SetNextItemWidth(kCountWidth);
    const bool edited =
        ImGui::InputTextWithHint("##count", frame.ctx.tr("capture.unknown"), &state.countText,
                                 ImGuiInputTextFlags_CharsDecimal);
    frame.ctx.itemRects.record("capture.count");
    // Reading order: Tab goes on to the note beside the count (our own
    // editor, no ImGui tab stop), Shift+Tab back to the title.
    if (const int tab = takeTabFromItem(); tab != 0) {
        const CaptureField next = tab > 0 ? CaptureField::ParticipantNote : CaptureField::Title;
        frame.defer([next](AppContext& c, const model::Group& g) {
            focusField(c, g, CaptureFocus{next, {}},
                       (next == CaptureField::Title ? g.title : g.participantNote).size());
        });
    }
    if (ImGui::IsItemActivated() && frame.ctx.session != nullptr) {
        frame.ctx.session->breakMerge();
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", frame.ctx.tr("capture.countTip"));
    }
    if (!edited) {
        return;
    }
    std::optional<int> count;
    int value = 0;
    const std::string& text = state.countText;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec == std::errc() && parsed.ptr == text.data() + text.size() && value >= 0 &&
        value <= kMaxParticipantCount) {
        count = value;
    } else if (!text.empty()) {
        return; // "12+" half typed: wait for a number
    }
    frame.defer([count](AppContext& c, const model::Group& g) {
        applyChange(c, app::setParticipantCount(g, count), true);
    });
}

void drawLinks(CaptureFrame& frame) {
    AppContext& ctx = frame.ctx;
    CapturePanelState& state = frame.state;
    const model::Group& group = frame.group;

    label(ctx, "capture.followUpOf");
    const std::string followUp = group.followUpOf
                                     ? groupReference(ctx.language, frame.event, *group.followUpOf)
                                     : std::string(ctx.tr("value.none"));
    if (ImGui::Button((followUp + "##followUp").c_str())) {
        state.linkPicking = 1;
        state.linkPicker.focusFilter = true;
        ImGui::OpenPopup(kLinkPopup);
    }
    ctx.itemRects.record("capture.followUp");
    if (group.followUpOf) {
        ImGui::SameLine();
        if (toolButton(ToolButton{icon::kClose, ctx.tr("capture.clearFollowUp")}, false)) {
            frame.defer([](AppContext& c, const model::Group& g) {
                applyChange(c, app::setFollowUpOf(g, std::nullopt));
            });
        }
    }

    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 3.0f);
    disabledText(ctx.tr("capture.mergedWith"));
    ImGui::SameLine();
    for (size_t i = 0; i < group.mergedWith.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string merged = groupReference(ctx.language, frame.event, group.mergedWith[i]);
        if (chip("##merged", merged.c_str(), ctx.tr("capture.removeMerged")) == ChipClick::Remove) {
            frame.defer([other = group.mergedWith[i]](AppContext& c, const model::Group& g) {
                applyChange(c, app::toggleMergedWith(g, other));
            });
        }
        ImGui::PopID();
        ImGui::SameLine();
    }
    if (toolButton(ToolButton{icon::kLink, ctx.tr("capture.addLink")})) {
        state.linkPicking = 2;
        state.linkPicker.focusFilter = true;
        ImGui::OpenPopup(kLinkPopup);
    }
    ctx.itemRects.record("capture.addMerged");

    if (ImGui::BeginPopup(kLinkPopup)) {
        ImGui::TextUnformatted(state.linkPicking == 1 ? ctx.tr("capture.pickFollowUp")
                                                      : ctx.tr("capture.pickMerged"));
        ImGui::SetNextItemWidth(420.0f);
        ImGui::BeginGroup();
        ImGui::PushItemWidth(420.0f);
        const auto picked = drawGroupPicker(ctx, state.linkPicker, 260.0f, group.id);
        ImGui::PopItemWidth();
        ImGui::EndGroup();
        if (picked) {
            const int picking = state.linkPicking;
            frame.defer([picking, other = *picked](AppContext& c, const model::Group& g) {
                applyChange(c, picking == 1 ? app::setFollowUpOf(g, other)
                                            : app::toggleMergedWith(g, other));
            });
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void deferPeople(CaptureFrame& frame, const std::optional<PeopleEdit>& edit) {
    if (edit) {
        frame.defer([edit = *edit](AppContext& c, const model::Group& g) {
            applyChange(c, buildPeopleEdit(g, edit));
        });
    }
}

std::string summary(const AppContext& ctx, const model::Event& event, const model::Group& group) {
    std::string line;
    const auto add = [&line](std::string_view part) {
        if (part.empty()) {
            return;
        }
        if (!line.empty()) {
            line += "  \xC2\xB7  "; // ·
        }
        line += part;
    };
    add(roomName(ctx.language, event, group.roomId));
    add(joinPeople(ctx.language, event, group.initiators));
    const std::string count = participantText(group);
    if (!count.empty()) {
        add(format(ctx.tr("capture.countSummary"), {{"count", count}}));
    }
    return line;
}

} // namespace

bool headerFilled(const model::Group& group) {
    return !group.title.empty() && !group.initiators.empty() &&
           (group.participantCount.has_value() || !group.participants.empty());
}

void drawHeader(CaptureFrame& frame) {
    AppContext& ctx = frame.ctx;
    CapturePanelState& state = frame.state;
    const model::Group& group = frame.group;

    // Filled in, and the keyboard has moved on to the inputs: fold it away.
    const bool focused = ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows);
    if (state.headerFocused && !focused && state.headerOpen && !state.headerOpenedByHand &&
        state.focus.field == CaptureField::Input && headerFilled(group)) {
        state.headerOpen = false;
    }
    state.headerFocused = focused;

    // Folded, the header's own line is the summary: one click opens it.
    const std::string line = summary(ctx, frame.event, group);
    const std::string headerLabel =
        state.headerOpen || line.empty()
            ? std::string(ctx.tr("capture.aboutGroup")) + "###aboutGroup"
            : std::string(ctx.tr("capture.aboutGroup")) + ":  " + line + "###aboutGroup";
    ImGui::SetNextItemOpen(state.headerOpen, ImGuiCond_Always);
    const bool open = ImGui::CollapsingHeader(headerLabel.c_str());
    ctx.itemRects.record("capture.header");
    if (open != state.headerOpen) {
        state.headerOpenedByHand = open;
        state.headerOpen = open;
    }
    if (!open) {
        if (ImGui::IsItemHovered() && !line.empty()) {
            ImGui::SetTooltip("%s", line.c_str());
        }
        return;
    }
    if (!ImGui::BeginTable("##header", 2,
                           ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings)) {
        return;
    }
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);

    label(ctx, "capture.title");
    drawTextField(frame, CaptureField::Title, EditorMode::SingleLine,
                  ImGui::GetContentRegionAvail().x, 1, "capture.titlePlaceholder", "capture.title");
    // Room, status, count and note share a line: the inputs below need the height.
    label(ctx, "capture.room");
    drawRoom(frame);
    ImGui::SameLine();
    disabledText(ctx.tr("capture.status"));
    ImGui::SameLine();
    drawStatus(frame);
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 3.0f);
    disabledText(ctx.tr("capture.count"));
    ImGui::SameLine();
    drawCount(frame);
    ImGui::SameLine();
    disabledText(ctx.tr("capture.countNote"));
    ImGui::SameLine();
    drawTextField(frame, CaptureField::ParticipantNote, EditorMode::SingleLine,
                  std::max(ImGui::GetContentRegionAvail().x, 100.0f), 1,
                  "capture.countNotePlaceholder", "capture.participantNote");

    std::optional<PeopleEdit> people;
    label(ctx, "capture.initiators");
    ImGui::PushID("initiators");
    people = drawRolePeople(ctx, group, app::GroupRole::Initiator, state.initiators);
    deferPeople(frame, people);
    if (state.initiators.tabbedBack) {
        state.initiators.tabbedBack = false;
        frame.defer([](AppContext& c, const model::Group& g) {
            focusField(c, g, CaptureFocus{CaptureField::ParticipantNote, {}},
                       g.participantNote.size());
        });
    }
    ImGui::PopID();
    label(ctx, "capture.facilitators");
    ImGui::PushID("facilitators");
    people = drawRolePeople(ctx, group, app::GroupRole::Facilitator, state.facilitators);
    deferPeople(frame, people);
    ImGui::PopID();

    label(ctx, "capture.participants");
    ImGui::PushID("participants");
    people = drawParticipants(ctx, group, state.participants);
    deferPeople(frame, people);
    ImGui::PopID();

    drawLinks(frame);
    ImGui::EndTable();
}

} // namespace innspill::ui::capture
