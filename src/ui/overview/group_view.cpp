// The selected group: header fields, inputs (items, lead-ins, sub-headings,
// one level of sub-points) and discussion notes.
#include "ui/overview/group_view.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <string>

namespace innspill::ui {

namespace {

void drawHeader(AppContext& ctx, const model::Event& event, const model::Group& group) {
    {
        FontScope heading(ctx.fonts.heading);
        wrappedText(group.number.empty() ? group.title : group.number + "  " + group.title);
    }
    ctx.itemRects.record("group.title");
    ImGui::Spacing();

    if (!beginFields("##groupFields")) {
        return;
    }
    const char* none = ctx.tr("value.none");
    const auto orNone = [&](const std::string& value) -> std::string_view {
        return value.empty() ? std::string_view(none) : std::string_view(value);
    };
    const model::Round* round = model::findRound(event, group.roundId);
    field(ctx.tr("group.round"), orNone(model::roundHeading(event, group.roundId)));
    if (round != nullptr) {
        const std::string time = formatTimeRange(round->start, round->end);
        if (!time.empty()) {
            field(ctx.tr("group.time"), time);
        }
    }
    field(ctx.tr("group.room"), orNone(roomName(ctx.language, event, group.roomId)));
    field(ctx.tr("group.status"), statusLabel(ctx.language, group.status));
    field(ctx.tr("group.initiators"), orNone(joinPeople(ctx.language, event, group.initiators)));
    field(ctx.tr("group.facilitators"),
          orNone(joinPeople(ctx.language, event, group.facilitators)));
    field(ctx.tr("group.participants"), orNone(participantText(group)));
    if (group.followUpOf) {
        field(ctx.tr("group.followUpOf"), groupReference(ctx.language, event, *group.followUpOf));
    }
    if (!group.mergedWith.empty()) {
        std::string merged;
        for (const auto& id : group.mergedWith) {
            if (!merged.empty()) {
                merged += "; ";
            }
            merged += groupReference(ctx.language, event, id);
        }
        field(ctx.tr("group.mergedWith"), merged);
    }
    if (!group.reportNote.empty()) {
        field(ctx.tr("group.reportNote"), group.reportNote);
    }
    endFields();
}

std::string themeNames(const model::Event& event, const model::Input& input) {
    std::string names;
    for (const auto& id : input.themes) {
        if (const model::Theme* theme = model::findTheme(event, id)) {
            if (!names.empty()) {
                names += " · ";
            }
            names += theme->name;
        }
    }
    return names;
}

// One input's text, bulleted or not, with its themes underneath, aligned
// with the text rather than the bullet.
void drawInputText(const model::Event& event, const model::Input& input, bool bulleted) {
    if (bulleted) {
        ImGui::Bullet();
    }
    const float textX = ImGui::GetCursorPosX();
    wrappedText(input.text);
    const std::string themes = themeNames(event, input);
    if (!themes.empty()) {
        ImGui::SetCursorPosX(textX);
        disabledWrappedText(themes);
    }
}

void drawInput(AppContext& ctx, const model::Event& event, const model::Input& input) {
    switch (input.kind) {
    case model::InputKind::SubHeading: {
        ImGui::Spacing();
        FontScope bold(ctx.fonts.bold);
        drawInputText(event, input, false);
        break;
    }
    case model::InputKind::LeadIn:
        drawInputText(event, input, false);
        break;
    case model::InputKind::Item:
        drawInputText(event, input, true);
        break;
    }
    if (input.children.empty()) {
        return;
    }
    // The model allows one level of sub-points; deeper children would break
    // that rule, so they are not drawn here (model::validate reports them).
    ImGui::Indent();
    for (size_t i = 0; i < input.children.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        drawInputText(event, input.children[i], true);
        ImGui::PopID();
    }
    ImGui::Unindent();
}

// A group has tens of inputs, not thousands, and wrapped text has no fixed
// row height, so this list is drawn whole rather than through a clipper.
void drawInputs(AppContext& ctx, const model::Event& event, const model::Group& group) {
    {
        FontScope bold(ctx.fonts.bold);
        text(ctx.tr("group.inputs"));
    }
    const model::InputCount count = model::countInputs(group.inputs);
    ImGui::SameLine();
    disabledText(
        format(ctx.tr("group.inputCount"), {{"inputs", std::to_string(count.inputs)},
                                            {"subPoints", std::to_string(count.subPoints)}}));
    ImGui::Separator();
    if (group.inputs.empty()) {
        disabledText(ctx.tr("group.noInputs"));
        return;
    }
    for (size_t i = 0; i < group.inputs.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        drawInput(ctx, event, group.inputs[i]);
        ctx.itemRects.record("group.input/", std::to_string(i));
        ImGui::PopID();
    }
}

void drawNote(AppContext& ctx, const char* labelKey, const std::string& value) {
    if (value.empty()) {
        return;
    }
    {
        FontScope bold(ctx.fonts.bold);
        text(ctx.tr(labelKey));
    }
    wrappedText(value);
    ImGui::Spacing();
}

void drawDiscussion(AppContext& ctx, const model::Group& group) {
    const auto& notes = group.notes;
    if (notes.challenges.empty() && notes.opportunities.empty() && notes.text.empty()) {
        return;
    }
    ImGui::Spacing();
    ImGui::SetNextItemOpen(ctx.groupView.discussionOpen, ImGuiCond_Always);
    ctx.groupView.discussionOpen = ImGui::CollapsingHeader(ctx.tr("group.discussion"));
    ctx.itemRects.record("group.discussion");
    if (ctx.groupView.discussionOpen) {
        drawNote(ctx, "group.challenges", notes.challenges);
        drawNote(ctx, "group.opportunities", notes.opportunities);
        drawNote(ctx, "group.notes", notes.text);
    }
}

} // namespace

void drawGroupView(AppContext& ctx) {
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return;
    }
    if (ctx.selection.group.empty()) {
        disabledWrappedText(ctx.tr("group.noSelection"));
        return;
    }
    const model::Group* group = model::findGroup(*event, ctx.selection.group);
    if (group == nullptr) {
        disabledWrappedText(ctx.tr("group.missing"));
        return;
    }
    if (ctx.groupView.shownGroup != group->id) {
        ctx.groupView.shownGroup = group->id;
        ImGui::SetScrollY(0.0f);
    }
    ImGui::PushID(group->id.str().c_str());
    drawHeader(ctx, *event, *group);
    ImGui::Spacing();
    drawInputs(ctx, *event, *group);
    drawDiscussion(ctx, *group);
    ImGui::PopID();
}

} // namespace innspill::ui
