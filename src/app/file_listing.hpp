// What the in-app file browser shows: the folders and files in a folder,
// filtered by extension, and the few file-system operations it needs (what a
// path is, making a folder, the home folder). The UI does no file I/O itself;
// it asks here and shows the answer.
#pragma once

#include "lang/message.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace innspill::app {

struct FileEntry {
    std::string name; // the entry's name within its folder (UTF-8)
    bool isFolder = false;
    std::uintmax_t size = 0;   // bytes; 0 for folders
    std::int64_t modified = 0; // seconds since the Unix epoch; 0 when unknown
};

struct FolderListing {
    std::filesystem::path folder;
    std::vector<FileEntry> entries; // folders first, then files, each in natural order
    lang::Message error;            // one line when the folder could not be read
};

// Lists `folder`. Subfolders are always listed; files only when their name
// ends with one of `extensions` (".innspill"; case-insensitive; an empty
// list lists every file). Names starting with '.' only with `showHidden`.
// Entries that vanish or cannot be examined while listing are skipped.
FolderListing listFolder(const std::filesystem::path& folder,
                         const std::vector<std::string>& extensions, bool showHidden);

enum class PathKind { Missing, File, Folder, Other };
PathKind pathKind(const std::filesystem::path& path);

// Creates `parent`/`name`. Returns an empty string on success, else one line
// for people (a name with '/', an existing entry, no access…).
lang::Message createFolder(const std::filesystem::path& parent, const std::string& name);

// $HOME, or the root folder when it is not set.
std::filesystem::path homeFolder();

// `path` made absolute against the working directory and lexically
// normalised ("a/./b/../c" → "a/c"), without a trailing separator.
std::filesystem::path absoluteFolderPath(const std::filesystem::path& path);

// Whether `name` ends with one of `extensions`, ignoring ASCII case.
bool matchesExtension(const std::string& name, const std::vector<std::string>& extensions);

} // namespace innspill::app
