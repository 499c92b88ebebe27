// The themes panel ("Tema"): the themes the event serves and its inputs are
// tagged with — add, edit name and description, reorder, remove (asking when
// inputs carry the theme) — and the one-click template of the five pillars.
#pragma once

#include "model/id.hpp"
#include "ui/setup/setup_fields.hpp"

namespace innspill::ui {

struct AppContext;

struct ThemesPanelState {
    AddField newTheme; // the "add a theme" field
    // A tagged theme waiting for the organiser's "remove it?" answer.
    model::Id removalId;
    // The template asked about, because the event already has themes.
    bool confirmTemplate = false;
};

void drawThemesPanel(AppContext& ctx);

} // namespace innspill::ui
