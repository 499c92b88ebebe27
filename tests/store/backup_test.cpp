// Backups: made and verified, rotated by the policy (a pure function), a
// damaged backup never counted; moving files aside never overwrites; one
// writer per file.
#include "store/backup.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "store/instance_lock.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innspill;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

store::BackupEntry entry(const std::string& name, int day, int hour, bool good = true) {
    store::BackupEntry e;
    e.path = name;
    e.day = day;
    e.time = store::BackupClock::time_point(std::chrono::hours(24 * day + hour));
    e.good = good;
    return e;
}

bool contains(const std::vector<fs::path>& paths, const fs::path& path) {
    return std::find(paths.begin(), paths.end(), path) != paths.end();
}

// A fixed local time, so names and days do not depend on when the test runs.
store::BackupClock::time_point at(int day, int hour, int minute = 0) {
    std::tm local{};
    local.tm_year = 2031 - 1900;
    local.tm_mon = 3;
    local.tm_mday = day;
    local.tm_hour = hour;
    local.tm_min = minute;
    local.tm_isdst = -1;
    return store::BackupClock::from_time_t(std::mktime(&local));
}

} // namespace

TEST_CASE("a backup is a verified copy in .backups beside the file", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "Åpen arena.innspill";
    auto event = test::sampleEvent();
    auto file = store::EventFile::create(path, event);
    event.title = "Etter opprettelsen";
    file->writeEventFields(event); // in the WAL only: the backup must see it

    const auto made = store::makeBackup(path, at(12, 10, 15));
    CHECK(made.path == dir / ".backups/Åpen arena-20310412-101500.innspill");
    CHECK(fs::exists(made.path));
    CHECK(made.removed.empty());
    CHECK_FALSE(store::checkEventFile(made.path));
    CHECK(store::EventFile::open(made.path, store::EventFile::Access::ReadOnly)->load() == event);
    // Nothing else is left behind in the folder.
    CHECK(std::distance(fs::directory_iterator(dir / ".backups"), fs::directory_iterator()) == 1);

    const auto listed = store::listBackups(path, true);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].path == made.path);
    CHECK(listed[0].time == at(12, 10, 15));
    CHECK(listed[0].good);
    const auto stats = store::readBackupStats(made.path);
    REQUIRE(stats);
    CHECK(stats->title == "Etter opprettelsen");
    CHECK(stats->groups == static_cast<int64_t>(event.groups.size()));
}

TEST_CASE("backups of other files in the same folder are not listed", "[backup]") {
    test::TempDir dir;
    store::EventFile::create(dir / "a.innspill", test::sampleEvent());
    store::EventFile::create(dir / "a-b.innspill", test::sampleEvent());
    store::makeBackup(dir / "a.innspill", at(1, 9));
    store::makeBackup(dir / "a-b.innspill", at(1, 9));
    CHECK(store::listBackups(dir / "a.innspill", false).size() == 1);
    CHECK(store::listBackups(dir / "a-b.innspill", false).size() == 1);
}

TEST_CASE("rotation keeps the newest ten and the newest of each day", "[backup]") {
    std::vector<store::BackupEntry> entries;
    for (int day = 1; day <= 5; ++day) {
        for (int hour = 8; hour < 13; ++hour) {
            entries.push_back(
                entry("d" + std::to_string(day) + "h" + std::to_string(hour), day, hour));
        }
    }
    std::reverse(entries.begin(), entries.end()); // any order will do
    const auto removed = store::backupsToRemove(entries);
    // Kept: all of days 5 and 4 (the newest ten) and 12:00 of days 3, 2 and 1.
    CHECK(removed.size() == 25 - 13);
    for (int day = 1; day <= 3; ++day) {
        CHECK_FALSE(contains(removed, "d" + std::to_string(day) + "h12"));
        CHECK(contains(removed, "d" + std::to_string(day) + "h11"));
        CHECK(contains(removed, "d" + std::to_string(day) + "h8"));
    }
    CHECK_FALSE(contains(removed, "d4h8"));
    CHECK(store::backupsToRemove({}).empty());
    CHECK(store::backupsToRemove({entry("only", 1, 1)}).empty());
}

