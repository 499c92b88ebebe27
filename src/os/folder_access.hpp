// Whether this user may make files in a folder, asked before long work
// (the write itself still checks).
#pragma once

#include <filesystem>

namespace innspill::os {

// access(W_OK) on POSIX; on Windows the folder's read-only attribute
// (_waccess), since permissions there show only when writing.
bool folderWritable(const std::filesystem::path& folder);

} // namespace innspill::os
