// The projector view: a full-screen window, a title bar with the event and
// the day, and the day's wall laid out by fitProjector. Text is drawn with an
// explicit pixel size (ImDrawList::AddText) from the platform's large fonts
// when it loaded them (FontRoles::large/largeBold, rasterised big so the
// letters stay sharp), else from the body and heading fonts scaled up — the
// same effect as ImGui::SetWindowFontScale, a little softer.
#include "ui/wall/projector_view.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/wall/projector_layout.hpp"
#include "ui/wall/wall_cell.hpp"
#include "ui/wall/wall_text.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/tokens.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace innspill::ui {

namespace {

// From the design tokens: text ≥ 7:1, secondary text and numbers ≥ 4.5:1.
struct Palette {
    ImU32 background;
    ImU32 header;
    ImU32 grid;
    ImU32 text;
    ImU32 secondary;
    ImU32 number;
    ImU32 card;
    ImU32 cardBorder;
    ImU32 cancelled;
    ImU32 met;
    ImU32 hover;
    ImU32 hint; // the operator's hint: quiet, yet readable (>= 4.5:1)
};

Palette paletteFor(bool light) {
    const Tokens& t = tokens(light ? Appearance::Light : Appearance::Dark);
    ImVec4 hover = t.accent;
    hover.w = 0.16f;
    return Palette{toU32(t.surface), toU32(t.surfaceSubtle), toU32(t.border),
                   toU32(t.text),    toU32(t.textSubtle),    toU32(t.accent),
                   toU32(t.surface), toU32(t.border),        toU32(t.textSubtle),
                   toU32(t.success), toU32(hover),           toU32(t.textSubtle)};
}

ProjectorFonts fontsFor(const AppContext& ctx) {
    ProjectorFonts fonts;
    fonts.regular = ctx.fonts.large  ? ctx.fonts.large
                    : ctx.fonts.body ? ctx.fonts.body
                                     : ImGui::GetFont();
    // The heading font is bold and rasterised larger than bold: less blur when scaled.
    fonts.bold = ctx.fonts.largeBold ? ctx.fonts.largeBold
                 : ctx.fonts.heading ? ctx.fonts.heading
                 : ctx.fonts.bold    ? ctx.fonts.bold
                                     : fonts.regular;
    return fonts;
}

// FNV-1a over everything the fit depends on: an unchanged wall on an
// unchanged screen is not measured again.
class Fingerprint {
  public:
    void add(std::string_view text) {
        for (char c : text) {
            m_hash = (m_hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        }
        m_hash = (m_hash ^ 0xFFu) * 1099511628211ULL; // separator
    }
    template <typename T> void addValue(const T& value) {
        add(std::string_view(reinterpret_cast<const char*>(&value), sizeof value));
    }
    std::uint64_t value() const { return m_hash; }

  private:
    std::uint64_t m_hash = 14695981039346656037ULL;
};

std::uint64_t fingerprint(const ProjectorPage& page, const ProjectorFonts& fonts, ImVec2 area,
                          float minSize, float maxSize) {
    Fingerprint print;
    print.addValue(area.x);
    print.addValue(area.y);
    print.addValue(minSize);
    print.addValue(maxSize);
    print.addValue(fonts.regular);
    print.addValue(fonts.bold);
    for (const auto& name : page.columnNames) {
        print.add(name);
    }
    for (size_t r = 0; r < page.grid.rows.size(); ++r) {
        print.add(page.grid.rows[r].heading);
        print.add(page.grid.rows[r].time);
        for (size_t column : page.columns) {
            print.addValue(column);
            for (const model::Group* group : page.grid.cell(r, column)) {
                print.add(group->number);
                print.add(group->title);
                print.addValue(group->status);
                print.add(page.initiatorsOf(group));
            }
        }
    }
    return print.value();
}

void handleKeys(AppContext& ctx, size_t days) {
    ProjectorViewState& state = ctx.projector;
    // Escape first closes whatever dialog is open; only then the mode.
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
        return;
    }
    const auto pressed = [](ImGuiKey key) {
        return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
    };
    if (pressed(ImGuiKey_Escape)) {
        ctx.wantProjector = false;
    }
    if ((pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown)) && state.page + 1 < days) {
        ++state.page;
    }
    if ((pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp)) && state.page > 0) {
        --state.page;
    }
}

