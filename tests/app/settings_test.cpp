// User settings: path, locale → language, JSON round trip, damaged files,
// debounced saving, recent files and zoom steps.
#include "app/settings.hpp"

#include "io/atomic_write.hpp"
#include "lang/message.hpp"
#include "os/user_folders.hpp"
#include "support/native_path.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

app::Settings someSettings() {
    app::Settings settings;
    settings.language = "en";
    settings.zoom = 1.25f;
    settings.window = io::WindowGeometry{40, -12, 1400, 900, true, false};
    settings.tab = "programme";
    settings.recentFiles = {"/home/ola/sessions/åpen arena «2031».innspill", "/tmp/b.innspill"};
    settings.lastFolder = "/home/ola/sessions";
    settings.pinnedEvent = "6f1c2b7e-0d7a-4a53-9a7e-2f1f8d3c9b10";
    settings.pinnedGroup = "0b8e8f4e-5c1d-4e8a-8f0e-3c2d1b0a9f87";
    return settings;
}

} // namespace

#ifdef _WIN32
TEST_CASE("settings live in the roaming %APPDATA% folder, never beside the program", "[settings]") {
    const fs::path appData = os::userFolder(os::UserFolder::ApplicationData);
    REQUIRE_FALSE(appData.empty());
    CHECK(app::settingsPathFromEnvironment() == appData / "Innspill" / "settings.json");
}
#else
TEST_CASE("settings live in the XDG config folder, never beside the program", "[settings]") {
    CHECK(app::settingsPath("/x/config", "/home/ola") ==
          fs::path("/x/config/innspill/settings.json"));
    CHECK(app::settingsPath(nullptr, "/home/ola") ==
          fs::path("/home/ola/.config/innspill/settings.json"));
    CHECK(app::settingsPath("", "/home/ola") ==
          fs::path("/home/ola/.config/innspill/settings.json"));
    // The XDG spec: a relative XDG_CONFIG_HOME is invalid and ignored.
    CHECK(app::settingsPath("relative/config", "/home/ola") ==
          fs::path("/home/ola/.config/innspill/settings.json"));
    CHECK(app::settingsPath(nullptr, nullptr).empty());
}
#endif

TEST_CASE("settings survive a save and a load unchanged", "[settings]") {
    test::TempDir dir;
    const fs::path path = dir / "config/innspill/settings.json"; // folders made on save
    const app::Settings settings = someSettings();
    app::saveSettings(path, settings);
    const app::SettingsLoad loaded = app::loadSettings(path);
    CHECK(loaded.warnings.empty());
    CHECK(loaded.settings == settings);
    // The file is JSON a person can read.
    const std::string text = test::readFile(path);
    CHECK(text.find("\"language\": \"en\"") != std::string::npos);
    CHECK(text.find("\"zoom\": 1.25") != std::string::npos);
}

TEST_CASE("every UI language survives a save and a load, nynorsk included", "[settings]") {
    test::TempDir dir;
    const fs::path path = dir / "settings.json";
    for (const char* language : {"nb", "nn", "en"}) {
        app::Settings settings = someSettings();
        settings.language = language;
        app::saveSettings(path, settings);
        const app::SettingsLoad loaded = app::loadSettings(path);
        CHECK(loaded.warnings.empty());
        CHECK(loaded.settings.language == language);
    }
}

TEST_CASE("no settings file: defaults, quietly", "[settings]") {
    test::TempDir dir;
    const app::SettingsLoad loaded = app::loadSettings(dir / "none/settings.json");
    CHECK(loaded.warnings.empty());
    CHECK(loaded.settings == app::Settings());
    CHECK(app::loadSettings({}).settings == app::Settings());
}

TEST_CASE("a damaged settings file gives defaults and a warning, and is kept aside", "[settings]") {
    test::TempDir dir;
    const fs::path path = dir / "settings.json";
    for (const std::string& damaged :
         {std::string("{\"language\": \"en\", \"zoom\": "), std::string("\x00\x01\x02garbage", 10),
          std::string("[1,2]"), std::string(""), std::string("{\"language\": \"\xff\"}")}) {
        CAPTURE(damaged);
        test::writeFile(path, damaged);
        const app::SettingsLoad loaded = app::loadSettings(path);
        CHECK(loaded.settings == app::Settings());
        REQUIRE(loaded.warnings.size() == 1);
        const std::string warning = lang::render(lang::Language::Nb, loaded.warnings[0]);
        CHECK(warning.find("skadet") != std::string::npos);
        CHECK(warning.find(path.string()) != std::string::npos);
        CHECK_FALSE(fs::exists(path));
        CHECK(test::readFile(dir / "settings.json.damaged") == damaged);
        fs::remove(dir / "settings.json.damaged");
    }
}

