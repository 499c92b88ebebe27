// The user's settings as JSON (settings.json in the per-user config folder):
// the value type, written with cereal's JSON archive, and read back
// forgivingly — a settings file is a convenience, so a field that is missing,
// mistyped or out of range falls back to its default with a warning instead
// of costing the person their other settings.
#pragma once

#include "lang/message.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace innspill::io {

// The window's last place on screen, in screen coordinates. A width or
// height of 0 means "not remembered": the platform's default size applies.
struct WindowGeometry {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool hasPosition = false;
    bool maximized = false;

    bool operator==(const WindowGeometry&) const = default;
};

// Lives in io rather than app because io may not depend on app (app → io),
// and the JSON format of this struct is io's business; app re-exports it as
// app::Settings and owns where the file lives and when it is written.
struct UserSettings {
    std::string language; // "nb" or "en"; empty until chosen (then the locale decides)
    float zoom = 1.0f;    // text size factor on top of the monitor's content scale
    WindowGeometry window;
    std::string tab;                      // the open tab in the main window, by its stable id
    std::vector<std::string> recentFiles; // most recent first
    std::string lastFolder;               // where the file browser was last used
    // "My group" on the capture screen, as ids (empty: none): a facilitator's
    // laptop opens straight on their group.
    std::string pinnedEvent;
    std::string pinnedGroup;

    bool operator==(const UserSettings&) const = default;
};

inline constexpr int kSettingsVersion = 1;
inline constexpr float kMinZoom = 0.5f;
inline constexpr float kMaxZoom = 3.0f;
inline constexpr size_t kMaxRecentFiles = 10;

std::string settingsToJson(const UserSettings& settings);

// Reads `json`. Unknown fields are ignored (a newer Innspill may add some);
// a missing field keeps its default; a mistyped or out-of-range one keeps
// its default and adds a line to `warnings`. Throws ParseError when the text
// is not a JSON object at all.
UserSettings settingsFromJson(std::string_view json, std::vector<lang::Message>& warnings);

} // namespace innspill::io
