// Papercuts of the shell (issue 15): the zoom keys follow the character the
// key types on nb/se/de/fr/us layouts, the status bar confirms undo and redo
// by name, and files default to the event's folder, the last used one or
// Documents/Innspill.
#include "shell_support.hpp"
#include "tab_order.hpp"

#include "app/default_folders.hpp"
#include "app/recent_events.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/sample_event.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/shell/status_bar.hpp"
#include "ui/shell/undo_notice.hpp"
#include "ui/shell/zoom_keys.hpp"
#include "ui/widgets/fitted_text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::ShellFixture;
namespace fs = std::filesystem;

namespace {

// What the keys around the digits type, unshifted, on each layout (X11's key
// names as glfwGetKeyName reports them), keyed by GLFW's US-position names.
using Layout = std::map<int, std::string>;

Layout usLayout() {
    return {{GLFW_KEY_0, "0"},     {GLFW_KEY_6, "6"},     {GLFW_KEY_MINUS, "-"},
            {GLFW_KEY_EQUAL, "="}, {GLFW_KEY_SLASH, "/"}, {GLFW_KEY_RIGHT_BRACKET, "]"}};
}
Layout norwegianLayout() { // nb/no; Danish puts the same keys in the same places
    return {{GLFW_KEY_0, "0"},      {GLFW_KEY_6, "6"},     {GLFW_KEY_MINUS, "+"},
            {GLFW_KEY_EQUAL, "\\"}, {GLFW_KEY_SLASH, "-"}, {GLFW_KEY_RIGHT_BRACKET, "¨"}};
}
Layout swedishLayout() {
    return {{GLFW_KEY_0, "0"},     {GLFW_KEY_6, "6"},     {GLFW_KEY_MINUS, "+"},
            {GLFW_KEY_EQUAL, "´"}, {GLFW_KEY_SLASH, "-"}, {GLFW_KEY_RIGHT_BRACKET, "¨"}};
}
Layout germanLayout() {
    return {{GLFW_KEY_0, "0"},     {GLFW_KEY_6, "6"},     {GLFW_KEY_MINUS, "ß"},
            {GLFW_KEY_EQUAL, "´"}, {GLFW_KEY_SLASH, "-"}, {GLFW_KEY_RIGHT_BRACKET, "+"}};
}
Layout frenchLayout() { // AZERTY: the digit row types symbols unshifted
    return {{GLFW_KEY_0, "à"},     {GLFW_KEY_6, "-"},     {GLFW_KEY_MINUS, ")"},
            {GLFW_KEY_EQUAL, "="}, {GLFW_KEY_SLASH, "!"}, {GLFW_KEY_RIGHT_BRACKET, "$"}};
}

ui::ShortcutKeys keysFor(const Layout& layout) {
    return ui::zoomKeysForLayout([&layout](int key) -> const char* {
        const auto found = layout.find(key);
        return found == layout.end() ? nullptr : found->second.c_str();
    });
}

bool has(const std::vector<int>& keys, int key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

TEST_CASE("zoom keys: by the character the key types on each layout", "[ui][shell]") {
    struct Case {
        const char* name;
        Layout layout;
        int plus;
        int minus;
        int reset;
    };
    const Case cases[] = {
        {"us", usLayout(), GLFW_KEY_EQUAL, GLFW_KEY_MINUS, GLFW_KEY_0},
        {"nb", norwegianLayout(), GLFW_KEY_MINUS, GLFW_KEY_SLASH, GLFW_KEY_0},
        {"se", swedishLayout(), GLFW_KEY_MINUS, GLFW_KEY_SLASH, GLFW_KEY_0},
        {"de", germanLayout(), GLFW_KEY_RIGHT_BRACKET, GLFW_KEY_SLASH, GLFW_KEY_0},
        {"fr", frenchLayout(), GLFW_KEY_EQUAL, GLFW_KEY_6, GLFW_KEY_0},
    };
    for (const Case& c : cases) {
        INFO("layout " << c.name);
        const ui::ShortcutKeys keys = keysFor(c.layout);
        CHECK(has(keys.zoomIn, c.plus));
        CHECK(has(keys.zoomOut, c.minus));
        CHECK(has(keys.zoomReset, c.reset));
        CHECK(has(keys.zoomIn, GLFW_KEY_KP_ADD));
        CHECK(has(keys.zoomOut, GLFW_KEY_KP_SUBTRACT));
        // The key that types "-" never zooms in, the one that types "+" never out.
        CHECK_FALSE(has(keys.zoomIn, c.minus));
        CHECK_FALSE(has(keys.zoomOut, c.plus));
    }
    // A layout without names (some Wayland set-ups): the US defaults.
    const ui::ShortcutKeys none = ui::zoomKeysForLayout([](int) { return nullptr; });
    CHECK(none.zoomIn == ui::ShortcutKeys().zoomIn);
    CHECK(none.zoomOut == ui::ShortcutKeys().zoomOut);
}

TEST_CASE("zoom keys: Ctrl and the key labelled + zooms in on a Norwegian keyboard",
          "[ui][shell]") {
    ShellFixture f;
    f.ctx().keys = keysFor(norwegianLayout());
    f.ui.frame(2);
    test::pressChord(f.ui, GLFW_KEY_MINUS); // the key labelled "+" (US "-")
    CHECK(f.ctx().settings.zoom == 1.1f);
    test::pressChord(f.ui, GLFW_KEY_SLASH); // the key labelled "-"
    CHECK(f.ctx().settings.zoom == 1.0f);
    test::pressChord(f.ui, GLFW_KEY_SLASH);
    CHECK(f.ctx().settings.zoom == 0.9f);
    test::pressChord(f.ui, GLFW_KEY_0);
    CHECK(f.ctx().settings.zoom == 1.0f);

    // On a German keyboard the same physical key types "ß" and zooms nothing.
    f.ctx().keys = keysFor(germanLayout());
    test::pressChord(f.ui, GLFW_KEY_MINUS);
    CHECK(f.ctx().settings.zoom == 1.0f);
    test::pressChord(f.ui, GLFW_KEY_RIGHT_BRACKET);
    CHECK(f.ctx().settings.zoom == 1.1f);
}

TEST_CASE("the status bar confirms undo and redo by name", "[ui][shell]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("arena.innspill", "Før");
    f.openDirectly(path);
    app::EventSession& session = *f.ctx().session;
    auto header = app::headerOf(session.event());
    const auto before = header;
    header.title = "Etter";
    app::Change change(lang::message("undo.wall.move", {{"number", "2.1"}}));
    change.header(before, header);
    REQUIRE(session.apply(std::move(change)));
    f.ui.frame();
    CHECK(f.ui.item("statusBar.notice") == nullptr);

    test::pressChord(f.ui, GLFW_KEY_Z);
    CHECK(test::onDisk(path).title == "Før");
    CHECK(f.ctx().mainWindow.status.notice == "Angret: Flytt emne 2.1");
    CHECK(f.ui.item("statusBar.notice") != nullptr);
    CHECK(test::screenText(f.ui).find("Angret: Flytt emne 2.1") != std::string::npos);

    test::click(f.ui, "menu.edit");
    test::click(f.ui, "menu.edit.redo");
    CHECK(test::onDisk(path).title == "Etter");
    CHECK(f.ctx().mainWindow.status.notice == "Gjort om: Flytt emne 2.1");

    // It goes after a few seconds.
    f.ui.frame(static_cast<int>(ui::kUndoNoticeSeconds * 60.0) + 10);
    CHECK(f.ui.item("statusBar.notice") == nullptr);
}

TEST_CASE("default folders: XDG_DOCUMENTS_DIR from user-dirs.dirs", "[ui][shell]") {
    const fs::path home("/home/kari");
    CHECK(app::documentsFromUserDirs("# written by xdg-user-dirs-update\n"
                                     "XDG_DESKTOP_DIR=\"$HOME/Skrivebord\"\n"
                                     "XDG_DOCUMENTS_DIR=\"$HOME/Dokumenter\"\n",
                                     home) == fs::path("/home/kari/Dokumenter"));
    CHECK(app::documentsFromUserDirs("XDG_DOCUMENTS_DIR=\"/srv/delt/dokumenter/\"\r\n", home) ==
          fs::path("/srv/delt/dokumenter/"));
    CHECK(app::documentsFromUserDirs("XDG_DOCUMENTS_DIR=\"$HOME/\"\n", home).empty()); // off
    CHECK(app::documentsFromUserDirs("XDG_MUSIC_DIR=\"$HOME/Musikk\"\n", home).empty());
    CHECK(app::documentsFromUserDirs("XDG_DOCUMENTS_DIR=\"relative\"\n", home).empty());
    CHECK(app::documentsFromUserDirs("", home).empty());
}

TEST_CASE("default folders: the event's folder, else the last used, else Documents/Innspill",
          "[ui][shell]") {
    ShellFixture f;
    // As an installed program: no checkout folder, Documents in the test's folder.
    f.ctx().mainWindow.files.sessionsFolder.clear();
    const fs::path documents = f.dir / "Dokumenter" / app::kDocumentsSubfolder;
    f.ctx().mainWindow.files.documentsFolder = documents;
    f.ui.frame(2);

    // 1. Nothing open, nothing used yet: Documents/Innspill, made on demand.
    REQUIRE_FALSE(fs::exists(documents));
    test::pressChord(f.ui, GLFW_KEY_O);
    f.ui.frame(2);
    CHECK(fs::is_directory(documents));
    CHECK(fs::equivalent(f.ctx().mainWindow.files.browser.folder, documents));
    f.ui.pressKey(GLFW_KEY_ESCAPE);
    f.ui.frame(2);

    // 2. A folder used before: there.
    fs::create_directory(f.dir / "arkiv");
    f.ctx().settings.lastFolder = (f.dir / "arkiv").string();
    test::pressChord(f.ui, GLFW_KEY_O);
    f.ui.frame(2);
    CHECK(fs::equivalent(f.ctx().mainWindow.files.browser.folder, f.dir / "arkiv"));
    f.ui.pressKey(GLFW_KEY_ESCAPE);
    f.ui.frame(2);

    // 3. An event open: its folder, for opening, a new event and exports alike.
    fs::create_directory(f.dir / "arrangement");
    const fs::path event = f.makeEventFile("arrangement/arena.innspill", "Arena");
    f.openDirectly(event);
    f.ctx().settings.lastFolder = (f.dir / "arkiv").string(); // opening remembered its folder
    CHECK(fs::equivalent(ui::defaultFolder(f.ctx()), f.dir / "arrangement"));
    test::pressChord(f.ui, GLFW_KEY_O);
    f.ui.frame(2);
    CHECK(fs::equivalent(f.ctx().mainWindow.files.browser.folder, f.dir / "arrangement"));
}

TEST_CASE("default folders: a run from a checkout keeps sessions/ for the demo", "[ui][shell]") {
    ShellFixture f; // its sessionsFolder is the test's folder, as a checkout's sessions/
    f.ctx().mainWindow.files.documentsFolder = f.dir / "Dokumenter" / app::kDocumentsSubfolder;
    f.ui.frame(2);
    CHECK(fs::equivalent(ui::defaultFolder(f.ctx()), f.dir.path()));
    CHECK_FALSE(fs::exists(f.dir / "Dokumenter")); // never made when not needed
}

TEST_CASE("overview: the programme has column headers, and cut text shows whole on hover",
          "[ui][shell]") {
    ShellFixture f;
    model::Event event = test::sampleEvent();
    const std::string longTitle =
        "Hvordan fange opp dem som står i fare for å slutte på videregående – før de har "
        "sluttet, og hvem som har ansvaret for å gjøre noe med det i kommunen og fylket";
    for (auto& group : event.groups) {
        if (group.number == "1.1") {
            group.title = longTitle;
        }
    }
    const fs::path path = f.dir / "lang.innspill";
    store::EventFile::create(path, event);
    f.openDirectly(path);
    ui::showTab(f.ctx(), "overview");
    f.ui.frame(3);

    CHECK(f.ui.item("programme.headers") != nullptr);
    std::string screen = test::screenText(f.ui);
    INFO(screen);
    CHECK(screen.find("Emne") != std::string::npos); // the title column, in bokmål
    CHECK(screen.find("Initiativtaker") != std::string::npos);
    // Too long for its column: its start shows, its end does not (the harness's
    // font has no "…" to read back; the fitted text test checks that).
    const std::string end = "og hvem som har ansvaret for å gjøre noe med det i kommunen og fylket";
    CHECK(screen.find("Hvordan fange opp") != std::string::npos);
    CHECK(screen.find(end) == std::string::npos);

    const ui::ItemRect* title = f.ui.item("programme.title/1.1");
    REQUIRE(title != nullptr);
    f.ui.moveMouse(title->center());
    f.ui.frame(3);
    screen = test::screenText(f.ui);
    std::replace(screen.begin(), screen.end(), '\n', ' ');
    CHECK(screen.find(end) != std::string::npos); // whole, in the tooltip
}

TEST_CASE("fitted text: cut with \"…\" to the width, whole when it fits", "[ui][shell]") {
    ShellFixture f;
    f.ui.frame();
    const std::string text = "Lærlinger på tvers av fylker og bransjer";
    const float whole = ImGui::CalcTextSize(text.c_str()).x;
    CHECK(ui::fitWithEllipsis(text, whole + 1.0f) == text);
    const std::string cut = ui::fitWithEllipsis(text, whole * 0.5f);
    CHECK(cut.ends_with("\xE2\x80\xA6"));
    CHECK(text.starts_with(cut.substr(0, cut.size() - 3)));
    CHECK(ImGui::CalcTextSize(cut.c_str()).x <= whole * 0.5f);
    const std::string end = ui::fitKeepingEnd("/home/kari/Dokumenter/Innspill/arena.innspill",
                                              ImGui::CalcTextSize("arena.innspill").x * 2.0f);
    CHECK(end.starts_with("\xE2\x80\xA6"));
    CHECK(end.ends_with("/arena.innspill"));
}

TEST_CASE("people: the yellow row of a person just added has a legend and a tooltip",
          "[ui][shell]") {
    ShellFixture f;
    f.openDirectly(f.makeEventFile("arena.innspill", "Arena"));
    ui::showTab(f.ctx(), "people");
    f.ui.frame(2);
    CHECK(f.ui.item("people.pinnedLegend") == nullptr); // nothing yellow yet

    test::click(f.ui, "people.newName");
    test::typeText(f.ui, "Helt Ny Person");
    f.ui.pressKey(GLFW_KEY_ENTER);
    f.ui.frame(2);
    REQUIRE_FALSE(f.ctx().people.pinned.empty());
    REQUIRE(f.ui.item("people.pinnedLegend") != nullptr);
    const ui::ItemRect legend = *f.ui.item("people.pinnedLegend"); // a copy: frames follow
    CHECK(test::screenText(f.ui).find("Gul rad: nettopp lagt til") != std::string::npos);
    f.ui.moveMouse(legend.center());
    f.ui.frame(3);
    std::string screen = test::screenText(f.ui);
    std::replace(screen.begin(), screen.end(), '\n', ' ');
    INFO(screen);
    CHECK(screen.find("Personen du nettopp la til") != std::string::npos);
}

TEST_CASE("start screen: recent events by title, dates and folder", "[ui][shell]") {
    ShellFixture f;
    fs::create_directory(f.dir / "arrangementer");
    model::Event event = test::sampleEvent();
    event.title = "Åpen arena 2031";
    event.startDate = "2031-10-15";
    event.endDate = "2031-10-16";
    const fs::path path = f.dir / "arrangementer" / "arena.innspill";
    store::EventFile::create(path, event);
    f.ctx().settings.recentFiles = {path.string(), (f.dir / "borte.innspill").string()};
    f.ui.frame(3);

    REQUIRE(f.ui.item("main.recent/" + path.string()) != nullptr);
    std::string screen = test::screenText(f.ui);
    INFO(screen);
    CHECK(screen.find("Åpen arena 2031") != std::string::npos);
    CHECK(screen.find("2031") != std::string::npos);
    CHECK(screen.find("arrangementer/arena.innspill") != std::string::npos);
    // The title line comes first, the folder under it.
    CHECK(screen.find("Åpen arena 2031") < screen.find("arrangementer/arena.innspill"));
    // The home folder reads as "~" (Windows: the whole folder, as Explorer shows it).
    const app::RecentEvent described = app::describeRecentEvent(path.string(), f.dir.path());
#ifdef _WIN32
    CHECK(described.folder == (f.dir / "arrangementer").string());
#else
    CHECK(described.folder == "~/arrangementer");
#endif
    CHECK(described.title == "Åpen arena 2031");
    CHECK(described.startDate == "2031-10-15");
    const app::RecentEvent gone =
        app::describeRecentEvent((f.dir / "borte.innspill").string(), f.dir.path());
    CHECK_FALSE(gone.present);

    // A click opens it.
    f.ui.click(f.ui.item("main.recent/" + path.string())->center());
    f.ui.frame(2);
    REQUIRE(f.ctx().session != nullptr);
    CHECK(f.ctx().session->event().title == "Åpen arena 2031");
}

TEST_CASE("tab order: the new event form, title then file", "[ui][shell]") {
    ShellFixture f;
    f.ui.frame(2);
    test::pressChord(f.ui, GLFW_KEY_N);
    f.ui.frame(2);
    const auto visited = test::tabThrough(f.ui, "files.new.title", 1);
    test::checkReadingOrder(f.ui, visited);
    CHECK(visited[1] == "files.new.path");
}
