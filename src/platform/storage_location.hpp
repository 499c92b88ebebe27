// Where a file lives, as far as SQLite's locking is concerned: on a local
// disk, on a network file system (CIFS/SMB, NFS, sshfs, WebDAV…), or in a
// folder a cloud-sync client copies behind the app's back (Dropbox,
// OneDrive, Nextcloud, ownCloud, Google Drive, iCloud). The parsing is a
// pure function of /proc/self/mountinfo's text, so tests feed it fixtures.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::platform {

struct MountEntry {
    std::string mountPoint; // unescaped (\040 is a space)
    std::string fsType;     // "ext4", "cifs", "fuse.sshfs"…
};

// The entries of a mountinfo text; malformed lines are skipped.
std::vector<MountEntry> parseMountInfo(std::string_view text);

enum class StorageKind { Local, Network, CloudSync };

struct StorageLocation {
    StorageKind kind = StorageKind::Local;
    std::string what; // the file system type, or the sync folder's name
};

// Classifies an absolute `path` against the mounts in `mountInfo`: the
// longest mount point containing it decides the file system; any path
// component naming a known sync folder makes it cloud-synced.
StorageLocation classifyStorage(const std::filesystem::path& path, std::string_view mountInfo);

// The same for this process: reads /proc/self/mountinfo (none elsewhere:
// then only the folder names count).
StorageLocation storageLocationOf(const std::filesystem::path& path);

} // namespace innspill::platform
