// The import-notes dialog driven headless against a real event file: paste,
// preview, import, undo; a file chosen in the browser; a binary file refused.
#include "harness.hpp"

#include "app/event_session.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/temp_dir.hpp"
#include "ui/export/import_notes_dialog.hpp"

#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <filesystem>

using namespace innspill;
namespace fs = std::filesystem;
using test::UiHarness;

namespace {

// Two groups in the report's convention, and one line the importer cannot
// place (a facilitator line after the inputs, line 15).
const char* const kNotes = "DAG 1, gruppesesjon 1\n"
                           "\n"
                           "1.1 Bedre samhandling mellom tjenestene\n"
                           "Initiativtaker: Kari Nordmann, Helse Vest\n"
                           "Støttefasilitator: Anne og Pernilla\n"
                           "Antall deltakere: 3 + 2\n"
                           "Innspill til strategien:\n"
                           "• Brukerne må være med fra start\n"
                           "  o også i kommunene\n"
                           "• Felles journal\n"
                           "\n"
                           "1.2 Kompetanse i kommunene\n"
                           "Innspill til strategien:\n"
                           "- Mer veiledning\n"
                           "Støttefasilitator: Kom for sent\n";

struct Fixture {
    test::TempDir dir;
    fs::path path = dir / "arrangement.innspill";
    std::unique_ptr<app::EventSession> session;
    std::unique_ptr<UiHarness> ui;

    Fixture() {
        auto opened = test::createAndOpen(path, model::makeEvent("Åpen arena"));
        session = std::move(opened.session);
        ui = std::make_unique<UiHarness>(session.get());
        ui->setDraw([](ui::AppContext& ctx) {
            ctx.itemRects.beginFrame(); // what drawMainWindow does first
            ui::drawImportNotesDialog(ctx);
        });
        ui::openImportNotesDialog(ctx());
        ui->frame(2);
    }

    ui::AppContext& ctx() { return ui->ctx(); }
    ui::ImportNotesDialogState& state() { return ctx().importNotes; }

    model::Event onDisk() const { return test::onDisk(path); }

    // Puts `text` on the clipboard and presses Ctrl+V in the paste box.
    void paste(const char* text) {
        REQUIRE(ui->clickItem("notes.text"));
        ImGui::SetClipboardText(text);
        ImGui::GetIO().KeyCtrl = true;
        ui->pressKey(GLFW_KEY_V);
        ImGui::GetIO().KeyCtrl = false;
        ui->frame();
    }

    // Lets the preview's delay pass.
    void settle() { ui->frame(static_cast<int>(ui::kNotesPreviewDelaySeconds * 60.0) + 5); }
};

} // namespace