std::string pageLabel(AppContext& ctx, const model::Event& event, size_t day) {
    std::string label = format(ctx.tr("programme.dayHeading"), {{"day", std::to_string(day + 1)}});
    if (!event.days[day].date.empty()) {
        label += " · " + formatDate(ctx.language, event.days[day].date);
    }
    if (event.days.size() > 1) {
        label += "  (" + std::to_string(day + 1) + "/" + std::to_string(event.days.size()) + ")";
    }
    return label;
}

struct Canvas {
    AppContext& ctx;
    const model::Event& event;
    const ProjectorPage& page;
    const ProjectorLayout& layout;
    const ProjectorFonts& fonts;
    const Palette& palette;
    ImDrawList* drawList;
};

void drawCard(const Canvas& c, const model::Group& group, ImVec2 min, const ProjectorCard& card) {
    const ProjectorLayout& l = c.layout;
    const float width = l.column - 2.0f * l.pad;
    const ImVec2 max(min.x + width, min.y + card.height);
    ImGui::PushID(group.id.str().c_str());
    ImGui::SetCursorScreenPos(min);
    ImGui::InvisibleButton("##card", ImVec2(width, card.height));
    c.ctx.itemRects.record("projector.topic/", group.number);
    const bool selected = c.ctx.selection.group == group.id;
    const bool cancelled = group.status == model::GroupStatus::Cancelled;
    const float rounding = l.size * 0.15f;
    const float line = std::max(1.0f, l.size / 24.0f);

    c.drawList->AddRectFilled(min, max, c.palette.card, rounding);
    c.drawList->AddRect(min, max, selected ? c.palette.number : c.palette.cardBorder, rounding, 0,
                        selected ? line * 2.5f : line);
    if (ImGui::IsItemHovered()) {
        c.drawList->AddRectFilled(min, max, c.palette.hover, rounding);
    }
    const ImVec2 at(min.x + card.innerPad, min.y + card.innerPad);
    const ImU32 numberColour = cancelled ? c.palette.cancelled : c.palette.number;
    const ImU32 textColour = cancelled ? c.palette.cancelled : c.palette.text;
    const ImU32 secondary = cancelled ? c.palette.cancelled : c.palette.secondary;
    drawClampedText(c.drawList, ClampedText{c.fonts.bold, l.size, card.textWidth, 0.0f, 1}, at,
                    group.number, numberColour, cancelled);
    if (group.status == model::GroupStatus::Met) {
        const float numberWidth =
            c.fonts.bold->CalcTextSizeA(l.size, FLT_MAX, 0.0f, group.number.c_str()).x;
        ext::renderCheckMark(c.drawList,
                             ImVec2(at.x + numberWidth + l.size * 0.25f, at.y + l.size * 0.1f),
                             c.palette.met, l.size * 0.75f);
    }
    drawClampedText(c.drawList,
                    ClampedText{c.fonts.regular, l.size, card.textWidth, card.titleIndent,
                                kProjectorTitleLines},
                    at, group.title, textColour, cancelled);
    if (card.hasInitiators) {
        drawClampedText(
            c.drawList, ClampedText{c.fonts.regular, l.small, card.textWidth, 0.0f, 1},
            ImVec2(at.x, at.y + static_cast<float>(card.titleLines) * l.size + l.small * 0.1f),
            c.page.initiatorsOf(&group), secondary);
    }
    topicInteractions(c.ctx, c.event, group, false);
    ImGui::PopID();
}

