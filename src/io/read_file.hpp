// Reading a whole input file (an archive, notes, a participant list) with the
// checks a person needs explained: missing, a folder, too big, no access.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace innspill::io {

class ReadError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Throws ReadError with one line naming the file and the reason.
std::string readInputFile(const std::filesystem::path& path, std::uintmax_t maxBytes);

} // namespace innspill::io
