// Reading a whole input file (an archive, notes, a participant list) with the
// checks a person needs explained: missing, a folder, too big, no access.
#pragma once

#include "lang/message.hpp"

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace innspill::io {

class ReadError : public lang::MessageError {
  public:
    using lang::MessageError::MessageError;
};

// Throws ReadError with one line naming the file and the reason.
std::string readInputFile(const std::filesystem::path& path, std::uintmax_t maxBytes);

} // namespace innspill::io
