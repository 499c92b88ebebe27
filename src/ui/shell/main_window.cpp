// The shell's frame: shortcuts, menu bar, status bar, the tabbed main window
// (or the welcome screen when no event is open) and the dialogs.
#include "ui/shell/main_window.hpp"
#include "app/text_path.hpp"
#include "ui/widgets/icons.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/tokens.hpp"

#include "ui/capture/capture_panel.hpp"
#include "ui/export/export_dialog.hpp"
#include "ui/export/import_notes_dialog.hpp"
#include "ui/kits/hand_in_sync.hpp"
#include "ui/kits/kits_dialog.hpp"
#include "ui/kits/merge_dialog.hpp"
#include "ui/overview/group_view.hpp"
#include "ui/overview/overview_panel.hpp"
#include "ui/overview/programme_panel.hpp"
#include "ui/people/people_panel.hpp"
#include "ui/setup/event_panel.hpp"
#include "ui/setup/programme_editor.hpp"
#include "ui/setup/themes_panel.hpp"
#include "ui/shell/about_dialog.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/shell/file_safety.hpp"
#include "ui/shell/menu_bar.hpp"
#include "ui/shell/recent_events_list.hpp"
#include "ui/shell/search_panel.hpp"
#include "ui/shell/shortcuts.hpp"
#include "ui/votes/voting_panel.hpp"
#include "ui/wall/projector_view.hpp"
#include "ui/wall/wall_panel.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>

namespace innspill::ui {

namespace {

constexpr float kMinShare = 0.2f;
constexpr float kMaxShare = 0.8f;

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

// The read-only overview: event summary, then programme | group view.
void drawOverviewTab(AppContext& ctx) {
    drawOverviewPanel(ctx);
    ImGui::Spacing();
    drawRegions(ctx);
}

// A panel that scrolls on its own inside the tab.
template <void (*Draw)(AppContext&)> void drawScrollingTab(AppContext& ctx) {
    if (ImGui::BeginChild("##tabContent", ImVec2(0.0f, 0.0f), false)) {
        Draw(ctx);
    }
    ImGui::EndChild();
}

// Add a panel here when its header exists: one line, nothing else.
constexpr std::array kTabs{
    ShellTab{"overview", "tab.overview", drawOverviewTab, icon::kOverview},
    ShellTab{"event", "tab.event", drawScrollingTab<drawEventPanel>, icon::kEvent},
    ShellTab{"programme", "tab.programme", drawScrollingTab<drawProgrammeEditor>, icon::kProgramme},
    ShellTab{"themes", "tab.themes", drawScrollingTab<drawThemesPanel>, icon::kThemes},
    ShellTab{"people", "tab.people", drawPeoplePanel, icon::kPeople}, // scrolls its own table
    ShellTab{"wall", "tab.wall", drawWallPanel, icon::kWall}, // fills the tab, scrolls its grid
    ShellTab{kCaptureTabId, "tab.capture", drawCapturePanel, icon::kCapture},
    ShellTab{"votes", "tab.votes", drawVotingPanel, icon::kVotes},
    ShellTab{kSynthesisTabId, "tab.synthesis", drawSynthesisPanel,
             icon::kSynthesis}, // two halves that scroll
};

void centredText(AppContext& ctx, const char* value, float width, const char* recordKey) {
    const float textWidth = ImGui::CalcTextSize(value).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - textWidth) * 0.5f));
    text(value);
    if (recordKey != nullptr) {
        ctx.itemRects.record(recordKey);
    }
}

// With no event open: what to do next, and the recent files one click away.
void drawNoEvent(AppContext& ctx) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float line = ImGui::GetFrameHeightWithSpacing();
    const auto& recent = ctx.settings.recentFiles;
    const float blockHeight =
        line * (3.0f + (recent.empty() ? 0.0f : 1.5f + 2.0f * static_cast<float>(recent.size())));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, (avail.y - blockHeight) * 0.4f));
    const float left = ImGui::GetCursorPosX();

    centredText(ctx, ctx.tr("main.noEvent"), avail.x, "main.noEvent");
    ImGui::Spacing();
    if (ctx.workspace == nullptr) {
        return; // a panel test without a workspace: nothing can be opened here
    }
    const char* newLabel = ctx.tr("main.newEvent");
    const char* openLabel = ctx.tr("main.openEvent");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons = ImGui::CalcTextSize(newLabel).x + ImGui::CalcTextSize(openLabel).x +
                          style.FramePadding.x * 4.0f + style.ItemSpacing.x;
    ImGui::SetCursorPosX(left + std::max(0.0f, (avail.x - buttons) * 0.5f));
    if (ImGui::Button(newLabel)) {
        startNewEvent(ctx);
    }
    ctx.itemRects.record("main.newEvent");
    ImGui::SameLine();
    if (ImGui::Button(openLabel)) {
        startOpen(ctx);
    }
    ctx.itemRects.record("main.openEvent");

    if (recent.empty()) {
        return;
    }
    ImGui::Spacing();
    ImGui::Spacing();
    const float listWidth = std::min(avail.x, ImGui::GetFontSize() * 36.0f);
    const float listLeft = left + std::max(0.0f, (avail.x - listWidth) * 0.5f);
    ImGui::SetCursorPosX(listLeft);
    disabledText(ctx.tr("main.recent"));
    const std::string chosen = drawRecentEvents(ctx, listLeft, listWidth);
    if (!chosen.empty()) {
        openPath(ctx, app::pathFromUtf8(chosen));
    }
}

