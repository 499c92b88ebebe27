// Hand-ins through a synced folder in the app, headless on real files: the
// organiser watches a folder from the File menu (remembered per event), a
// kit copy without conflicts is merged as its own undo step and listed, one
// with conflicts waits in the merge dialog's queue with a badge; the
// facilitator chooses the kit's outbox and the status bar says the copy was
// written.
#include "shell_support.hpp"

#include "app/merge/kits.hpp"
#include "store/event_file.hpp"
#include "store/hand_in_copies.hpp"
#include "support/sample_event.hpp"
#include "ui/kits/hand_in_sync.hpp"
#include "ui/shell/app_context.hpp"

#include <catch2/catch.hpp>
#include <thread>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

// Frames across two polls of the watch (it polls on the real clock).
void framesAcrossPolls(test::UiHarness& ui, int polls = 2) {
    for (int i = 0; i < polls; ++i) {
        std::this_thread::sleep_for(app::HandInWatch::kPollInterval +
                                    std::chrono::milliseconds(50));
        ui.frame();
    }
    ui.frame();
}

void captureInKit(const fs::path& kit, const std::string& number) {
    auto file = store::EventFile::open(kit);
    file->writeGroup(test::capturedGroup(file->load(), number, 3));
}

} // namespace

TEST_CASE("Fil → Innlevering fra mappe: kits arrive by themselves — conflicts wait with a badge",
          "[ui][kits]") {
    test::ShellFixture f;
    const fs::path master = f.makeEventFile("master.innspill", "Åpen arena");
    const fs::path kari = f.dir / "kari.innspill";
    const fs::path ola = f.dir / "ola.innspill";
    app::makeKit(master, kari, "Kari", false);
    app::makeKit(master, ola, "Ola", false);
    const fs::path folder = f.dir / "innlevering";
    fs::create_directories(folder);
    f.openDirectly(master);
    auto& ctx = f.ctx();
    const size_t before = ctx.session->event().groups.size();

    ui::openHandInWatch(ctx); // no folder remembered yet: the browser asks
    f.ui.frame(2);
    ui::browseTo(ctx.handInWatch.browser, folder);
    f.ui.frame();
    test::click(f.ui, "browser.confirm");
    REQUIRE(ctx.handInWatch.watch != nullptr);
    CHECK(f.ui.item("watch.folder") != nullptr);

    captureInKit(kari, "1.7");
    store::writeHandInCopy(kari, folder, "kari.innspill", 100);
    framesAcrossPolls(f.ui);
    CHECK(ctx.session->event().groups.size() == before + 1);
    CHECK(ctx.session->undoLabel(ctx.language) == "Ta inn kit fra Kari");
    CHECK(f.ui.item("watch.line/0") != nullptr);
    CHECK(test::screenText(f.ui).find("Kari: 1 ny gruppe") != std::string::npos);

    // Ola changes a title the organiser changed too: a conflict, nothing merged.
    {
        auto file = store::EventFile::open(ola);
        model::Group group = file->load().groups.front();
        group.title = "Olas tittel";
        file->writeGroup(group);
    }
    {
        model::Event after = ctx.session->event();
        after.groups.front().title = "Arrangørens tittel";
        REQUIRE(ctx.session->apply(app::diffEvents(ctx.session->event(), after)));
    }
    const model::Event beforeOla = ctx.session->event();
    store::writeHandInCopy(ola, folder, "ola.innspill", 100);
    framesAcrossPolls(f.ui);
    CHECK(ctx.session->event() == beforeOla);
    CHECK(ui::queuedKits(ctx) == 1);
    CHECK(f.ui.item("watch.openQueue") != nullptr);
    // The File menu's badge.
    test::click(f.ui, "menu.file");
    INFO(test::screenText(f.ui));
    CHECK(test::screenText(f.ui).find("(1 venter)") != std::string::npos);
    f.ui.pressKey(GLFW_KEY_ESCAPE);
    f.ui.frame(2);
    // Opening the dialog takes the queued kit in, planned, with its conflict.
    test::click(f.ui, "watch.openQueue");
    CHECK(ui::queuedKits(ctx) == 0);
    REQUIRE(ctx.mergeKits.run.has_value());
    REQUIRE(ctx.mergeKits.accepted.size() == 1);
    CHECK(ctx.mergeKits.accepted.front().contents.record.facilitator == "Ola");
    CHECK(ctx.mergeKits.run->undecided() == 1);

    // Remembered per event: stopped, then started again from the menu at once.
    ui::stopWatching(ctx);
    ui::openHandInWatch(ctx);
    CHECK(ctx.handInWatch.watch != nullptr);
    CHECK(ctx.handInWatch.watch->folder() == fs::absolute(folder));
}

TEST_CASE("Fil → Utboks for kit: the kit's hand-in copy is written, the status bar says so",
          "[ui][kits]") {
    test::ShellFixture f;
    const fs::path master = f.makeEventFile("master.innspill", "Åpen arena");
    const fs::path kari = f.dir / "kari.innspill";
    app::makeKit(master, kari, "Kari", false);
    const fs::path outbox = f.dir / "utboks";
    fs::create_directories(outbox);

    // The master is not a kit: refused, said in the status bar.
    f.openDirectly(master);
    CHECK_FALSE(ui::chooseOutbox(f.ctx(), outbox));
    f.ui.frame();
    CHECK(f.ui.item("statusBar.outboxFailed") != nullptr);

    f.openDirectly(kari);
    ui::openOutboxChoice(f.ctx());
    f.ui.frame(2);
    ui::browseTo(f.ctx().outboxChoice.browser, outbox);
    f.ui.frame();
    test::click(f.ui, "browser.confirm");
    CHECK(f.ctx().outboxChoice.error.empty());
    for (int i = 0; i < 200 && !f.workspace.outbox().lastCopy(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        f.ui.frame();
    }
    f.ui.frame();
    CHECK(fs::exists(outbox / "kari.innspill"));
    CHECK(f.ui.item("statusBar.outbox") != nullptr);
    CHECK(test::screenText(f.ui).find("Utboks: kopi") != std::string::npos);
}
