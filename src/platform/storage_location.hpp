// Where a file lives, as far as SQLite's locking is concerned: on a local
// disk, on a network file system (CIFS/SMB, NFS, sshfs, WebDAV…), or in a
// folder a cloud-sync client copies behind the app's back (Dropbox,
// OneDrive, Nextcloud, ownCloud, Google Drive, iCloud). The parsing is a
// pure function of /proc/self/mountinfo's text (of a Windows path and what
// the system says of its drive), so tests feed it fixtures.
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

// The same for a Windows path (UTF-8, \ or / between names), a pure function
// so that tests run on every system: UNC names (\\server\share\…,
// \\?\UNC\server\share\…) and paths on a drive the system calls remote
// (`remoteDrive`: a mapped network drive) are on the network; a path inside
// one of `syncRoots` (OneDrive's folders and the SharePoint libraries it
// syncs) or under a folder named like a sync client is cloud-synced. Names
// compare without case, as Windows does.
StorageLocation classifyWindowsStorage(std::string_view path, bool remoteDrive,
                                       const std::vector<std::string>& syncRoots);

// The same for this process. POSIX: the mounts of /proc/self/mountinfo.
// Windows: the drive's type (os::onRemoteDrive) and the sync clients'
// folders (os::cloudSyncRoots).
StorageLocation storageLocationOf(const std::filesystem::path& path);

} // namespace innspill::platform
