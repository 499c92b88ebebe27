// Writing an output file so that it appears only complete: the content goes
// to a temporary file beside the target, is flushed to disk, then renamed.
#pragma once

#include "lang/message.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace innspill::io {

class WriteError : public lang::MessageError {
  public:
    using lang::MessageError::MessageError;
};

// Throws WriteError with a reason a person can act on (disk full, no access…).
void writeFileAtomically(const std::filesystem::path& path, std::string_view content);

} // namespace innspill::io
