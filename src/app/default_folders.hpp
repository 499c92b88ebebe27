// Where new events, opened files and exports start by default: the open
// event's folder, else the folder last used, else the person's Documents
// folder's "Innspill" subfolder (made when first needed). A development run
// from a checkout puts the repository's sessions/ and exports/ in place of
// Documents, so the demo keeps its folders. Documents is the XDG user
// directory ($XDG_CONFIG_HOME/user-dirs.dirs, XDG_DOCUMENTS_DIR) on Linux and
// ~/Documents elsewhere; issue 18 adds Windows' known folder here.
#pragma once

#include <filesystem>
#include <string_view>

namespace innspill::app {

// XDG_DOCUMENTS_DIR from the text of a user-dirs.dirs file
// (XDG_DOCUMENTS_DIR="$HOME/Dokumenter"), "$HOME" expanded to `home`; empty
// when the file does not name it, or names $HOME itself (xdg-user-dirs' way
// of saying the folder is switched off).
std::filesystem::path documentsFromUserDirs(std::string_view userDirs,
                                            const std::filesystem::path& home);

// This person's Documents folder: the environment's XDG_DOCUMENTS_DIR, else
// user-dirs.dirs under $XDG_CONFIG_HOME (or ~/.config), else ~/Documents.
// Empty without a home folder.
std::filesystem::path documentsFolder();

// The subfolder of Documents the app keeps its files in by default.
inline constexpr const char* kDocumentsSubfolder = "Innspill";

// The default folder: the first of `openEvent`'s folder (when an event is
// open and saved), `lastFolder` and `fallback` that is an existing folder;
// `fallback` (the checkout's folder or Documents/Innspill) is created when
// it is missing and nothing before it exists. Empty when none can be had.
std::filesystem::path defaultFolder(const std::filesystem::path& openEvent,
                                    const std::filesystem::path& lastFolder,
                                    const std::filesystem::path& fallback);

} // namespace innspill::app
