// The file browser on its own: filters, typed paths, new folder, overwrite
// warning, keyboard, errors.
#include "shell_support.hpp"

#include "support/native_path.hpp"
#include "ui/shell/file_browser.hpp"

#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

class BrowserFixture {
  public:
    explicit BrowserFixture(ui::FileBrowserMode mode) {
        ui.setDraw([this](ui::AppContext& ctx) {
            ctx.itemRects.beginFrame();
            if (ui::drawFileBrowser(ctx, state)) {
                ++chosenCount;
            }
        });
        test::writeFile(dir / "a.innspill", "x");
        test::writeFile(dir / "b.innspill", "x");
        test::writeFile(dir / "rapport.docx", "x");
        fs::create_directory(dir / "arkiv");
        test::writeFile(dir / "arkiv/gammel.innspill", "x");

        ui::FileBrowserRequest request;
        request.mode = mode;
        request.filters = {ui::FileFilter{"browser.filterEvents", {".innspill"}},
                           ui::FileFilter{"browser.filterAll", {}}};
        request.folder = dir.path();
        request.sessionsFolder = dir / "arkiv";
        request.fileName = mode == ui::FileBrowserMode::Save ? "ny.innspill" : "";
        ui::openFileBrowser(state, request);
        ui.frame(2);
    }

    bool shows(const std::string& name) { return ui.item("browser.entry/" + name) != nullptr; }

    test::TempDir dir;
    test::UiHarness ui;
    ui::FileBrowserState state;
    int chosenCount = 0;
};

} // namespace

TEST_CASE("the filter shows event files, or everything", "[ui][browser]") {
    BrowserFixture f(ui::FileBrowserMode::Open);
    CHECK(f.shows("a.innspill"));
    CHECK(f.shows("arkiv"));
    CHECK_FALSE(f.shows("rapport.docx"));
    test::click(f.ui, "browser.filter");
    test::click(f.ui, "browser.filter/1");
    f.ui.frame();
    CHECK(f.shows("rapport.docx"));
    CHECK(f.shows("a.innspill"));
    CHECK(f.state.filterIndex == 1);
}

TEST_CASE("a typed path goes to a folder, or chooses a file", "[ui][browser]") {
    BrowserFixture f(ui::FileBrowserMode::Open);
    test::click(f.ui, "browser.path");
    test::replaceText(f.ui, (f.dir / "arkiv").string());
    f.ui.pressKey(GLFW_KEY_ENTER);
    CHECK(f.state.folder == f.dir / "arkiv");
    CHECK(f.shows("gammel.innspill"));
    CHECK(f.chosenCount == 0);

    test::click(f.ui, "browser.path");
    test::replaceText(f.ui, "../b.innspill"); // relative to the folder shown
    f.ui.pressKey(GLFW_KEY_ENTER);
    CHECK(f.chosenCount == 1);
    CHECK(f.state.chosen == f.dir / "b.innspill");
    CHECK(f.ui.item("browser.confirm") == nullptr);
}

TEST_CASE("a path that is not there is said so, and the browser stays", "[ui][browser]") {
    BrowserFixture f(ui::FileBrowserMode::Open);
    test::click(f.ui, "browser.path");
    test::replaceText(f.ui, "finnes-ikke.innspill");
    f.ui.pressKey(GLFW_KEY_ENTER);
    CHECK(f.chosenCount == 0);
    CHECK(f.state.error.find("finnes-ikke.innspill") != std::string::npos);
    CHECK(f.ui.item("browser.confirm") != nullptr);
}

TEST_CASE("a folder that cannot be read shows why", "[ui][browser]") {
    BrowserFixture f(ui::FileBrowserMode::Open);
    ui::browseTo(f.state, f.dir / "borte");
    f.ui.frame();
    CHECK(test::screenText(f.ui).find("finnes ikke") != std::string::npos);
    // Up still works: out of the missing folder into its parent.
    test::click(f.ui, "browser.up");
    CHECK(f.state.folder == f.dir.path());
    CHECK(f.state.listing.error.empty());
}

