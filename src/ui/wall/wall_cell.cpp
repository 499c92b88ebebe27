// Topic cards, cell drop targets and the "+" of the wall.
#include "ui/wall/wall_cell.hpp"
#include "ui/widgets/theme_badge.hpp"

#include "app/edits_wall.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/wall/drop_menu.hpp"
#include "ui/wall/wall_dialogs.hpp"
#include "ui/wall/wall_text.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <string>

namespace innspill::ui {

namespace {

constexpr int kTitleLines = 3;
// Tooltips wait a moment: sweeping the mouse across the wall should not
// flash one per card.
constexpr float kTooltipDelay = 0.5f;

// Paper-note colours: posted topics pale yellow like the sheets on a real
// wall, met ones pale green, cancelled ones grey.
constexpr ImU32 kPostedFill = IM_COL32(255, 247, 214, 255);
constexpr ImU32 kMetFill = IM_COL32(224, 242, 222, 255);
constexpr ImU32 kCancelledFill = IM_COL32(236, 236, 236, 255);
constexpr ImU32 kBorder = IM_COL32(190, 184, 160, 255);
constexpr ImU32 kMetMark = IM_COL32(30, 130, 45, 255);
constexpr ImU32 kCrowded = IM_COL32(214, 140, 0, 255);

bool hoveredLong() {
    return ImGui::IsItemHovered() && ext::hoveredSeconds() > kTooltipDelay &&
           ImGui::GetDragDropPayload() == nullptr;
}

// A menu label from user text: "##" would hide the rest of it from ImGui.
std::string menuLabel(std::string text, const std::string& id) {
    for (size_t at = text.find("##"); at != std::string::npos; at = text.find("##", at + 2)) {
        text.replace(at, 2, "# #");
    }
    return text + "##" + id;
}

void applyChange(AppContext& ctx, std::optional<app::Change> change) {
    if (change) {
        ctx.session->apply(std::move(*change));
    }
}

void statusItems(AppContext& ctx, const model::Event& event, const model::Group& group) {
    for (auto status :
         {model::GroupStatus::Posted, model::GroupStatus::Met, model::GroupStatus::Cancelled}) {
        if (ImGui::MenuItem(statusLabel(ctx.language, status), nullptr, group.status == status)) {
            applyChange(ctx, app::setTopicStatus(event, group.id, status));
        }
        ctx.itemRects.record("wall.menu.status/", model::toString(status));
    }
}

// A keyboard-reachable alternative to dragging: every round, then every room.
void moveMenu(AppContext& ctx, const model::Event& event, const model::Group& group) {
    if (!ImGui::BeginMenu(ctx.tr("wall.menu.moveTo"))) {
        return;
    }
    for (const auto& day : event.days) {
        for (const auto& round : day.rounds) {
            if (!ImGui::BeginMenu(
                    menuLabel(model::roundHeading(event, round.id), round.id.str()).c_str())) {
                continue;
            }
            for (const auto& room : event.rooms) {
                const bool here = group.roundId == round.id && group.roomId == room.id;
                if (ImGui::MenuItem(menuLabel(room.name, room.id.str()).c_str(), nullptr, here)) {
                    applyChange(ctx, app::moveTopic(event, group.id, round.id, room.id));
                }
            }
            const bool here = group.roundId == round.id && !group.roomId;
            if (ImGui::MenuItem(ctx.tr("wall.noRoom"), nullptr, here)) {
                applyChange(ctx, app::moveTopic(event, group.id, round.id, std::nullopt));
            }
            ImGui::EndMenu();
        }
    }
    ImGui::EndMenu();
}

void topicMenu(AppContext& ctx, const model::Event& event, const model::Group& group) {
    {
        FontScope bold(ctx.fonts.bold);
        text(group.number + "  " + shortened(group.title, 60));
    }
    ImGui::Separator();
    statusItems(ctx, event, group);
    ImGui::Separator();
    if (ImGui::MenuItem(ctx.tr("wall.menu.retitle"))) {
        startRetitle(ctx, group.id);
    }
    ctx.itemRects.record("wall.menu.retitle");
    moveMenu(ctx, event, group);
    ImGui::Separator();
    if (ImGui::MenuItem(ctx.tr("wall.menu.remove"))) {
        askRemoveTopic(ctx, group.id);
    }
    ctx.itemRects.record("wall.menu.remove");
}

void topicTooltip(AppContext& ctx, const model::Event& event, const model::Group& group,
                  bool crowded) {
    ImGui::BeginTooltip();
    // A tooltip sizes itself to its content: give it its width first, so
    // wrapped text has room to wrap in.
    ImGui::Dummy(ImVec2(ImGui::GetFontSize() * 24.0f, 0.0f));
    {
        FontScope bold(ctx.fonts.bold);
        wrappedText(group.number + "  " + shortened(group.title, 2000));
    }
    const std::string people = joinPeople(ctx.language, event, group.initiators);
    if (!people.empty()) {
        wrappedText(std::string(ctx.tr("group.initiators")) + ": " + people);
    }
    disabledText(statusLabel(ctx.language, group.status));
    if (crowded) {
        disabledWrappedText(ctx.tr("wall.crowded"));
    }
    disabledWrappedText(ctx.tr("wall.cardHint"));
    ImGui::EndTooltip();
}

} // namespace

float topicCardHeight() {
    return static_cast<float>(kTitleLines + 1) * ImGui::GetFontSize() +
           ImGui::GetStyle().FramePadding.y;
}

std::string cellKey(const CellAddress& cell) {
    return (cell.roundId ? cell.roundId->str() : std::string("none")) + "/" +
           (cell.roomId ? cell.roomId->str() : std::string("none"));
}

void topicInteractions(AppContext& ctx, const model::Event& event, const model::Group& group,
                       bool crowded) {
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left) ||
        (ImGui::IsItemFocused() && ImGui::IsItemActivated())) {
        ctx.selection.group = group.id;
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        startRetitle(ctx, group.id);
    }
    if (ImGui::BeginDragDropSource()) {
        const std::string& id = group.id.str();
        ImGui::SetDragDropPayload(kTopicPayload, id.data(), id.size());
        text(group.number + "  " + shortened(group.title, 80));
        ImGui::EndDragDropSource();
    }
    if (hoveredLong()) {
        topicTooltip(ctx, event, group, crowded);
    }
    // Enter on a focused card opens the same menu as a right-click, so the
    // wall works from the keyboard.
    if (ImGui::IsItemFocused() && !ImGui::IsItemActive() &&
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
        ImGui::OpenPopup("##topicMenu");
    }
    if (ImGui::BeginPopupContextItem("##topicMenu")) {
        topicMenu(ctx, event, group);
        ImGui::EndPopup();
    }
}

