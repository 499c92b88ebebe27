// Everything a panel needs, passed by reference from the frame loop: the open
// event (if any), the UI language, fonts, the selection and each panel's own
// state. No globals: two contexts (e.g. two test cases) never share state.
//
// Who owns what: the desktop frame loop (platform/desktop.cpp) owns the
// app::Workspace, which owns the open app::EventSession; this context only
// points at both. The shell (main_window, file_actions) switches events
// through the workspace and then refreshes `session`, so panels always read
// the current event through `session` and never keep it elsewhere.
#pragma once

#include "app/event_session.hpp"
#include "app/settings.hpp"
#include "app/workspace.hpp"
#include "model/event.hpp"
#include "model/id.hpp"
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
#include "ui/shell/file_safety.hpp"
#include "ui/shell/language.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/shell/search_panel.hpp"
#include "ui/shell/shortcuts.hpp"
#include "ui/synthesis/synthesis_panel.hpp"
#include "ui/votes/voting_panel.hpp"
#include "ui/wall/projector_view.hpp"
#include "ui/wall/wall_panel.hpp"
#include "ui/widgets/font_roles.hpp"
#include "ui/widgets/item_recorder.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <vector>

namespace innspill::ui {

// What the person has picked; shared because one panel picks and others show.
struct Selection {
    model::Id group; // empty: nothing selected
};

// Every panel's state about the open event (selection, scroll, filters,
// drafts, open rows): forgotten as a whole when another event is opened,
// created or closed (AppContext::resetEventState), so a panel state added
// here can never be left out of a hand-kept list of resets. Per-app state
// (language, fonts, settings, recent files, the item recorder) stays in
// AppContext itself. A base of AppContext, so panels keep writing
// `ctx.people`, `ctx.capture`…, and `ctx.panels()` names the whole.
struct EventPanels {
    Selection selection;
    OverviewPanelState overview;
    ProgrammePanelState programme;
    GroupViewState groupView;
    PeoplePanelState people;
    EventPanelState eventPanel;
    ProgrammeEditorState programmeEditor;
    ThemesPanelState themesPanel;
    CapturePanelState capture;
    SearchPanelState search;
    WallPanelState wall;
    SynthesisPanelState synthesis;
    HandInHistoryState handInHistory;
    // The watched hand-in folder belongs to the event it takes kits into.
    HandInWatchState handInWatch;
    OutboxChoiceState outboxChoice;
    VotingPanelState voting;
};

struct AppContext : EventPanels {
    // May be null: no event open. Not owned (see above).
    app::EventSession* session = nullptr;
    // The owner of `session`; null when a test draws panels on its own
    // session (then the shell cannot open, create or close events).
    app::Workspace* workspace = nullptr;
    Language language = Language::Nb;
    // The user's settings (language, zoom, tab, recent files…). Whoever
    // changes them calls settingsChanged(); the frame loop saves them.
    app::Settings settings;
    bool settingsDirty = false;
    ShortcutKeys keys;
    // The marketplace wall's projector mode: set by the wall panel; while it
    // is set the platform shows the window full screen and the shell draws
    // only the projector view (Escape clears it).
    bool wantProjector = false;
    // Frames are drawn only when input arrives. Something that changes on
    // its own (a retry timer, a round clock) calls wakeIn() every frame it
    // needs a later one; drawMainWindow resets it at the start of a frame.
    double wakeAfter = -1.0;
    // Wakes the waiting frame loop from any thread (the platform sets it to
    // glfwPostEmptyEvent); a background export calls it when it ends. Empty
    // in tests and headless tools.
    std::function<void()> wakeFromAnyThread;
    // Where an event file lives (network share, cloud-sync folder); the
    // platform sets it. Empty in tests that do not care: no warning.
    StorageCheck checkStorage;
    FontRoles fonts;
    // Uploads RGBA pixels as a texture for ImGui::Image (photos) and frees
    // one; the platform sets them (OpenGL). Empty in tests: no pixels, 0.
    std::function<unsigned long long(const std::string& rgba, int width, int height)> uploadTexture;
    std::function<void(unsigned long long)> releaseTexture;
    // Files dropped onto the window since the last frame (the platform adds
    // them); drawMainWindow hands them to filesDropped.
    std::vector<std::filesystem::path> dropped;

    MainWindowState mainWindow;
    // "My group" survives switching events (it names its event); the shell
    // keeps it in the settings.
    CapturePin capturePin;
    // Only the page belongs to the event; light or dark stays as chosen.
    ProjectorViewState projector;
    ExportDialogState exportDialog;
    ImportNotesDialogState importNotes;
    FileSafetyState fileSafety;
    MakeKitsDialogState makeKits;
    MergeKitsDialogState mergeKits;
    AboutDialogState about; // not per event: resetEventState leaves it

    // Off in the app; tests switch it on to find and click items.
    ItemRecorder itemRects;

    const char* tr(const char* key) const { return lang::tr(language, key); }
    void settingsChanged() { settingsDirty = true; }
    void wakeIn(double seconds) {
        wakeAfter = wakeAfter < 0.0 ? seconds : std::min(wakeAfter, seconds);
    }
    EventPanels& panels() { return *this; }
    const EventPanels& panels() const { return *this; }

    // After switching to another event: forget what belonged to the old one.
    void resetEventState() {
        panels() = {};
        projector.page = 0;
        // These dialogs also hold what outlives an event (a running export,
        // the folders last used), so each forgets only its event's part.
        exportDialog.forgetEvent();
        importNotes.forgetEvent();
        makeKits.forgetEvent();
        mergeKits.forgetEvent();
    }
    const model::Event* event() const { return session ? &session->event() : nullptr; }
};

} // namespace innspill::ui
