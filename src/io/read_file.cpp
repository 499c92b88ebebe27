// Whole-file reads with clear refusals.
#include "io/read_file.hpp"

#include <fstream>
#include <sstream>

namespace innspill::io {

namespace fs = std::filesystem;

std::string readInputFile(const fs::path& path, std::uintmax_t maxBytes) {
    const std::string name = "kan ikke lese «" + path.string() + "»: ";
    std::error_code error;
    if (!fs::exists(path, error)) {
        throw ReadError(name + "filen finnes ikke");
    }
    if (fs::is_directory(path, error)) {
        throw ReadError(name + "dette er en mappe");
    }
    if (fs::file_size(path, error) > maxBytes) {
        throw ReadError(name + "filen er over " + std::to_string(maxBytes / (1024 * 1024)) +
                        " MiB");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw ReadError(name + "mangler tilgang");
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        throw ReadError(name + "lesefeil");
    }
    return content.str();
}

} // namespace innspill::io
