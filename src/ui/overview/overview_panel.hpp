// The event overview at the top of the main window: title, subtitle, place,
// dates, rooms, counts and the guiding questions.
#pragma once

namespace innspill::ui {

struct AppContext;

struct OverviewPanelState {
    // The details (fields and guiding questions) fold away to give the
    // programme room on small screens; the title always stays.
    bool showDetails = true;
};

void drawOverviewPanel(AppContext& ctx);

} // namespace innspill::ui
