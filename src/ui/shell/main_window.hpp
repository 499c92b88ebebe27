// The application shell: menu bar on top, status bar at the bottom, and
// between them one full-viewport window with a tab per organiser panel
// (Oversikt, Arrangement, Program, Tema, Personer, Veggen). The Oversikt tab
// is the read-only overview with the programme and group view side by side.
// Also the shell's dialogs (file browser, new event, errors, unsaved changes)
// and what the frame loop asks of it (quit, when to wake up).
#pragma once

#include "app/recent_events.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/shell/status_bar.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::ui {

struct AppContext;

// Window and region names, shared with tests (ImGui::FindWindowByName). The
// "###" part keeps the window's identity fixed whatever its visible title.
inline constexpr const char* kMainWindowName = "Innspill###main";
inline constexpr const char* kProgrammeRegion = "programme";
inline constexpr const char* kGroupRegion = "group";

// A tab of the main window; `id` is stable (settings, menus, tests), the
// label follows the language.
struct ShellTab {
    const char* id;
    const char* labelKey;
    void (*draw)(AppContext&);
    const char* icon = nullptr; // ui/widgets/icons.hpp, before the label
};

// The tabs, in order. The first is shown when nothing else is asked for.
std::span<const ShellTab> shellTabs();

struct MainWindowState {
    // The programme's share of the width below the overview; the splitter
    // between the two regions moves it.
    float programmeShare = 0.55f;
    // A tab to bring to the front on the next frame (menu, start-up);
    // empty: leave the tab bar alone.
    std::string tabToSelect;
    FileActionsState files;
    StatusBarState status;
    // The start screen's recent events (title, dates, folder), read when the
    // recent list changes; `recentFor` is the list they were read for.
    std::vector<app::RecentEvent> recent;
    std::vector<std::string> recentFor;
};

void drawMainWindow(AppContext& ctx);

// Brings the tab with `id` to the front and remembers it.
void showTab(AppContext& ctx, std::string_view id);

// The window's close button: quits when everything is saved, else asks.
void requestQuitFromWindow(AppContext& ctx);
// True once the person has quit and nothing is left to ask.
bool quitConfirmed(const AppContext& ctx);

// Seconds until the shell needs another frame without input (a retry of
// failed writes, a clock); negative: not until the next input.
double secondsUntilNextFrame(const AppContext& ctx);

} // namespace innspill::ui
