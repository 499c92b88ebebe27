// Paths from and to UTF-8 text. On Windows std::filesystem::path built from
// a std::string reads the bytes in the C runtime's code page (even with the
// UTF-8 manifest), while path::string() gives UTF-8: a name with æøå built
// from text must go through char8_t. On POSIX both are the bytes as they are.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace innspill::os {

// The path named by UTF-8 text (a file name, a typed or stored path).
std::filesystem::path pathFromUtf8(std::string_view text);

// `path` with `suffix` (UTF-8) added to its last name, as "Møte.innspill" +
// "-wal": path::string() + suffix would be read back in the code page.
std::filesystem::path withSuffix(std::filesystem::path path, std::string_view suffix);

} // namespace innspill::os
