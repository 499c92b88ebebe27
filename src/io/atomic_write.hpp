// Writing an output file so that it appears only complete: the content goes
// to a temporary file beside the target, is flushed to disk, then renamed.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace innspill::io {

class WriteError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Throws WriteError with a reason a person can act on (disk full, no access…).
void writeFileAtomically(const std::filesystem::path& path, std::string_view content);

} // namespace innspill::io
