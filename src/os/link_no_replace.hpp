// A second name for a file, refused when the name exists: the no-replace
// half of "build beside, move in place". POSIX link() and Windows'
// CreateHardLinkW both refuse an existing target, so no race overwrites a
// file (rename() and MoveFileEx replace).
#pragma once

#include <filesystem>

namespace innspill::os {

// 0 when `to` now names the file `from` names (`from` is left as it is);
// else an errno value: EEXIST when `to` exists; ENOTSUP, EOPNOTSUPP, EPERM or
// EMLINK where the file system has no hard links (FAT, some shares).
int linkNoReplace(const std::filesystem::path& from, const std::filesystem::path& to);

} // namespace innspill::os