void cellDropTarget(AppContext& ctx, ImVec2 min, ImVec2 max, const CellAddress& cell) {
    if (!cell.roundId || ImGui::GetDragDropPayload() == nullptr) {
        return;
    }
    const ImGuiID id = ImGui::GetID("##drop");
    if (!ext::beginDropTarget(min, max, id)) {
        return;
    }
    if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kTopicPayload)) {
        const std::string_view text(static_cast<const char*>(payload->Data),
                                    static_cast<size_t>(payload->DataSize));
        if (const auto groupId = model::Id::parse(text); groupId && ctx.event()) {
            // Onto an occupied cell it stacks: two groups sharing a room
            // happens (a big hall, a corner), and Ctrl+Z undoes a slip.
            // Into another round the drop menu asks about its number.
            dropTopic(ctx, *groupId, *cell.roundId, cell.roomId);
        }
    }
    ImGui::EndDragDropTarget();
}

// The themes a group's inputs (and sub-points) are tagged with, as indices
// into event.themes, in theme order.
std::vector<size_t> taggedThemes(const model::Event& event, const model::Group& group) {
    std::vector<bool> tagged(event.themes.size(), false);
    const auto mark = [&](const model::Input& input) {
        for (const auto& id : input.themes) {
            for (size_t i = 0; i < event.themes.size(); ++i) {
                if (event.themes[i].id == id) {
                    tagged[i] = true;
                }
            }
        }
    };
    for (const auto& input : group.inputs) {
        mark(input);
        for (const auto& child : input.children) {
            mark(child);
        }
    }
    std::vector<size_t> indices;
    for (size_t i = 0; i < tagged.size(); ++i) {
        if (tagged[i]) {
            indices.push_back(i);
        }
    }
    return indices;
}

// The group's theme badges at the right end of the card's last line, as
// many as fit; returns the width they take.
float drawCardThemes(const model::Event& event, const model::Group& group, ImVec2 topRight,
                     float fontSize, float leftLimit) {
    const auto themes = taggedThemes(event, group);
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const float size = fontSize * 0.75f;
    float right = topRight.x;
    for (auto it = themes.rbegin(); it != themes.rend(); ++it) {
        const ThemeBadge badge{*it + 1, model::themeColour(event.themes, *it),
                               event.themes[*it].name};
        const float width = themeBadgeSize(badge, size).x;
        if (right - width < leftLimit) {
            break;
        }
        drawThemeBadge(drawList, ImVec2(right - width, topRight.y), badge, size,
                       ImGui::IsWindowHovered());
        right -= width + 3.0f;
    }
    return topRight.x - right;
}

