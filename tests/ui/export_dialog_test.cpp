// The export dialog driven headless: choosing a format, the appendix
// question, the preview, and exporting through the file browser into a
// temporary folder with the background job.
#include "harness.hpp"

#include "app/event_session.hpp"
#include "app/export.hpp"
#include "support/challenge_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"
#include "ui/export/export_dialog.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <thread>

using namespace innspill;
namespace fs = std::filesystem;
using app::ExportFormat;
using app::ExportJobState;
using test::UiHarness;
using namespace std::chrono_literals;

namespace {

void drawDialog(ui::AppContext& ctx) {
    ctx.itemRects.beginFrame(); // what drawMainWindow does first
    ui::drawExportDialog(ctx);
}

// Everything the preview would print, as one string.
std::string previewText(const ui::ExportPreview& preview) {
    std::string all;
    for (const auto& block : preview.blocks) {
        all += block.label + " " + block.text + "\n";
    }
    for (const auto& row : preview.table.rows) {
        for (const auto& cell : row) {
            all += cell + "\n";
        }
    }
    return all;
}

// Names that must not appear in a public export: everybody who has not
// agreed to be named (participants, and initiators or facilitators without
// consent).
std::vector<std::string> privateNames(const model::Event& event) {
    std::vector<std::string> names;
    for (const auto& person : event.people) {
        if (!person.consent) {
            names.push_back(person.name);
        }
    }
    return names;
}

std::vector<std::string> participantNames(const model::Event& event) {
    std::vector<std::string> names;
    for (const auto& group : event.groups) {
        for (const auto& id : group.participants) {
            if (const auto* person = model::findPerson(event, id)) {
                names.push_back(person->name);
            }
        }
    }
    return names;
}

struct DialogFixture {
    // Declared first, destroyed last: a job still ending may wake.
    std::atomic<int> wakes = 0;
    test::TempDir dir;
    std::unique_ptr<app::EventSession> session;
    std::unique_ptr<UiHarness> ui;

    explicit DialogFixture(model::Event event = test::sampleEvent())
        : session(app::EventSession::inMemory(std::move(event))),
          ui(std::make_unique<UiHarness>(session.get())) {
        ctx().exportDialog.exportsFolder = dir.path();
        ctx().wakeFromAnyThread = [this] { ++wakes; };
        ui->setDraw(drawDialog);
        ui::openExportDialog(ctx());
        ui->frame(2);
    }

    ui::AppContext& ctx() { return ui->ctx(); }
    ui::ExportDialogState& state() { return ctx().exportDialog; }

    // Export… → the browser → confirm its suggested name; waits for the job.
    fs::path exportThroughBrowser() {
        REQUIRE(ui->clickItem("export.start"));
        ui->frame(2);
        REQUIRE(ui->item("browser.confirm") != nullptr);
        CHECK(state().browser.folder == fs::absolute(dir.path()));
        REQUIRE(ui->clickItem("browser.confirm"));
        REQUIRE(state().job->state() != ExportJobState::Idle);
        REQUIRE(state().job->wait(60s));
        ui->frame(2);
        return state().job->outcome().target;
    }
};

} // namespace

