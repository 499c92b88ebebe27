// The shell around the panels: undo and redo from the keyboard and the Edit
// menu (checked in the event file), language (nb, nn, en), zoom, tabs, the saved
// indicator with retries, and quitting with changes that are not on disk.
#include "shell_support.hpp"

#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "ui/shell/main_window.hpp"
#include "ui/shell/shell_settings.hpp"
#include "ui/shell/status_bar.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <imgui_internal.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::ShellFixture;
namespace fs = std::filesystem;

namespace {

// Whether `part` is on screen; wrapped lines are joined, so a sentence the
// dialog wraps is still found whole.
bool contains(std::string text, const std::string& part) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text.find(part) != std::string::npos;
}

std::string titleOnDisk(const fs::path& path) {
    return test::onDisk(path).title;
}

app::Change retitle(const model::Event& event, const std::string& title, const std::string& label) {
    app::Change change(lang::Message{label, {}}); // no such key: shown as written
    auto header = app::headerOf(event);
    const auto before = header;
    header.title = title;
    change.header(before, header);
    return change;
}

// A change too big for a file capped at its current size: a full disk.
app::Change bigChange(const model::Event& event) {
    app::Change change("Lim inn notater");
    model::Group group = event.groups.front();
    const model::Group before = group;
    for (int i = 0; i < 2000; ++i) {
        group.inputs.push_back(model::Input{
            model::Id::generate(), std::string(200, 'x') + std::to_string(i), {}, {}, {}});
    }
    change.group(before, group);
    return change;
}

void fillDisk(app::EventSession& session) {
    auto& connection = session.file()->connection();
    const auto pages = connection.pragmaInteger("page_count");
    connection.exec("PRAGMA max_page_count=" + std::to_string(pages));
}

void emptyDisk(app::EventSession& session) {
    session.file()->connection().exec("PRAGMA max_page_count=1073741823");
}

} // namespace

TEST_CASE("Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z undo and redo in the event file", "[ui][shell]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("arena.innspill", "Før");
    f.openDirectly(path);
    REQUIRE(f.ctx().session->apply(retitle(f.ctx().session->event(), "Etter", "Endre tittel")));
    REQUIRE(titleOnDisk(path) == "Etter");

    test::pressChord(f.ui, GLFW_KEY_Z);
    CHECK(f.ctx().session->event().title == "Før");
    CHECK(titleOnDisk(path) == "Før");
    test::pressChord(f.ui, GLFW_KEY_Y);
    CHECK(titleOnDisk(path) == "Etter");
    test::pressChord(f.ui, GLFW_KEY_Z);
    CHECK(titleOnDisk(path) == "Før");
    test::pressChord(f.ui, GLFW_KEY_Z, true);
    CHECK(titleOnDisk(path) == "Etter");
    // Nothing left to redo: a further Ctrl+Y changes nothing.
    test::pressChord(f.ui, GLFW_KEY_Y);
    CHECK(titleOnDisk(path) == "Etter");
}

TEST_CASE("the Edit menu names the change it undoes and redoes", "[ui][shell]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("arena.innspill", "Før");
    f.openDirectly(path);
    REQUIRE(f.ctx().session->apply(retitle(f.ctx().session->event(), "Etter", "Flytt gruppe 1.3")));

    test::click(f.ui, "menu.edit");
    std::string screen = test::screenText(f.ui);
    CHECK(contains(screen, "Angre: Flytt gruppe 1.3"));
    CHECK_FALSE(contains(screen, "Gjør om:"));
    test::click(f.ui, "menu.edit.undo");
    CHECK(titleOnDisk(path) == "Før");

    test::click(f.ui, "menu.edit");
    screen = test::screenText(f.ui);
    CHECK(contains(screen, "Gjør om: Flytt gruppe 1.3"));
    test::click(f.ui, "menu.edit.redo");
    CHECK(titleOnDisk(path) == "Etter");
}

TEST_CASE("undo across panels: the changes of two panels come back in order", "[ui][shell]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("arena.innspill", "Før");
    f.openDirectly(path);
    app::EventSession& session = *f.ctx().session;
    REQUIRE(session.apply(retitle(session.event(), "Etter", "Endre tittel"))); // event panel
    app::Change themes("Legg til tema");                                       // themes panel
    auto after = session.event().themes;
    after.push_back(model::Theme{model::Id::generate(), "Nytt tema", "", {}});
    themes.themes(session.event().themes, after);
    REQUIRE(session.apply(themes));
    const size_t themeCount = session.event().themes.size();

    test::pressChord(f.ui, GLFW_KEY_Z);
    auto onDisk = test::onDisk(path);
    CHECK(onDisk.themes.size() == themeCount - 1);
    CHECK(onDisk.title == "Etter");
    test::pressChord(f.ui, GLFW_KEY_Z);
    CHECK(titleOnDisk(path) == "Før");
}

