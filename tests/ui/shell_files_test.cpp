// The File menu end to end, headless: open through the menu and the file
// browser, errors, New, Open recent, Save a copy, Close.
#include "shell_support.hpp"

#include "store/event_file.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/shell/window_title.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <imgui_internal.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::ShellFixture;
namespace fs = std::filesystem;

namespace {

bool sameFile(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return fs::equivalent(a, b, error);
}

// Whether `part` is on screen; wrapped lines are joined, so a sentence the
// dialog wraps is still found whole.
bool contains(std::string text, const std::string& part) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("an event is opened through the File menu and the file browser", "[ui][shell]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("arena.innspill", "Åpen arena 2031");
    test::writeFile(f.dir / "notater.txt", "not an event");
    fs::create_directory(f.dir / "arkiv");
    f.ui.frame(2);
    CHECK(f.ui.item("main.noEvent") != nullptr);
    CHECK(ui::windowTitle(f.ctx()) == "Innspill");

    test::click(f.ui, "menu.file");
    test::click(f.ui, "menu.file.open");
    f.ui.frame(2);
    // The browser lists the folder with the event filter: no .txt.
    CHECK(f.ui.item("browser.entry/arena.innspill") != nullptr);
    CHECK(f.ui.item("browser.entry/arkiv") != nullptr);
    CHECK(f.ui.item("browser.entry/notater.txt") == nullptr);

    test::click(f.ui, "browser.entry/arena.innspill");
    test::click(f.ui, "browser.confirm");
    f.ui.frame(2);

    REQUIRE(f.ctx().session != nullptr);
    CHECK(f.ctx().session == f.workspace.session());
    CHECK(sameFile(f.ctx().session->path(), path));
    CHECK(ui::windowTitle(f.ctx()) == "Innspill — Åpen arena 2031 (arena.innspill)");
    CHECK(f.ui.item("browser.confirm") == nullptr); // closed
    CHECK(f.ui.item("main.tab/overview") != nullptr);
    REQUIRE_FALSE(f.ctx().settings.recentFiles.empty());
    CHECK(sameFile(f.ctx().settings.recentFiles.front(), path));
    CHECK(sameFile(f.ctx().settings.lastFolder, f.dir.path()));
    CHECK(f.ctx().settingsDirty);
}

TEST_CASE("Ctrl+O, Enter on a folder, Backspace, Enter on a file", "[ui][shell]") {
    ShellFixture f;
    fs::create_directory(f.dir / "dag 1");
    const fs::path inner = f.makeEventFile("dag 1/runde.innspill", "Runde");
    f.ui.frame(2);
    test::pressChord(f.ui, GLFW_KEY_O);
    f.ui.frame(2);
    test::click(f.ui, "browser.entry/dag 1");
    f.ui.pressKey(GLFW_KEY_ENTER);
    CHECK(f.ui.item("browser.entry/runde.innspill") != nullptr);
    f.ui.pressKey(GLFW_KEY_BACKSPACE);
    CHECK(f.ui.item("browser.entry/runde.innspill") == nullptr);
    CHECK(f.ui.item("browser.entry/dag 1") != nullptr);
    test::click(f.ui, "browser.entry/dag 1");
    f.ui.pressKey(GLFW_KEY_ENTER);
    test::click(f.ui, "browser.entry/runde.innspill");
    f.ui.pressKey(GLFW_KEY_ENTER);
    f.ui.frame();
    REQUIRE(f.ctx().session != nullptr);
    CHECK(sameFile(f.ctx().session->path(), inner));
}

TEST_CASE("a file that will not open is explained and the open event stays", "[ui][shell]") {
    ShellFixture f;
    const fs::path good = f.makeEventFile("god.innspill", "God");
    test::writeFile(f.dir / "skadet.innspill", "dette er ikke en database");
    f.openDirectly(good);
    app::EventSession* before = f.ctx().session;

    test::pressChord(f.ui, GLFW_KEY_O);
    f.ui.frame(2);
    // The typed path field: a relative name is taken from the folder shown.
    test::click(f.ui, "browser.path");
    test::replaceText(f.ui, "skadet.innspill");
    f.ui.pressKey(GLFW_KEY_ENTER);
    f.ui.frame(2);

    CHECK(f.ctx().session == before);
    const std::string screen = test::screenText(f.ui);
    CHECK(contains(screen, "Kunne ikke åpne arrangementet"));
    // The one-line reason from the app layer (the long path may wrap anywhere).
    CHECK(contains(screen, "ikke en Innspill-fil"));
    CHECK(f.ctx().mainWindow.files.errorMessage.find("skadet.innspill") != std::string::npos);
    test::click(f.ui, "files.errorOk");
    f.ui.frame();
    CHECK(f.ui.item("files.errorOk") == nullptr);
    CHECK(f.ctx().session == before);
}

TEST_CASE("Ctrl+N creates an event from a title and opens it", "[ui][shell]") {
    ShellFixture f;
    f.ui.frame(2);
    test::pressChord(f.ui, GLFW_KEY_N);
    f.ui.frame(2);
    REQUIRE(f.ui.item("files.new.title") != nullptr);
    test::typeText(f.ui, "Åpen arena 2032: «vår»");
    test::click(f.ui, "files.new.create");
    f.ui.frame(2);

    REQUIRE(f.ctx().session != nullptr);
    CHECK(f.ctx().session->event().title == "Åpen arena 2032: «vår»");
    // The file is named after the title, without characters file systems refuse.
    const fs::path expected = f.dir / "Åpen arena 2032 «vår».innspill";
    CHECK(sameFile(f.ctx().session->path(), expected));
    CHECK(store::EventFile::open(expected)->load().title == "Åpen arena 2032: «vår»");
    CHECK(f.ui.item("files.new.create") == nullptr);
}

TEST_CASE("New refuses to overwrite until asked to, and needs a title", "[ui][shell]") {
    ShellFixture f;
    const fs::path existing = f.makeEventFile("arrangement.innspill", "Gammel");
    f.ui.frame(2);
    test::pressChord(f.ui, GLFW_KEY_N);
    f.ui.frame(2);
    // No title yet: the default file name is "arrangement", which exists.
    CHECK(f.ui.item("files.new.overwrite") != nullptr);
    test::click(f.ui, "files.new.create"); // disabled
    CHECK(f.ctx().session == nullptr);
    test::click(f.ui, "files.new.overwrite");
    test::click(f.ui, "files.new.create");
    f.ui.frame();
    CHECK(f.ctx().session == nullptr);
    CHECK(contains(test::screenText(f.ui), "tittelen kan ikke være tom"));
    CHECK(store::EventFile::open(existing)->load().title == "Gammel");

    test::click(f.ui, "files.new.title");
    test::typeText(f.ui, "Ny");
    test::click(f.ui, "files.new.create");
    f.ui.frame();
    REQUIRE(f.ctx().session != nullptr);
    CHECK(sameFile(f.ctx().session->path(), f.dir / "Ny.innspill"));
    CHECK(store::EventFile::open(existing)->load().title == "Gammel");
}

TEST_CASE("Open recent: missing files are marked and can be removed", "[ui][shell]") {
    ShellFixture f;
    const fs::path present = f.makeEventFile("her.innspill", "Her");
    const std::string missing = (f.dir / "borte.innspill").string();
    f.ctx().settings.recentFiles = {missing, present.string()};
    f.ui.frame(2);

    test::click(f.ui, "menu.file");
    test::click(f.ui, "menu.file.recent");
    f.ui.frame();
    REQUIRE(f.ui.item(("menu.file.recent/" + missing).c_str()) != nullptr);
    CHECK(contains(test::screenText(f.ui), "borte.innspill (mangler)"));
    test::click(f.ui, "menu.file.recentForgetMissing");
    CHECK(f.ctx().settings.recentFiles == std::vector<std::string>{present.string()});

    test::click(f.ui, "menu.file");
    test::click(f.ui, "menu.file.recent");
    f.ui.frame();
    test::click(f.ui, "menu.file.recent/" + present.string());
    f.ui.frame();
    REQUIRE(f.ctx().session != nullptr);
    CHECK(f.ctx().session->event().title == "Her");
}

TEST_CASE("the welcome screen opens recent files with one click", "[ui][shell]") {
    ShellFixture f;
    const fs::path present = f.makeEventFile("her.innspill", "Her");
    f.ctx().settings.recentFiles = {present.string()};
    f.ui.frame(2);
    REQUIRE(f.ui.item("main.newEvent") != nullptr);
    test::click(f.ui, "main.recent/" + present.string());
    f.ui.frame();
    REQUIRE(f.ctx().session != nullptr);
    CHECK(f.ctx().session->event().title == "Her");
}

TEST_CASE("Save a copy as writes the event and warns before overwriting", "[ui][shell]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("arena.innspill", "Arena");
    f.openDirectly(path);
    app::Change rename("Endre tittel");
    auto header = app::headerOf(f.ctx().session->event());
    const auto before = header;
    header.title = "Arena, endret";
    rename.header(before, header);
    REQUIRE(f.ctx().session->apply(rename));

    test::pressChord(f.ui, GLFW_KEY_S, true);
    f.ui.frame(2);
    test::click(f.ui, "browser.confirm"); // the suggested name
    f.ui.frame();
    const fs::path copy = f.dir / "arena (kopi).innspill";
    REQUIRE(fs::exists(copy));
    CHECK(store::EventFile::open(copy)->load().title == "Arena, endret");
    CHECK(sameFile(f.ctx().session->path(), path)); // still working on the original

    header.title = "Arena, endret igjen";
    app::Change again("Endre tittel");
    again.header(app::headerOf(f.ctx().session->event()), header);
    REQUIRE(f.ctx().session->apply(again));
    test::click(f.ui, "menu.file");
    test::click(f.ui, "menu.file.saveCopy");
    f.ui.frame(2);
    test::click(f.ui, "browser.confirm");
    f.ui.frame();
    REQUIRE(f.ui.item("browser.overwrite") != nullptr);
    CHECK(contains(test::screenText(f.ui), "finnes allerede"));
    test::click(f.ui, "browser.overwriteCancel");
    CHECK(store::EventFile::open(copy)->load().title == "Arena, endret");
    test::click(f.ui, "browser.confirm");
    f.ui.frame();
    test::click(f.ui, "browser.overwrite");
    f.ui.frame();
    CHECK(store::EventFile::open(copy)->load().title == "Arena, endret igjen");
    CHECK(f.ui.item("browser.confirm") == nullptr);
}

TEST_CASE("Close returns to the welcome screen", "[ui][shell]") {
    ShellFixture f;
    f.openDirectly(f.makeEventFile("arena.innspill", "Arena"));
    CHECK(f.ui.item("main.tab/overview") != nullptr);
    test::pressChord(f.ui, GLFW_KEY_W);
    f.ui.frame();
    CHECK(f.ctx().session == nullptr);
    CHECK(f.workspace.session() == nullptr);
    CHECK(f.ui.item("main.noEvent") != nullptr);
    CHECK(ui::windowTitle(f.ctx()) == "Innspill");
}

TEST_CASE("opening a second event forgets the panels' state of the first", "[ui][shell]") {
    ShellFixture f;
    const fs::path first = f.makeEventFile("a.innspill", "Første");
    const fs::path second = f.makeEventFile("b.innspill", "Andre");
    ui::openPath(f.ctx(), first);
    f.ui.frame(2);
    REQUIRE(f.ctx().session != nullptr);
    REQUIRE_FALSE(f.ctx().session->event().groups.empty());

    // What a person leaves behind in the first event's panels.
    f.ctx().selection.group = f.ctx().session->event().groups.front().id;
    f.ctx().people.filter = "kari";
    f.ctx().search.query = "skole";
    f.ctx().projector.page = 1;
    f.ctx().projector.lightBackground = true; // a choice about the room, not the event

    ui::openPath(f.ctx(), second);
    f.ui.frame(2);
    REQUIRE(f.ctx().session != nullptr);
    CHECK(sameFile(f.ctx().session->path(), second));
    CHECK(f.ctx().selection.group.empty());
    CHECK(f.ctx().people.filter.empty());
    CHECK(f.ctx().search.query.empty());
    CHECK(f.ctx().projector.page == 0);
    // Per-app state stays.
    CHECK(f.ctx().projector.lightBackground);
}
