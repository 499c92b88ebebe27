// The default folders and the Documents folder.
#include "app/default_folders.hpp"

#include "app/file_listing.hpp"
#include "io/read_file.hpp"
#include "os/user_folders.hpp"
#include "os/utf8_path.hpp"

#include <cstdlib>
#include <string>
#include <system_error>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

bool isFolder(const fs::path& path) {
    std::error_code error;
    return !path.empty() && fs::is_directory(path, error);
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

} // namespace

fs::path documentsFromUserDirs(std::string_view userDirs, const fs::path& home) {
    constexpr std::string_view kName = "XDG_DOCUMENTS_DIR";
    while (!userDirs.empty()) {
        const size_t end = userDirs.find('\n');
        std::string_view line = trim(userDirs.substr(0, end));
        userDirs = end == std::string_view::npos ? std::string_view() : userDirs.substr(end + 1);
        if (!line.starts_with(kName)) {
            continue;
        }
        line = trim(line.substr(kName.size()));
        if (!line.starts_with('=')) {
            continue;
        }
        line = trim(line.substr(1));
        if (line.size() >= 2 && line.front() == '"' && line.back() == '"') {
            line = line.substr(1, line.size() - 2);
        }
        std::string value(line);
        if (value.starts_with("$HOME")) {
            const std::string rest = value.substr(5);
            if (rest.empty() || rest == "/") {
                return {}; // switched off: Documents is the home folder itself
            }
            value = home.string() + rest;
        }
        if (value.empty() || value.front() != '/') {
            continue; // the format allows only $HOME/… or an absolute path
        }
        return os::pathFromUtf8(value).lexically_normal();
    }
    return {};
}

fs::path documentsFolder() {
#ifdef _WIN32
    // Where the system keeps Documents (also when redirected, e.g. to OneDrive).
    if (fs::path documents = os::userFolder(os::UserFolder::Documents); !documents.empty()) {
        return documents;
    }
#endif
    const fs::path home = homeFolder();
    if (const char* direct = std::getenv("XDG_DOCUMENTS_DIR"); direct && direct[0] == '/') {
        return direct;
    }
#if defined(__linux__) || defined(__FreeBSD__)
    const char* configHome = std::getenv("XDG_CONFIG_HOME");
    const fs::path config = configHome && configHome[0] == '/' ? fs::path(configHome)
                            : home.empty()                     ? fs::path()
                                                               : home / ".config";
    if (!config.empty()) {
        try {
            const std::string text = io::readInputFile(config / "user-dirs.dirs", 64 * 1024);
            if (fs::path found = documentsFromUserDirs(text, home); !found.empty()) {
                return found;
            }
        } catch (const std::exception&) {
            // No user-dirs.dirs (xdg-user-dirs not installed): the usual name.
        }
    }
#endif
    return home.empty() ? fs::path() : home / "Documents";
}

fs::path defaultFolder(const fs::path& openEvent, const fs::path& lastFolder,
                       const fs::path& fallback) {
    if (!openEvent.empty() && isFolder(openEvent.parent_path())) {
        return openEvent.parent_path();
    }
    if (isFolder(lastFolder)) {
        return lastFolder;
    }
    if (fallback.empty()) {
        return {};
    }
    std::error_code error;
    fs::create_directories(fallback, error); // "created on demand"
    return isFolder(fallback) ? fallback : fs::path();
}

} // namespace innspill::app
