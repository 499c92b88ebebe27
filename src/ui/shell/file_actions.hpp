// The File menu's actions and their dialogs: New (title + file), Open, Open
// recent, Save a copy as, Close and Quit, the error dialog, and the question
// asked when changes could not be written ("save a copy first?"). There is no
// Save: every change is written as it happens (app::EventSession).
#pragma once

#include "ui/shell/file_browser.hpp"

#include <filesystem>
#include <string>

namespace innspill::ui {

struct AppContext;

// What the file browser was opened for.
enum class BrowserPurpose { None, Open, SaveCopy, NewEventFile };

// Actions that would drop changes that are not on disk yet.
enum class GuardedAction { None, New, Open, OpenPath, Close, Quit };

struct NewEventForm {
    bool requested = false; // the dialog opens on the next frame
    std::string title;
    std::string path;        // the event file to create
    bool pathEdited = false; // typed or chosen: stop following the title
    bool overwrite = false;  // the person agreed to replace an existing file
    std::string error;
};

struct FileActionsState {
    // The repository's sessions/ when running from a checkout (the demo; the
    // browser's "sessions/" shortcut), else empty. Set by the platform.
    std::filesystem::path sessionsFolder;
    // Documents/Innspill: the last default when no event is open and no folder
    // was used yet (app/default_folders.hpp). Set by the platform.
    std::filesystem::path documentsFolder;

    FileBrowserState browser;
    BrowserPurpose purpose = BrowserPurpose::None;
    NewEventForm newEvent;

    bool errorRequested = false;
    const char* errorTitleKey = "files.errorTitle";
    std::string errorMessage;

    // The action waiting for an answer to "changes are not saved".
    GuardedAction pending = GuardedAction::None;
    std::filesystem::path pendingPath;
    bool unsavedRequested = false;
    bool continueAfterCopy = false; // a saved copy answers the question: go on

    bool quitConfirmed = false; // the frame loop ends the program
};

// Popup names, shared with tests.
inline constexpr const char* kNewEventPopup = "###newEvent";
inline constexpr const char* kErrorPopup = "###error";
inline constexpr const char* kUnsavedPopup = "###unsaved";

void startNewEvent(AppContext& ctx);
void startOpen(AppContext& ctx);
void openPath(AppContext& ctx, const std::filesystem::path& path); // Open recent
void startSaveCopy(AppContext& ctx);
void closeEvent(AppContext& ctx);
// Quit: at once when everything is saved, otherwise after asking.
void requestQuit(AppContext& ctx);

// Remembers `folder` as where the next file browser starts (settings).
void rememberLastFolder(AppContext& ctx, const std::filesystem::path& folder);

// Shows `message` (one line for people) in a dialog titled by `titleKey`.
void showError(AppContext& ctx, const char* titleKey, std::string message);

// Draws the dialogs (file browser, new event, error, unsaved changes); call
// once per frame at the top level, outside any window.
void drawFileDialogs(AppContext& ctx);

// A file name made from an event title: no / \ : * ? " < > | or control
// characters, at most 80 bytes, "arrangement" when nothing is left.
std::string fileNameFromTitle(const std::string& title);

// Where a file browser or a new file starts: the open event's folder, else
// the folder last used, else sessions/ when running from a checkout, else
// Documents/Innspill (created then). Empty only when none of them can be had.
std::filesystem::path defaultFolder(const AppContext& ctx);

} // namespace innspill::ui
