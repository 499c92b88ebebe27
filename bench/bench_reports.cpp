// Report and import benchmarks: every export format for the Åpen Arena-sized
// and the large synthetic event, pandoc converting our own Markdown export to
// HTML and DOCX in the same run for comparison, and the notes importer on a
// notes file of 1,000 groups.
// Usage: bench_reports [--runs N] [--no-pandoc]
#include "app/export.hpp"
#include "io/notes/notes_import.hpp"
#include "notes_text.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sys/resource.h>

using namespace innspill;

namespace {

bool havePandoc() {
    return std::system("pandoc --version >/dev/null 2>&1") == 0;
}

bench::Timing pandoc(const std::filesystem::path& markdown, const char* to, int runs) {
    const auto out = markdown.parent_path() / (std::string("pandoc.") + to);
    const std::string command = "pandoc -f commonmark -t " + std::string(to) + " -o '" +
                                out.string() + "' '" + markdown.string() + "'";
    return bench::measure(runs, [&] {
        if (std::system(command.c_str()) != 0) {
            std::cerr << "pandoc failed: " << command << '\n';
        }
    });
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
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::stoi(argv[++i]));
        } else if (flag == "--no-pandoc") {
            comparePandoc = false;
        }
    }
    comparePandoc = comparePandoc && havePandoc();
    const auto dir = std::filesystem::temp_directory_path() / "innspill-bench-reports";
    std::filesystem::create_directories(dir);
    bench::Table table;
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
                table.add(label, figure, timing, bench::below(5000));
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
        if (comparePandoc) {
            const auto md = dir / (size.name + ".md");
            const auto pandocHtml = pandoc(md, "html", std::min(n, 3));
            const auto pandocDocx = pandoc(md, "docx", std::min(n, 3));
            table.add(label, "pandoc md→html", pandocHtml);
            table.add(label, "pandoc md→docx", pandocDocx);
            // HTML and DOCX at least 20× faster than pandoc on the large event.
            const auto speedUp =
                size.groups > 100 ? std::optional(bench::atLeast(20)) : std::nullopt;
            table.add(label, "html: times faster than pandoc", pandocHtml.medianMs / html, "x",
                      speedUp);
            table.add(label, "docx: times faster than pandoc", pandocDocx.medianMs / docx, "x",
                      speedUp);
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
    // Exporting the large event, all formats, in this one process.
    table.add("all of the above", "export memory (this process)",
              static_cast<double>(bench::peakMemoryMiB()), "MiB", bench::below(500));
    if (comparePandoc) {
        table.add("all of the above", "pandoc's peak memory", static_cast<double>(childPeakMiB()),
                  "MiB");
    }
    return table.finish(argc, argv);
}
