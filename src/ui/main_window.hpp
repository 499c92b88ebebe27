// The main window: one full-viewport ImGui window holding the overview on top
// and the programme and group view side by side below it, with a splitter.
#pragma once

namespace innspill::ui {

struct AppContext;

// Window and region names, shared with tests (ImGui::FindWindowByName). The
// "###" part keeps the window's identity fixed whatever its visible title.
inline constexpr const char* kMainWindowName = "Innspill###main";
inline constexpr const char* kProgrammeRegion = "programme";
inline constexpr const char* kGroupRegion = "group";

struct MainWindowState {
    // The programme's share of the width below the overview; the splitter
    // between the two regions moves it.
    float programmeShare = 0.55f;
};

void drawMainWindow(AppContext& ctx);

} // namespace innspill::ui
