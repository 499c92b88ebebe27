// Report and import benchmarks: every export format for the Åpen Arena-sized
// and the large synthetic event, in this process (renderExport) and as the
// user meets it — `innspill export` started as a process, from start to exit,
// on the event saved as a file — with pandoc converting our own Markdown
// export to HTML and DOCX as processes in the same run for comparison; and
// the notes importer on a notes file of 1,000 groups; the challenge report
// (issue 16) of a synthetic synthesis over the 1,000 groups, every format,
// in this process and as `innspill export --report challenges`.
// Usage: bench_reports [--runs N] [--no-pandoc] [--no-process] [--save-events DIR]
// --save-events writes the two synthetic events as event files into DIR
// (aapen-arena.innspill, large.innspill), for profiling `innspill export`
// by hand, and exits.
#include "app/export.hpp"
#include "io/notes/notes_import.hpp"
#include "notes_text.hpp"
#include "run_process.hpp"
#include "store/event_file.hpp"
#include "synthetic_event.hpp"
#include "synthetic_synthesis.hpp"
#include "timing.hpp"

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

using namespace innspill;
using bench::runProcess;

namespace {

bool havePandoc() {
    return runProcess({"pandoc", "--version"});
}

bench::Timing timeProcess(int runs, const std::vector<std::string>& args) {
    return bench::measure(runs, [&] {
        if (!runProcess(args)) {
            std::string command;
            for (const auto& arg : args) {
                command += arg + " ";
            }
            std::cerr << "failed: " << command << '\n';
            std::exit(2);
        }
    });
}

bench::Timing pandoc(const std::filesystem::path& markdown, const char* to, int runs) {
    const auto out = markdown.parent_path() / (std::string("pandoc.") + to);
    return timeProcess(
        runs, {"pandoc", "-f", "commonmark", "-t", to, "-o", out.string(), markdown.string()});
}

// CPU time (user + system) of the children so far, in ms: unlike the wall
// clock it does not grow when other programs share the machine.
double childCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

long childPeakMiB() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv) {
    int runs = 5;
    bool comparePandoc = true;
    bool processes = true;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::stoi(argv[++i]));
        } else if (flag == "--no-pandoc") {
            comparePandoc = false;
        } else if (flag == "--no-process") {
            processes = false;
        } else if (flag == "--save-events" && i + 1 < argc) {
            const std::filesystem::path into = argv[++i];
            std::filesystem::create_directories(into);
            for (const auto& size : {bench::aapenArenaSize(), bench::largeSize()}) {
                const auto file = into / (size.name + ".innspill");
                std::filesystem::remove(file);
                store::EventFile::create(file, bench::makeSyntheticEvent(size), true);
                std::cout << file.string() << '\n';
            }
            return 0;
        }
    }
    comparePandoc = comparePandoc && havePandoc();
    const auto dir = std::filesystem::temp_directory_path() / "innspill-bench-reports";
    std::filesystem::create_directories(dir);
    // The processes keep their settings away from the user's.
    setenv("XDG_CONFIG_HOME", (dir / "config").c_str(), 1);
    bench::Table table;
    if (processes) {
        // The floor under every whole-process figure: starting the binary
        // (loading its libraries) and exiting, with no event read.
        const double cpuBefore = childCpuMs();
        const int startRuns = std::max(5, runs * 2);
        const auto timing = timeProcess(startRuns, {INNSPILL_BINARY, "--version"});
        table.add("start-up", "innspill --version (whole process)", timing);
        table.add("start-up", "innspill --version (whole process): CPU, mean",
                  (childCpuMs() - cpuBefore) / startRuns, "ms");
    }
    for (const auto& size : {bench::aapenArenaSize(), bench::largeSize()}) {
        const auto event = bench::makeSyntheticEvent(size);
        const std::string label = size.name + " (" + std::to_string(size.groups) + " groups)";
        const int n = size.groups > 100 ? std::max(1, runs / 2) : runs;
        double html = 0;
        double docx = 0;
        for (const auto& info : app::exportFormats()) {
            std::string bytes;
            const auto timing =
                bench::measure(n, [&] { bytes = app::renderExport(event, info.format, {}); });
            const std::string figure = std::string("export ") + info.name + " (" +
                                       std::to_string(bytes.size() / 1024) + " KiB)";
            if (size.groups <= 100) {
                table.add(label, figure, timing, bench::below(100)); // every format of AA size
            } else if (info.format == app::ExportFormat::Pdf) {
                table.add(label, figure, timing, bench::below(3000)); // tagged (issue 13)
            } else {
                table.add(label, figure, timing);
            }
            if (info.format == app::ExportFormat::Html) {
                html = timing.medianMs;
            } else if (info.format == app::ExportFormat::Docx) {
                docx = timing.medianMs;
            } else if (info.format == app::ExportFormat::Markdown) {
                std::ofstream(dir / (size.name + ".md"), std::ios::binary) << bytes;
            }
        }
        table.add(label, "export pdf, thematic", bench::measure(n, [&] {
                      bench::keep(app::renderExport(event, app::ExportFormat::Pdf,
                                                    {io::report::ReportKind::Thematic, false})
                                      .size());
                  }));
        // As the user meets it: `innspill export` as a process on the event
        // file, start-up and writing the file included.
        double htmlProcess = 0;
        double docxProcess = 0;
        if (processes) {
            const auto file = dir / (size.name + ".innspill");
            std::filesystem::remove(file);
            store::EventFile::create(file, event, true);
            const bool large = size.groups > 100;
            const int processRuns = large ? std::max(3, n) : std::max(5, runs * 2);
            for (const auto& info : app::exportFormats()) {
                std::vector<std::string> args{
                    INNSPILL_BINARY,
                    "export",
                    file.string(),
                    "--format",
                    info.name,
                    "-o",
                    (dir / (std::string("out") + info.extension)).string()};
                const double cpuBefore = childCpuMs();
                const auto timing = timeProcess(processRuns, args);
                const double cpu = (childCpuMs() - cpuBefore) / processRuns;
                const std::string figure =
                    std::string("innspill export --format ") + info.name + " (whole process)";
                table.add(label, figure + ": CPU, mean", cpu, "ms");
                if (!large) {
                    table.add(label, figure, timing, bench::below(100));
                } else if (info.format == app::ExportFormat::Pdf) {
                    table.add(label, figure + ", tagged", timing, bench::below(3000));
                } else {
                    table.add(label, figure, timing);
                }
                if (info.format == app::ExportFormat::Html) {
                    htmlProcess = timing.medianMs;
                } else if (info.format == app::ExportFormat::Docx) {
                    docxProcess = timing.medianMs;
                }
            }
            std::filesystem::remove(file);
        }
        if (comparePandoc) {
            const auto md = dir / (size.name + ".md");
            const int pandocRuns = std::min(n, 3);
            double cpuBefore = childCpuMs();
            const auto pandocHtml = pandoc(md, "html", pandocRuns);
            const double htmlCpu = (childCpuMs() - cpuBefore) / pandocRuns;
            cpuBefore = childCpuMs();
            const auto pandocDocx = pandoc(md, "docx", pandocRuns);
            const double docxCpu = (childCpuMs() - cpuBefore) / pandocRuns;
            table.add(label, "pandoc md→html (process)", pandocHtml);
            table.add(label, "pandoc md→html (process): CPU, mean", htmlCpu, "ms");
            table.add(label, "pandoc md→docx (process)", pandocDocx);
            table.add(label, "pandoc md→docx (process): CPU, mean", docxCpu, "ms");
            // In this process: HTML and DOCX at least 20× faster than pandoc on
            // the large event; as processes (issue 13): HTML 40×, DOCX 25×.
            const bool large = size.groups > 100;
            const auto target = [&](double times) {
                return large ? std::optional(bench::atLeast(times)) : std::nullopt;
            };
            table.add(label, "html in-process: times faster than pandoc",
                      pandocHtml.medianMs / html, "x", target(20));
            table.add(label, "docx in-process: times faster than pandoc",
                      pandocDocx.medianMs / docx, "x", target(20));
            if (processes) {
                table.add(label, "html process: times faster than pandoc process",
                          pandocHtml.medianMs / htmlProcess, "x", target(40));
                table.add(label, "docx process: times faster than pandoc process",
                          pandocDocx.medianMs / docxProcess, "x", target(25));
            }
        }
    }
    {
        const auto event = bench::makeSyntheticEvent(bench::largeSize());
        const std::string notes = bench::notesText(event);
        size_t groups = 0;
        table.add("notes (1000 groups, " + std::to_string(notes.size() / 1024) + " KiB)",
                  "import-notes parse + merge",
                  bench::measure(runs,
                                 [&] {
                                     const auto result =
                                         io::notes::importNotesText(model::makeEvent("x"), notes);
                                     groups = result.groupsRead;
                                 }),
                  bench::below(200));
        if (groups != event.groups.size()) {
            std::cerr << "notes import read " << groups << " groups, expected "
                      << event.groups.size() << '\n';
            return 1;
        }
    }
    {
        // The challenge report over the large event: 200 challenges, 600
        // measures, 1,800 sources; within the proceedings report's bound.
        auto event = bench::makeSyntheticEvent(bench::largeSize());
        bench::addSyntheticSynthesis(event);
        const std::string label = "challenges (1000 groups, " +
                                  std::to_string(event.synthesis.challenges.size()) +
                                  " challenges)";
        const io::report::ReportOptions options{io::report::ReportKind::Challenges, false};
        for (const auto& info : app::exportFormats()) {
            if (info.format == app::ExportFormat::Json) {
                continue; // the archive is the same whatever the report
            }
            std::string bytes;
            const auto timing = bench::measure(std::max(1, runs / 2), [&] {
                bytes = app::renderExport(event, info.format, options);
            });
            table.add(label,
                      std::string("export ") + info.name + " (" +
                          std::to_string(bytes.size() / 1024) + " KiB)",
                      timing, bench::below(3000));
        }
        // As the user meets it: `innspill export --report challenges` as a
        // process on the event file, within the same bound.
        if (processes) {
            const auto file = dir / "challenges.innspill";
            std::filesystem::remove(file);
            store::EventFile::create(file, event, true);
            const int processRuns = std::max(3, runs / 2);
            for (const auto& info : app::exportFormats()) {
                if (info.format == app::ExportFormat::Json) {
                    continue;
                }
                const double cpuBefore = childCpuMs();
                const auto timing = timeProcess(
                    processRuns, {INNSPILL_BINARY, "export", file.string(), "--report",
                                  "challenges", "--format", info.name, "-o",
                                  (dir / (std::string("challenges") + info.extension)).string()});
                const std::string figure =
                    std::string("innspill export --report challenges --format ") + info.name +
                    " (whole process)";
                table.add(label, figure + ": CPU, mean", (childCpuMs() - cpuBefore) / processRuns,
                          "ms");
                table.add(label, figure, timing, bench::below(3000));
            }
            std::filesystem::remove(file);
        }
    }
    // Exporting the large event, all formats, in this one process.
    table.add("all of the above", "export memory (this process)",
              static_cast<double>(bench::peakMemoryMiB()), "MiB", bench::below(500));
    if (comparePandoc) {
        table.add("all of the above", "pandoc's peak memory", static_cast<double>(childPeakMiB()),
                  "MiB");
    }
    return table.finish(argc, argv);
}