TEST_CASE("a damaged backup does not count and pushes out no good one", "[backup]") {
    std::vector<store::BackupEntry> entries;
    for (int hour = 0; hour < 10; ++hour) {
        entries.push_back(entry("good" + std::to_string(hour), 1, hour));
    }
    entries.push_back(entry("damaged", 1, 20, false));
    const auto removed = store::backupsToRemove(entries);
    REQUIRE(removed.size() == 1);
    CHECK(removed[0] == "damaged");
}

TEST_CASE("a backup damaged on disk is found and rotated out, never a good one", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    std::vector<fs::path> made;
    for (int minute = 0; minute < 10; ++minute) {
        made.push_back(store::makeBackup(path, at(3, 9, minute)).path);
    }
    test::scribbleOverMiddle(made.back()); // the newest of the ten
    const auto listed = store::listBackups(path, true);
    REQUIRE(listed.size() == 10);
    CHECK_FALSE(listed.front().good);

    const auto next = store::makeBackup(path, at(3, 9, 30));
    // Ten good ones now: the nine older and the new; only the damaged one goes.
    REQUIRE(next.removed.size() == 1);
    CHECK(next.removed[0] == made.back());
    for (size_t i = 0; i + 1 < made.size(); ++i) {
        CHECK(fs::exists(made[i]));
    }
    // One more: now the oldest good one is rotated out.
    const auto after = store::makeBackup(path, at(3, 9, 31));
    REQUIRE(after.removed.size() == 1);
    CHECK(after.removed[0] == made.front());
}

TEST_CASE("a failed backup leaves nothing behind and removes nothing", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    store::makeBackup(path, at(4, 8));
    fs::remove(path);
    CHECK_THROWS_AS(store::makeBackup(path, at(4, 9)), store::FileError);
    CHECK(std::distance(fs::directory_iterator(dir / ".backups"), fs::directory_iterator()) == 1);
}

TEST_CASE("moving an event file aside takes its WAL along and never overwrites", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    test::writeFile(path, "main");
    test::writeFile(dir / "e.innspill-wal", "wal");
    test::writeFile(dir / "taken", "keep me");
    CHECK_THROWS_AS(store::moveEventFile(path, dir / "taken"), store::FileError);
    CHECK(test::readFile(dir / "taken") == "keep me");
    CHECK(test::readFile(path) == "main");

    store::moveEventFile(path, dir / "aside");
    CHECK_FALSE(fs::exists(path));
    CHECK(test::readFile(dir / "aside") == "main");
    CHECK(test::readFile(dir / "aside-wal") == "wal");
}

TEST_CASE("a copy installed in place is a whole WAL event file, never over a file", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    const model::Event sample = test::sampleEvent();
    store::EventFile::create(path, sample);
    const auto backup = store::makeBackup(path, at(5, 8)).path;
    CHECK_THROWS_AS(store::installCopy(backup, path), store::FileError);
    const auto target = dir / "restored.innspill";
    store::installCopy(backup, target);
    auto file = store::EventFile::open(target);
    CHECK(file->load() == sample);
    store::Statement mode(file->connection(), "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
}

TEST_CASE("a second writer on the same file is refused with a clear reason", "[backup]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    {
        store::InstanceLock first(path);
        REQUIRE(first.held());
        try {
            store::InstanceLock second(path);
            FAIL("expected the second lock to be refused");
        } catch (const store::FileError& error) {
            CHECK(error.kind() == store::FileErrorKind::Busy);
            CHECK(std::string(error.what()).find("allerede åpen") != std::string::npos);
        }
    }
    store::InstanceLock again(path); // released with the first
    CHECK(again.held());
}
