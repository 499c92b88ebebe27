// path(std::u8string) on Windows, path(std::string) elsewhere.
#include "os/utf8_path.hpp"

namespace innspill::os {

std::filesystem::path pathFromUtf8(std::string_view text) {
#ifdef _WIN32
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
#else
    return std::filesystem::path(std::string(text));
#endif
}

std::filesystem::path withSuffix(std::filesystem::path path, std::string_view suffix) {
    path += pathFromUtf8(suffix);
    return path;
}

} // namespace innspill::os
