// Pulling the plug, proved: a child process applies capture edits through the
// app layer and reports each one the moment apply() returns; the parent kills
// it with SIGKILL at a random moment, many times over. After every kill the
// file passes integrity_check, opens, and holds every reported edit.
#include "app/event_session.hpp"
#include "store/event_file.hpp"
#include "support/random_edits.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace innspill;

namespace {

constexpr int kKills = 60;
constexpr int kEditsPerChild = 100000; // more than it can make before the kill

// The child: open the file, apply edits from `seed`, write the count of
// committed edits to `pipe` after each. Never returns.
[[noreturn]] void child(const std::filesystem::path& path, unsigned seed, int pipe) {
    auto opened = app::openEvent(path);
    if (!opened) {
        ::_exit(2);
    }
    auto& session = *opened.session;
    std::mt19937 rng(seed);
    for (int done = 0; done < kEditsPerChild; ++done) {
        const auto& event = session.event();
        auto after = event.groups[1];
        test::randomEdit(after, event.themes, rng);
        app::Change change("Skriv");
        change.group(event.groups[1], after);
        if (!session.apply(change, true)) {
            ::_exit(3);
        }
        const int committed = done + 1;
        if (::write(pipe, &committed, sizeof committed) != sizeof committed) {
            ::_exit(4);
        }
    }
    ::_exit(0);
}

} // namespace

TEST_CASE("crash safety: SIGKILL at random moments loses no committed edit") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    std::mt19937 timing(2020);

    for (int kill = 0; kill < kKills; ++kill) {
        const model::Event start = store::EventFile::open(path)->load();
        const unsigned seed = 1000u + static_cast<unsigned>(kill);
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            child(path, seed, fds[1]);
        }
        ::close(fds[1]);
        std::this_thread::sleep_for(std::chrono::microseconds(2000 + timing() % 40000));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        REQUIRE(WIFSIGNALED(status));

        int reported = 0;
        int value = 0;
        while (::read(fds[0], &value, sizeof value) == sizeof value) {
            reported = value;
        }
        ::close(fds[0]);

        INFO("kill " << kill << " after " << reported << " reported edits");
        {
            auto file = store::EventFile::open(path);
            REQUIRE(file->integrityProblems().empty());
            const auto loaded = file->load();
            // Replay the child's edits: the file holds exactly the reported
            // ones, or one more (committed, killed before it could report).
            model::Group expected = start.groups[1];
            std::mt19937 rng(seed);
            for (int i = 0; i < reported; ++i) {
                test::randomEdit(expected, start.themes, rng);
            }
            const auto* onDisk = model::findGroup(loaded, expected.id);
            REQUIRE(onDisk);
            if (!(*onDisk == expected)) {
                test::randomEdit(expected, start.themes, rng);
                CHECK(*onDisk == expected);
            }
        }
    }
}
