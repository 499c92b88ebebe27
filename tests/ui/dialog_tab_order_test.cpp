// Keyboard order = reading order in the dialogs (issue 15): export, import
// notes, facilitator kits and merging kits. ImGui 1.86 stops Tab only at text
// fields (tab_order.hpp checks those on the forms); a dialog's buttons and
// choices are reached with the arrow keys. So the checks here are the ones a
// keyboard user makes: where the keyboard is when the dialog opens (its
// first step, at the top), and that Down, again and again, goes on through
// the controls in reading order down to the dialog's buttons.
#include "harness.hpp"
#include "tab_order.hpp"

#include "app/event_session.hpp"
#include "store/event_file.hpp"
#include "support/opened_event.hpp"
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
        auto opened = test::createAndOpen(path, test::sampleEvent());
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

// The control with the keyboard (if any: else the first Down puts it on the
// first control), then the ones Down reaches, each once, up to `last` (a
// dialog's arrows wrap round from its last control to its first) or
// `presses` presses.
std::vector<std::string> arrowThrough(UiHarness& ui, const std::string& last, int presses = 30) {
    std::vector<std::string> visited;
    if (const std::string first = test::focusedItem(ui); !first.empty()) {
        visited.push_back(first);
    }
    for (int i = 0; i < presses && (visited.empty() || visited.back() != last); ++i) {
        ui.pressKey(GLFW_KEY_DOWN);
        ui.frame(2);
        const std::string key = test::focusedItem(ui);
        if (key.empty() || (!visited.empty() && key == visited.back())) {
            continue; // an unrecorded control, or nothing further down
        }
        if (std::find(visited.begin(), visited.end(), key) != visited.end()) {
            break;
        }
        visited.push_back(key);
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

// Escape: the text field that has the keyboard lets go of it (the dialog stays).
void leaveField(UiHarness& ui) {
    ui.pressKey(GLFW_KEY_ESCAPE);
    ui.frame(2);
}

} // namespace

TEST_CASE("keyboard order: the export dialog, from the format down to Export", "[ui]") {
    Dialog dialog(ui::openExportDialog, ui::drawExportDialog);
    // The keyboard is on the chosen format when the dialog opens.
    CHECK(test::focusedItem(*dialog.ui) == "export.format/pdf");
    const auto visited = arrowThrough(*dialog.ui, "export.start");
    INFO("reached: " << joined(visited));
    REQUIRE(visited.size() >= 4);
    // The keyboard starts on the chosen format, the form's first control.
    CHECK(visited.front() == "export.format/pdf");
    CHECK(reached(visited, "export.format/docx"));
    CHECK(reached(visited, "export.kind/proceedings"));
    CHECK(reached(visited, "export.appendix/no"));
    // Then the footer's primary Export (Close is beside it, to the right).
    CHECK(visited.back() == "export.start");
    test::checkReadingOrder(*dialog.ui, visited);
}

TEST_CASE("keyboard order: the import-notes dialog starts in the text, then its buttons", "[ui]") {
    Dialog dialog(ui::openImportNotesDialog, ui::drawImportNotesDialog);
    CHECK(test::focusedItem(*dialog.ui) == "notes.text");
    leaveField(*dialog.ui);
    REQUIRE(dialog.ui->item("notes.close") != nullptr); // still open
    const auto visited = arrowThrough(*dialog.ui, "notes.close");
    INFO("reached: " << joined(visited));
    CHECK(reached(visited, "notes.close"));
    test::checkReadingOrder(*dialog.ui, visited);
}

TEST_CASE("keyboard order: the kits dialog, names, folder, then Close, and Tab from the names",
          "[ui]") {
    Dialog dialog(ui::openMakeKitsDialog, ui::drawMakeKitsDialog);
    auto& ui = *dialog.ui;
    const auto visited = arrowThrough(ui, "kits.close");
    INFO("reached: " << joined(visited));
    REQUIRE(visited.size() >= 3);
    CHECK(visited[0] == "kits.names"); // the first control, not edited by the arrows
    CHECK(visited[1] == "kits.chooseFolder");
    CHECK(visited.back() == "kits.close");
    test::checkReadingOrder(ui, visited);

    // Typing in the names, Tab goes on to the folder button and types nothing.
    REQUIRE(ui.clickItem("kits.names"));
    ui.frame();
    ImGui::GetIO().AddInputCharactersUTF8("Kari");
    ui.frame();
    ui.pressKey(GLFW_KEY_TAB);
    ui.frame(2);
    CHECK(test::focusedItem(ui) == "kits.chooseFolder");
    CHECK(ui.ctx().makeKits.names.find("Kari") != std::string::npos);
    CHECK(ui.ctx().makeKits.names.find('\t') == std::string::npos);
}

TEST_CASE("keyboard order: the merge dialog, adding kits before Close", "[ui]") {
    Dialog dialog([](ui::AppContext& ctx) { ui::openMergeKitsDialog(ctx); },
                  ui::drawMergeKitsDialog);
    CHECK(test::focusedItem(*dialog.ui) == "merge.addKits"); // from the start
    const auto visited = arrowThrough(*dialog.ui, "merge.close");
    INFO("reached: " << joined(visited));
    REQUIRE(visited.size() >= 2);
    CHECK(visited.front() == "merge.addKits");
    CHECK(visited.back() == "merge.close");
    test::checkReadingOrder(*dialog.ui, visited);
}
