// File safety in the shell, headless: Restore from backup…, the offer of
// the newest good backup when a damaged file is opened, and the one-time
// warning for an event file on a network share.
#include "shell_support.hpp"
#include "support/backup_files.hpp"

#include "store/backup.hpp"
#include "store/event_file.hpp"
#include "ui/shell/file_actions.hpp"
#include "ui/shell/file_safety.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <thread>

using namespace innspill;
using test::ShellFixture;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

using test::eventFilesWith;
using test::renameFirstGroup;

bool contains(std::string text, const std::string& part) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text.find(part) != std::string::npos;
}

// Lets the keeper's first backup of a newly opened file end, then removes
// it, so a test starts with only the backups it makes.
void withoutFirstBackup(ShellFixture& f) {
    for (int i = 0; i < 500 && f.workspace.backups().running(); ++i) {
        std::this_thread::sleep_for(10ms);
    }
    f.ui.frame();
    fs::remove_all(f.dir / ".backups");
}

} // namespace

TEST_CASE("Restore from backup lists the backups and brings the chosen one back",
          "[ui][shell][backup]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("arena.innspill", "Åpen arena 2031");
    f.openDirectly(path);
    withoutFirstBackup(f);
    REQUIRE(f.ctx().session->apply(renameFirstGroup(f.ctx().session->event(), "Sikret")));
    const model::Event backedUp = f.ctx().session->event();
    store::makeBackup(path, store::BackupClock::now() - 2h);
    REQUIRE(f.ctx().session->apply(renameFirstGroup(f.ctx().session->event(), "Angret")));

    test::click(f.ui, "menu.file");
    test::click(f.ui, "menu.file.restoreBackup");
    f.ui.frame(2);
    const std::string screen = test::screenText(f.ui);
    CHECK(contains(screen, "Gjenopprett fra sikkerhetskopi"));
    CHECK(contains(screen, std::to_string(backedUp.groups.size()) + " grupper"));
    CHECK(contains(screen, "arena.innspill.replaced-"));

    test::click(f.ui, "backup.row/0");
    test::click(f.ui, "backup.restore");
    f.ui.frame(2);
    CHECK(f.ui.item("backup.restore") == nullptr); // closed
    REQUIRE(f.ctx().session != nullptr);
    CHECK(f.ctx().session == f.workspace.session());
    CHECK(f.ctx().session->event() == backedUp);
    const auto replaced = eventFilesWith(f.dir.path(), ".replaced-");
    REQUIRE(replaced.size() == 1);
    CHECK(store::EventFile::open(replaced[0], store::EventFile::Access::ReadOnly)
              ->load()
              .groups[0]
              .title == "Angret");
}

TEST_CASE("Restore from backup with no backups says where they will be", "[ui][shell][backup]") {
    ShellFixture f;
    f.openDirectly(f.makeEventFile("ny.innspill", "Ny"));
    withoutFirstBackup(f);
    test::click(f.ui, "menu.file");
    test::click(f.ui, "menu.file.restoreBackup");
    f.ui.frame(2);
    CHECK(contains(test::screenText(f.ui), ".backups"));
    test::click(f.ui, "backup.cancel");
    CHECK(f.ui.item("backup.cancel") == nullptr);
}

TEST_CASE("a damaged file is offered its newest good backup and kept aside untouched",
          "[ui][shell][backup]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("skadet.innspill", "Før skaden");
    const model::Event original = store::EventFile::open(path)->load();
    store::makeBackup(path, store::BackupClock::now() - 1h);
    test::scribbleOverMiddle(path);
    const std::string damagedBytes = test::readFile(path);

    ui::openPath(f.ctx(), path);
    f.ui.frame(2);
    const std::string screen = test::screenText(f.ui);
    CHECK(contains(screen, "Filen er skadet"));
    CHECK(contains(screen, "nyeste hele sikkerhetskopien"));
    CHECK(f.ui.item("files.errorOk") == nullptr); // the offer, not the bare error
    CHECK(test::readFile(path) == damagedBytes);

    test::click(f.ui, "backup.damagedRestore");
    f.ui.frame(2);
    REQUIRE(f.ctx().session != nullptr);
    CHECK(f.ctx().session->event() == original);
    const auto aside = eventFilesWith(f.dir.path(), ".damaged-");
    REQUIRE(aside.size() == 1);
    CHECK(test::readFile(aside[0]) == damagedBytes);
}

TEST_CASE("declining the offer leaves the damaged file as it was", "[ui][shell][backup]") {
    ShellFixture f;
    const fs::path path = f.makeEventFile("skadet.innspill", "Før skaden");
    store::makeBackup(path, store::BackupClock::now() - 1h);
    test::scribbleOverMiddle(path);
    const std::string damagedBytes = test::readFile(path);
    ui::openPath(f.ctx(), path);
    f.ui.frame(2);
    test::click(f.ui, "backup.damagedCancel");
    CHECK(f.ctx().session == nullptr);
    CHECK(test::readFile(path) == damagedBytes);
    CHECK(eventFilesWith(f.dir.path(), ".damaged-").empty());
}

TEST_CASE("an event file on a network share is warned about once", "[ui][shell][backup]") {
    ShellFixture f;
    int checks = 0;
    f.ctx().checkStorage = [&checks](const fs::path&) {
        ++checks;
        return ui::StorageWarning{ui::StorageWarning::Kind::Network, "cifs"};
    };
    const fs::path path = f.makeEventFile("delt.innspill", "Delt");
    f.openDirectly(path);
    f.ui.frame(2);
    CHECK(contains(test::screenText(f.ui), "nettverksdisk (cifs)"));
    test::click(f.ui, "location.ok");
    CHECK(f.ui.item("location.ok") == nullptr);

    f.workspace.close();
    f.ui.frame(2);
    f.openDirectly(path);
    f.ui.frame(2);
    CHECK(f.ui.item("location.ok") == nullptr);
    CHECK(checks == 1);
}
