// Hand-ins through a synced folder: the outbox copy of a kit (complete under
// its final name only, serials that grow, a read-only or failing outbox) and
// the watched hand-in folder surviving what sync engines do — files still
// being written, temporary names, conflict copies, an older copy after a
// newer one, the same copy twice, a file that vanishes, a missing folder, a
// damaged or foreign file — with nothing lost and nothing merged twice.
#include "app/event_session.hpp"
#include "app/hand_in_watch.hpp"
#include "app/merge/kits.hpp"
#include "app/outbox.hpp"
#include "store/event_file.hpp"
#include "store/hand_in_copies.hpp"
#include "store/kit_tables.hpp"
#include "support/failing_vfs.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <thread>

using namespace innspill;
namespace fs = std::filesystem;
using app::WatchOutcome;

namespace {

// A master on disk and a kit of it for Kari.
struct Setup {
    test::TempDir dir;
    fs::path master = dir / "master.innspill";
    fs::path kit = dir / "kari.innspill";
    fs::path outbox = dir / "outbox";
    fs::path folder = dir / "hand-in";

    Setup() {
        store::EventFile::create(master, test::sampleEvent());
        app::makeKit(master, kit, "Kari", false);
        fs::create_directories(outbox);
        fs::create_directories(folder);
    }

    // A group captured in the kit (written to the kit file).
    void capture(const std::string& number, size_t inputs) {
        auto file = store::EventFile::open(kit);
        file->writeGroup(test::capturedGroup(file->load(), number, inputs));
    }
    // A hand-in copy of the kit written into `into` as `name`.
    int64_t copyTo(const fs::path& into, const std::string& name, int64_t serial) {
        return store::writeHandInCopy(kit, into, name, serial);
    }
    size_t groupsIn(const fs::path& file) const {
        return store::EventFile::open(file, store::EventFile::Access::ReadOnly)
            ->load()
            .groups.size();
    }
};

std::vector<std::string> namesIn(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Looks `times` times, forced (no waiting for the poll interval).
std::vector<app::WatchedHandIn> look(app::HandInWatch& watch, int times = 1) {
    std::vector<app::WatchedHandIn> all;
    for (int i = 0; i < times; ++i) {
        for (auto& handIn : watch.poll(app::HandInWatch::Clock::now(), true)) {
            all.push_back(std::move(handIn));
        }
    }
    return all;
}

std::string bytesOf(const fs::path& file) {
    return test::readFile(file);
}

} // namespace

TEST_CASE("temporary names of sync engines are never taken — conflict copies are") {
    for (const char* name :
         {".kari.innspill.~tmp-123", ".syncthing.kari.innspill.tmp", "~$kari.innspill",
          "kari.innspill.tmp", "kari.innspill.part", "kari.innspill.part-99", "kari.innspill-wal",
          "notater.txt", ".hidden.innspill"}) {
        CHECK(app::isIgnoredHandInName(name));
    }
    for (const char* name :
         {"kari.innspill", "kari (conflicted copy).innspill",
          "kari.sync-conflict-20261207-124100-ABCDEFG.innspill", "kari (Karis bærbare).innspill"}) {
        CHECK_FALSE(app::isIgnoredHandInName(name));
    }
}

TEST_CASE("an outbox copy appears only complete under its name, with a growing serial") {
    Setup s;
    s.capture("1.7", 3);
    const int64_t first = s.copyTo(s.outbox, "kari.innspill", 1000);
    CHECK(first == 1000);
    CHECK(namesIn(s.outbox) == std::vector<std::string>{"kari.innspill"});
    CHECK(s.groupsIn(s.outbox / "kari.innspill") == s.groupsIn(s.kit));
    {
        auto copy =
            store::EventFile::open(s.outbox / "kari.innspill", store::EventFile::Access::ReadOnly);
        CHECK(store::readCopySerial(*copy) == 1000);
        CHECK(store::readKitRecord(*copy).has_value()); // a kit like the original
    }
    // The laptop's clock went back: the next copy still has a larger serial.
    CHECK(s.copyTo(s.outbox, "kari.innspill", 10) == 1001);
    CHECK(namesIn(s.outbox) == std::vector<std::string>{"kari.innspill"});
}

TEST_CASE("a read-only or failing outbox: said, the kit untouched, nothing left, tried again") {
    Setup s;
    s.capture("1.7", 3);
    const std::string kitBefore = bytesOf(s.kit);
    auto opened = test::openEvent(s.kit);
    app::EventSession& session = *opened.session;
    REQUIRE(app::setOutbox(session, s.outbox).empty());
    CHECK(app::outboxOf(session) == fs::absolute(s.outbox));

    app::OutboxKeeper keeper;
    keeper.setRetry(std::chrono::seconds(0));
    auto now = app::OutboxKeeper::Clock::now();
    keeper.begin(session, now);
    {
        test::FailingVfs vfs;
        vfs.readOnly(true);
        keeper.tick(session, now); // due at once: an outbox was just chosen
        while (keeper.running()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        keeper.tick(session, now);
        CHECK_FALSE(keeper.lastError().empty());
        CHECK(namesIn(s.outbox).empty());
        vfs.heal();
        vfs.failAfter(3); // a disk that fills up halfway through the copy
        keeper.tick(session, now);
        while (keeper.running()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        keeper.tick(session, now);
        CHECK_FALSE(keeper.lastError().empty());
        CHECK(namesIn(s.outbox).empty());
    }
    // The folder takes writes again: the retry writes the copy.
    keeper.tick(session, now + std::chrono::seconds(1));
    while (keeper.running()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    keeper.tick(session, now + std::chrono::seconds(1));
    CHECK(keeper.lastError().empty());
    CHECK(keeper.lastCopy().has_value());
    CHECK(namesIn(s.outbox) == std::vector<std::string>{"kari.innspill"});
    opened.session.reset();
    // Only the outbox setting was written to the kit; its event is as it was.
    CHECK(s.groupsIn(s.kit) == s.groupsIn(s.outbox / "kari.innspill"));
    CHECK(kitBefore.size() > 0);
}

TEST_CASE("the outbox keeper copies after the interval while the kit changes, and on close") {
    Setup s;
    auto opened = test::openEvent(s.kit);
    app::EventSession& session = *opened.session;
    REQUIRE(app::setOutbox(session, s.outbox).empty());
    app::OutboxKeeper keeper;
    keeper.setInterval(std::chrono::minutes(3));
    const auto start = app::OutboxKeeper::Clock::now();
    keeper.begin(session, start);
    keeper.finish(session); // just opened: one copy brings the outbox up to date
    REQUIRE(fs::exists(s.outbox / "kari.innspill"));
    const auto firstSerial = [&] {
        auto copy =
            store::EventFile::open(s.outbox / "kari.innspill", store::EventFile::Access::ReadOnly);
        return *store::readCopySerial(*copy);
    }();

    keeper.begin(session, start);
    keeper.tick(session, start); // the opening copy
    while (keeper.running()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    CHECK(keeper.tick(session, start) < 0.0); // idle kit: no timer at all
    // A change: copied only once the interval has passed.
    app::Change change;
    change.group(std::nullopt, test::capturedGroup(session.event(), "1.9", 2));
    REQUIRE(session.apply(change));
    const double wait = keeper.tick(session, start + std::chrono::seconds(10));
    CHECK(wait > 100.0);
    keeper.tick(session, start + std::chrono::minutes(3));
    while (keeper.running()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    auto copy =
        store::EventFile::open(s.outbox / "kari.innspill", store::EventFile::Access::ReadOnly);
    CHECK(copy->load().groups.size() == session.event().groups.size());
    CHECK(*store::readCopySerial(*copy) > firstSerial);
}

TEST_CASE("a kit copy that arrives in the watched folder is merged once, as its own undo step") {
    Setup s;
    s.capture("1.7", 4);
    auto opened = test::openEvent(s.master);
    app::EventSession& master = *opened.session;
    const size_t before = master.event().groups.size();
    app::HandInWatch watch(master, s.folder);
    CHECK(look(watch, 2).empty());

    s.copyTo(s.folder, "kari.innspill", 100);
    auto first = look(watch); // seen once: not yet known to be complete
    CHECK(first.empty());
    auto taken = look(watch);
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].outcome == WatchOutcome::Merged);
    CHECK(taken[0].facilitator == "Kari");
    CHECK(taken[0].counts.groupsAdded == 1);
    CHECK(taken[0].counts.inputsAdded == 4);
    CHECK(master.event().groups.size() == before + 1);
    CHECK(master.undoLabel() == "Ta inn kit fra Kari");
    const std::string line = app::describeWatched(taken[0], lang::Language::Nb);
    CHECK(line.rfind("Kari: ", 0) == 0);
    CHECK(line.find("1 ny gruppe") != std::string::npos);

    // Looking again, and the same copy under a conflict-copy name: nothing more.
    CHECK(look(watch, 3).empty());
    fs::copy_file(s.folder / "kari.innspill", s.folder / "kari (conflicted copy).innspill");
    auto again = look(watch, 2);
    REQUIRE(again.size() == 1);
    CHECK(again[0].outcome == WatchOutcome::NothingNew);
    CHECK(master.event().groups.size() == before + 1);
    // On disk too, and the history has one hand-in.
    CHECK(s.groupsIn(s.master) == before + 1);
    CHECK(app::handInsOf(master, false).size() == 1);
}

TEST_CASE("an older copy arriving after a newer one undoes nothing") {
    Setup s;
    s.capture("1.7", 2);
    s.copyTo(s.dir.path(), "v1.innspill", 100); // an old copy, kept aside
    s.capture("1.8", 3);
    auto opened = test::openEvent(s.master);
    app::EventSession& master = *opened.session;
    const size_t before = master.event().groups.size();
    app::HandInWatch watch(master, s.folder);
    s.copyTo(s.folder, "kari.innspill", 200);
    auto newer = look(watch, 2);
    REQUIRE(newer.size() == 1);
    CHECK(newer[0].outcome == WatchOutcome::Merged);
    CHECK(master.event().groups.size() == before + 2);

    // The sync engine delivers the old version late, as a conflict copy.
    fs::copy_file(s.dir / "v1.innspill",
                  s.folder / "kari.sync-conflict-20261207-124100-ABCDEFG.innspill");
    auto older = look(watch, 2);
    REQUIRE(older.size() == 1);
    CHECK(older[0].outcome == WatchOutcome::Older);
    CHECK(master.event().groups.size() == before + 2);
    CHECK(s.groupsIn(s.master) == before + 2);

    // Even after the watch starts again (the serials are in the master file).
    app::HandInWatch second(master, s.folder);
    auto restarted = look(second, 2);
    REQUIRE(restarted.size() == 2);
    for (const auto& handIn : restarted) {
        CHECK(handIn.outcome != WatchOutcome::Merged);
    }
    CHECK(master.event().groups.size() == before + 2);
}

TEST_CASE("a file still being written is taken only when whole — a damaged one is said once") {
    Setup s;
    s.capture("1.7", 2);
    s.copyTo(s.dir.path(), "whole.innspill", 100);
    const std::string whole = bytesOf(s.dir / "whole.innspill");
    auto opened = test::openEvent(s.master);
    app::EventSession& master = *opened.session;
    const size_t before = master.event().groups.size();
    app::HandInWatch watch(master, s.folder);

    // A sync engine writing in place: the first half, then a pause.
    test::writeFile(s.folder / "kari.innspill", whole.substr(0, whole.size() / 2));
    auto half = look(watch, 5);
    REQUIRE(half.size() == 1); // said once, not every look
    CHECK(half[0].outcome == WatchOutcome::Refused);
    CHECK(master.event().groups.size() == before);
    // It grows while looked at, then is whole.
    {
        std::ofstream grow(s.folder / "kari.innspill", std::ios::app | std::ios::binary);
        grow << whole.substr(whole.size() / 2, whole.size() / 4);
    }
    CHECK(look(watch).empty()); // changed: waits
    test::writeFile(s.folder / "kari.innspill", whole);
    auto done = look(watch, 3);
    REQUIRE(done.size() == 1);
    CHECK(done[0].outcome == WatchOutcome::Merged);
    CHECK(master.event().groups.size() == before + 1);

    // Not a kit at all, and damaged: said once each.
    test::writeFile(s.folder / "notater.innspill", "ikke en database");
    fs::copy_file(s.master, s.folder / "hovedfil-kopi.innspill");
    auto bad = look(watch, 4);
    CHECK(bad.size() == 2);
    for (const auto& handIn : bad) {
        CHECK(handIn.outcome == WatchOutcome::Refused);
        CHECK_FALSE(app::describeWatched(handIn, lang::Language::Nb).empty());
    }
}

TEST_CASE(
    "temporary names are ignored, a file that vanishes is forgotten, a missing folder is said") {
    Setup s;
    s.capture("1.7", 2);
    auto opened = test::openEvent(s.master);
    app::EventSession& master = *opened.session;
    const size_t before = master.event().groups.size();
    const fs::path missing = s.dir / "not-yet";
    app::HandInWatch watch(master, missing);
    CHECK(look(watch).empty());
    CHECK_FALSE(watch.folderProblem().empty());

    fs::create_directories(missing);
    for (const char* name : {".syncthing.kari.innspill.tmp", "~$kari.innspill",
                             "kari.innspill.part", "kari.innspill.tmp"}) {
        s.copyTo(missing, name, 100);
    }
    CHECK(look(watch, 3).empty());
    CHECK(watch.folderProblem().empty());
    CHECK(master.event().groups.size() == before);

    // Seen once, then gone before it could be taken: no error, nothing taken.
    s.copyTo(missing, "kari.innspill", 100);
    CHECK(look(watch).empty());
    fs::remove(missing / "kari.innspill");
    CHECK(look(watch, 2).empty());
    // And back again: taken.
    s.copyTo(missing, "kari.innspill", 101);
    auto taken = look(watch, 2);
    REQUIRE(taken.size() == 1);
    CHECK(taken[0].outcome == WatchOutcome::Merged);
}

TEST_CASE("a copy with conflicts waits for a person — nothing is written") {
    Setup s;
    {
        // The kit and the master both change group 1.1's title.
        auto kit = store::EventFile::open(s.kit);
        model::Event event = kit->load();
        model::Group group = event.groups.front();
        group.title = "Kitets tittel";
        kit->writeGroup(group);
        auto masterFile = store::EventFile::open(s.master);
        group.title = "Hovedfilens tittel";
        masterFile->writeGroup(group);
    }
    auto opened = test::openEvent(s.master);
    app::EventSession& master = *opened.session;
    const model::Event before = master.event();
    app::HandInWatch watch(master, s.folder);
    s.copyTo(s.folder, "kari.innspill", 100);
    auto waiting = look(watch, 2);
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0].outcome == WatchOutcome::Waiting);
    CHECK(waiting[0].conflicts == 1);
    CHECK(master.event() == before);
    CHECK(watch.waiting() == 1);
    const auto queued = watch.takeWaiting();
    REQUIRE(queued.size() == 1);
    CHECK(queued[0].contents.record.facilitator == "Kari");
    CHECK(watch.waiting() == 0);
}

TEST_CASE("a copy that cannot be taken in for a passing reason is tried again, not lost") {
    Setup s;
    s.capture("1.7", 2);
    s.copyTo(s.folder, "kari.innspill", 100);
    auto masterFile = store::EventFile::open(s.master, store::EventFile::Access::ReadOnly);
    app::HandInFolder watched(s.folder, masterFile->load(), s.master);
    CHECK(watched.poll().empty());
    auto first = watched.poll();
    REQUIRE(first.size() == 1);
    CHECK(first[0].kit.refusal.empty());
    CHECK(watched.poll().empty()); // taken: not again
    watched.retryLater(first[0].file, std::chrono::seconds(0));
    auto again = watched.poll();
    REQUIRE(again.size() == 1);
    CHECK(again[0].serial == first[0].serial);
    CHECK(watched.poll().empty());
}
