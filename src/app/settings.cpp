// Settings file location, loading, debounced saving and small helpers.
#include "app/settings.hpp"

#include "io/atomic_write.hpp"
#include "io/parse_error.hpp"
#include "os/user_folders.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

constexpr std::array kZoomSteps{0.5f,  0.67f, 0.75f, 0.8f, 0.9f, 1.0f, 1.1f,
                                1.25f, 1.5f,  1.75f, 2.0f, 2.5f, 3.0f};
// Settings files are a few hundred bytes; anything this large is not ours.
constexpr std::uintmax_t kMaxSettingsBytes = 1024 * 1024;

bool isSet(const char* value) {
    return value != nullptr && *value != '\0';
}

// Moves a damaged settings file aside so that the next save does not destroy
// what someone may want to look at; failure to move is not worth a word more.
std::string moveAside(const fs::path& path) {
    fs::path aside = path;
    aside += ".damaged";
    std::error_code error;
    fs::rename(path, aside, error);
    return error ? std::string() : aside.string();
}

} // namespace

fs::path settingsPath(const char* xdgConfigHome, const char* home) {
    if (isSet(xdgConfigHome) && fs::path(xdgConfigHome).is_absolute()) {
        return fs::path(xdgConfigHome) / "innspill" / "settings.json";
    }
    if (isSet(home)) {
        return fs::path(home) / ".config" / "innspill" / "settings.json";
    }
    return {};
}

fs::path settingsPathFromEnvironment() {
#ifdef _WIN32
    // %APPDATA%\Innspill\settings.json: roams with the user's profile.
    const fs::path appData = os::userFolder(os::UserFolder::ApplicationData);
    return appData.empty() ? fs::path() : appData / "Innspill" / "settings.json";
#else
    return settingsPath(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
#endif
}

SettingsLoad loadSettings(const fs::path& path) {
    SettingsLoad result;
    if (path.empty()) {
        return result;
    }
    std::error_code error;
    if (!fs::exists(path, error)) {
        return result; // first start
    }
    const auto where = lang::message("settingsWarning.where", {{"file", path.string()}});
    const auto size = fs::file_size(path, error);
    if (error) {
        result.warnings.push_back(
            lang::message("settingsWarning.unreadableBecause", {{"detail", error.message()}})
                .withMessage("where", where));
        return result;
    }
    if (size > kMaxSettingsBytes) {
        result.warnings.push_back(lang::message("settingsWarning.unreadableBecause")
                                      .withMessage("where", where)
                                      .withWord("detail", "settingsWarning.tooLarge"));
        return result;
    }
    std::ostringstream content;
    {
        // Closed before a damaged file is moved aside: Windows moves no open file.
        std::ifstream in(path, std::ios::binary);
        content << in.rdbuf();
        if (!in) {
            result.warnings.push_back(
                lang::message("settingsWarning.unreadable").withMessage("where", where));
            return result;
        }
    }
    try {
        std::vector<lang::Message> fieldWarnings;
        result.settings = io::settingsFromJson(content.str(), fieldWarnings);
        for (const auto& warning : fieldWarnings) {
            result.warnings.push_back(lang::message("settingsWarning.inFile")
                                          .withMessage("where", where)
                                          .withMessage("warning", warning));
        }
    } catch (const io::ParseError& parseError) {
        result.settings = Settings();
        const std::string aside = moveAside(path);
        result.warnings.push_back(
            (aside.empty() ? lang::message("settingsWarning.damaged")
                           : lang::message("settingsWarning.damagedMovedAside", {{"aside", aside}}))
                .withMessage("where", where)
                .withMessage("cause", parseError.reason()));
    }
    return result;
}

void saveSettings(const fs::path& path, const Settings& settings) {
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error) {
        throw io::WriteError(
            lang::message("writeError.cannotCreateFolder",
                          {{"folder", path.parent_path().string()}, {"detail", error.message()}}));
    }
    io::writeFileAtomically(path, io::settingsToJson(settings));
}

void SettingsKeeper::changed(Clock::time_point now) {
    m_pending = true;
    m_changedAt = now;
}

double SettingsKeeper::secondsUntilDue(Clock::time_point now) const {
    if (!m_pending || m_path.empty()) {
        return -1.0;
    }
    const auto due = m_changedAt + kQuiet;
    return std::max(0.0, std::chrono::duration<double>(due - now).count());
}

void SettingsKeeper::saveIfDue(const Settings& settings, Clock::time_point now, bool force) {
    if (!m_pending || m_path.empty()) {
        return;
    }
    if (!force && now - m_changedAt < kQuiet) {
        return;
    }
    m_pending = false;
    try {
        saveSettings(m_path, settings);
        m_lastError = {};
    } catch (const io::WriteError& error) {
        m_lastError = error.message();
    }
}

void rememberRecentFile(Settings& settings, const fs::path& file) {
    std::error_code error;
    fs::path absolute = fs::absolute(file, error);
    const std::string entry = (error ? file : absolute).lexically_normal().string();
    forgetRecentFile(settings, entry);
    settings.recentFiles.insert(settings.recentFiles.begin(), entry);
    if (settings.recentFiles.size() > io::kMaxRecentFiles) {
        settings.recentFiles.resize(io::kMaxRecentFiles);
    }
}

void forgetRecentFile(Settings& settings, const std::string& file) {
    auto& files = settings.recentFiles;
    files.erase(std::remove(files.begin(), files.end(), file), files.end());
}

float zoomStep(float zoom, int direction) {
    if (direction == 0) {
        return 1.0f;
    }
    constexpr float kSame = 0.005f; // steps are saved rounded to two decimals
    if (direction > 0) {
        for (float step : kZoomSteps) {
            if (step > zoom + kSame) {
                return step;
            }
        }
        return kZoomSteps.back();
    }
    for (auto it = kZoomSteps.rbegin(); it != kZoomSteps.rend(); ++it) {
        if (*it < zoom - kSame) {
            return *it;
        }
    }
    return kZoomSteps.front();
}

} // namespace innspill::app
