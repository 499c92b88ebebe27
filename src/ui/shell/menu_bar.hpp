// The main menu bar: Fil (File), Rediger (Edit), Vis (View), Innstillinger
// (Settings). Items only set things in motion; the dialogs are drawn by
// drawFileDialogs at the top level, where their popups belong.
#pragma once

#include "ui/shell/language.hpp"

namespace innspill::ui {

struct AppContext;

void drawMenuBar(AppContext& ctx);

// Switches the UI language and remembers it.
void setLanguage(AppContext& ctx, Language language);

} // namespace innspill::ui
