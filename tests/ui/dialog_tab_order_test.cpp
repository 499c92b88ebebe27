// Keyboard order = reading order in the dialogs (issue 15): export,
// import notes, facilitator kits and merging kits. ImGui 1.86 stops Tab only
// at text fields (tab_order.hpp checks those on the forms); a dialog's
// buttons and choices are reached with the arrow keys, so the check here is
// the one a keyboard user makes: from the dialog's first control, Down again
// and again, and every control reached comes after the one before in
// reading order, down to the dialog's buttons.
#include "harness.hpp"
#include "tab_order.hpp"

#include "app/event_session.hpp"
#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"
#include "ui/export/export_dialog.hpp"
#include "ui/export/import_notes_dialog.hpp"
#include "ui/kits/kits_dialog.hpp"
#include "ui/kits/merge_dialog.hpp"

#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace innspill;
using test::UiHarness;

namespace {

struct Dialog {
    test::TempDir dir;
    std::filesystem::path path = dir / "arrangement.innspill";
    std::unique_ptr<app::EventSession> session;
    std::unique_ptr<UiHarness> ui;

    Dialog(void (*open)(ui::AppContext&), void (*draw)(ui::AppContext&)) {
        store::EventFile::create(path, test::sampleEvent());
        auto opened = app::openEvent(path);
        REQUIRE(opened);
        session = std::move(opened.session);
        ui = std::make_unique<UiHarness>(session.get());
        ui->setDraw([draw](ui::AppContext& ctx) {
            ctx.itemRects.beginFrame(); // what drawMainWindow does first
            draw(ctx);
        });
        open(ui->ctx());
        ui->frame(3);
    }
};

// Presses Down `presses` times (the first press puts the keyboard on the
// dialog's first control); the recorded controls reached, each once, in order.
std::vector<std::string> arrowThrough(UiHarness& ui, int presses) {
    std::vector<std::string> visited;
    for (int i = 0; i < presses; ++i) {
        ui.pressKey(GLFW_KEY_DOWN);
        ui.frame(2);
        const std::string key = test::focusedItem(ui);
        if (!key.empty() && std::find(visited.begin(), visited.end(), key) == visited.end()) {
            visited.push_back(key);
        }
    }
    return visited;
}

bool reached(const std::vector<std::string>& visited, const std::string& key) {
    return std::find(visited.begin(), visited.end(), key) != visited.end();
}

std::string joined(const std::vector<std::string>& keys) {
    std::string all;
    for (const auto& key : keys) {
        all += key + " ";
    }
    return all;
}

} // namespace

TEST_CASE("keyboard order: the export dialog, formats down to Export", "[ui]") {
    Dialog dialog(ui::openExportDialog, ui::drawExportDialog);
    const auto visited = arrowThrough(*dialog.ui, 24);
    INFO("reached: " << joined(visited));
    REQUIRE(visited.size() >= 4);
    CHECK(visited.front().rfind("export.format/", 0) == 0);
    CHECK(reached(visited, "export.kind/proceedings"));
    CHECK(reached(visited, "export.appendix/no"));
    CHECK(reached(visited, "export.start"));
    test::checkReadingOrder(*dialog.ui, visited);
}

TEST_CASE("keyboard order: the import-notes dialog, file and text before Import", "[ui]") {
    Dialog dialog(ui::openImportNotesDialog, ui::drawImportNotesDialog);
    const auto visited = arrowThrough(*dialog.ui, 12);
    INFO("reached: " << joined(visited));
    REQUIRE(visited.size() >= 2);
    CHECK(visited.front() == "notes.chooseFile");
    test::checkReadingOrder(*dialog.ui, visited);
}

TEST_CASE("keyboard order: the kits dialog, names, folder, then Make", "[ui]") {
    Dialog dialog(ui::openMakeKitsDialog, ui::drawMakeKitsDialog);
    // The names field is a text field: Tab leaves it for no other field,
    // and Down from outside it goes on to the folder button.
    const auto visited = arrowThrough(*dialog.ui, 12);
    INFO("reached: " << joined(visited));
    REQUIRE(visited.size() >= 2);
    CHECK(reached(visited, "kits.chooseFolder"));
    test::checkReadingOrder(*dialog.ui, visited);
}

TEST_CASE("keyboard order: the merge dialog, adding kits before Merge", "[ui]") {
    Dialog dialog([](ui::AppContext& ctx) { ui::openMergeKitsDialog(ctx); },
                  ui::drawMergeKitsDialog);
    const auto visited = arrowThrough(*dialog.ui, 12);
    INFO("reached: " << joined(visited));
    REQUIRE(visited.size() >= 2);
    CHECK(visited.front() == "merge.addKits");
    test::checkReadingOrder(*dialog.ui, visited);
}