void drawCell(const Canvas& c, size_t row, size_t column, ImVec2 min, float height) {
    const ProjectorLayout& l = c.layout;
    const size_t gridRow = l.gridRow(row, column);
    const size_t gridColumn = c.page.columns[l.gridColumnIndex(row, column)];
    const ImVec2 max(min.x + l.column, min.y + height);
    c.drawList->AddRect(min, ImVec2(max.x + 1.0f, max.y + 1.0f), c.palette.grid);
    const CellAddress address{c.page.grid.rows[gridRow].roundId, c.page.grid.roomOf(gridColumn)};

    ImGui::PushID(static_cast<int>(gridRow * c.page.grid.columnCount() + gridColumn));
    float y = min.y + l.pad;
    for (const model::Group* group : c.page.grid.cell(gridRow, gridColumn)) {
        const ProjectorCard card = projectorCard(l, c.fonts, c.page, *group);
        drawCard(c, *group, ImVec2(min.x + l.pad, y), card);
        y += card.height + l.gap;
    }
    // The free space below the cards posts a new topic into the cell.
    const float free = max.y - l.pad - y;
    if (address.roundId && free > l.size * 0.5f) {
        ImGui::SetCursorScreenPos(ImVec2(min.x + l.pad, y));
        const ImVec2 size(l.column - 2.0f * l.pad, free);
        if (ImGui::InvisibleButton("##post", size)) {
            openPostTopicDialog(c.ctx, *address.roundId, address.roomId,
                                ImVec2(min.x, std::min(max.y, y + l.size)));
        }
        c.ctx.itemRects.record("projector.post/", cellKey(address));
        if (ImGui::IsItemHovered()) {
            const ImVec2 itemMin = ImGui::GetItemRectMin();
            const ImVec2 itemMax = ImGui::GetItemRectMax();
            c.drawList->AddRectFilled(itemMin, itemMax, c.palette.hover, l.size * 0.15f);
            const float plus = std::min(l.size, free);
            c.drawList->AddText(c.fonts.bold, plus,
                                ImVec2((itemMin.x + itemMax.x - plus * 0.6f) * 0.5f,
                                       (itemMin.y + itemMax.y - plus) * 0.5f),
                                c.palette.secondary, "+");
        }
    }
    cellDropTarget(c.ctx, min, max, address);
    ImGui::PopID();
}

// A header cell: a round (heading and time) or a room (name).
void drawHeader(const Canvas& c, ImVec2 min, ImVec2 max, const WallRow* round,
                const std::string* room, int maxLines) {
    const ProjectorLayout& l = c.layout;
    c.drawList->AddRectFilled(min, max, c.palette.header);
    c.drawList->AddRect(min, ImVec2(max.x + 1.0f, max.y + 1.0f), c.palette.grid);
    const float width = std::max(1.0f, max.x - min.x - 2.0f * l.pad);
    ImVec2 at(min.x + l.pad, min.y + l.pad);
    const std::string& title = round != nullptr ? round->heading : *room;
    at.y += drawClampedText(c.drawList, ClampedText{c.fonts.bold, l.size, width, 0.0f, maxLines},
                            at, title, c.palette.text);
    if (round != nullptr && !round->time.empty()) {
        drawClampedText(c.drawList, ClampedText{c.fonts.regular, l.small, width, 0.0f, 1}, at,
                        round->time, c.palette.secondary);
    }
}

