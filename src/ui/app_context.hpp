// Everything a panel needs, passed by reference from the frame loop: the open
// event (if any), the UI language, fonts, the selection and each panel's own
// state. No globals: two contexts (e.g. two test cases) never share state.
#pragma once

#include "app/event_session.hpp"
#include "model/event.hpp"
#include "model/id.hpp"
#include "ui/font_roles.hpp"
#include "ui/group_view.hpp"
#include "ui/item_recorder.hpp"
#include "ui/main_window.hpp"
#include "ui/overview_panel.hpp"
#include "ui/programme_panel.hpp"
#include "ui/strings.hpp"

namespace innspill::ui {

// What the person has picked; shared because one panel picks and others show.
struct Selection {
    model::Id group; // empty: nothing selected
};

struct AppContext {
    // May be null: no event open. Not owned.
    app::EventSession* session = nullptr;
    Language language = Language::Nb;
    FontRoles fonts;
    Selection selection;

    MainWindowState mainWindow;
    OverviewPanelState overview;
    ProgrammePanelState programme;
    GroupViewState groupView;

    // Off in the app; tests switch it on to find and click items.
    ItemRecorder itemRects;

    const char* tr(const char* key) const { return ui::tr(language, key); }
    const model::Event* event() const { return session ? &session->event() : nullptr; }
};

} // namespace innspill::ui
