// The wall panel: a toolbar (day filter, counts, projector), then the grid in
// one scrolling region with the round column and the room row pinned. Only
// the cells in view (and one beyond each edge, so the arrow keys can reach
// the next one) are submitted, so a wall of 40 rounds × 30 rooms costs what
// the screen shows, not what the event holds.
#include "ui/wall/wall_panel.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/wall/wall_cell.hpp"
#include "ui/wall/wall_grid.hpp"
#include "ui/wall/wall_text.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/empty_state.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/tool_button.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace innspill::ui {

namespace {

constexpr ImU32 kCellFill = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kHeaderFill = IM_COL32(236, 235, 230, 255);
constexpr ImU32 kGridLine = IM_COL32(212, 210, 204, 255);
constexpr ImU32 kDayLine = IM_COL32(120, 118, 110, 255);

// Sizes in the current font, so the wall scales with the zoom setting.
struct Metrics {
    float fontSize = 0.0f;
    float pad = 0.0f;
    float gap = 0.0f;
    float headerColumn = 0.0f; // the pinned round column
    float headerRow = 0.0f;    // the pinned room row
    float column = 0.0f;
    float card = 0.0f;
    float addStrip = 0.0f;
    float roundHeader = 0.0f; // what a round's header needs
};

Metrics metrics() {
    Metrics m;
    m.fontSize = ImGui::GetFontSize();
    m.pad = std::round(m.fontSize * 0.3f);
    m.gap = std::round(m.fontSize * 0.3f);
    m.headerColumn = std::round(m.fontSize * 12.0f);
    m.column = std::round(m.fontSize * 15.0f);
    m.headerRow = ImGui::GetFrameHeight() + 2.0f * m.pad;
    m.card = topicCardHeight();
    m.addStrip = ImGui::GetFrameHeight();
    m.roundHeader = 4.0f * m.fontSize; // heading (two lines), time, count
    return m;
}

float rowHeight(const Metrics& m, const WallRow& row) {
    const float stacked = row.deepestCell == 0
                              ? m.card
                              : static_cast<float>(row.deepestCell) * (m.card + m.gap) + m.addStrip;
    return 2.0f * m.pad + std::max(stacked, m.roundHeader);
}

std::string dayLabel(AppContext& ctx, const model::Event& event, size_t day) {
    std::string label = format(ctx.tr("programme.dayHeading"), {{"day", std::to_string(day + 1)}});
    if (!event.days[day].date.empty()) {
        label += " · " + formatDate(ctx.language, event.days[day].date);
    }
    return label;
}

void drawToolbar(AppContext& ctx, const model::Event& event, const WallGrid& grid) {
    WallPanelState& state = ctx.wall;
    const std::string preview =
        state.day ? dayLabel(ctx, event, *state.day) : std::string(ctx.tr("wall.allDays"));
    ImGui::AlignTextToFramePadding();
    text(ctx.tr("wall.show"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    if (ImGui::BeginCombo("##day", preview.c_str())) {
        if (ImGui::Selectable(ctx.tr("wall.allDays"), !state.day)) {
            state.day.reset();
        }
        for (size_t d = 0; d < event.days.size(); ++d) {
            ImGui::PushID(static_cast<int>(d));
            if (ImGui::Selectable(dayLabel(ctx, event, d).c_str(), state.day == d)) {
                state.day = d;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ctx.itemRects.record("wall.day");

    ImGui::SameLine();
    size_t rounds = 0;
    for (const auto& row : grid.rows) {
        rounds += row.roundId ? 1 : 0;
    }
    disabledText(format(ctx.tr("wall.summary"), {{"topics", std::to_string(grid.topicCount())},
                                                 {"rounds", std::to_string(rounds)},
                                                 {"rooms", std::to_string(grid.rooms.size())}}));

    const ToolButton projector{icon::kProjector, ctx.tr("wall.projector"),
                               ctx.tr("wall.projectorHint")};
    const float buttonWidth = toolButtonWidth(projector, true);
    ImGui::SameLine(
        std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - buttonWidth));
    if (toolButton(projector)) {
        ctx.wantProjector = true;
    }
    ctx.itemRects.record("wall.projector");
    disabledText(ctx.tr("wall.hint"));
}

// Everything the grid's drawing needs in one place, in screen coordinates.
struct GridView {
    const model::Event& event;
    const WallGrid& grid;
    Metrics m;
    std::vector<float> rowTop; // rowTop[r]: top of row r below the room row; back(): total
    ImVec2 origin;             // top-left of the content (scrolls)
    ImVec2 pinned;             // top-left of the view (the pinned headers start here)
    ImVec2 viewMax;            // bottom-right of the view

    float cellX(size_t column) const {
        return origin.x + m.headerColumn + static_cast<float>(column) * m.column;
    }
    float cellY(size_t row) const { return origin.y + m.headerRow + rowTop[row]; }
};

void drawRoundMenu(AppContext& ctx, const WallRow& row, ImVec2 anchor) {
    if (!ImGui::BeginPopup("##roundMenu")) {
        return;
    }
    {
        FontScope bold(ctx.fonts.bold);
        text(row.heading);
    }
    ImGui::Separator();
    if (ImGui::MenuItem(ctx.tr("wall.menu.postNoRoom"))) {
        openPostTopicDialog(ctx, *row.roundId, std::nullopt, anchor);
    }
    if (ImGui::MenuItem(ctx.tr("wall.menu.renumber"))) {
        askRenumberRound(ctx, *row.roundId);
    }
    ctx.itemRects.record("wall.menu.renumber");
    ImGui::EndPopup();
}

void drawRoundHeader(AppContext& ctx, const GridView& view, size_t r) {
    const WallRow& row = view.grid.rows[r];
    const Metrics& m = view.m;
    const ImVec2 min(view.pinned.x, view.cellY(r));
    const ImVec2 max(min.x + m.headerColumn, view.cellY(r) + view.rowTop[r + 1] - view.rowTop[r]);
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->AddRectFilled(min, max, kHeaderFill);
    drawList->AddLine(ImVec2(min.x, max.y), max, kGridLine);
    drawList->AddLine(ImVec2(max.x - 1.0f, min.y), ImVec2(max.x - 1.0f, max.y), kGridLine);

    ImGui::PushID(static_cast<int>(r));
    ImGui::SetCursorScreenPos(min);
    if (row.roundId) {
        const bool pressed =
            ImGui::InvisibleButton("##round", ImVec2(m.headerColumn, max.y - min.y));
        ctx.itemRects.record("wall.round/", row.roundId->str());
        const bool enter = ImGui::IsItemFocused() &&
                           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
        if (pressed || enter || ImGui::IsItemClicked(ImGuiMouseButton_Right)) {
            ImGui::OpenPopup("##roundMenu");
        }
        if (ImGui::IsItemHovered()) {
            drawList->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_ButtonHovered));
        }
        drawRoundMenu(ctx, row, ImVec2(min.x, max.y));
    }
    ImGui::PopID();

    const float width = m.headerColumn - 2.0f * m.pad;
    ImVec2 at(min.x + m.pad, min.y + m.pad);
    const std::string heading = row.roundId ? row.heading : ctx.tr("wall.unscheduled");
    at.y += drawClampedText(drawList, ClampedText{ctx.fonts.bold, m.fontSize, width, 0.0f, 2}, at,
                            heading, ImGui::GetColorU32(ImGuiCol_Text));
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    if (!row.time.empty()) {
        at.y += drawClampedText(drawList, ClampedText{nullptr, m.fontSize, width, 0.0f, 1}, at,
                                row.time, dim);
    }
    std::string count = format(ctx.tr(row.topics == 1 ? "wall.countOne" : "wall.count"),
                               {{"count", std::to_string(row.topics)}});
    if (row.cancelled > 0) {
        count +=
            " " + format(ctx.tr("wall.countCancelled"), {{"count", std::to_string(row.cancelled)}});
    }
    drawClampedText(drawList, ClampedText{nullptr, m.fontSize, width, 0.0f, 1}, at, count, dim);
}

void drawRoomHeader(AppContext& ctx, const GridView& view, size_t column) {
    const Metrics& m = view.m;
    const ImVec2 min(view.cellX(column), view.pinned.y);
    const ImVec2 max(min.x + m.column, min.y + m.headerRow);
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->AddRectFilled(min, max, kHeaderFill);
    drawList->AddLine(ImVec2(min.x, max.y - 1.0f), ImVec2(max.x, max.y - 1.0f), kGridLine);
    drawList->AddLine(ImVec2(max.x - 1.0f, min.y), ImVec2(max.x - 1.0f, max.y), kGridLine);
    const bool noRoom = column == view.grid.noRoomColumn();
    const std::string& name =
        noRoom ? std::string(ctx.tr("wall.noRoom")) : view.grid.rooms[column]->name;
    const ImVec2 at(min.x + m.pad, min.y + (m.headerRow - m.fontSize) * 0.5f);
    drawClampedText(drawList,
                    ClampedText{ctx.fonts.bold, m.fontSize, m.column - 2.0f * m.pad, 0.0f, 1}, at,
                    name, ImGui::GetColorU32(noRoom ? ImGuiCol_TextDisabled : ImGuiCol_Text));
}

void drawCell(AppContext& ctx, const GridView& view, size_t r, size_t column) {
    const Metrics& m = view.m;
    const WallRow& row = view.grid.rows[r];
    const ImVec2 min(view.cellX(column), view.cellY(r));
    const ImVec2 max(min.x + m.column, min.y + view.rowTop[r + 1] - view.rowTop[r]);
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    drawList->AddRectFilled(min, max, kCellFill);
    drawList->AddLine(ImVec2(min.x, max.y - 1.0f), ImVec2(max.x, max.y - 1.0f), kGridLine);
    drawList->AddLine(ImVec2(max.x - 1.0f, min.y), ImVec2(max.x - 1.0f, max.y), kGridLine);

    const auto topics = view.grid.cell(r, column);
    const CellAddress address{row.roundId, view.grid.roomOf(column)};
    size_t active = 0;
    for (const model::Group* group : topics) {
        active += group->status == model::GroupStatus::Cancelled ? 0 : 1;
    }
    // Two live topics in one room at one time: allowed (a big hall), but flagged.
    const bool crowded = active > 1 && column != view.grid.noRoomColumn();

    ImGui::PushID(static_cast<int>(r * view.grid.columnCount() + column));
    const float width = m.column - 2.0f * m.pad;
    const float step = m.card + m.gap;
    // Only the cards in view (plus one each way for keyboard navigation).
    const float top = min.y + m.pad;
    size_t first = 0;
    size_t last = topics.size();
    if (step > 0.0f && !topics.empty()) {
        const float above = (view.pinned.y + m.headerRow - top) / step;
        const float below = (view.viewMax.y - top) / step;
        first = above > 1.0f ? static_cast<size_t>(above) - 1 : 0;
        last = below < 0.0f ? 0 : std::min(topics.size(), static_cast<size_t>(below) + 2);
    }
    for (size_t i = first; i < last; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(min.x + m.pad, top + static_cast<float>(i) * step));
        drawTopicCard(ctx, view.event, *topics[i], ImVec2(width, m.card), crowded);
    }
    if (topics.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(min.x + m.pad, top));
        drawAddButton(ctx, address, ImVec2(width, max.y - min.y - 2.0f * m.pad), true);
    } else {
        ImGui::SetCursorScreenPos(
            ImVec2(min.x + m.pad, top + static_cast<float>(topics.size()) * step));
        drawAddButton(ctx, address, ImVec2(width, m.addStrip), false);
    }
    cellDropTarget(ctx, min, max, address);
    ImGui::PopID();
}

// A topic dragged near an edge of the grid scrolls it that way, so a cell
// out of view can be reached in one drag. Frames keep coming while it
// scrolls (the app otherwise draws only on input).
void scrollWhileDragging(AppContext& ctx, const GridView& view) {
    const ImGuiPayload* payload = ImGui::GetDragDropPayload();
    if (payload == nullptr || !payload->IsDataType(kTopicPayload) ||
        !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
        return;
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float edge = view.m.fontSize * 2.0f;
    const float step = view.m.fontSize * 0.75f;
    const ImVec2 bodyMin(view.pinned.x + view.m.headerColumn, view.pinned.y + view.m.headerRow);
    float dx = 0.0f;
    float dy = 0.0f;
    if (mouse.x < bodyMin.x + edge) {
        dx = -step;
    } else if (mouse.x > view.viewMax.x - edge) {
        dx = step;
    }
    if (mouse.y < bodyMin.y + edge) {
        dy = -step;
    } else if (mouse.y > view.viewMax.y - edge) {
        dy = step;
    }
    const float x = std::clamp(ImGui::GetScrollX() + dx, 0.0f, ImGui::GetScrollMaxX());
    const float y = std::clamp(ImGui::GetScrollY() + dy, 0.0f, ImGui::GetScrollMaxY());
    if (x != ImGui::GetScrollX() || y != ImGui::GetScrollY()) {
        ImGui::SetScrollX(x);
        ImGui::SetScrollY(y);
        ctx.wakeIn(1.0 / 60.0);
    }
}

// The first index whose span [starts[i], starts[i + 1]) reaches past `y`.
size_t firstReaching(const std::vector<float>& starts, float y) {
    const auto it = std::upper_bound(starts.begin(), starts.end(), y);
    return it == starts.begin() ? 0 : static_cast<size_t>(it - starts.begin()) - 1;
}

void drawGrid(AppContext& ctx, const model::Event& event, const WallGrid& grid) {
    GridView view{event, grid, metrics(), {}, {}, {}, {}};
    const Metrics& m = view.m;
    view.rowTop.reserve(grid.rows.size() + 1);
    view.rowTop.push_back(0.0f);
    for (const auto& row : grid.rows) {
        view.rowTop.push_back(view.rowTop.back() + rowHeight(m, row));
    }
    const size_t columns = grid.columnCount();

    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    const bool visible = ImGui::BeginChild(kWallRegion, ImVec2(0.0f, 0.0f), true,
                                           ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PopStyleVar();
    if (!visible) {
        ImGui::EndChild();
        return;
    }
    ImDrawList* drawList = ImGui::GetWindowDrawList();
    view.origin = ImGui::GetCursorScreenPos();
    view.pinned = ImVec2(view.origin.x + ImGui::GetScrollX(), view.origin.y + ImGui::GetScrollY());
    view.viewMax = drawList->GetClipRectMax();
    const float totalWidth = m.headerColumn + static_cast<float>(columns) * m.column;
    ImGui::Dummy(ImVec2(totalWidth, m.headerRow + view.rowTop.back()));
    scrollWhileDragging(ctx, view);

    // Rows and columns in view, one more each way.
    const float bodyTop = view.pinned.y + m.headerRow - view.origin.y - m.headerRow;
    const float bodyBottom = view.viewMax.y - view.origin.y - m.headerRow;
    size_t firstRow = firstReaching(view.rowTop, bodyTop);
    size_t lastRow = std::min(grid.rows.size(), firstReaching(view.rowTop, bodyBottom) + 1);
    firstRow = firstRow > 0 ? firstRow - 1 : 0;
    lastRow = std::min(grid.rows.size(), lastRow + 1);
    const float left = view.pinned.x + m.headerColumn - (view.origin.x + m.headerColumn);
    const float right = view.viewMax.x - (view.origin.x + m.headerColumn);
    size_t firstColumn = left > m.column ? static_cast<size_t>(left / m.column) - 1 : 0;
    size_t lastColumn =
        right <= 0.0f ? 0 : std::min(columns, static_cast<size_t>(right / m.column) + 2);

    const ImVec2 bodyMin(view.pinned.x + m.headerColumn, view.pinned.y + m.headerRow);
    ImGui::PushClipRect(bodyMin, view.viewMax, true);
    for (size_t r = firstRow; r < lastRow; ++r) {
        for (size_t c = firstColumn; c < lastColumn; ++c) {
            drawCell(ctx, view, r, c);
        }
        // A stronger line where a new day starts.
        if (r > 0 && grid.rows[r].roundId && grid.rows[r - 1].dayIndex != grid.rows[r].dayIndex) {
            const float y = view.cellY(r);
            drawList->AddLine(ImVec2(bodyMin.x, y), ImVec2(view.viewMax.x, y), kDayLine, 2.0f);
        }
    }
    ImGui::PopClipRect();

    ImGui::PushClipRect(ImVec2(view.pinned.x, bodyMin.y), view.viewMax, true);
    for (size_t r = firstRow; r < lastRow; ++r) {
        drawRoundHeader(ctx, view, r);
        if (r > 0 && grid.rows[r].roundId && grid.rows[r - 1].dayIndex != grid.rows[r].dayIndex) {
            const float y = view.cellY(r);
            drawList->AddLine(ImVec2(view.pinned.x, y), ImVec2(bodyMin.x, y), kDayLine, 2.0f);
        }
    }
    ImGui::PopClipRect();

    ImGui::PushClipRect(ImVec2(bodyMin.x, view.pinned.y), view.viewMax, true);
    for (size_t c = firstColumn; c < lastColumn; ++c) {
        drawRoomHeader(ctx, view, c);
    }
    ImGui::PopClipRect();
    drawList->AddRectFilled(view.pinned, bodyMin, kHeaderFill);
    drawList->AddLine(ImVec2(view.pinned.x, bodyMin.y - 1.0f), ImVec2(bodyMin.x, bodyMin.y - 1.0f),
                      kGridLine);
    ImGui::EndChild();
}

} // namespace

void drawWallPanel(AppContext& ctx) {
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return;
    }
    WallPanelState& state = ctx.wall;
    if (state.day && *state.day >= event->days.size()) {
        state.day.reset(); // the day was removed meanwhile
    }
    const WallGrid grid = WallGrid::build(*event, state.day);
    drawToolbar(ctx, *event, grid);
    if (grid.rows.empty()) {
        if (emptyState(icon::kSetup, ctx.tr("wall.noRounds"),
                       ctx.tr("emptyState.setUpProgramme"))) {
            showTab(ctx, "programme");
        }
        ctx.itemRects.record("wall.setUpProgramme");
    } else {
        if (event->groups.empty()) {
            emptyState(icon::kInfo, ctx.tr("wall.emptyHowTo"));
        }
        drawGrid(ctx, *event, grid);
    }
    drawPostTopicDialog(ctx);
    drawWallDialogs(ctx);
}

} // namespace innspill::ui
