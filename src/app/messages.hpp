// Errors for people: one line naming the file and what went wrong, in the
// form «x.innspill»: filen er skadet (…).
#pragma once

#include <filesystem>
#include <string>

namespace innspill::store {
class FileError;
}
namespace innspill::io {
class ParseError;
}

namespace innspill::app {

std::string describe(const store::FileError& error);
std::string describe(const io::ParseError& error, const std::filesystem::path& source);

} // namespace innspill::app
