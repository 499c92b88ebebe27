// Whole-file reads with clear refusals.
#include "io/read_file.hpp"

#include <fstream>
#include <sstream>

namespace innspill::io {

namespace fs = std::filesystem;

std::string readInputFile(const fs::path& path, std::uintmax_t maxBytes) {
    // "kan ikke lese «x»: <reason>", the reason a word of the catalogue.
    const auto refuse = [&](const char* reason, std::string size = {}) {
        return ReadError(
            lang::message("readError.cannotRead", {{"file", path.string()}, {"size", size}})
                .withWord("reason", reason));
    };
    std::error_code error;
    if (!fs::exists(path, error)) {
        throw refuse("readError.notFound");
    }
    if (fs::is_directory(path, error)) {
        throw refuse("readError.isFolder");
    }
    if (fs::file_size(path, error) > maxBytes) {
        throw refuse("readError.tooLarge", std::to_string(maxBytes / (1024 * 1024)));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw refuse("readError.noAccess");
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        throw refuse("readError.readFailed");
    }
    return content.str();
}

} // namespace innspill::io
