// Folder listing and small file-system operations for the file browser.
#include "app/file_listing.hpp"

#include "os/user_folders.hpp"
#include "os/utf8_path.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <system_error>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

char lowerAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// "rapport 2" before "rapport 10", "Arkiv" beside "arkiv": digit runs compare
// by value, letters without ASCII case; bytes beyond ASCII (æøå) by value,
// which keeps UTF-8 names in a stable order.
bool naturalLess(const std::string& a, const std::string& b) {
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            size_t endA = i;
            size_t endB = j;
            while (endA < a.size() && isDigit(a[endA])) {
                ++endA;
            }
            while (endB < b.size() && isDigit(b[endB])) {
                ++endB;
            }
            // Compare the runs as numbers without overflow: skip leading
            // zeros, then the longer run is larger, then digit by digit.
            size_t startA = i;
            size_t startB = j;
            while (startA + 1 < endA && a[startA] == '0') {
                ++startA;
            }
            while (startB + 1 < endB && b[startB] == '0') {
                ++startB;
            }
            const size_t lengthA = endA - startA;
            const size_t lengthB = endB - startB;
            if (lengthA != lengthB) {
                return lengthA < lengthB;
            }
            const int digits = a.compare(startA, lengthA, b, startB, lengthB);
            if (digits != 0) {
                return digits < 0;
            }
            i = endA;
            j = endB;
            continue;
        }
        const char ca = lowerAscii(a[i]);
        const char cb = lowerAscii(b[j]);
        if (ca != cb) {
            return static_cast<unsigned char>(ca) < static_cast<unsigned char>(cb);
        }
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j) {
        return a.size() - i < b.size() - j;
    }
    return a < b; // same but for case: a stable, total order
}

// `message` with its {reason} filled from `error`: a catalogue word for the
// common ones, the system's text for the rest.
lang::Message withReason(lang::Message message, const std::error_code& error) {
    if (error == std::errc::permission_denied || error == std::errc::operation_not_permitted) {
        return message.withWord("reason", "folder.reason.noAccess");
    }
    if (error == std::errc::no_such_file_or_directory) {
        return message.withWord("reason", "folder.reason.missing");
    }
    if (error == std::errc::not_a_directory) {
        return message.withWord("reason", "folder.reason.notFolder");
    }
    if (error == std::errc::file_exists) {
        return message.withWord("reason", "folder.reason.exists");
    }
    if (error == std::errc::no_space_on_device) {
        return message.withWord("reason", "fileError.diskFull");
    }
    if (error == std::errc::read_only_file_system) {
        return message.withWord("reason", "folder.reason.readOnlyDisk");
    }
    return message.with("reason", error.message());
}

std::int64_t secondsSinceEpoch(fs::file_time_type time) {
    const auto system = std::chrono::file_clock::to_sys(time);
    return std::chrono::duration_cast<std::chrono::seconds>(system.time_since_epoch()).count();
}

} // namespace

bool matchesExtension(const std::string& name, const std::vector<std::string>& extensions) {
    if (extensions.empty()) {
        return true;
    }
    for (const std::string& extension : extensions) {
        if (name.size() < extension.size()) {
            continue;
        }
        const size_t start = name.size() - extension.size();
        bool same = true;
        for (size_t k = 0; k < extension.size() && same; ++k) {
            same = lowerAscii(name[start + k]) == lowerAscii(extension[k]);
        }
        if (same) {
            return true;
        }
    }
    return false;
}

FolderListing listFolder(const fs::path& folder, const std::vector<std::string>& extensions,
                         bool showHidden) {
    FolderListing listing;
    listing.folder = folder;
    std::error_code error;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    if (error) {
        listing.error =
            withReason(lang::message("folder.cannotRead", {{"folder", folder.string()}}), error);
        return listing;
    }
    for (; it != fs::directory_iterator(); it.increment(error)) {
        if (error) {
            // The folder changed or went away under us: show what was read.
            listing.error = withReason(
                lang::message("folder.cannotReadAll", {{"folder", folder.string()}}), error);
            break;
        }
        const fs::directory_entry& entry = *it;
        std::string name = entry.path().filename().string();
        if (!showHidden && !name.empty() && name.front() == '.') {
            continue;
        }
        std::error_code statError;
        // Follows symbolic links: a link to a folder is a folder to people.
        const fs::file_status status = entry.status(statError);
        if (statError) {
            continue;
        }
        FileEntry item;
        item.isFolder = fs::is_directory(status);
        if (!item.isFolder && !fs::is_regular_file(status)) {
            continue; // sockets, devices, broken links: nothing to open or overwrite
        }
        if (!item.isFolder && !matchesExtension(name, extensions)) {
            continue;
        }
        if (!item.isFolder) {
            item.size = entry.file_size(statError);
            if (statError) {
                item.size = 0;
            }
        }
        const auto modified = entry.last_write_time(statError);
        item.modified = statError ? 0 : secondsSinceEpoch(modified);
        item.name = std::move(name);
        listing.entries.push_back(std::move(item));
    }
    std::sort(listing.entries.begin(), listing.entries.end(),
              [](const FileEntry& a, const FileEntry& b) {
                  if (a.isFolder != b.isFolder) {
                      return a.isFolder;
                  }
                  return naturalLess(a.name, b.name);
              });
    return listing;
}

PathKind pathKind(const fs::path& path) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
        return PathKind::Missing;
    }
    if (fs::is_directory(status)) {
        return PathKind::Folder;
    }
    return fs::is_regular_file(status) ? PathKind::File : PathKind::Other;
}

lang::Message createFolder(const fs::path& parent, const std::string& name) {
    if (name.find_first_not_of(" \t") == std::string::npos) {
        return lang::message("folder.needsName");
    }
    if (name == "." || name == ".." || name.find('/') != std::string::npos ||
        name.find('\\') != std::string::npos || name.find('\0') != std::string::npos) {
        return lang::message("folder.badName", {{"name", name}});
    }
    const fs::path target = parent / os::pathFromUtf8(name);
    std::error_code error;
    if (fs::exists(target, error)) {
        return lang::message("folder.exists", {{"name", name}, {"parent", parent.string()}});
    }
    if (!fs::create_directory(target, error) || error) {
        return withReason(
            lang::message("folder.cannotCreate", {{"name", name}, {"parent", parent.string()}}),
            error ? error : std::make_error_code(std::errc::io_error));
    }
    return {};
}

fs::path homeFolder() {
    fs::path home = os::userFolder(os::UserFolder::Home);
    return home.empty() ? fs::path("/") : home;
}

fs::path absoluteFolderPath(const fs::path& path) {
    std::error_code error;
    fs::path absolute = fs::absolute(path, error);
    if (error) {
        absolute = path;
    }
    absolute = absolute.lexically_normal();
    // "/a/b/" normalises to "/a/b/" (empty filename): drop the separator so
    // parent_path() goes up one folder, but keep the root itself.
    if (!absolute.has_filename() && absolute.has_relative_path()) {
        absolute = absolute.parent_path();
    }
    return absolute;
}

} // namespace innspill::app