TEST_CASE("new folder: made, listed and selected; a bad name is refused", "[ui][browser]") {
    BrowserFixture f(ui::FileBrowserMode::Save);
    test::click(f.ui, "browser.newFolder");
    f.ui.frame(2);
    REQUIRE(f.ui.item("browser.newFolderName") != nullptr);
    test::typeText(f.ui, "a/b");
    test::click(f.ui, "browser.newFolderCreate");
    CHECK_FALSE(f.state.newFolderError.empty());
    CHECK(f.ui.item("browser.newFolderName") != nullptr);

    test::click(f.ui, "browser.newFolderName");
    test::replaceText(f.ui, "Dag 2");
    f.ui.pressKey(GLFW_KEY_ENTER);
    f.ui.frame();
    CHECK(fs::is_directory(f.dir / "Dag 2"));
    CHECK(f.ui.item("browser.newFolderName") == nullptr);
    CHECK(f.shows("Dag 2"));
    REQUIRE(f.state.selected >= 0);
    CHECK(f.state.listing.entries[static_cast<size_t>(f.state.selected)].name == "Dag 2");
}

TEST_CASE("saving over an existing file asks first", "[ui][browser]") {
    BrowserFixture f(ui::FileBrowserMode::Save);
    // Clicking a file takes its name into the name field.
    test::click(f.ui, "browser.entry/a.innspill");
    CHECK(f.state.nameText == "a.innspill");
    test::click(f.ui, "browser.confirm");
    f.ui.frame();
    REQUIRE(f.ui.item("browser.overwrite") != nullptr);
    test::click(f.ui, "browser.overwriteCancel");
    CHECK(f.chosenCount == 0);
    CHECK(f.ui.item("browser.confirm") != nullptr);

    test::click(f.ui, "browser.confirm");
    f.ui.frame();
    test::click(f.ui, "browser.overwrite");
    CHECK(f.chosenCount == 1);
    CHECK(f.state.chosen == f.dir / "a.innspill");
    CHECK(f.state.overwriteConfirmed);
}

TEST_CASE("saving adds the extension and does not ask for a new file", "[ui][browser]") {
    BrowserFixture f(ui::FileBrowserMode::Save);
    test::click(f.ui, "browser.fileName");
    test::replaceText(f.ui, "sluttrapport");
    f.ui.pressKey(GLFW_KEY_ENTER);
    CHECK(f.chosenCount == 1);
    CHECK(f.state.chosen == f.dir / "sluttrapport.innspill");
    CHECK_FALSE(f.state.overwriteConfirmed);
}

TEST_CASE("keyboard: Enter opens a folder, Backspace goes up, Escape cancels", "[ui][browser]") {
    BrowserFixture f(ui::FileBrowserMode::Open);
    test::click(f.ui, "browser.entry/arkiv");
    f.ui.pressKey(GLFW_KEY_ENTER);
    CHECK(f.state.folder == f.dir / "arkiv");
    f.ui.pressKey(GLFW_KEY_BACKSPACE);
    CHECK(f.state.folder == f.dir.path());
    test::click(f.ui, "browser.sessions");
    CHECK(f.state.folder == f.dir / "arkiv");
    test::click(f.ui, "browser.entry/gammel.innspill");
    f.ui.pressKey(GLFW_KEY_ESCAPE);
    f.ui.frame();
    CHECK(f.chosenCount == 0);
    CHECK(f.ui.item("browser.confirm") == nullptr);
}

TEST_CASE("typed paths: relative, home, normalised", "[ui][browser]") {
    const fs::path ab = test::nativeAbsolute("/a/b");
    CHECK(ui::resolveTypedPath(ab, "c.innspill") == test::nativeAbsolute("/a/b/c.innspill"));
    CHECK(ui::resolveTypedPath(ab, "../c") == test::nativeAbsolute("/a/c"));
    CHECK(ui::resolveTypedPath(ab, test::nativeAbsolute("/x/./y/").string()) ==
          test::nativeAbsolute("/x/y"));
    CHECK(ui::resolveTypedPath(ab, "~") == app::homeFolder().lexically_normal());
    CHECK(ui::resolveTypedPath(ab, "~/d") == (app::homeFolder() / "d").lexically_normal());
}
