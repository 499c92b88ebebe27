// Pulling the plug, proved: a child process applies capture edits through the
// app layer and reports each one the moment apply() returns; the parent kills
// it at a random moment, many times over (SIGKILL; on Windows
// TerminateProcess, the child being this test program run again). After every
// kill the file passes integrity_check, opens, and holds every reported edit.
#include "app/event_session.hpp"
#include "store/event_file.hpp"
#include "support/random_edits.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <thread>

#ifdef _WIN32
#include <windows.h>

#include <cstdlib>
#include <string>
#else
#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace innspill;

namespace {

constexpr int kKills = 60;
constexpr int kEditsPerChild = 100000; // more than it can make before the kill

// The child's work: open the file, apply edits from `seed`, call `report`
// with the count of committed edits after each. Returns an exit code (never,
// normally: it is killed first).
int applyEdits(const std::filesystem::path& path, unsigned seed,
               const std::function<bool(int)>& report) {
    auto opened = app::openEvent(path);
    if (!opened) {
        return 2;
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
            return 3;
        }
        if (!report(done + 1)) {
            return 4;
        }
    }
    return 0;
}

// After a kill: the file is sound and holds exactly the `reported` edits of
// `seed` from `start`, or one more (committed, killed before it could report).
void checkAfterKill(const std::filesystem::path& path, const model::Event& start, unsigned seed,
                    int reported) {
    auto file = store::EventFile::open(path);
    REQUIRE(file->integrityProblems().empty());
    const auto loaded = file->load();
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

#ifndef _WIN32
// The child: reports each count on `pipe`. Never returns.
[[noreturn]] void child(const std::filesystem::path& path, unsigned seed, int pipe) {
    ::_exit(applyEdits(path, seed, [pipe](int committed) {
        return ::write(pipe, &committed, sizeof committed) == sizeof committed;
    }));
}
#endif

} // namespace

#ifndef _WIN32
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
        checkAfterKill(path, start, seed, reported);
    }
}
#else
namespace {

// Windows has no fork: the child is this program run again with the hidden
// test case below, told what to do through the environment. It reports each
// count by a write to a file the parent reads after the kill.
constexpr int kWindowsKills = 20; // each kill starts a process (slow under Wine)

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

} // namespace

TEST_CASE("crash safety: the child process (run by the test below)", "[.crashchild]") {
    const std::filesystem::path path = os::pathFromUtf8(environment("INNSPILL_CRASH_FILE"));
    const std::filesystem::path counts = os::pathFromUtf8(environment("INNSPILL_CRASH_COUNTS"));
    const auto seed = static_cast<unsigned>(std::stoul(environment("INNSPILL_CRASH_SEED")));
    HANDLE out = ::CreateFileW(counts.c_str(), GENERIC_WRITE, FILE_SHARE_READ, nullptr,
                               CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    REQUIRE(out != INVALID_HANDLE_VALUE);
    // WriteFile reaches the system's cache at once: it survives TerminateProcess.
    std::exit(applyEdits(path, seed, [out](int committed) {
        DWORD written = 0;
        return ::WriteFile(out, &committed, sizeof committed, &written, nullptr) &&
               written == sizeof committed;
    }));
}

TEST_CASE("crash safety: TerminateProcess at random moments loses no committed edit") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    const auto counts = dir / "counts";
    store::EventFile::create(path, test::sampleEvent());
    std::mt19937 timing(2020);
    wchar_t self[MAX_PATH];
    REQUIRE(::GetModuleFileNameW(nullptr, self, MAX_PATH) > 0);

    for (int kill = 0; kill < kWindowsKills; ++kill) {
        const model::Event start = store::EventFile::open(path)->load();
        const unsigned seed = 1000u + static_cast<unsigned>(kill);
        std::filesystem::remove(counts);
        ::SetEnvironmentVariableW(L"INNSPILL_CRASH_FILE", path.c_str());
        ::SetEnvironmentVariableW(L"INNSPILL_CRASH_COUNTS", counts.c_str());
        ::SetEnvironmentVariableW(L"INNSPILL_CRASH_SEED", std::to_wstring(seed).c_str());
        std::wstring command = L"\"" + std::wstring(self) + L"\" \"[.crashchild]\"";
        STARTUPINFOW startup{};
        startup.cb = sizeof startup;
        PROCESS_INFORMATION process{};
        REQUIRE(::CreateProcessW(self, command.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW,
                                 nullptr, nullptr, &startup, &process));
        // Starting a process takes long under Wine: the random moment is
        // counted from the child's first committed edit.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        std::error_code error;
        const auto started = [&] {
            const auto size = std::filesystem::file_size(counts, error);
            return !error && size >= sizeof(int);
        };
        while (!started() && ::WaitForSingleObject(process.hProcess, 0) == WAIT_TIMEOUT &&
               std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        std::this_thread::sleep_for(std::chrono::microseconds(2000 + timing() % 40000));
        const bool killed = ::TerminateProcess(process.hProcess, 9);
        ::WaitForSingleObject(process.hProcess, INFINITE);
        DWORD code = 0;
        ::GetExitCodeProcess(process.hProcess, &code);
        ::CloseHandle(process.hThread);
        ::CloseHandle(process.hProcess);
        REQUIRE(killed);
        REQUIRE(code == 9); // killed, not ended on its own

        int reported = 0;
        const std::string bytes = started() ? test::readFile(counts) : std::string();
        if (bytes.size() >= sizeof(int)) {
            std::memcpy(&reported, bytes.data() + (bytes.size() / sizeof(int) - 1) * sizeof(int),
                        sizeof(int));
        }
        INFO("kill " << kill << " after " << reported << " reported edits");
        CHECK(reported > 0);
        checkAfterKill(path, start, seed, reported);
    }
}
#endif
