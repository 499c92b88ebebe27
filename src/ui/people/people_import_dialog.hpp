// The participant import dialog: pick a file (through the in-app file
// browser or a typed path) or paste text copied from a spreadsheet, see a
// preview of exactly who is created or updated and which rows are skipped
// and why, then import the good rows as one undoable change.
#pragma once

#include "app/participants_import.hpp"
#include "ui/shell/file_browser.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace innspill::ui {

struct AppContext;

enum class ImportSource { File, Paste };

// One line of the preview: a planned person or a row error, in file order.
struct ImportPreviewLine {
    size_t line = 0;
    int planned = -1; // index into plan.people
    int error = -1;   // index into plan.errors
};

struct PeopleImportState {
    bool openRequested = false;
    ImportSource source = ImportSource::File;
    std::string path;      // typed, or chosen in the browser
    std::string pasted;    // text pasted into the dialog
    std::string readFrom;  // what the preview was read from (file name), for the summary
    std::string readError; // the file could not be read: why (in the UI language)
    std::optional<app::ParticipantsImportPlan> plan;
    std::vector<ImportPreviewLine> preview;
    uint64_t planFingerprint = 0; // the register the plan was made against
    bool onlyProblems = false;    // the preview shows only skipped rows
    FileBrowserState browser;
};

// Popup name, shared with tests.
inline constexpr const char* kPeopleImportPopup = "###peopleImport";

void openPeopleImport(AppContext& ctx);
// Draws the dialog while it is open; call every frame from the people panel.
// Returns true in the frame an import was applied.
bool drawPeopleImportDialog(AppContext& ctx);

} // namespace innspill::ui
