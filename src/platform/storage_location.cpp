// Network file systems and cloud-sync folders, from mountinfo and the path.
#include "platform/storage_location.hpp"

#include "os/remote_drive.hpp"
#include "os/sync_roots.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <sstream>

namespace innspill::platform {

namespace fs = std::filesystem;

namespace {

// File systems whose locking SQLite cannot rely on.
constexpr std::array kNetworkTypes{
    std::string_view("cifs"),
    std::string_view("smb3"),
    std::string_view("smbfs"),
    std::string_view("nfs"),
    std::string_view("nfs4"),
    std::string_view("afs"),
    std::string_view("9p"),
    std::string_view("fuse.sshfs"),
    std::string_view("sshfs"),
    std::string_view("davfs"),
    std::string_view("fuse.davfs"),
    std::string_view("fuse.rclone"),
    std::string_view("fuse.gvfsd-fuse"),
    std::string_view("ncpfs"),
    std::string_view("glusterfs"),
    std::string_view("fuse.glusterfs"),
    std::string_view("ceph"),
    std::string_view("fuse.s3fs"),
};

// Folder names of sync clients, compared without case; a name that starts
// with one ("Dropbox (Firma)", "OneDrive - Org", "Nextcloud2") counts too.
constexpr std::array kSyncFolders{
    std::string_view("Dropbox"),          std::string_view("OneDrive"),
    std::string_view("Nextcloud"),        std::string_view("ownCloud"),
    std::string_view("Google Drive"),     std::string_view("GoogleDrive"),
    std::string_view("iCloud Drive"),     std::string_view("iCloudDrive"),
    std::string_view("Mobile Documents"), // ~/Library/Mobile Documents (iCloud on macOS)
    std::string_view("pCloudDrive"),      std::string_view("Seafile"),
};

std::string lower(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

// Windows compares names without case: ASCII and the Latin-1 capitals
// (À–Þ, so Æ Ø Å) folded here, which is what Norwegian folder names need.
std::string foldCase(std::string_view text) {
    std::string result = lower(text);
    for (size_t i = 0; i + 1 < result.size(); ++i) {
        const auto lead = static_cast<unsigned char>(result[i]);
        const auto next = static_cast<unsigned char>(result[i + 1]);
        if (lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
            result[i + 1] = static_cast<char>(next + 0x20);
        }
    }
    return result;
}

// mountinfo escapes space, tab, newline and backslash as \ooo.
std::string unescape(std::string_view field) {
    std::string result;
    for (size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() &&
            std::isdigit(static_cast<unsigned char>(field[i + 1])) &&
            std::isdigit(static_cast<unsigned char>(field[i + 2])) &&
            std::isdigit(static_cast<unsigned char>(field[i + 3]))) {
            result += static_cast<char>((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 +
                                        (field[i + 3] - '0'));
            i += 3;
        } else {
            result += field[i];
        }
    }
    return result;
}

bool isSyncFolderName(std::string_view folderName) {
    const std::string name = lower(folderName);
    return std::any_of(kSyncFolders.begin(), kSyncFolders.end(),
                       [&](std::string_view folder) { return name.rfind(lower(folder), 0) == 0; });
}

// The names of a Windows path, "." and ".." resolved, after the long-path
// prefix (\\?\, \\.\); `unc` says whether it names a share (\\server\share,
// \\?\UNC\server\share), whose first two names are then server and share.
std::vector<std::string> windowsNames(std::string_view path, bool* unc) {
    std::string text(path);
    std::replace(text.begin(), text.end(), '/', '\\');
    bool share = false;
    if (text.rfind("\\\\?\\", 0) == 0 || text.rfind("\\\\.\\", 0) == 0) {
        text.erase(0, 4);
        if (lower(text.substr(0, 4)) == "unc\\") {
            text.erase(0, 4);
            share = true;
        }
    } else if (text.rfind("\\\\", 0) == 0) {
        text.erase(0, 2);
        share = true;
    }
    std::vector<std::string> names;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find('\\', start), text.size());
        const std::string name = text.substr(start, end - start);
        if (name == "..") {
            // Never above the drive or the share.
            if (names.size() > (share ? 2u : 1u)) {
                names.pop_back();
            }
        } else if (!name.empty() && name != ".") {
            names.push_back(name);
        }
        start = end + 1;
    }
    if (unc != nullptr) {
        *unc = share;
    }
    return names;
}

bool isNetworkType(std::string_view type) {
    return std::find(kNetworkTypes.begin(), kNetworkTypes.end(), type) != kNetworkTypes.end();
}

// Whether `mountPoint` contains `path` (both absolute, lexically normal).
bool contains(const std::string& mountPoint, const std::string& path) {
    if (mountPoint == "/") {
        return true;
    }
    return path.compare(0, mountPoint.size(), mountPoint) == 0 &&
           (path.size() == mountPoint.size() || path[mountPoint.size()] == '/');
}

} // namespace

