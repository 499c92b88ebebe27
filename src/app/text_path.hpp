// Paths from text (what people type, file names made from titles, folders
// kept in the settings), for the layers above app that do not see src/os.
// On Windows std::filesystem::path(std::string) reads the bytes in the C
// runtime's code page, not as UTF-8 (os/utf8_path.hpp).
#pragma once

#include "os/utf8_path.hpp"

namespace innspill::app {

using os::pathFromUtf8;
using os::withSuffix;

} // namespace innspill::app
