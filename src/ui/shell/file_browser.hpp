// The in-app file browser, used for every open, save and export (Debian has
// no native file-dialog library that fits an ImGui app): folders and files
// with an extension filter, a typed path, up / home / sessions shortcuts, new
// folder, an overwrite warning when saving, picking a folder, picking several
// files at once (Ctrl+click), and keyboard use (Enter opens, Backspace goes
// up, Escape cancels). The folder listing itself comes from
// app/file_listing.hpp; this file only draws and decides.
//
// Usage:
//   openFileBrowser(state, {.mode = FileBrowserMode::Save, .titleKey = "…", …});
//   … every frame, in the same place:
//   if (drawFileBrowser(ctx, state)) { use(state.chosen, state.overwriteConfirmed); }
#pragma once

#include "app/file_listing.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace innspill::ui {

struct AppContext;

// Open: an existing file (several with multiSelect). Save: a file name,
// asking before an existing file is overwritten. Folder: a folder (the one
// selected in the list, else the one shown).
enum class FileBrowserMode { Open, Save, Folder };

struct FileFilter {
    const char* labelKey = "browser.filterAll"; // catalogue key for the filter's name
    std::vector<std::string> extensions;        // e.g. {".innspill"}; empty: every file
};

struct FileBrowserRequest {
    FileBrowserMode mode = FileBrowserMode::Open;
    const char* titleKey = "browser.titleOpen";
    const char* confirmKey = nullptr; // the confirm button's key; null: Open or Save
    // The first filter is the default. Saving a name without one of the
    // filter's extensions appends its first one.
    std::vector<FileFilter> filters;
    std::filesystem::path folder;         // where to start; else sessionsFolder, else home
    std::filesystem::path sessionsFolder; // the "sessions/" shortcut; empty: no shortcut
    std::string fileName;                 // Save: the suggested file name
    bool multiSelect = false;             // Open: Ctrl+click marks several files
};

struct FileBrowserState {
    FileBrowserRequest request;
    bool openRequested = false; // opened on the next drawFileBrowser call

    std::filesystem::path folder;
    app::FolderListing listing;
    bool showHidden = false;
    int filterIndex = 0;
    int selected = -1;               // index into listing.entries
    std::vector<std::string> marked; // multiSelect: the names of the files marked
    std::string pathText;            // the typed path field
    std::string nameText;            // Save: the file name field
    std::string error;               // the last thing that went wrong, shown until the next action
    bool focusName = false;

    bool newFolderRequested = false;
    std::string newFolderName;
    std::string newFolderError;

    std::filesystem::path overwriteCandidate;
    bool overwriteRequested = false;

    // The result, valid when drawFileBrowser returned true.
    std::filesystem::path chosen;                 // the (first) path chosen
    std::vector<std::filesystem::path> chosenAll; // every path chosen (multiSelect)
    bool overwriteConfirmed = false; // Save: chosen exists and the person said overwrite
};

// Popup and item names, shared with tests.
inline constexpr const char* kFileBrowserPopup = "###fileBrowser";

void openFileBrowser(FileBrowserState& state, FileBrowserRequest request);

// Draws the browser (a modal popup) while it is open. Returns true on the
// frame a path is chosen (state.chosen), then the browser is closed. Call it
// every frame from the same place: ImGui popups belong to an ID stack.
bool drawFileBrowser(AppContext& ctx, FileBrowserState& state);

// The browser opened from inside a dialog (so a popup of it, on its ID
// stack): draws it and returns true on the frame a path is chosen.
// `browsing` — set by the dialog when it opened the browser — goes false
// when the browser is answered or cancelled.
bool drawNestedFileBrowser(AppContext& ctx, FileBrowserState& state, bool& browsing);

// Shows `folder` (re-reading it). For the shortcut buttons and for tests.
void browseTo(FileBrowserState& state, const std::filesystem::path& folder);

// What a typed path means relative to the folder shown: "~" is the home
// folder, a relative path is taken from `folder`. Absolute and normalised.
std::filesystem::path resolveTypedPath(const std::filesystem::path& folder,
                                       const std::string& typed);

} // namespace innspill::ui
