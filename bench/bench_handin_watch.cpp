// Hand-ins through a watched folder (issue 14): the time from a kit copy
// being complete in the folder (store::writeHandInCopy returned, as the
// outbox writer or a sync engine's final rename leaves it) to the master
// having merged it — in-process (app::HandInWatch polling as the app does)
// and as a process (`innspill merge MASTER --watch DIR`). Target < 2 s each.
// Also the outbox copy itself (VACUUM INTO + quick_check + rename, on the
// outbox thread in the app) and the take-in work on the polling thread.
//
// Usage: bench_handin_watch [--runs N] [--tsv]
#include "app/event_session.hpp"
#include "app/hand_in_watch.hpp"
#include "app/merge/kits.hpp"
#include "store/event_file.hpp"
#include "store/hand_in_copies.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;
constexpr size_t kGroupsPerCopy = 2;
constexpr size_t kInputsPerGroup = 10;
constexpr auto kGiveUp = std::chrono::seconds(30);

// Two more groups in the kit, as a facilitator captures them between copies.
void capture(const fs::path& kit, size_t round) {
    auto file = store::EventFile::open(kit);
    const model::Event event = file->load();
    store::EventFile::Transaction transaction(*file);
    for (size_t g = 0; g < kGroupsPerCopy; ++g) {
        model::Group group;
        group.id = model::Id::generate();
        group.number = "1." + std::to_string(5000 + round * 10 + g);
        group.title = "Tema fra kitet " + std::to_string(round) + "." + std::to_string(g);
        group.roundId = event.days.front().rounds.front().id;
        group.status = model::GroupStatus::Met;
        for (size_t i = 0; i < kInputsPerGroup; ++i) {
            group.inputs.push_back(model::Input{model::Id::generate(),
                                                "Innspill " + std::to_string(i + 1) +
                                                    ": tverrfaglig oppfølging i kommunene",
                                                model::InputKind::Item,
                                                {},
                                                {}});
        }
        file->writeGroup(group);
    }
    transaction.commit();
}

// Read while `merge --watch` writes: load() reads one snapshot.
size_t groupsIn(const fs::path& file) {
    return store::EventFile::open(file, store::EventFile::Access::ReadOnly)->load().groups.size();
}

bench::Timing summary(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return bench::Timing{samples[samples.size() / 2], samples.front(), samples.back(),
                         static_cast<int>(samples.size())};
}

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

pid_t spawnWatch(const fs::path& master, const fs::path& folder, const fs::path& log) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(out, 1);
        ::dup2(out, 2);
        ::execl(INNSPILL_BINARY, INNSPILL_BINARY, "merge", master.c_str(), "--watch",
                folder.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return pid;
}

} // namespace

int main(int argc, char** argv) {
    std::string sizes;
    int runs = 5;
    bench::readSizesAndRuns(argc, argv, sizes, runs);
    const auto dir = fs::temp_directory_path() / "innspill-bench-handin-watch";
    fs::remove_all(dir);
    fs::create_directories(dir / "folder");
    fs::create_directories(dir / "folder-process");
    const fs::path master = dir / "master.innspill";
    const fs::path masterProcess = dir / "master-process.innspill";
    const fs::path kit = dir / "kari.innspill";
    const auto event = bench::makeSyntheticEvent(bench::aapenArenaSize());
    store::EventFile::create(master, event);
    app::makeKit(master, kit, "Kari", true);
    fs::copy_file(master, masterProcess);

    const std::string label = "Åpen Arena, +" + std::to_string(kGroupsPerCopy) + " groups/copy";
    bench::Table table;
    std::vector<double> copyMs;
    std::vector<double> inProcessMs;
    std::vector<double> takeInMs;
    std::vector<double> processMs;
    bool whole = true;
    size_t round = 0;

    // In-process: the app's watch, polled as the shell polls it (every frame
    // it is due; the frame loop sleeps until then).
    {
        auto opened = app::openEvent(master);
        if (!opened) {
            std::cerr << "cannot open the master\n";
            return 2;
        }
        app::HandInWatch watch(*opened.session, dir / "folder");
        watch.poll(Clock::now(), true);
        for (int r = 0; r < runs; ++r) {
            capture(kit, ++round);
            const size_t before = opened.session->event().groups.size();
            const auto copyStart = Clock::now();
            store::writeHandInCopy(kit, dir / "folder", "kari.innspill", 1000 + r);
            copyMs.push_back(msSince(copyStart));
            const auto complete = Clock::now();
            while (opened.session->event().groups.size() == before &&
                   Clock::now() - complete < kGiveUp) {
                const auto now = Clock::now();
                const double wait = watch.secondsUntilDue(now);
                if (wait > 0.0) {
                    std::this_thread::sleep_for(std::chrono::duration<double>(wait));
                    continue;
                }
                const auto pollStart = Clock::now();
                for (const auto& handIn : watch.poll(Clock::now())) {
                    if (handIn.outcome == app::WatchOutcome::Merged) {
                        takeInMs.push_back(msSince(pollStart));
                    }
                }
            }
            inProcessMs.push_back(msSince(complete));
            whole = whole && opened.session->event().groups.size() == before + kGroupsPerCopy;
        }
    }

    // As a process: `innspill merge MASTER --watch DIR`, as a user runs it.
    const pid_t watcher = spawnWatch(masterProcess, dir / "folder-process", dir / "watch.log");
    std::this_thread::sleep_for(std::chrono::milliseconds(500)); // started and watching
    for (int r = 0; r < runs; ++r) {
        capture(kit, ++round);
        const size_t before = groupsIn(masterProcess);
        store::writeHandInCopy(kit, dir / "folder-process", "kari.innspill", 2000 + r);
        const auto complete = Clock::now();
        while (groupsIn(masterProcess) == before && Clock::now() - complete < kGiveUp) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        processMs.push_back(msSince(complete));
    }
    ::kill(watcher, SIGINT);
    int status = 0;
    ::waitpid(watcher, &status, 0);
    whole = whole && WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
            groupsIn(masterProcess) == event.groups.size() + round * kGroupsPerCopy;

    table.add(label, "outbox copy (VACUUM INTO, check, rename)", summary(copyMs));
    table.add(label, "watched folder: complete → merged (app)", summary(inProcessMs),
              bench::below(2000));
    table.add(label, "  of which taking in (one poll)", summary(takeInMs));
    table.add(label, "merge --watch: complete → merged", summary(processMs), bench::below(2000));
    fs::remove_all(dir);
    const int verdict = table.finish(argc, argv);
    if (!whole) {
        std::cerr << "bench_handin_watch: the masters do not hold every copy's groups\n";
        return 2;
    }
    return verdict;
}
