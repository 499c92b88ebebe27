// Foundation benchmarks: creating, opening and loading event files, one
// committed edit, and the JSON archive both ways, on the synthetic events.
// Usage: bench_foundation [--sizes aapen-arena,large,huge] [--runs N]
#include "io/json_archive.hpp"
#include "model/validate.hpp"
#include "store/event_file.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"

#include <filesystem>
#include <iostream>
#include <string>

using namespace innspill;

int main(int argc, char** argv) {
    std::string sizes = "aapen-arena,large,huge";
    int runs = 5;
    bench::readSizesAndRuns(argc, argv, sizes, runs);
    const auto dir = std::filesystem::temp_directory_path() / "innspill-bench";
    std::filesystem::create_directories(dir);
    bench::Table table;
    for (const auto& size : {bench::aapenArenaSize(), bench::largeSize(), bench::hugeSize()}) {
        if (sizes.find(size.name) == std::string::npos) {
            continue;
        }
        const auto event = bench::makeSyntheticEvent(size);
        const auto path = dir / (size.name + ".innspill");
        const std::string label = size.name + " (" + std::to_string(size.groups) + " groups)";

        table.add(label, "create event file",
                  bench::measure(runs, [&] { store::EventFile::create(path, event, true); }));
        table.add(label, "open + load", bench::measure(runs, [&] {
                      auto file = store::EventFile::open(path);
                      auto loaded = file->load();
                      bench::keep(loaded.groups.size());
                  }));
        {
            auto file = store::EventFile::open(path);
            auto fields = event;
            int counter = 0;
            table.add(label, "commit: event fields", bench::measure(runs * 20, [&] {
                          fields.title = "Tittel " + std::to_string(++counter);
                          file->writeEventFields(fields);
                      }));
            auto group = event.groups.front();
            table.add(label,
                      "commit: one group (" + std::to_string(group.inputs.size()) + " inputs)",
                      bench::measure(runs * 20, [&] {
                          group.inputs.front().text = "Endret " + std::to_string(++counter);
                          file->writeGroup(group);
                      }));
        }
        std::string json;
        table.add(label, "json export",
                  bench::measure(runs, [&] { json = io::writeJsonArchive(event); }));
        table.add(label, "json import", bench::measure(runs, [&] {
                      auto back = io::readJsonArchive(json);
                      bench::keep(back.groups.size());
                  }));
        table.add(label, "validate",
                  bench::measure(runs, [&] { bench::keep(model::validate(event).size()); }));
        std::filesystem::remove(path);
    }
    return table.finish(argc, argv);
}
