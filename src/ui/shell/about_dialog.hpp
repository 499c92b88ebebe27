// Hjelp → Om Innspill (Help → About Innspill): a small modal with the
// program's name, version, what it is for, its licence and the libraries and
// fonts it is built with, each with its licence.
#pragma once

namespace innspill::ui {

struct AppContext;

// Lives in AppContext; not reset when the event changes (it is about the app).
struct AboutDialogState {
    bool openRequested = false;
};

inline constexpr const char* kAboutPopup = "###about";

// The menu item calls this; drawAboutDialog opens the popup on the next
// frame, at the top level where popups belong.
void openAboutDialog(AppContext& ctx);
void drawAboutDialog(AppContext& ctx);

} // namespace innspill::ui
