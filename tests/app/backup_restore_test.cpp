// Backups seen from the workspace: when the keeper makes them, restoring one
// in place of the open event, recovering a damaged file from its newest good
// backup (the damaged file kept, byte for byte), and the file moved away or
// opened twice while a session has it.
#include "app/workspace.hpp"

#include "store/backup.hpp"
#include "store/event_file.hpp"
#include "support/backup_files.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace innspill;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

using test::eventFilesWith;
using test::renameFirstGroup;

void waitForBackup(app::BackupKeeper& keeper, app::EventSession& session,
                   app::BackupKeeper::Clock::time_point now) {
    for (int i = 0; i < 500 && keeper.running(); ++i) {
        std::this_thread::sleep_for(10ms);
    }
    keeper.tick(session, now); // collects the finished thread
}

// The sample event written to `path` and opened in `workspace`, as the app opens it.
app::EventSession& openSample(app::Workspace& workspace, const fs::path& path) {
    store::EventFile::create(path, test::sampleEvent());
    REQUIRE(workspace.open(path).empty());
    return *workspace.session();
}

} // namespace

TEST_CASE("the keeper backs up at most every five minutes while the event changes", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    auto opened = test::createAndOpen(path, test::sampleEvent());
    app::EventSession& session = *opened.session;
    app::BackupKeeper keeper;
    const auto start = app::BackupKeeper::Clock::now();
    keeper.begin(session, start);

    // No backup yet: one at once, in the background.
    keeper.tick(session, start);
    waitForBackup(keeper, session, start);
    CHECK(keeper.lastError().empty());
    CHECK(store::listBackups(path, true).size() == 1);
    // Nothing changed since: no timer at all.
    CHECK(keeper.tick(session, start + 1h) < 0.0);

    REQUIRE(session.apply(renameFirstGroup(session.event(), "Første endring")));
    const double wait = keeper.tick(session, start + 1s);
    CHECK(wait == Approx(299.0).margin(0.01));
    CHECK_FALSE(keeper.running());
    keeper.tick(session, start + 301s);
    waitForBackup(keeper, session, start + 301s);
    CHECK(keeper.lastBackup().has_value());
    CHECK(keeper.tick(session, start + 302s) < 0.0);

    // Closing after a change makes the last backup, with that change in it.
    REQUIRE(session.apply(renameFirstGroup(session.event(), "Siste endring")));
    keeper.finish(session);
    const auto newest = store::listBackups(path, true).front().path;
    CHECK(store::EventFile::open(newest, store::EventFile::Access::ReadOnly)
              ->load()
              .groups[0]
              .title == "Siste endring");
}

TEST_CASE("closing the workspace backs up a changed event", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    app::Workspace workspace;
    openSample(workspace, path);
    REQUIRE(workspace.session()->apply(renameFirstGroup(workspace.session()->event(), "Ny")));
    workspace.close();
    const auto backups = store::listBackups(path, true);
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].good);
}

TEST_CASE("restore round trip: the backup comes back, the replaced file is kept", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    app::Workspace workspace;
    openSample(workspace, path);
    REQUIRE(workspace.session()->apply(renameFirstGroup(workspace.session()->event(), "Før")));
    const model::Event backedUp = workspace.session()->event();
    store::makeBackup(path, store::BackupClock::now() - 1h);
    REQUIRE(workspace.session()->apply(renameFirstGroup(workspace.session()->event(), "Etter")));
    const model::Event latest = workspace.session()->event();

    const auto backups = workspace.backupsOfOpenEvent();
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].good);
    CHECK(backups[0].stats.groups == static_cast<int64_t>(backedUp.groups.size()));

    REQUIRE(workspace.restoreFromBackup(backups[0].path).empty());
    REQUIRE(workspace.session() != nullptr);
    CHECK(workspace.session()->event() == backedUp);
    CHECK(store::EventFile::open(path)->load() == backedUp);
    // The file it replaced is beside it, whole, with the latest change.
    const auto replaced = eventFilesWith(dir.path(), ".replaced-");
    REQUIRE(replaced.size() == 1);
    CHECK(workspace.lastAside() == replaced[0]);
    CHECK(store::EventFile::open(replaced[0], store::EventFile::Access::ReadOnly)->load() ==
          latest);
    // The backup itself is untouched and still listed.
    CHECK(fs::exists(backups[0].path));
}