void drawGrid(const Canvas& c, ImVec2 origin, float viewTop, float viewBottom) {
    const ProjectorLayout& l = c.layout;
    const size_t rows = l.bodyRows(c.page);
    const size_t columns = l.bodyColumns(c.page);
    const auto roundOf = [&](size_t index) { return &c.page.grid.rows[index]; };

    c.drawList->AddRectFilled(origin, ImVec2(origin.x + l.headerColumn, origin.y + l.headerRow),
                              c.palette.header);
    for (size_t j = 0; j < columns; ++j) {
        const ImVec2 min(origin.x + l.headerColumn + static_cast<float>(j) * l.column, origin.y);
        const ImVec2 max(min.x + l.column, origin.y + l.headerRow);
        if (l.roundsAsRows) {
            drawHeader(c, min, max, nullptr, &c.page.columnNames[j], 2);
        } else {
            drawHeader(c, min, max, roundOf(j), nullptr, 2);
        }
    }
    float y = origin.y + l.headerRow;
    for (size_t r = 0; r < rows; ++r) {
        const float height = l.rowHeights[r];
        if (y + height >= viewTop && y <= viewBottom) {
            const ImVec2 min(origin.x, y);
            const ImVec2 max(origin.x + l.headerColumn, y + height);
            if (l.roundsAsRows) {
                drawHeader(c, min, max, roundOf(r), nullptr, 3);
            } else {
                drawHeader(c, min, max, nullptr, &c.page.columnNames[r], 3);
            }
            for (size_t j = 0; j < columns; ++j) {
                drawCell(c, r, j,
                         ImVec2(origin.x + l.headerColumn + static_cast<float>(j) * l.column, y),
                         height);
            }
        }
        y += height;
    }
}

void drawBackgroundMenu(AppContext& ctx, const model::Event& event) {
    ProjectorViewState& state = ctx.projector;
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && !ImGui::IsAnyItemHovered() &&
        ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
        ImGui::OpenPopup("##projectorMenu");
    }
    if (!ImGui::BeginPopup("##projectorMenu")) {
        return;
    }
    for (size_t d = 0; d < event.days.size(); ++d) {
        ImGui::PushID(static_cast<int>(d));
        if (ImGui::MenuItem(pageLabel(ctx, event, d).c_str(), nullptr, state.page == d)) {
            state.page = d;
        }
        ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::MenuItem(ctx.tr("projector.swapAxes"), nullptr, state.swapAxes)) {
        state.swapAxes = !state.swapAxes;
        state.fittedFor = 0; // fit again, in the other orientation
    }
    ctx.itemRects.record("projector.swapAxes");
    if (ImGui::MenuItem(ctx.tr("projector.light"), nullptr, state.lightBackground)) {
        state.lightBackground = !state.lightBackground;
    }
    ctx.itemRects.record("projector.light");
    if (ImGui::MenuItem(ctx.tr("projector.leave"), "Esc")) {
        ctx.wantProjector = false;
    }
    ImGui::EndPopup();
}

void drawCentred(const char* message, ImFont* font, float size, ImU32 colour) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, message);
    ImGui::GetWindowDrawList()->AddText(
        font, size,
        ImVec2(viewport->Pos.x + (viewport->Size.x - extent.x) * 0.5f,
               viewport->Pos.y + (viewport->Size.y - extent.y) * 0.5f),
        colour, message);
}