TEST_CASE("the export dialog writes the chosen format into the chosen folder", "[ui][export]") {
    DialogFixture f;
    const model::Event& event = f.session->event();

    struct Case {
        const char* name;
        ExportFormat format;
        std::string magic;
    };
    const Case cases[] = {
        {"md", ExportFormat::Markdown, "# "},      {"pdf", ExportFormat::Pdf, "%PDF-"},
        {"docx", ExportFormat::Docx, "PK"},        {"xlsx", ExportFormat::Xlsx, "PK"},
        {"html", ExportFormat::Html, "<!DOCTYPE"}, {"csv", ExportFormat::Csv, "\xEF\xBB\xBF"},
        {"json", ExportFormat::Json, "{"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        REQUIRE(f.ui->clickItem(std::string("export.format/") + c.name));
        CHECK(f.state().format == c.format);
        const int wakesBefore = f.wakes;
        const fs::path written = f.exportThroughBrowser();
        CHECK(f.state().job->state() == ExportJobState::Succeeded);
        CHECK(written == f.dir / app::exportFileName(event, c.format, {}));
        const std::string bytes = test::readFile(written);
        CHECK(bytes.starts_with(c.magic));
        if (c.format == ExportFormat::Markdown) {
            CHECK(bytes == app::renderExport(event, ExportFormat::Markdown, {}));
        }
        // Done: the result and the two ways to look at it are shown.
        CHECK(f.ui->item("export.done") != nullptr);
        CHECK(f.ui->item("export.openFile") != nullptr);
        CHECK(f.ui->item("export.showFolder") != nullptr);
        // The job wakes the frame loop once it has finished (just after its
        // state turns final, from its own thread).
        for (int i = 0; i < 200 && f.wakes == wakesBefore; ++i) {
            std::this_thread::sleep_for(5ms);
        }
        CHECK(f.wakes > wakesBefore);
    }
}

TEST_CASE("the preview shows the round headings and no private names", "[ui][export]") {
    DialogFixture f;
    const model::Event& event = f.session->event();
    const auto& preview = f.state().preview;
    REQUIRE(preview.built);
    REQUIRE(preview.mode == ui::PreviewMode::Report);

    // Every round of the programme has its heading, in programme order.
    size_t at = 0;
    for (const auto& day : event.days) {
        for (const auto& round : day.rounds) {
            const std::string heading = model::roundHeading(event, round.id);
            const auto found =
                std::find_if(preview.blocks.begin() + static_cast<long>(at), preview.blocks.end(),
                             [&](const app::PreviewBlock& b) {
                                 return b.style == app::PreviewStyle::Section && b.text == heading;
                             });
            CAPTURE(heading);
            REQUIRE(found != preview.blocks.end());
            at = static_cast<size_t>(found - preview.blocks.begin()) + 1;
        }
    }
    // The first round's heading is drawn; scrolled to the end, the last one.
    const std::string first = model::roundHeading(event, event.days.front().rounds.front().id);
    const std::string last = model::roundHeading(event, event.days.back().rounds.back().id);
    f.ui->frame();
    // The rect is copied: the recorder's map is rebuilt every frame.
    const ui::ItemRect* recorded = f.ui->item("export.preview");
    REQUIRE(recorded != nullptr);
    const ImVec2 centre = recorded->center();
    for (int i = 0; i < 40 && f.ui->item("export.preview.section/" + first) == nullptr; ++i) {
        f.ui->scrollWheel(centre, -1.0f);
    }
    CHECK(f.ui->item("export.preview.section/" + first) != nullptr);
    for (int i = 0; i < 80 && f.ui->item("export.preview.section/" + last) == nullptr; ++i) {
        f.ui->scrollWheel(centre, -1.0f);
    }
    CHECK(f.ui->item("export.preview.section/" + last) != nullptr);

    // No name of anyone who has not agreed to be named, in any preview.
    const std::string report = previewText(preview);
    for (const auto& name : privateNames(event)) {
        CAPTURE(name);
        CHECK(report.find(name) == std::string::npos);
    }
    REQUIRE(f.ui->clickItem("export.kind/thematic"));
    f.ui->frame();
    CHECK(f.state().preview.kind == io::report::ReportKind::Thematic);
    REQUIRE(f.ui->clickItem("export.format/xlsx"));
    f.ui->frame();
    REQUIRE(f.state().preview.mode == ui::PreviewMode::Table);
    CHECK_FALSE(f.state().preview.table.rows.empty());
    for (const auto& name : privateNames(event)) {
        CAPTURE(name);
        CHECK(previewText(f.state().preview).find(name) == std::string::npos);
    }
}

TEST_CASE("the challenge report: chosen, previewed, its table, exported", "[ui][export]") {
    DialogFixture f(test::challengeEvent());
    const model::Event& event = f.session->event();
    REQUIRE(f.ui->clickItem("export.format/pdf"));
    REQUIRE(f.ui->clickItem("export.kind/challenges"));
    f.ui->frame();
    CHECK(f.state().kind == io::report::ReportKind::Challenges);
    CHECK(f.state().preview.kind == io::report::ReportKind::Challenges);
    const std::string report = previewText(f.state().preview);
    for (const char* text : {"Oppsummering", "Utfordring A: Mangel på strukturert samarbeid",
                             "Utfordring B", "Kilder: 1.2, 1.6", "Grunnlag",
                             "Kilder: 2.7; 1 kilde slettet", "Muligheter og innspill:"}) {
        CAPTURE(text);
        CHECK(report.find(text) != std::string::npos);
    }
    // In CSV and Excel the same choice is the traceability table.
    REQUIRE(f.ui->clickItem("export.format/csv"));
    f.ui->frame();
    REQUIRE(f.state().preview.mode == ui::PreviewMode::Table);
    CHECK(f.state().preview.table.header.size() == 7);
    CHECK(previewText(f.state().preview).find("Parkert: Utenfor mandatet") != std::string::npos);
    // Exported as the preview showed it.
    REQUIRE(f.ui->clickItem("export.format/md"));
    const fs::path written = f.exportThroughBrowser();
    CHECK(f.state().job->state() == ExportJobState::Succeeded);
    io::report::ReportOptions options;
    options.kind = io::report::ReportKind::Challenges;
    CHECK(written == f.dir / app::exportFileName(event, ExportFormat::Markdown, options));
    CHECK(written.filename().string().find("utfordringsbilde") != std::string::npos);
    CHECK(test::readFile(written) == app::renderExport(event, ExportFormat::Markdown, options));
}

TEST_CASE("the appendix is an explicit question, no by default, asked afresh each time",
          "[ui][export]") {
    DialogFixture f;
    const model::Event& event = f.session->event();
    REQUIRE_FALSE(participantNames(event).empty());

    CHECK(f.ui->item("export.appendix.question") != nullptr);
    REQUIRE(f.ui->item("export.appendix/no") != nullptr);
    REQUIRE(f.ui->item("export.appendix/yes") != nullptr);
    CHECK_FALSE(f.state().includeAppendix);

    REQUIRE(f.ui->clickItem("export.appendix/yes"));
    f.ui->frame();
    CHECK(f.state().includeAppendix);
    CHECK(f.state().preview.includeAppendix);
    const std::string internal = previewText(f.state().preview);
    for (const auto& name : participantNames(event)) {
        CAPTURE(name);
        CHECK(internal.find(name) != std::string::npos);
    }
    // The file is named as internal, and it holds the names.
    REQUIRE(f.ui->clickItem("export.format/md"));
    const fs::path written = f.exportThroughBrowser();
    CHECK(written.filename().string().find("intern") != std::string::npos);
    CHECK(test::readFile(written).find(participantNames(event).front()) != std::string::npos);

    REQUIRE(f.ui->clickItem("export.appendix/no"));
    f.ui->frame();
    CHECK_FALSE(f.state().includeAppendix);
    const std::string publicText = previewText(f.state().preview);
    for (const auto& name : privateNames(event)) {
        CAPTURE(name);
        CHECK(publicText.find(name) == std::string::npos);
    }

    // Yes again, close, open: the question starts at no.
    REQUIRE(f.ui->clickItem("export.appendix/yes"));
    REQUIRE(f.ui->clickItem("export.close"));
    ui::openExportDialog(f.ctx());
    f.ui->frame(2);
    CHECK_FALSE(f.state().includeAppendix);
    CHECK(f.state().format == ExportFormat::Markdown); // the format is remembered

    // The JSON archive always holds every name: no question, a warning.
    REQUIRE(f.ui->clickItem("export.format/json"));
    f.ui->frame();
    CHECK(f.ui->item("export.appendix/yes") == nullptr);
    CHECK(f.state().preview.mode == ui::PreviewMode::Archive);
    CHECK(f.state().preview.archive.groups == event.groups.size());
}

TEST_CASE("a failed export says why in the dialog and writes nothing", "[ui][export]") {
    DialogFixture f;
    const fs::path target = f.dir / "finnes-ikke" / "rapport.pdf";
    ui::startExport(f.ctx(), target);
    REQUIRE(f.state().job->wait(30s));
    f.ui->frame(2);
    CHECK(f.state().job->state() == ExportJobState::Failed);
    CHECK(f.ui->item("export.error") != nullptr);
    CHECK(lang::render(lang::Language::Nb, f.state().job->outcome().message)
              .find("mappen finnes ikke") != std::string::npos);
    CHECK_FALSE(fs::exists(target));
    // Export… is offered again.
    CHECK(f.ui->item("export.start") != nullptr);
}

TEST_CASE("a long export shows progress, keeps drawing and can be cancelled", "[ui][export]") {
    model::Event big = test::sampleEvent();
    const model::Group pattern = big.groups.front();
    for (int i = 0; i < 800; ++i) {
        model::Group group;
        group.id = model::Id::generate();
        group.number = "8." + std::to_string(i + 1);
        group.title = "Gruppe " + std::to_string(i + 1);
        group.roundId = pattern.roundId;
        group.status = model::GroupStatus::Met;
        for (int k = 0; k < 25; ++k) {
            model::Input input;
            input.id = model::Id::generate();
            input.text = "Innspill " + std::to_string(k) + " om tjenester som henger sammen.";
            group.inputs.push_back(std::move(input));
        }
        big.groups.push_back(std::move(group));
    }
    DialogFixture f(std::move(big));

    // Only what is in view is drawn, however long the report.
    CHECK(f.state().preview.blocks.size() > 20000);
    CHECK(f.ui->ctx().itemRects.countWithPrefix("export.preview.group/") < 60);

    REQUIRE(f.ui->clickItem("export.format/pdf"));
    ui::startExport(f.ctx(), f.dir / "stor.pdf");
    REQUIRE(f.state().job->running());
    f.ui->frame(2); // frames go on while the job renders
    CHECK(f.ui->item("export.progress") != nullptr);
    CHECK(f.ctx().wakeAfter > 0.0); // asks for frames to move the bar
    REQUIRE(f.ui->clickItem("export.cancel"));
    CHECK(f.state().job->state() == ExportJobState::Cancelled);
    f.ui->frame();
    CHECK(f.ui->item("export.cancelled") != nullptr);
    f.state().job.reset(); // waits for the cancelled render to end
    CHECK_FALSE(fs::exists(f.dir / "stor.pdf"));
}

TEST_CASE("the preview says how many posted groups are left out and why", "[ui][export]") {
    DialogFixture f(test::reportRulesEvent(model::NamePolicy::WithConsent));
    f.ui->frame();
    const auto& preview = f.state().preview;
    REQUIRE(preview.built);
    CHECK(lang::render(lang::Language::Nb, preview.leftOut) ==
          "2 grupper er ikke med: 1 slått opp, ikke gjennomført; 1 avlyst");
    CHECK(f.ui->item("export.leftOut") != nullptr);
    // The empty round is not in the preview; the group without inputs is, and says so.
    const std::string text = previewText(preview);
    CHECK(text.find("gruppesesjon 4") == std::string::npos);
    CHECK(text.find("Ingen innspill registrert.") != std::string::npos);

    // The tables leave out the same groups; the archive holds every group.
    REQUIRE(f.ui->clickItem("export.format/csv"));
    f.ui->frame();
    CHECK(f.ui->item("export.leftOut") != nullptr);
    REQUIRE(f.ui->clickItem("export.format/json"));
    f.ui->frame();
    CHECK(f.state().preview.leftOut.empty());
    CHECK(f.ui->item("export.leftOut") == nullptr);
}

TEST_CASE("the preview says nothing about left-out groups when there are none", "[ui][export]") {
    auto event = test::sampleEvent();
    std::erase_if(event.groups, [](const model::Group& g) { return g.number == "1.2"; });
    DialogFixture f(event);
    f.ui->frame();
    CHECK(f.state().preview.leftOut.empty());
    CHECK(f.ui->item("export.leftOut") == nullptr);
}
