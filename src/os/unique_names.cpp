// mkstemps/mkdtemp, or random names created exclusively.
#include "os/unique_names.hpp"

#include <string>

#ifdef _WIN32
#include "os/new_file.hpp"

#include <cerrno>
#include <random>
#include <windows.h>
#else
#include <cstdlib>
#include <unistd.h>
#endif

namespace innspill::os {

namespace fs = std::filesystem;

#ifdef _WIN32

namespace {
// Six characters of [a-z0-9] (mkstemp's length), from the system's random
// source.
std::string randomPart() {
    static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device device;
    std::string part(6, 'x');
    for (auto& c : part) {
        c = kChars[device() % (sizeof kChars - 1)];
    }
    return part;
}

fs::path named(const fs::path& folder, std::string_view prefix, std::string_view suffix) {
    const std::string name = std::string(prefix) + randomPart() + std::string(suffix);
    return folder / fs::path(std::u8string(name.begin(), name.end()));
}
} // namespace

fs::path makeUniqueFile(const fs::path& folder, std::string_view prefix, std::string_view suffix) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path path = named(folder, prefix, suffix);
        NewFile file(path);
        if (file.error() == 0 && file.close() == 0) {
            return path;
        }
        if (file.error() != EEXIST) {
            return {};
        }
    }
    return {};
}

fs::path makeUniqueFolder(const fs::path& folder, std::string_view prefix) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path path = named(folder, prefix, "");
        // Under the user's own temporary folder, which only they may enter.
        if (::CreateDirectoryW(path.c_str(), nullptr)) {
            return path;
        }
        if (::GetLastError() != ERROR_ALREADY_EXISTS) {
            return {};
        }
    }
    return {};
}

#else

fs::path makeUniqueFile(const fs::path& folder, std::string_view prefix, std::string_view suffix) {
    std::string pattern =
        (folder / (std::string(prefix) + "XXXXXX" + std::string(suffix))).string();
    const int fd = ::mkstemps(pattern.data(), static_cast<int>(suffix.size()));
    if (fd < 0) {
        return {};
    }
    ::close(fd);
    return pattern;
}

fs::path makeUniqueFolder(const fs::path& folder, std::string_view prefix) {
    std::string pattern = (folder / (std::string(prefix) + "XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        return {};
    }
    return pattern;
}

#endif

} // namespace innspill::os
