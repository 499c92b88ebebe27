// The start screen's recent events.
#include "ui/shell/recent_events_list.hpp"

#include "app/recent_events.hpp"
#include "app/text_path.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/display_text.hpp"
#include "ui/widgets/fitted_text.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <filesystem>

namespace innspill::ui {

namespace {

// One recent event on two lines: its title and dates, then its folder (the
// file name when the title cannot be read); the full path on hover. True
// when clicked.
bool drawRecentEvent(AppContext& ctx, const app::RecentEvent& recent, float width) {
    const std::string fileName = app::pathFromUtf8(recent.path).filename().string();
    std::string title = recent.title.empty() ? fileName : recent.title;
    if (!recent.present) {
        title = format(ctx.tr("menu.file.recentMissing"), {{"file", title}});
    }
    const std::string dates = formatDateRange(ctx.language, recent.startDate, recent.endDate);
    const float lineHeight = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable(
        "##recent", false,
        recent.present ? ImGuiSelectableFlags_None : ImGuiSelectableFlags_Disabled,
        ImVec2(width, lineHeight * 2.0f + ImGui::GetStyle().ItemSpacing.y));
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", recent.path.c_str());
    }
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 strong = ImGui::GetColorU32(recent.present ? ImGuiCol_Text : ImGuiCol_TextDisabled);
    const ImU32 quiet = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float datesWidth = ImGui::CalcTextSize(dates.c_str()).x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    {
        FontScope bold(ctx.fonts.bold);
        const std::string shown =
            fitWithEllipsis(title, std::max(width - datesWidth - spacing * 2.0f, lineHeight));
        draw->AddText(at, strong, shown.c_str());
    }
    if (!dates.empty()) {
        draw->AddText(ImVec2(at.x + width - datesWidth, at.y), quiet, dates.c_str());
    }
    const std::string where = recent.title.empty() ? recent.folder : recent.folder + "/" + fileName;
    draw->AddText(ImVec2(at.x, at.y + lineHeight), quiet, fitKeepingEnd(where, width).c_str());
    return clicked;
}

} // namespace

std::string drawRecentEvents(AppContext& ctx, float left, float width) {
    MainWindowState& state = ctx.mainWindow;
    if (state.recentFor != ctx.settings.recentFiles) {
        // A query per file, once per change of the list, not per frame.
        state.recent = app::describeRecentEvents(ctx.settings.recentFiles);
        state.recentFor = ctx.settings.recentFiles;
    }
    std::string chosen;
    for (size_t i = 0; i < state.recent.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::SetCursorPosX(left);
        if (drawRecentEvent(ctx, state.recent[i], width)) {
            chosen = state.recent[i].path;
        }
        ctx.itemRects.record("main.recent/", state.recent[i].path);
        ImGui::PopID();
    }
    return chosen;
}

} // namespace innspill::ui