TEST_CASE("pasted notes are previewed, imported as one step and undone as one", "[ui][notes]") {
    Fixture f;
    f.paste(kNotes);
    CHECK(f.state().text == kNotes);
    // Nothing is planned while the text is still changing…
    CHECK(f.state().planStale);
    // …and a moment later the preview lists exactly what will happen.
    f.settle();
    REQUIRE(f.state().plan.has_value());
    const auto& plan = *f.state().plan;
    CHECK(plan.groupsRead == 2);
    CHECK(f.ui->item("notes.counts") != nullptr);
    size_t groupLines = 0;
    for (const auto& created : plan.created) {
        const auto line = lang::render(lang::Language::Nb, created);
        CAPTURE(line);
        CHECK(f.ui->item("notes.created/" + line) != nullptr);
        groupLines +=
            line.find("1.1") != std::string::npos || line.find("1.2") != std::string::npos;
    }
    CHECK(groupLines == 2);
    // The line that could not be placed is reported with its number.
    bool warnedLine15 = false;
    for (const auto& warning : plan.warnings) {
        UNSCOPED_INFO(warning.line << ": " << lang::render(lang::Language::Nb, warning.message));
        warnedLine15 = warnedLine15 || warning.line == 15;
    }
    CHECK(warnedLine15);
    CHECK(f.ctx().itemRects.countWithPrefix("notes.warning/") == plan.warnings.size());
    // Nothing is written before Import.
    CHECK(f.onDisk().groups.empty());
    CHECK(f.session->event().groups.empty());

    REQUIRE(f.ui->clickItem("notes.import"));
    CHECK(f.state().imported);
    f.ui->frame();
    CHECK(f.ui->item("notes.imported") != nullptr);
    const model::Event imported = f.onDisk();
    REQUIRE(model::findGroupByNumber(imported, "1.1") != nullptr);
    REQUIRE(model::findGroupByNumber(imported, "1.2") != nullptr);
    const model::Group& first = *model::findGroupByNumber(imported, "1.1");
    CHECK(first.title == "Bedre samhandling mellom tjenestene");
    CHECK(first.inputs.size() == 2);
    CHECK(first.participantNote == "3 + 2");
    CHECK(imported.people.size() >= 3); // Kari, Anne, Pernilla
    CHECK(f.session->event().groups.size() == 2);

    // Importing the same notes again would change nothing: the preview says so.
    f.ui->frame();
    CHECK(f.ui->item("notes.nothing") != nullptr);

    // One undo removes the whole import, in memory and on disk.
    REQUIRE(f.session->canUndo());
    REQUIRE(f.session->undo());
    CHECK(f.session->event().groups.empty());
    CHECK(f.session->event().people.empty());
    CHECK(f.session->event().days.empty());
    const model::Event undone = f.onDisk();
    CHECK(undone.groups.empty());
    CHECK(undone.people.empty());
    CHECK_FALSE(f.session->canUndo());
}

TEST_CASE("Import plans again against the event as it is now", "[ui][notes]") {
    Fixture f;
    f.paste(kNotes);
    f.settle();
    REQUIRE(f.state().plan.has_value());
    // The event changes under the preview (here: the same notes imported
    // from elsewhere); the stale plan would create the groups a second time.
    f.session->apply(
        app::changeFor(f.session->event(), io::notes::importNotesText(f.session->event(), kNotes)));
    REQUIRE(f.session->event().groups.size() == 2);
    CHECK(ui::importNotesNow(f.ctx()) == false); // nothing left to do
    CHECK(f.session->event().groups.size() == 2);
    CHECK(f.onDisk().groups.size() == 2);
}

TEST_CASE("notes chosen in the file browser fill the box and the preview", "[ui][notes]") {
    Fixture f;
    const fs::path notes = f.dir / "notater.txt";
    // Windows-1252, as Word on Windows saves plain text.
    std::string cp1252 = kNotes;
    const std::pair<std::string, std::string> codes[] = {
        {"\xC3\xB8", "\xF8"},     // ø
        {"\xC3\xA5", "\xE5"},     // å
        {"\xC3\xA6", "\xE6"},     // æ
        {"\xE2\x80\xA2", "\x95"}, // •
    };
    for (const auto& [utf8, code] : codes) {
        for (size_t at = cp1252.find(utf8); at != std::string::npos; at = cp1252.find(utf8, at)) {
            cp1252.replace(at, utf8.size(), code);
        }
    }
    REQUIRE(cp1252.find('\xC3') == std::string::npos);
    test::writeFile(notes, cp1252);

    REQUIRE(f.ui->clickItem("notes.chooseFile"));
    f.ui->frame(2);
    REQUIRE(f.ui->item("browser.path") != nullptr);
    ui::browseTo(f.state().browser, f.dir.path());
    f.ui->frame(2);
    REQUIRE(f.ui->clickItem("browser.entry/notater.txt"));
    REQUIRE(f.ui->clickItem("browser.confirm"));
    f.ui->frame(2);
    CHECK(f.state().sourceName == "notater.txt");
    CHECK(f.state().sourceEncoding == io::notes::SourceEncoding::Windows1252);
    CHECK(f.state().text == kNotes); // decoded to UTF-8
    REQUIRE(f.state().plan.has_value());
    CHECK(f.state().plan->groupsRead == 2);
    REQUIRE(f.ui->clickItem("notes.import"));
    CHECK(f.onDisk().groups.size() == 2);
}