TEST_CASE("restoring a damaged backup is refused and the event stays open", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    const auto backup = store::makeBackup(path, store::BackupClock::now() - 1h).path;
    test::scribbleOverMiddle(backup);
    app::Workspace workspace;
    REQUIRE(workspace.open(path).empty());
    const auto before = test::readFile(path);
    CHECK(lang::render(lang::Language::Nb, workspace.restoreFromBackup(backup)).find("ikke hel") !=
          std::string::npos);
    REQUIRE(workspace.session() != nullptr);
    CHECK(eventFilesWith(dir.path(), ".replaced-").empty());
}

TEST_CASE("a damaged event offers its newest good backup and is kept aside untouched", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    const model::Event sample = test::sampleEvent();
    auto older = sample;
    older.title = "Eldre kopi";
    store::EventFile::create(path, older);
    store::makeBackup(path, store::BackupClock::now() - 2h);
    {
        auto file = store::EventFile::open(path);
        file->writeEventFields(sample);
    }
    const auto newestGood = store::makeBackup(path, store::BackupClock::now() - 1h).path;
    // A newer backup that is itself damaged is passed over.
    const auto damagedBackup = store::makeBackup(path, store::BackupClock::now() - 30min).path;
    test::scribbleOverMiddle(damagedBackup);

    test::scribbleOverMiddle(path);
    const std::string damagedBytes = test::readFile(path);

    app::Workspace workspace;
    const std::string error = lang::render(lang::Language::Nb, workspace.open(path));
    CHECK(error.find("skadet") != std::string::npos);
    CHECK(workspace.session() == nullptr);
    REQUIRE(workspace.damaged().has_value());
    CHECK(workspace.damaged()->file == path);
    CHECK(workspace.damaged()->backup.path == newestGood);
    CHECK(test::readFile(path) == damagedBytes); // offering changes nothing

    REQUIRE(workspace.recoverDamaged().empty());
    REQUIRE(workspace.session() != nullptr);
    CHECK(workspace.session()->event() == sample);
    const auto aside = eventFilesWith(dir.path(), ".damaged-");
    REQUIRE(aside.size() == 1);
    CHECK(test::readFile(aside[0]) == damagedBytes);
    CHECK_FALSE(workspace.damaged().has_value());
}

TEST_CASE("a damaged event without a good backup offers nothing", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    test::scribbleOverMiddle(path);
    app::Workspace workspace;
    CHECK_FALSE(workspace.open(path).empty());
    CHECK_FALSE(workspace.damaged().has_value());
}

#ifdef _WIN32
// Windows keeps an open file where it is: Explorer, a sync engine or a script
// gets "in use" and the event goes on saving.
TEST_CASE("an open event file cannot be moved or deleted from under it", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    app::Workspace workspace;
    app::EventSession& session = openSample(workspace, path);
    std::error_code error;
    CHECK_FALSE(fs::remove(path, error));
    CHECK(error);
    error.clear();
    fs::rename(path, dir / "flyttet.innspill", error);
    CHECK(error);
    workspace.keepBackups();
    CHECK_FALSE(session.fileMoved());
    CHECK(session.apply(renameFirstGroup(session.event(), "Etter forsøket")));
    CHECK(session.saveState() == app::SaveState::Saved);
    CHECK(fs::exists(path));
}
#else
TEST_CASE("an event file moved or deleted while open is noticed; nothing is lost", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    app::Workspace workspace;
    app::EventSession& session = openSample(workspace, path);
    CHECK(session.saveState() == app::SaveState::Saved);

    SECTION("deleted") {
        fs::remove(path);
    }
    SECTION("moved") {
        fs::rename(path, dir / "flyttet.innspill");
    }
    workspace.keepBackups();
    CHECK(session.fileMoved());
    CHECK(session.saveState() == app::SaveState::Failing);
    CHECK(session.lastError().find("flyttet eller slettet") != std::string::npos);
    // Edits go on in memory and a copy saves them all.
    CHECK_FALSE(session.apply(renameFirstGroup(session.event(), "Etter flyttingen")));
    CHECK(workspace.saveCopyAs(dir / "reddet.innspill", false).empty());
    CHECK(store::EventFile::open(dir / "reddet.innspill")->load().groups[0].title ==
          "Etter flyttingen");
}
#endif

TEST_CASE("a second window on the same event file is told so", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    app::Workspace first;
    REQUIRE(first.open(path).empty());
    app::Workspace second;
    const std::string error = lang::render(lang::Language::Nb, second.open(path));
    CHECK(error.find("allerede åpen") != std::string::npos);
    CHECK(second.session() == nullptr);
    first.close();
    CHECK(second.open(path).empty());
}
