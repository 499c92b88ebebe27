// `innspill merge MASTER --watch DIR` and `innspill kit … --outbox DIR` run
// as a user runs them: a kit copy written to the outbox, which is the watched
// folder, is merged while the watch runs; Ctrl+C (SIGINT) ends it with exit
// 0 and the list of what was merged.
#include "app/merge/kits.hpp"
#include "cli/cli_run.hpp"
#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

// Read while `merge --watch` writes: load() reads one snapshot.
size_t groupsIn(const fs::path& file) {
    return store::EventFile::open(file, store::EventFile::Access::ReadOnly)->load().groups.size();
}

int waitFor(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

TEST_CASE("merge --watch takes in a kit copy from the outbox and stops cleanly on Ctrl+C") {
    test::TempDir dir;
    const fs::path master = dir / "master.innspill";
    const fs::path kit = dir / "kari.innspill";
    const fs::path outbox = dir / "innlevering";
    fs::create_directories(outbox);
    store::EventFile::create(master, test::sampleEvent());
    const size_t before = groupsIn(master);

    auto made = test::run(dir, {"kit", master.string(), "-o", kit.string(), "--facilitator", "Kari",
                                "--outbox", outbox.string()});
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.find("innleveringskopi") != std::string::npos);
    CHECK(fs::exists(outbox / "kari.innspill"));

    const pid_t watch = test::spawn({"merge", master.string(), "--watch", outbox.string()},
                                    dir / "watch.out", dir / "watch.err");
    // While it watches, the app (or another writer) is told the file is open.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    auto second = test::run(dir, {"merge", master.string(), "--watch", outbox.string()});
    CHECK(second.exitCode == 1);
    CHECK(test::oneLine(second.err));

    {
        auto file = store::EventFile::open(kit);
        file->writeGroup(test::capturedGroup(file->load(), "1.7", 3));
    }
    auto sent = test::run(dir, {"kit", kit.string(), "--outbox", outbox.string()});
    REQUIRE(sent.exitCode == 0);
    // Merged within a few seconds (the lock is released only at the end:
    // read the master read-only, as the app would not).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (groupsIn(master) == before && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    CHECK(groupsIn(master) == before + 1);
    ::kill(watch, SIGINT);
    CHECK(waitFor(watch) == 0);
    const std::string out = test::readFile(dir / "watch.out");
    CHECK(out.find("tatt inn:") != std::string::npos);
    CHECK(out.find("Kari: 1 ny gruppe") != std::string::npos);
    CHECK(out.find("stoppet: 1 kit tatt inn") != std::string::npos);

    auto history = test::run(dir, {"history", master.string()});
    CHECK(history.out.find("Kari") != std::string::npos);
}

TEST_CASE("kit --outbox and merge --watch refuse what they cannot do, with one line") {
    test::TempDir dir;
    const fs::path master = dir / "master.innspill";
    store::EventFile::create(master, test::sampleEvent());
    auto notKit = test::run(dir, {"kit", master.string(), "--outbox", dir.path().string()});
    CHECK(notKit.exitCode == 1);
    CHECK(test::oneLine(notKit.err));
    CHECK(notKit.err.find("ikke et fasilitatorkit") != std::string::npos);
    auto noFolder =
        test::run(dir, {"merge", master.string(), "--watch", (dir / "finnes-ikke").string()});
    CHECK(noFolder.exitCode == 1);
    CHECK(test::oneLine(noFolder.err));
    auto both = test::run(dir, {"merge", master.string(), "x.innspill", "--watch", "."});
    CHECK(both.exitCode == 1);
    auto neither = test::run(dir, {"merge", master.string()});
    CHECK(neither.exitCode == 1);
    CHECK(test::oneLine(neither.err));
}