void drawTabs(AppContext& ctx) {
    MainWindowState& state = ctx.mainWindow;
    if (!ImGui::BeginTabBar("##tabs", ImGuiTabBarFlags_None)) {
        return;
    }
    std::string label;
    for (const ShellTab& tab : kTabs) {
        label = tab.icon != nullptr ? std::string(tab.icon) + " " : std::string();
        label += ctx.tr(tab.labelKey);
        label += "###";
        label += tab.id;
        const ImGuiTabItemFlags flags =
            state.tabToSelect == tab.id ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
        const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
        ctx.itemRects.record("main.tab/", tab.id);
        if (!open) {
            continue;
        }
        // The tab in front is what the person chose (or what was asked for).
        if (state.tabToSelect.empty() && ctx.settings.tab != tab.id) {
            ctx.settings.tab = tab.id;
            ctx.settingsChanged();
        }
        ImGui::PushID(tab.id);
        tab.draw(ctx);
        ImGui::PopID();
        ImGui::EndTabItem();
    }
    // SetSelected takes effect within this frame; from now on the tab bar follows clicks.
    state.tabToSelect.clear();
    ImGui::EndTabBar();
}

} // namespace

std::span<const ShellTab> shellTabs() {
    return kTabs;
}

void showTab(AppContext& ctx, std::string_view id) {
    ctx.mainWindow.tabToSelect = std::string(id);
    if (ctx.settings.tab != id) {
        ctx.settings.tab = std::string(id);
        ctx.settingsChanged();
    }
}

void requestQuitFromWindow(AppContext& ctx) {
    requestQuit(ctx);
}

bool quitConfirmed(const AppContext& ctx) {
    return ctx.mainWindow.files.quitConfirmed;
}

double secondsUntilNextFrame(const AppContext& ctx) {
    return ctx.wakeAfter;
}

void drawMainWindow(AppContext& ctx) {
    ctx.itemRects.beginFrame();
    ctx.wakeAfter = -1.0;
    if (ctx.workspace != nullptr) {
        ctx.session = ctx.workspace->session();
    }

    keepFileSafe(ctx);
    keepWatching(ctx);
    pollPhotoImport(ctx);
    if (!ctx.dropped.empty()) {
        const auto dropped = std::move(ctx.dropped);
        ctx.dropped.clear();
        filesDropped(ctx, dropped);
        if (ctx.workspace != nullptr) {
            ctx.session = ctx.workspace->session(); // a dropped event may have been opened
        }
    }
    handleShortcuts(ctx);
    if (ctx.wantProjector && ctx.event() != nullptr) {
        // The marketplace on the projector: only the wall, full screen. The
        // shell's dialogs stay reachable (closing the window asks as usual).
        drawProjectorView(ctx);
        drawFileDialogs(ctx);
        drawFileSafetyDialogs(ctx);
        return;
    }
    ctx.wantProjector = false;
    drawMenuBar(ctx);
    drawStatusBar(ctx);

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
            drawTabs(ctx);
        }
    }
    ImGui::End();

    drawSearchPanel(ctx);
    drawExportDialog(ctx);
    drawImportNotesDialog(ctx);
    drawPhotoFolderDialog(ctx);
    drawMakeKitsDialog(ctx);
    drawMergeKitsDialog(ctx);
    drawHandInHistory(ctx);
    drawHandInSync(ctx);
    drawAboutDialog(ctx);
    drawFileDialogs(ctx);
    drawFileSafetyDialogs(ctx);
    ext::drawFocusRing(toU32(tokens(Appearance::Light).focus),
                       kFocusRingWidth * std::max(1.0f, ImGui::GetFontSize() / 15.0f));
}

} // namespace innspill::ui
