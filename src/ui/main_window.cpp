// The main window's layout: overview, then programme | splitter | group view.
#include "ui/main_window.hpp"

#include "ui/app_context.hpp"
#include "ui/group_view.hpp"
#include "ui/overview_panel.hpp"
#include "ui/programme_panel.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace innspill::ui {

namespace {

constexpr float kMinShare = 0.2f;
constexpr float kMaxShare = 0.8f;

void drawNoEvent(AppContext& ctx) {
    const char* message = ctx.tr("main.noEvent");
    const char* hint = ctx.tr("main.noEventHint");
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float lineHeight = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 start = ImGui::GetCursorPos();
    const float top = start.y + std::max(0.0f, (avail.y - 2.0f * lineHeight) * 0.5f);

    const float messageWidth = ImGui::CalcTextSize(message).x;
    ImGui::SetCursorPos(ImVec2(start.x + std::max(0.0f, (avail.x - messageWidth) * 0.5f), top));
    text(message);
    ctx.itemRects.record("main.noEvent");

    const float hintWidth = ImGui::CalcTextSize(hint).x;
    ImGui::SetCursorPosX(start.x + std::max(0.0f, (avail.x - hintWidth) * 0.5f));
    disabledText(hint);
}

// A vertical bar between the two regions that drags the programme's share.
void drawSplitter(AppContext& ctx, float totalWidth, float width, float height) {
    ImGui::InvisibleButton("##splitter", ImVec2(width, height));
    ctx.itemRects.record("main.splitter");
    if (ImGui::IsItemActive() && totalWidth > 0.0f) {
        ctx.mainWindow.programmeShare += ImGui::GetIO().MouseDelta.x / totalWidth;
    }
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    }
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const float x = (min.x + max.x) * 0.5f;
    const ImU32 colour = ImGui::GetColorU32(ImGui::IsItemActive()    ? ImGuiCol_SeparatorActive
                                            : ImGui::IsItemHovered() ? ImGuiCol_SeparatorHovered
                                                                     : ImGuiCol_Separator);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x, min.y), ImVec2(x, max.y), colour);
}

void drawRegions(AppContext& ctx) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float splitterWidth = ImGui::GetStyle().ItemSpacing.x * 1.5f;
    const float regionsWidth = std::max(0.0f, avail.x - splitterWidth);
    auto& share = ctx.mainWindow.programmeShare;
    share = std::clamp(share, kMinShare, kMaxShare);
    const float programmeWidth = std::max(1.0f, regionsWidth * share);
    const float height = std::max(1.0f, avail.y);

    if (ImGui::BeginChild(kProgrammeRegion, ImVec2(programmeWidth, height), true)) {
        drawProgrammePanel(ctx);
    }
    ImGui::EndChild();

    ImGui::SameLine(0.0f, 0.0f);
    drawSplitter(ctx, regionsWidth, splitterWidth, height);
    ImGui::SameLine(0.0f, 0.0f);

    if (ImGui::BeginChild(kGroupRegion, ImVec2(0.0f, height), true)) {
        drawGroupView(ctx);
    }
    ImGui::EndChild();
}

} // namespace

void drawMainWindow(AppContext& ctx) {
    ctx.itemRects.beginFrame();

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    const bool visible = ImGui::Begin(kMainWindowName, nullptr, kFlags);
    ImGui::PopStyleVar(2);
    if (visible) {
        if (ctx.event() == nullptr) {
            drawNoEvent(ctx);
        } else {
            drawOverviewPanel(ctx);
            ImGui::Spacing();
            drawRegions(ctx);
        }
    }
    ImGui::End();
}

} // namespace innspill::ui