TEST_CASE("switching the language changes the menu labels and is remembered", "[ui][shell]") {
    ShellFixture f;
    f.ui.frame(2);
    std::string screen = test::screenText(f.ui);
    CHECK(contains(screen, "Fil"));
    CHECK(contains(screen, "Rediger"));
    CHECK(contains(screen, "Innstillinger"));

    test::click(f.ui, "menu.settings");
    test::click(f.ui, "menu.settings.language");
    test::click(f.ui, "menu.settings.language/en");
    f.ui.frame();
    screen = test::screenText(f.ui);
    CHECK(contains(screen, "File"));
    CHECK(contains(screen, "Edit"));
    CHECK(contains(screen, "Settings"));
    CHECK_FALSE(contains(screen, "Rediger"));
    CHECK(f.ctx().language == ui::Language::En);
    CHECK(f.ctx().settings.language == "en");
    CHECK(f.ctx().settingsDirty);

    test::click(f.ui, "menu.settings");
    test::click(f.ui, "menu.settings.language");
    test::click(f.ui, "menu.settings.language/nb");
    CHECK(contains(test::screenText(f.ui), "Rediger"));
    CHECK(f.ctx().settings.language == "nb");
}

TEST_CASE("nynorsk is the third language, stored as its code", "[ui][shell]") {
    ShellFixture f;
    f.ui.frame(2);
    test::click(f.ui, "menu.settings");
    test::click(f.ui, "menu.settings.language");
    // Named in itself, whatever the current language.
    CHECK(contains(test::screenText(f.ui), "Norsk (nynorsk)"));
    test::click(f.ui, "menu.settings.language/nn");
    f.ui.frame();
    CHECK(f.ctx().language == ui::Language::Nn);
    CHECK(f.ctx().settings.language == "nn");
    CHECK(f.ctx().settingsDirty);
    CHECK(std::string(f.ctx().tr("menu.settings")) ==
          lang::tr(lang::Language::Nn, "menu.settings"));
}

TEST_CASE("the language comes from the settings, or from the locale on a first start",
          "[ui][shell]") {
    const auto started = [](const std::string& stored, lang::Language locale) {
        ui::AppContext ctx;
        app::Settings settings;
        settings.language = stored;
        ui::startShell(ctx, settings, locale);
        return std::pair(ctx.language, ctx.settings.language);
    };
    // Settings written before nynorsk existed still load.
    CHECK(started("nb", lang::Language::En) == std::pair(ui::Language::Nb, std::string("nb")));
    CHECK(started("en", lang::Language::Nb) == std::pair(ui::Language::En, std::string("en")));
    CHECK(started("nn", lang::Language::En) == std::pair(ui::Language::Nn, std::string("nn")));
    // A first start takes the locale's language and keeps it.
    CHECK(started("", lang::Language::Nn) == std::pair(ui::Language::Nn, std::string("nn")));
    CHECK(started("", lang::Language::En) == std::pair(ui::Language::En, std::string("en")));
    // A code this version does not know (a newer or damaged file) is bokmål.
    CHECK(started("se", lang::Language::En).first == ui::Language::Nb);
}

TEST_CASE("zoom steps with Ctrl+= / Ctrl+- / Ctrl+0 and the View menu", "[ui][shell]") {
    ShellFixture f;
    f.ui.frame(2);
    test::pressChord(f.ui, GLFW_KEY_EQUAL);
    CHECK(f.ctx().settings.zoom == 1.1f);
    test::pressChord(f.ui, GLFW_KEY_KP_ADD);
    CHECK(f.ctx().settings.zoom == 1.25f);
    test::pressChord(f.ui, GLFW_KEY_MINUS);
    CHECK(f.ctx().settings.zoom == 1.1f);
    test::pressChord(f.ui, GLFW_KEY_0);
    CHECK(f.ctx().settings.zoom == 1.0f);
    test::click(f.ui, "menu.view");
    test::click(f.ui, "menu.view.zoomOut");
    CHECK(f.ctx().settings.zoom == 0.9f);
    test::click(f.ui, "menu.view");
    CHECK(contains(test::screenText(f.ui), "Vanlig størrelse (90 %)"));
    CHECK(f.ctx().settingsDirty);

    // A layout whose "+" is elsewhere: the platform fills these in.
    f.ctx().keys.zoomIn = {GLFW_KEY_MINUS};
    f.ctx().keys.zoomOut = {GLFW_KEY_SLASH};
    f.ui.pressKey(GLFW_KEY_ESCAPE);
    test::pressChord(f.ui, GLFW_KEY_MINUS);
    CHECK(f.ctx().settings.zoom == 1.0f);
    test::pressChord(f.ui, GLFW_KEY_SLASH);
    CHECK(f.ctx().settings.zoom == 0.9f);
}