std::vector<MountEntry> parseMountInfo(std::string_view text) {
    std::vector<MountEntry> entries;
    std::istringstream lines{std::string(text)};
    std::string line;
    while (std::getline(lines, line)) {
        // id parent major:minor root mountpoint options [optional…] - fstype source superoptions
        std::istringstream fields(line);
        std::vector<std::string> parts;
        std::string part;
        while (fields >> part) {
            parts.push_back(part);
        }
        const auto dash = std::find(parts.begin(), parts.end(), "-");
        if (parts.size() < 5 || dash == parts.end() || dash + 1 == parts.end() ||
            dash - parts.begin() < 6) {
            continue;
        }
        entries.push_back(MountEntry{unescape(parts[4]), *(dash + 1)});
    }
    return entries;
}

StorageLocation classifyStorage(const fs::path& path, std::string_view mountInfo) {
    const fs::path normal = path.lexically_normal();
    const std::string text = normal.generic_string(); // mountinfo's "/", on every system
    const std::vector<MountEntry> mounts = parseMountInfo(mountInfo);
    const MountEntry* best = nullptr;
    for (const MountEntry& entry : mounts) {
        // Later entries mount over earlier ones at the same point.
        if (contains(entry.mountPoint, text) &&
            (best == nullptr || entry.mountPoint.size() >= best->mountPoint.size())) {
            best = &entry;
        }
    }
    if (best != nullptr && isNetworkType(best->fsType)) {
        return StorageLocation{StorageKind::Network, best->fsType};
    }
    for (const fs::path& component : normal.parent_path()) {
        if (isSyncFolderName(component.string())) {
            return StorageLocation{StorageKind::CloudSync, component.string()};
        }
    }
    return {};
}

StorageLocation classifyWindowsStorage(std::string_view path, bool remoteDrive,
                                       const std::vector<std::string>& syncRoots) {
    bool unc = false;
    const std::vector<std::string> names = windowsNames(path, &unc);
    if (unc) {
        // \\server\share: the share is what the warning names.
        std::string share = "\\\\";
        for (size_t i = 0; i < names.size() && i < 2; ++i) {
            share += (i == 0 ? "" : "\\") + names[i];
        }
        return StorageLocation{StorageKind::Network, share};
    }
    if (remoteDrive && !names.empty()) {
        return StorageLocation{StorageKind::Network, names.front()};
    }
    for (const std::string& root : syncRoots) {
        const std::vector<std::string> rootNames = windowsNames(root, nullptr);
        if (!rootNames.empty() && names.size() > rootNames.size() &&
            std::equal(rootNames.begin(), rootNames.end(), names.begin(),
                       [](const std::string& a, const std::string& b) {
                           return foldCase(a) == foldCase(b);
                       })) {
            return StorageLocation{StorageKind::CloudSync, rootNames.back()};
        }
    }
    for (size_t i = 0; i + 1 < names.size(); ++i) {
        if (isSyncFolderName(names[i])) {
            return StorageLocation{StorageKind::CloudSync, names[i]};
        }
    }
    return {};
}

StorageLocation storageLocationOf(const fs::path& path) {
    std::error_code error;
    fs::path absolute = fs::weakly_canonical(fs::absolute(path, error), error);
    if (error) {
        absolute = path;
    }
#ifdef _WIN32
    std::vector<std::string> roots;
    for (const fs::path& root : os::cloudSyncRoots()) {
        roots.push_back(root.string());
    }
    return classifyWindowsStorage(absolute.string(), os::onRemoteDrive(absolute), roots);
#else
    std::ifstream in("/proc/self/mountinfo");
    std::ostringstream text;
    if (in) {
        text << in.rdbuf();
    }
    return classifyStorage(absolute, text.str());
#endif
}

} // namespace innspill::platform
