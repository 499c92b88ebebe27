// The Import notes dialog (Fil → Importer notater…): notes written in the
// report's convention, pasted into a box or read from a text file, with a
// preview of exactly what importing will create and change (and every line
// the importer could not place); Import applies it as one undoable change.
//
// Usage: openImportNotesDialog(ctx) from a menu or shortcut;
// drawImportNotesDialog(ctx) every frame at the top level (outside any
// window), like drawFileDialogs.
#pragma once

#include "app/notes_import.hpp"
#include "ui/shell/file_browser.hpp"

#include <optional>
#include <string>

namespace innspill::ui {

struct AppContext;

struct ImportNotesDialogState {
    bool openRequested = false; // the dialog opens on the next frame

    std::string text;       // the paste box (UTF-8)
    std::string sourceName; // the file the text came from; empty: pasted or typed
    app::SourceEncoding sourceEncoding = app::SourceEncoding::Utf8;
    bool sourceEdited = false; // the file's text was edited in the box since
    std::string fileError;     // the last chosen file could not be used
    // The text was replaced from outside the box (a file, Clear): an active
    // ImGui text field would write its own copy back over it.
    bool textReplaced = false;

    // The notes are a published report that named its initiators and
    // facilitators: the import records their consent.
    bool namesPublished = false;

    // The preview: rebuilt a moment after the text stops changing.
    bool planStale = true;
    double editedAt = -1.0e9; // ImGui time of the last edit
    std::optional<app::NotesImport> plan;
    std::string planError;

    // The last import, shown until the text changes.
    bool imported = false;
    size_t importedCreated = 0;
    size_t importedUpdated = 0;

    FileBrowserState browser;
    bool browsing = false;

    // A new event: the preview was made against the old one.
    void forgetEvent() {
        plan.reset();
        planError.clear();
        planStale = true;
        imported = false;
    }
};

// Popup name, shared with tests.
inline constexpr const char* kImportNotesPopup = "###importNotes";

// How long the text must rest before the preview is rebuilt.
inline constexpr double kNotesPreviewDelaySeconds = 0.3;

// Opens the dialog on the next drawImportNotesDialog (needs an open event).
void openImportNotesDialog(AppContext& ctx);

void drawImportNotesDialog(AppContext& ctx);

// What choosing a file in the browser does: reads and decodes it into the
// box, or refuses it (not text, missing…) with fileError. Tests call it too.
void loadNotesFile(AppContext& ctx, const std::filesystem::path& path);

// Imports the box's text into the open event as one change, planned afresh
// against the event as it is now. Returns false when nothing was imported.
bool importNotesNow(AppContext& ctx);

} // namespace innspill::ui