TEST_CASE("a file that is not text is refused with a clear message", "[ui][notes]") {
    Fixture f;
    f.paste(kNotes);
    f.settle();
    const fs::path binary = f.dir / "rapport.pdf";
    constexpr char kBinary[] = "%PDF-1.7\n\x00\x01\x02\x03\xFF\xFE binary";
    test::writeFile(binary, std::string(kBinary, sizeof kBinary - 1));
    ui::loadNotesFile(f.ctx(), binary);
    f.ui->frame();
    CHECK(f.ui->item("notes.fileError") != nullptr);
    CHECK(f.state().fileError.find("rapport.pdf") != std::string::npos);
    CHECK(f.state().fileError.find("ikke en tekstfil") != std::string::npos);
    // What was in the box stays, and nothing was imported.
    CHECK(f.state().text == kNotes);
    CHECK(f.session->event().groups.empty());
    CHECK(f.onDisk().groups.empty());
}

TEST_CASE("Escape in the paste box keeps the pasted text", "[ui][notes]") {
    Fixture f;
    f.paste(kNotes);
    REQUIRE(f.state().text == kNotes);
    f.ui->pressKey(GLFW_KEY_ESCAPE); // leaves the box (ImGui would revert it)
    CHECK(f.state().text == kNotes);
    CHECK(f.ui->item("notes.text") != nullptr); // the dialog is still open
    f.ui->pressKey(GLFW_KEY_ESCAPE);            // a second Escape closes the dialog
    CHECK(f.ui->item("notes.text") == nullptr);
    CHECK(f.state().text == kNotes);
}

TEST_CASE("a file loaded while the paste box has the keyboard replaces its text", "[ui][notes]") {
    Fixture f;
    f.paste("1.1 Noe annet\n"); // the box is active with its own copy of the text
    const fs::path notes = f.dir / "notater.txt";
    test::writeFile(notes, kNotes);
    ui::loadNotesFile(f.ctx(), notes);
    f.ui->frame(3);
    CHECK(f.state().text == kNotes);
    f.settle();
    REQUIRE(f.state().plan.has_value());
    CHECK(f.state().plan->groupsRead == 2);
    // Clear empties the box the same way.
    REQUIRE(f.ui->clickItem("notes.text"));
    REQUIRE(f.ui->clickItem("notes.clear"));
    f.ui->frame(2);
    CHECK(f.state().text.empty());
    CHECK(f.state().sourceName.empty());
}

TEST_CASE("\"names are published\" records the initiators' and facilitators' consent",
          "[ui][notes]") {
    Fixture f;
    f.paste(kNotes);
    f.settle();
    REQUIRE(f.state().plan.has_value());
    for (const auto& person : f.state().plan->event.people) {
        CHECK_FALSE(person.consent);
    }
    REQUIRE(f.ui->item("notes.namesPublished") != nullptr);
    REQUIRE(f.ui->clickItem("notes.namesPublished"));
    CHECK(f.state().namesPublished);
    f.ui->frame(2); // the preview follows at once
    REQUIRE(f.state().plan.has_value());
    bool said = false;
    for (const auto& line : f.state().plan->updated) {
        said = said || lang::render(lang::Language::Nb, line).find("samtykke registrert") !=
                           std::string::npos;
    }
    CHECK(said);

    REQUIRE(f.ui->clickItem("notes.import"));
    const model::Event imported = f.onDisk();
    REQUIRE(imported.people.size() >= 3); // Kari, Anne, Pernilla
    for (const auto& person : imported.people) {
        INFO(person.name);
        CHECK(person.consent);
    }
    // Still one undo step for the whole import.
    REQUIRE(f.session->undo());
    CHECK(f.onDisk().people.empty());
}