TEST_CASE("single bad fields fall back to defaults without costing the others", "[settings]") {
    test::TempDir dir;
    const fs::path path = dir / "settings.json";
    test::writeFile(path, R"({
        "version": 7, "futureField": {"x": 1},
        "language": "sv", "zoom": 40, "tab": 3,
        "window": {"x": 10, "y": 20, "width": -5, "height": 700, "hasPosition": "yes"},
        "recentFiles": ["/a.innspill", 5, "", "/b.innspill"],
        "lastFolder": "/home/kari"
    })");
    const app::SettingsLoad loaded = app::loadSettings(path);
    CHECK(loaded.settings.language.empty()); // unknown language: the locale decides
    CHECK(loaded.settings.zoom == 1.0f);
    CHECK(loaded.settings.tab.empty());
    CHECK(loaded.settings.window.x == 10);
    CHECK(loaded.settings.window.y == 20);
    CHECK(loaded.settings.window.width == 0);
    CHECK(loaded.settings.window.height == 700);
    CHECK_FALSE(loaded.settings.window.hasPosition);
    CHECK(loaded.settings.recentFiles == std::vector<std::string>{"/a.innspill", "/b.innspill"});
    CHECK(loaded.settings.lastFolder == "/home/kari");
    CHECK(loaded.warnings.size() == 7);
    CHECK(fs::exists(path)); // not damaged, not moved
}

TEST_CASE("the keeper saves only after a quiet moment, and at once when forced", "[settings]") {
    test::TempDir dir;
    const fs::path path = dir / "innspill/settings.json";
    app::SettingsKeeper keeper(path);
    const auto start = app::SettingsKeeper::Clock::now();
    app::Settings settings = someSettings();

    CHECK(keeper.secondsUntilDue(start) < 0.0);
    keeper.changed(start);
    CHECK(keeper.secondsUntilDue(start) == Approx(1.0).margin(0.01));
    keeper.saveIfDue(settings, start + std::chrono::milliseconds(500));
    CHECK_FALSE(fs::exists(path));
    // Another change restarts the quiet period (dragging a window edge).
    keeper.changed(start + std::chrono::milliseconds(900));
    keeper.saveIfDue(settings, start + std::chrono::milliseconds(1500));
    CHECK_FALSE(fs::exists(path));
    keeper.saveIfDue(settings, start + std::chrono::milliseconds(1950));
    CHECK(app::loadSettings(path).settings == settings);
    CHECK_FALSE(keeper.pending());

    settings.zoom = 2.0f;
    keeper.changed(start + std::chrono::seconds(3));
    keeper.saveIfDue(settings, start + std::chrono::seconds(3), true);
    CHECK(app::loadSettings(path).settings.zoom == 2.0f);

    // Without a path nothing is ever written (screenshots).
    app::SettingsKeeper nowhere({});
    nowhere.changed(start);
    CHECK(nowhere.secondsUntilDue(start) < 0.0);
    nowhere.saveIfDue(settings, start + std::chrono::seconds(5), true);
}

TEST_CASE("a settings folder that cannot be written is reported once, not retried", "[settings]") {
    test::TempDir dir;
    test::writeFile(dir / "blocked", "a file where the folder should be");
    app::SettingsKeeper keeper(dir / "blocked/innspill/settings.json");
    const auto now = app::SettingsKeeper::Clock::now();
    keeper.changed(now);
    keeper.saveIfDue(someSettings(), now, true);
    CHECK_FALSE(keeper.lastError().empty());
    CHECK_FALSE(keeper.pending());
    CHECK(keeper.secondsUntilDue(now) < 0.0);
}

TEST_CASE("recent files: newest first, no duplicates, at most ten", "[settings]") {
    app::Settings settings;
    const auto event = [](const std::string& name) {
        return test::nativeAbsolute("/events/" + name).string();
    };
    for (int i = 0; i < 12; ++i) {
        app::rememberRecentFile(settings, event(std::to_string(i) + ".innspill"));
    }
    REQUIRE(settings.recentFiles.size() == io::kMaxRecentFiles);
    CHECK(settings.recentFiles.front() == event("11.innspill"));
    CHECK(settings.recentFiles.back() == event("2.innspill"));
    app::rememberRecentFile(settings, event("./5.innspill"));
    CHECK(settings.recentFiles.front() == event("5.innspill"));
    CHECK(std::count(settings.recentFiles.begin(), settings.recentFiles.end(),
                     event("5.innspill")) == 1);
    CHECK(settings.recentFiles.size() == io::kMaxRecentFiles);
    app::forgetRecentFile(settings, event("5.innspill"));
    CHECK(settings.recentFiles.size() == io::kMaxRecentFiles - 1);
    // Relative paths are stored absolute: the working folder changes between runs.
    app::rememberRecentFile(settings, "relative.innspill");
    CHECK(fs::path(settings.recentFiles.front()).is_absolute());
}

TEST_CASE("zoom moves in steps and stops at the ends", "[settings]") {
    CHECK(app::zoomStep(1.0f, +1) == 1.1f);
    CHECK(app::zoomStep(1.0f, -1) == 0.9f);
    CHECK(app::zoomStep(1.1f, +1) == 1.25f);
    CHECK(app::zoomStep(1.13f, -1) == 1.1f); // between steps: the next one down
    CHECK(app::zoomStep(2.7f, 0) == 1.0f);
    CHECK(app::zoomStep(3.0f, +1) == 3.0f);
    CHECK(app::zoomStep(0.5f, -1) == 0.5f);
    float zoom = 1.0f;
    for (int i = 0; i < 30; ++i) {
        zoom = app::zoomStep(zoom, +1);
    }
    CHECK(zoom == io::kMaxZoom);
}