void drawTopicCard(AppContext& ctx, const model::Event& event, const model::Group& group,
                   ImVec2 size, bool crowded) {
    ImGui::PushID(group.id.str().c_str());
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    ImGui::InvisibleButton("##card", size);
    ctx.itemRects.record("wall.topic/", group.number);
    const bool hovered = ImGui::IsItemHovered();
    const bool dragged = ImGui::IsItemActive() && ImGui::GetDragDropPayload() != nullptr;
    const bool selected = ctx.selection.group == group.id;
    const bool cancelled = group.status == model::GroupStatus::Cancelled;
    const bool met = group.status == model::GroupStatus::Met;

    ImDrawList* drawList = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    ImU32 fill = cancelled ? kCancelledFill : met ? kMetFill : kPostedFill;
    if (dragged) {
        fill = (fill & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 110);
    }
    drawList->AddRectFilled(min, max, fill, rounding);
    const ImU32 border = selected  ? ImGui::GetColorU32(ImGuiCol_ButtonActive)
                         : hovered ? ImGui::GetColorU32(ImGuiCol_ButtonHovered)
                                   : kBorder;
    drawList->AddRect(min, max, border, rounding, 0, selected ? 2.0f : 1.0f);

    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float innerWidth = std::max(1.0f, size.x - 2.0f * pad.x);
    const ImU32 textColour = ImGui::GetColorU32(cancelled ? ImGuiCol_TextDisabled : ImGuiCol_Text);
    const ImU32 dimColour = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    drawList->PushClipRect(min, max, true);
    ImVec2 at(min.x + pad.x, min.y + pad.y * 0.5f);

    ImFont* boldFont = ctx.fonts.bold != nullptr ? ctx.fonts.bold : ImGui::GetFont();
    const float fontSize = ImGui::GetFontSize();
    ClampedText number{boldFont, fontSize, innerWidth, 0.0f, 1};
    drawClampedText(drawList, number, at, group.number, textColour, cancelled);
    float indent =
        boldFont->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, group.number.c_str()).x + fontSize * 0.4f;
    if (met) {
        const float mark = fontSize * 0.8f;
        ext::renderCheckMark(drawList, ImVec2(at.x + indent, at.y + fontSize * 0.1f), kMetMark,
                             mark);
        indent += mark + fontSize * 0.3f;
    }
    ClampedText title{nullptr, fontSize, innerWidth, indent, kTitleLines};
    drawClampedText(drawList, title, at, group.title, textColour, cancelled);

    std::string footer = joinPeople(ctx.language, event, group.initiators);
    if (cancelled) {
        footer = std::string(statusLabel(ctx.language, group.status)) +
                 (footer.empty() ? "" : " · " + footer);
    }
    const float footerY = at.y + static_cast<float>(kTitleLines) * fontSize;
    const float themesWidth = drawCardThemes(event, group, ImVec2(max.x - pad.x, footerY + 1.0f),
                                             fontSize, at.x + innerWidth * 0.4f);
    ClampedText people{nullptr, fontSize, std::max(1.0f, innerWidth - themesWidth), 0.0f, 1};
    drawClampedText(drawList, people,
                    ImVec2(at.x, at.y + static_cast<float>(kTitleLines) * fontSize), footer,
                    dimColour);
    drawList->PopClipRect();
    if (crowded) {
        drawList->AddRectFilled(ImVec2(max.x - pad.x, min.y), max, kCrowded, rounding,
                                ImDrawFlags_RoundCornersRight);
    }

    topicInteractions(ctx, event, group, crowded);
    ImGui::PopID();
}

void drawAddButton(AppContext& ctx, const CellAddress& cell, ImVec2 size, bool emptyCell) {
    if (!cell.roundId) {
        return;
    }
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton("##add", size);
    ctx.itemRects.record("wall.add/", cellKey(cell));
    const bool hovered = ImGui::IsItemHovered();
    const bool focused = ImGui::IsItemFocused();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    if (hovered || focused) {
        drawList->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBgHovered),
                                ImGui::GetStyle().FrameRounding);
    }
    const char* label = emptyCell && (hovered || focused) ? ctx.tr("wall.addHere") : "+";
    const ImVec2 labelSize = ImGui::CalcTextSize(label);
    const ImVec2 labelAt(min.x + (size.x - labelSize.x) * 0.5f,
                         min.y + (size.y - labelSize.y) * 0.5f);
    drawList->AddText(
        labelAt, ImGui::GetColorU32(hovered || focused ? ImGuiCol_Text : ImGuiCol_TextDisabled),
        label);
    if (hoveredLong() && !emptyCell) {
        ImGui::SetTooltip("%s", ctx.tr("wall.addHere"));
    }
    const bool enter = focused && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    if ((pressed || enter) && ctx.event() != nullptr) {
        openPostTopicDialog(ctx, *cell.roundId, cell.roomId, ImVec2(min.x, max.y));
    }
}

} // namespace innspill::ui
