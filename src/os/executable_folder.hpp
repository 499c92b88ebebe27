// The folder the running program was started from. The Windows build ships
// its fonts and assets beside innspill.exe (README "Windows"), so that is
// where it looks for them.
#pragma once

#include <filesystem>

namespace innspill::os {

// GetModuleFileNameW on Windows, /proc/self/exe elsewhere; the empty path
// when the system does not say.
std::filesystem::path executableFolder();

} // namespace innspill::os
