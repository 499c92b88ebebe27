// Hand-in benchmark: 50 facilitator kits, each bringing 20 new groups of 10
// inputs, merged into an Åpen Arena-sized master — as `innspill merge MASTER
// KIT×50` does it (read the master and every kit, plan, one transaction) and
// the planning alone in memory. Target: under 1 s in total.
// Usage: bench_merge [--kits N] [--groups N] [--inputs N] [--runs N] [--save-kits DIR]
// --save-kits writes original.innspill and the kits (kit-K.innspill) into DIR
// and exits, for timing `innspill merge` as a process by hand or under Wine
// (bench/windows_figures.sh).
#include "app/merge/kits.hpp"
#include "app/merge/merge_plan.hpp"
#include "io/json_archive.hpp"
#include "store/event_file.hpp"
#include "store/kit_tables.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"

#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

model::Group capturedGroup(const model::Event& event, size_t kit, size_t index, size_t inputs) {
    model::Group group;
    group.id = model::Id::generate();
    // Round 1, numbers no other kit uses: disjoint captures.
    group.number = "1." + std::to_string(1000 + kit * 100 + index);
    group.title = "Tema " + std::to_string(kit) + "." + std::to_string(index);
    group.roundId = event.days.front().rounds.front().id;
    group.status = model::GroupStatus::Met;
    group.participantCount = 7;
    group.notes.challenges = "Utfordringer drøftet i gruppen om arbeid og helse.";
    for (size_t i = 0; i < inputs; ++i) {
        group.inputs.push_back(model::Input{model::Id::generate(),
                                            "Innspill " + std::to_string(i + 1) +
                                                ": tverrfaglig oppfølging i kommunene",
                                            model::InputKind::Item,
                                            {},
                                            {event.themes.front().id}});
    }
    return group;
}

} // namespace

int main(int argc, char** argv) {
    size_t kits = 50;
    size_t groupsPerKit = 20;
    size_t inputsPerGroup = 10;
    int runs = 3;
    std::optional<fs::path> saveKits;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--save-kits") {
            saveKits = argv[i + 1];
            continue;
        }
        const auto value = static_cast<size_t>(std::max(1, std::stoi(argv[i + 1])));
        if (flag == "--kits") {
            kits = value;
        } else if (flag == "--groups") {
            groupsPerKit = value;
        } else if (flag == "--inputs") {
            inputsPerGroup = value;
        } else if (flag == "--runs") {
            runs = static_cast<int>(value);
        }
    }
    const auto dir = saveKits.value_or(fs::temp_directory_path() / "innspill-bench-merge");
    if (saveKits && fs::exists(dir) && !fs::is_empty(dir)) {
        std::cerr << "bench_merge: " << dir.string() << " is not empty; give a new folder\n";
        return 2;
    }
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto original = dir / "original.innspill";
    const auto master = dir / "master.innspill";
    const auto event = bench::makeSyntheticEvent(bench::aapenArenaSize());
    store::EventFile::create(original, event);

    // Hand out the kits and capture in each, as the facilitators would.
    std::vector<fs::path> kitPaths;
    std::vector<app::KitContents> kitContents;
    for (size_t k = 0; k < kits; ++k) {
        const auto path = dir / ("kit-" + std::to_string(k) + ".innspill");
        app::makeKit(original, path, "Fasilitator " + std::to_string(k), true);
        auto file = store::EventFile::open(path);
        {
            store::EventFile::Transaction transaction(*file);
            for (size_t g = 0; g < groupsPerKit; ++g) {
                file->writeGroup(capturedGroup(event, k, g, inputsPerGroup));
            }
            transaction.commit();
        }
        kitContents.push_back(app::KitContents{*store::readKitRecord(*file), file->load()});
        kitPaths.push_back(path);
    }

    if (saveKits) {
        std::cout << dir.string() << ": original.innspill and " << kits << " kits\n";
        return 0;
    }
    const std::string label = std::to_string(kits) + " kits × " + std::to_string(groupsPerKit) +
                              " groups × " + std::to_string(inputsPerGroup) + " inputs";
    bench::Table table;
    size_t groupsAfter = 0;
    // The merge itself, kits already in memory, as planHandIns runs it: the
    // master shared with each plan, one base read for kits handed out together,
    // the result validated once.
    const auto base =
        std::make_shared<const model::Event>(io::readJsonArchive(kitContents.front().record.base));
    table.add(label, "plan only (kits in memory)", bench::measure(runs, [&] {
                  auto merged = std::make_shared<model::Event>(event);
                  std::vector<model::HandIn> history;
                  for (const auto& kit : kitContents) {
                      app::MergeOptions options;
                      options.base = base;
                      options.validate = false;
                      auto plan = app::planMerge(std::shared_ptr<const model::Event>(merged), kit,
                                                 history, options);
                      plan.sources.reset();
                      app::applyToModel(*merged, plan.change);
                      app::applyToHistory(history, plan.change);
                  }
                  bench::keep(app::problemsIntroduced(event, *merged).size());
                  groupsAfter = merged->groups.size();
              }));
    table.add(label, "innspill merge: read + plan", bench::measure(runs, [&] {
                  const auto run = app::planHandIns(original, kitPaths, std::nullopt);
                  bench::keep(run.merged.groups.size());
              }));
    // The whole hand-in, on a fresh copy of the master each run (copy not
    // timed). CPU time too: on a shared machine the wall clock mostly measures
    // the neighbours.
    std::vector<double> totals;
    std::vector<double> cpu;
    for (int r = 0; r < runs; ++r) {
        fs::copy_file(original, master, fs::copy_options::overwrite_existing);
        const auto cpuStart = std::clock();
        const auto timing = bench::measure(1, [&] {
            const auto run = app::planHandIns(master, kitPaths, std::nullopt);
            app::commitHandIns(master, run);
        });
        cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        totals.push_back(timing.medianMs);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(totals.begin(), totals.end());
    table.add(label, "innspill merge: total (1 transaction)",
              bench::Timing{totals[totals.size() / 2], totals.front(), totals.back(), runs},
              bench::below(1000));
    table.add(label, "innspill merge: total, CPU time",
              bench::Timing{cpu[cpu.size() / 2], cpu.front(), cpu.back(), runs});

    auto merged = store::EventFile::open(master, store::EventFile::Access::ReadOnly);
    const auto result = merged->load();
    const auto history = store::readHandIns(*merged, store::HandInDetail::Summary);
    const bool whole =
        result.groups.size() == event.groups.size() + kits * groupsPerKit && history.size() == kits;
    fs::remove_all(dir);
    const int verdict = table.finish(argc, argv);
    // Not in the --tsv rows: bench/run_all.sh reads only those from stdout.
    std::cerr << "master after: " << result.groups.size() << " groups (" << groupsAfter
              << " planned in memory), " << history.size() << " hand-ins recorded\n";
    return whole ? verdict : 1;
}
