// Backups of the synthetic events: one backup (VACUUM INTO a temporary file,
// quick_check, rename, rotation with ten backups already there) and its
// parts, so the keeper's choice of a background thread can be checked.
// Usage: bench_backup [--sizes aapen-arena,large,huge] [--runs N]
#include "store/backup.hpp"
#include "store/event_file.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"

#include <filesystem>
#include <iostream>
#include <string>

using namespace innspill;

int main(int argc, char** argv) {
    std::string sizes = "aapen-arena,large";
    int runs = 5;
    bench::readSizesAndRuns(argc, argv, sizes, runs);
    const auto dir = std::filesystem::temp_directory_path() / "innspill-bench-backup";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    bench::Table table;
    for (const auto& size : {bench::aapenArenaSize(), bench::largeSize(), bench::hugeSize()}) {
        if (sizes.find(size.name) == std::string::npos) {
            continue;
        }
        const auto path = dir / (size.name + ".innspill");
        store::EventFile::create(path, bench::makeSyntheticEvent(size), true);
        const std::string label = size.name + " (" + std::to_string(size.groups) + " groups, " +
                                  std::to_string(std::filesystem::file_size(path) / 1024) + " KiB)";
        // Ten backups there already, so every run rotates one out.
        auto time = store::BackupClock::now() - std::chrono::hours(1);
        for (int i = 0; i < 10; ++i) {
            store::makeBackup(path, time += std::chrono::seconds(1));
        }
        table.add(label, "backup (copy, check, rotate)", bench::measure(runs, [&] {
                      store::makeBackup(path, time += std::chrono::seconds(1));
                  }));
        const auto newest = store::listBackups(path, false).front().path;
        table.add(label, "  quick_check of one copy",
                  bench::measure(runs, [&] { store::checkEventFile(newest); }));
        table.add(label, "  list + check all (rotation)",
                  bench::measure(runs, [&] { store::listBackups(path, true); }));
    }
    std::filesystem::remove_all(dir);
    return table.finish(argc, argv);
}
