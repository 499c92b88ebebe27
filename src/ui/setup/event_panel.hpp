// The event panel ("Arrangement"): every field of the event header — the
// report's front page, about text, place and dates, organisers, report
// language and the words the report prints. Typing is saved as it happens.
#pragma once

#include "ui/setup/setup_fields.hpp"

namespace innspill::ui {

struct AppContext;

struct EventPanelState {
    DraftMap drafts;       // dates typed that are not (yet) valid
    AddField newQuestion;  // the "add a guiding question" field
    AddField newOrganiser; // the "add an organiser" field
    ProseFieldState about; // the about text, wrapped as it is typed
};

void drawEventPanel(AppContext& ctx);

} // namespace innspill::ui
