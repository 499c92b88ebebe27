// Opening the huge synthetic event (5,000 groups, 150,000 inputs) the way the
// app opens it: instance lock, header and quick_check, connection and
// migration check, loading the model, the session and workspace, and the
// first two frames of the main window (headless harness, no GPU). Each open
// runs in a fresh child process, so the peak memory is the app's alone and
// no page cache of SQLite or allocator state carries over between runs.
// Targets (issue 8): open under 1 s, app memory under 1 GB.
// Usage: bench_open [--size huge|large|aapen-arena] [--runs N] [--tsv] [--reuse]
// (--reuse keeps the event file in the temporary folder for the next run.)
#include "harness.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"

#include "app/event_session.hpp"
#include "app/workspace.hpp"
#include "store/event_file.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <string>

using namespace innspill;

namespace {

constexpr std::array kPhases{"app::openEvent (checks, load)", "  of it: quick_check (warm)",
                             "  of it: load model (warm)", "workspace + first 2 frames",
                             "total (to first frame)"};
using Sample = std::array<double, kPhases.size()>;

double nowMs() {
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The child: one open as the app does it, the phase times written to `out`;
// it exits without closing the event (closing makes a backup).
[[noreturn]] void openOnce(const std::filesystem::path& path, int out) {
    Sample sample{};
    const double start = nowMs();
    auto opened = app::openEvent(path);
    if (!opened) {
        std::cerr << "bench_open: "
                  << innspill::lang::render(innspill::lang::Language::En, opened.message) << '\n';
        _exit(1);
    }
    sample[0] = nowMs() - start;
    app::Workspace workspace(std::move(opened.session));
    test::UiHarness ui(workspace.session());
    ui.ctx().workspace = &workspace;
    ui.frame(2);
    sample[3] = nowMs() - start - sample[0];
    sample[4] = nowMs() - start;
    // The parts again, apart (the file is in the page cache by now).
    double mark = nowMs();
    store::checkWhole(path);
    sample[1] = nowMs() - mark;
    mark = nowMs();
    bench::keep(workspace.session()->file()->load().groups.size());
    sample[2] = nowMs() - mark;
    const auto written = write(out, sample.data(), sizeof sample);
    _exit(written == static_cast<ssize_t>(sizeof sample) ? 0 : 1);
}

} // namespace

int main(int argc, char** argv) {
    std::string sizeName = "huge";
    int runs = 5;
    bool reuse = false;
    for (int i = 1; i + 1 < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--size") {
            sizeName = argv[++i];
        } else if (flag == "--runs") {
            runs = std::max(1, std::stoi(argv[++i]));
        }
    }
    for (int i = 1; i < argc; ++i) {
        reuse = reuse || std::string(argv[i]) == "--reuse";
    }
    bench::EventSize size = bench::hugeSize();
    for (const auto& candidate : {bench::aapenArenaSize(), bench::largeSize()}) {
        if (candidate.name == sizeName) {
            size = candidate;
        }
    }
    const auto dir = std::filesystem::temp_directory_path() / "innspill-bench";
    std::filesystem::create_directories(dir);
    const auto path = dir / ("open-" + size.name + ".innspill");
    bench::Table table;
    const std::string label = size.name + " (" + std::to_string(size.groups) + " groups)";
    if (!reuse || !std::filesystem::exists(path)) {
        const auto event = bench::makeSyntheticEvent(size);
        size_t inputs = 0;
        for (const auto& group : event.groups) {
            for (const auto& input : group.inputs) {
                inputs += 1 + input.children.size();
            }
        }
        table.add(label, "create event file (" + std::to_string(inputs) + " inputs)",
                  bench::measure(1, [&] { store::EventFile::create(path, event, true); }));
    }

    std::vector<Sample> samples;
    long peakKiB = 0;
    for (int run = 0; run < runs; ++run) {
        int channel[2];
        if (pipe(channel) != 0) {
            return 2;
        }
        const pid_t child = fork();
        if (child == 0) {
            close(channel[0]);
            openOnce(path, channel[1]);
        }
        close(channel[1]);
        Sample sample{};
        const auto got = read(channel[0], sample.data(), sizeof sample);
        close(channel[0]);
        int status = 0;
        rusage usage{};
        wait4(child, &status, 0, &usage);
        if (got != static_cast<ssize_t>(sizeof sample) || !WIFEXITED(status) ||
            WEXITSTATUS(status) != 0) {
            std::cerr << "bench_open: the opening child failed\n";
            return 2;
        }
        samples.push_back(sample);
        peakKiB = std::max(peakKiB, usage.ru_maxrss);
    }
    for (size_t p = 0; p < kPhases.size(); ++p) {
        std::vector<double> values;
        for (const auto& sample : samples) {
            values.push_back(sample[p]);
        }
        std::sort(values.begin(), values.end());
        const bench::Timing timing{values[values.size() / 2], values.front(), values.back(), runs};
        const std::string figure =
            std::string(p + 1 == kPhases.size() ? "open: " : "  ") + kPhases[p];
        if (p + 1 == kPhases.size() && size.name == "huge") {
            table.add(label, figure, timing, bench::below(1000));
        } else {
            table.add(label, figure, timing);
        }
    }
    const double appMiB = static_cast<double>(peakKiB) / 1024.0;
    table.setPeakMemoryMiB(peakKiB / 1024); // the app's, not this parent's
    table.add(label, "open: app peak memory", appMiB, "MiB",
              size.name == "huge" ? std::optional(bench::below(1024)) : std::nullopt);
    if (!reuse) {
        std::filesystem::remove(path);
    }
    return table.finish(argc, argv);
}