TEST_CASE("the open tab is remembered and restored", "[ui][shell]") {
    ShellFixture f;
    f.openDirectly(f.makeEventFile("arena.innspill", "Arena"));
    CHECK(f.ctx().settings.tab == "overview");
    REQUIRE(f.ui.item("main.tab/themes") != nullptr);
    test::click(f.ui, "main.tab/themes");
    f.ui.frame();
    CHECK(f.ctx().settings.tab == "themes");

    // A new window (next start) brings the remembered tab to the front.
    test::UiHarness again(nullptr);
    again.ctx().workspace = &f.workspace;
    again.ctx().settings.tab = "themes";
    again.ctx().mainWindow.tabToSelect = "themes";
    again.frame(3);
    CHECK(again.ctx().settings.tab == "themes");
    test::click(again, "menu.view");
    test::click(again, "menu.view.tab/programme");
    again.frame(2);
    CHECK(again.ctx().settings.tab == "programme");
}

TEST_CASE("a failed write shows, is retried every two seconds and then shows saved",
          "[ui][shell]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("arena.innspill", "Arena");
    f.openDirectly(path);
    CHECK(f.ui.item("statusBar.saved") != nullptr);
    app::EventSession& session = *f.ctx().session;
    fillDisk(session);
    const app::Change change = bigChange(session.event());
    CHECK_FALSE(session.apply(change));
    REQUIRE(session.saveState() == app::SaveState::Failing);

    f.ui.frame();
    CHECK(f.ui.item("statusBar.notSaved") != nullptr);
    std::string screen = test::screenText(f.ui);
    // (The harness font has no en dash: "Ikke lagret – prøver igjen".)
    CHECK(contains(screen, "Ikke lagret"));
    CHECK(contains(screen, "prøver igjen"));
    CHECK(contains(screen, "arena.innspill"));
    // The loop is told to wake for the retry even without input.
    CHECK(ui::secondsUntilNextFrame(f.ctx()) > 0.0);
    CHECK(ui::secondsUntilNextFrame(f.ctx()) <= ui::kRetryInterval);

    emptyDisk(session);
    f.ui.frame(static_cast<int>(ui::kRetryInterval * 60.0) + 5);
    CHECK(session.saveState() == app::SaveState::Saved);
    CHECK(f.ui.item("statusBar.saved") != nullptr);
    // No more retries; the only timer left is the next backup of the changed
    // event, minutes away (app::BackupKeeper).
    CHECK(ui::secondsUntilNextFrame(f.ctx()) > 60.0);
    auto onDisk = test::onDisk(path);
    CHECK(onDisk.groups.front().inputs.size() == change.groups().front().after->inputs.size());
}

TEST_CASE("Quit with everything saved quits at once", "[ui][shell]") {
    ShellFixture f;
    f.openDirectly(f.makeEventFile("arena.innspill", "Arena"));
    CHECK_FALSE(ui::quitConfirmed(f.ctx()));
    test::pressChord(f.ui, GLFW_KEY_Q);
    CHECK(ui::quitConfirmed(f.ctx()));
}

TEST_CASE("Quit with writes that failed asks, and offers a copy", "[ui][shell]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("arena.innspill", "Arena");
    f.openDirectly(path);
    app::EventSession& session = *f.ctx().session;
    fillDisk(session);
    const app::Change change = bigChange(session.event());
    REQUIRE_FALSE(session.apply(change));

    SECTION("cancel, then discard") {
        test::pressChord(f.ui, GLFW_KEY_Q);
        f.ui.frame();
        CHECK_FALSE(ui::quitConfirmed(f.ctx()));
        REQUIRE(f.ui.item("files.unsaved.discard") != nullptr);
        CHECK(contains(test::screenText(f.ui), "Endringer er ikke lagret"));
        test::click(f.ui, "files.unsaved.cancel");
        CHECK_FALSE(ui::quitConfirmed(f.ctx()));
        CHECK(f.ui.item("files.unsaved.discard") == nullptr);

        // The window's close button asks the same.
        ui::requestQuitFromWindow(f.ctx());
        f.ui.frame(2);
        test::click(f.ui, "files.unsaved.discard");
        CHECK(ui::quitConfirmed(f.ctx()));
    }
    SECTION("save a copy, then quit") {
        test::click(f.ui, "menu.file");
        test::click(f.ui, "menu.file.quit");
        f.ui.frame();
        test::click(f.ui, "files.unsaved.saveCopy");
        f.ui.frame(2);
        CHECK_FALSE(ui::quitConfirmed(f.ctx()));
        test::click(f.ui, "browser.confirm");
        f.ui.frame();
        CHECK(ui::quitConfirmed(f.ctx()));
        // The copy holds the change the event file could not take.
        const auto copy = store::EventFile::open(f.dir / "arena (kopi).innspill")->load();
        CHECK(copy.groups.front().inputs.size() == change.groups().front().after->inputs.size());
    }
    SECTION("closing the event asks too") {
        test::pressChord(f.ui, GLFW_KEY_W);
        f.ui.frame();
        CHECK(f.ctx().session != nullptr);
        test::click(f.ui, "files.unsaved.discard");
        CHECK(f.ctx().session == nullptr);
        CHECK_FALSE(ui::quitConfirmed(f.ctx()));
    }
}
