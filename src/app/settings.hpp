// The user's settings: where the file lives (per user, in the XDG config
// folder, never inside the repository), loading it without ever failing,
// saving it atomically and not too often, recent files and zoom steps. The
// JSON format itself is io's (io/settings_json.hpp).
#pragma once

#include "io/settings_json.hpp"
#include "lang/message.hpp"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace innspill::app {

using Settings = io::UserSettings;
using WindowGeometry = io::WindowGeometry; // the platform places the window with it

// $XDG_CONFIG_HOME/innspill/settings.json, else ~/.config/innspill/settings.json
// (XDG Base Directory spec: a relative XDG_CONFIG_HOME is ignored). Empty when
// neither variable helps; settings then live only for the session.
std::filesystem::path settingsPath(const char* xdgConfigHome, const char* home);
std::filesystem::path settingsPathFromEnvironment();

struct SettingsLoad {
    Settings settings;
    // Lines for stderr, as messages worded in the reader's language: a
    // damaged file (moved aside as settings.json.damaged), or single fields
    // that fell back to their defaults.
    std::vector<lang::Message> warnings;
};

// Never throws: a missing file gives defaults quietly; an unreadable or
// damaged one gives defaults and a warning.
SettingsLoad loadSettings(const std::filesystem::path& path);

// Writes atomically, creating the folder. Throws io::WriteError.
void saveSettings(const std::filesystem::path& path, const Settings& settings);

// Saves changed settings once they have been quiet for a moment (dragging a
// window edge must not write a file per pixel), and at the end.
class SettingsKeeper {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr auto kQuiet = std::chrono::milliseconds(1000);

    // `path` empty: nothing is ever written (screenshots, no home folder).
    explicit SettingsKeeper(std::filesystem::path path) : m_path(std::move(path)) {}

    const std::filesystem::path& path() const { return m_path; }

    void changed(Clock::time_point now);
    bool pending() const { return m_pending; }
    // Seconds until save() is due; negative when nothing is pending.
    double secondsUntilDue(Clock::time_point now) const;

    // Writes when due (or always with `force`, e.g. on quit). A failed write
    // is reported once in lastError() and not retried until the next change.
    void saveIfDue(const Settings& settings, Clock::time_point now, bool force = false);
    const lang::Message& lastError() const { return m_lastError; }

  private:
    std::filesystem::path m_path;
    bool m_pending = false;
    Clock::time_point m_changedAt;
    lang::Message m_lastError;
};

// Puts `file` first in the recent files (absolute, without duplicates),
// keeping at most io::kMaxRecentFiles.
void rememberRecentFile(Settings& settings, const std::filesystem::path& file);
void forgetRecentFile(Settings& settings, const std::string& file);

// The zoom steps a person moves through with Ctrl+= and Ctrl+-.
// `direction` > 0: the next larger step; < 0: the next smaller; 0: 1.0.
float zoomStep(float zoom, int direction);

} // namespace innspill::app