void drawWall(AppContext& ctx, const model::Event& event, const Palette& palette) {
    ProjectorViewState& state = ctx.projector;
    state.page = std::min(state.page, event.days.size() - 1);
    const ProjectorFonts fonts = fontsFor(ctx);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float base = ImGui::GetFontSize();
    const float margin = std::round(std::max(base, viewport->Size.y * 0.02f));
    ImDrawList* drawList = ImGui::GetWindowDrawList();

    // Title bar: the event on the left, the day on the right.
    const float titleSize = std::clamp(viewport->Size.y / 24.0f, base * 1.25f, base * 3.0f);
    const std::string day = pageLabel(ctx, event, state.page);
    const float dayWidth = fonts.bold->CalcTextSizeA(titleSize, FLT_MAX, 0.0f, day.c_str()).x;
    const ImVec2 top(viewport->Pos.x + margin, viewport->Pos.y + margin);
    const float innerWidth = viewport->Size.x - 2.0f * margin;
    drawClampedText(drawList,
                    ClampedText{fonts.bold, titleSize,
                                std::max(1.0f, innerWidth - dayWidth - titleSize), 0.0f, 1},
                    top, event.title, palette.text);
    drawList->AddText(fonts.bold, titleSize, ImVec2(top.x + innerWidth - dayWidth, top.y),
                      palette.number, day.c_str());

    // The hint stays small and quiet, for the organiser rather than the
    // room, but in a colour that can be read (not the grid's lines).
    const float hintSize = std::round(base * 1.15f);
    const float hintHeight = hintSize * 1.5f;
    const char* hint = ctx.tr("projector.hint");
    drawList->AddText(fonts.regular, hintSize,
                      ImVec2(viewport->Pos.x + margin, viewport->Pos.y + viewport->Size.y -
                                                           margin * 0.5f - hintHeight * 0.8f),
                      palette.hint, hint);

    const ImVec2 gridPos(top.x, top.y + titleSize + margin * 0.75f);
    ImVec2 area(innerWidth,
                viewport->Pos.y + viewport->Size.y - hintHeight - margin * 0.5f - gridPos.y);
    area.y = std::max(area.y, base * 4.0f);

    const ProjectorPage page = ProjectorPage::build(event, state.page, ctx.tr("wall.noRoom"));
    const float minSize = std::round(base * 1.25f);
    const float maxSize = std::max(minSize, std::round(std::min(base * 4.0f, area.y / 8.0f)));
    const std::uint64_t print = fingerprint(page, fonts, area, minSize, maxSize);
    // The grid's lines are drawn a pixel past each cell: one pixel narrower
    // than the child, the last column's right edge stays inside its clip.
    const ImVec2 gridArea(area.x - 1.0f, area.y);
    ProjectorLayout layout;
    if (print == state.fittedFor && state.textSize > 0.0f) {
        layout = layoutProjector(page, fonts, state.roundsAsRows, state.textSize, gridArea);
    } else {
        layout = fitProjector(page, fonts, gridArea, minSize, maxSize, !state.swapAxes);
        state.fittedFor = print;
        state.textSize = layout.size;
        state.roundsAsRows = layout.roundsAsRows;
    }
    const bool overflows = layout.total > area.y;
    if (overflows) {
        // Even the smallest readable size overflows: scroll, and leave room for the bar.
        layout = layoutProjector(page, fonts, layout.roundsAsRows, layout.size,
                                 ImVec2(gridArea.x - ImGui::GetStyle().ScrollbarSize, area.y));
    }

    ImGui::SetCursorScreenPos(gridPos);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_ScrollbarBg, palette.background);
    const bool open = ImGui::BeginChild("##projectorGrid", area, false,
                                        ImGuiWindowFlags_NoBackground |
                                            (overflows ? 0 : ImGuiWindowFlags_NoScrollbar));
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (open) {
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(area.x, layout.total));
        const Canvas canvas{ctx, event, page, layout, fonts, palette, ImGui::GetWindowDrawList()};
        drawGrid(canvas, origin, ImGui::GetWindowPos().y, ImGui::GetWindowPos().y + area.y);
    }
    ImGui::EndChild();
    drawBackgroundMenu(ctx, event);
}

} // namespace

void drawProjectorView(AppContext& ctx) {
    const Palette palette = paletteFor(ctx.projector.lightBackground);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, palette.background);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;
    const bool visible = ImGui::Begin(kProjectorWindowName, nullptr, kFlags);
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor();
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        ctx.wantProjector = false; // nothing to project: back to the app
    } else if (visible) {
        handleKeys(ctx, event->days.size());
        const ProjectorFonts fonts = fontsFor(ctx);
        if (event->days.empty()) {
            drawCentred(ctx.tr("projector.noRounds"), fonts.bold, ImGui::GetFontSize() * 2.5f,
                        palette.text);
        } else {
            drawWall(ctx, *event, palette);
        }
        drawPostTopicDialog(ctx);
        drawWallDialogs(ctx);
    }
    ImGui::End();
}

} // namespace innspill::ui
