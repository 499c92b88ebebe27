// Writes that fail part-way, at every point of an edit sequence: a VFS lets N
// write operations through and fails every later one. After each failure the
// session says why, the file passes integrity_check and holds every edit
// acknowledged before the failure.
#include "app/event_session.hpp"
#include "app/messages.hpp"
#include "os/utf8_path.hpp"
#include "store/event_file.hpp"
#include "support/failing_vfs.hpp"
#include "support/opened_event.hpp"
#include "support/random_edits.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <random>

using namespace innspill;

namespace {

constexpr int kEdits = 25;
constexpr unsigned kSeed = 2031;

// Applies up to kEdits random edits to the second group. Returns how many
// were acknowledged (apply() returned true) before the first failure.
int applyEdits(app::EventSession& session, bool& failed) {
    std::mt19937 rng(kSeed);
    failed = false;
    for (int done = 0; done < kEdits; ++done) {
        const auto& event = session.event();
        auto after = event.groups[1];
        test::randomEdit(after, event.themes, rng);
        app::Change change("Skriv");
        change.group(event.groups[1], after);
        if (!session.apply(change, false)) {
            failed = true;
            return done;
        }
    }
    return kEdits;
}

model::Group expectedAfter(const model::Event& start, int edits) {
    model::Group group = start.groups[1];
    std::mt19937 rng(kSeed);
    for (int i = 0; i < edits; ++i) {
        test::randomEdit(group, start.themes, rng);
    }
    return group;
}

} // namespace

TEST_CASE("a write failure at any point keeps every acknowledged edit and a sound file",
          "[faults]") {
    test::TempDir dir;
    const auto base = dir / "base.innspill";
    store::EventFile::create(base, test::sampleEvent());
    const model::Event start = store::EventFile::open(base)->load();

    test::FailingVfs vfs;
    // How many write operations the whole sequence takes when nothing fails.
    int64_t total = 0;
    {
        const auto path = dir / "count.innspill";
        std::filesystem::copy_file(base, path);
        auto opened = test::openEvent(path);
        vfs.failAfter(1'000'000'000);
        bool failed = false;
        REQUIRE(applyEdits(*opened.session, failed) == kEdits);
        total = vfs.writesSeen();
        vfs.heal();
    }
    REQUIRE(total > kEdits);

    int failures = 0;
    for (int64_t n = 0; n <= total; ++n) {
        const auto path = dir / ("e" + std::to_string(n) + ".innspill");
        std::filesystem::copy_file(base, path);
        int acknowledged = 0;
        bool failed = false;
        {
            auto opened = test::openEvent(path);
            vfs.failAfter(n);
            acknowledged = applyEdits(*opened.session, failed);
            if (failed) {
                ++failures;
                // The app says so, in words.
                CHECK_FALSE(opened.session->lastError().empty());
            }
        } // closed while the disk still fails
        vfs.heal();

        INFO("failing after " << n << " of " << total << " writes; " << acknowledged
                              << " edits acknowledged");
        {
            auto file = store::EventFile::open(path);
            REQUIRE(file->integrityProblems().empty());
            const auto loaded = file->load();
            const auto* onDisk = model::findGroup(loaded, start.groups[1].id);
            REQUIRE(onDisk);
            // Exactly the acknowledged edits — or one more, when the failing
            // write came after that edit's commit had reached the log.
            if (!(*onDisk == expectedAfter(start, acknowledged))) {
                CHECK(*onDisk == expectedAfter(start, acknowledged + 1));
            }
        } // closed before its files go (Windows removes no open file)
        std::filesystem::remove(path);
        std::filesystem::remove(os::withSuffix(path, "-wal"));
        std::filesystem::remove(os::withSuffix(path, "-shm"));
    }
    CHECK(failures > 0);
}

TEST_CASE("after a failed write the change waits in memory and is written once the disk works",
          "[faults]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    const model::Event start = store::EventFile::open(path)->load();

    test::FailingVfs vfs;
    auto opened = test::openEvent(path);
    vfs.failAfter(0);
    bool failed = false;
    CHECK(applyEdits(*opened.session, failed) == 0);
    REQUIRE(failed);
    CHECK(opened.session->saveState() == app::SaveState::Failing);
    CHECK_FALSE(opened.session->retry()); // still failing

    vfs.heal();
    CHECK(opened.session->retry());
    CHECK(opened.session->saveState() == app::SaveState::Saved);
    CHECK(opened.session->lastError().empty());
    const auto loaded = store::EventFile::open(path)->load();
    CHECK(*model::findGroup(loaded, start.groups[1].id) == expectedAfter(start, 1));
}

TEST_CASE("a read-only event file or folder: a clear message, and nothing lost", "[faults]") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    // Closed cleanly: the file alone holds the event.
    const std::string before = test::readFile(path);
    const bool folderToo = GENERATE(false, true);
    CAPTURE(folderToo);

    test::FailingVfs vfs;
    vfs.readOnly(folderToo);
    {
        auto opened = app::openEvent(path);
        if (!opened) {
            // Refused at once: the message names the file and says why.
            const auto message = lang::render(lang::Language::Nb, opened.message);
            CAPTURE(message);
            CHECK(message.find("e.innspill") != std::string::npos);
            CHECK(message.find("skrives") != std::string::npos);
        } else {
            // Or opened, and the first edit fails with the reason and waits.
            bool failed = false;
            CHECK(applyEdits(*opened.session, failed) == 0);
            CHECK(failed);
            CHECK(opened.session->lastError().find("skrives") != std::string::npos);
            CHECK(opened.session->saveState() == app::SaveState::Failing);
            // The edit is kept, and a copy can be saved elsewhere… once
            // somewhere can be written to.
            vfs.heal();
            CHECK(opened.session->saveCopyAs(dir / "kopi.innspill", false));
            CHECK(store::EventFile::open(dir / "kopi.innspill")->load().groups[1] ==
                  opened.session->event().groups[1]);
        }
    }
    vfs.heal();
    // The read-only file was never touched.
    CHECK(test::readFile(path) == before);
}

TEST_CASE("a new event in a read-only folder: a clear message, no file", "[faults]") {
    test::TempDir dir;
    test::FailingVfs vfs;
    vfs.readOnly(true);
    const auto path = dir / "ny.innspill";
    try {
        store::EventFile::create(path, test::sampleEvent());
        FAIL("created in a read-only folder");
    } catch (const store::FileError& error) {
        const std::string message = app::describe(error);
        CAPTURE(message);
        CHECK(message.find("ny.innspill") != std::string::npos);
        CHECK(message.find("skrives") != std::string::npos);
    }
    vfs.heal();
    CHECK_FALSE(std::filesystem::exists(path));
}
