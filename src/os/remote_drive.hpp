// Whether a path lies on a network drive as the system sees it: on Windows a
// drive letter mapped to a share (GetDriveTypeW says DRIVE_REMOTE). UNC
// names (\\server\share) are recognised from the text alone, and POSIX
// systems tell through /proc/self/mountinfo (platform/storage_location).
#pragma once

#include <filesystem>

namespace innspill::os {

// Windows: the drive of `path` (absolute, "X:\…") is a network drive.
// POSIX, and paths with no drive letter: false.
bool onRemoteDrive(const std::filesystem::path& path);

} // namespace innspill::os
