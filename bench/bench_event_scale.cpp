// A realistic Åpen Arena with many laptops (issue 14): 150 participants,
// 2 days × 4 rounds, 12 rooms, 30 facilitators, each capturing 2 groups in
// a kit of their own, adding the participants they see (the same people
// turn up in several kits, typed anew each time, some with their
// organisation and some without) and a few new initiators that other kits
// name too. Handing in all 30 kits must ask nothing (0 conflicts: names and
// organisations agree) and take under 1 s: in-process (read, plan, one
// transaction) and as a whole `innspill merge MASTER kit1 … kit30` process
// started as a user starts it.
// Usage: bench_event_scale [--runs N] [--innspill PATH] [--tsv]
#include "app/merge/kits.hpp"
#include "app/merge/merge_plan.hpp"
#include "model/name_match.hpp"
#include "store/event_file.hpp"
#include "timing.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <set>
#include <string>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

constexpr size_t kDays = 2;
constexpr size_t kRoundsPerDay = 4;
constexpr size_t kRooms = 12;
constexpr size_t kFacilitators = 30;
constexpr size_t kGroupsPerKit = 2;
constexpr size_t kParticipants = 150;
// The register at the start holds the first 100; the other 50 register at
// the door and only the kits name them.
constexpr size_t kRegistered = 100;
constexpr size_t kParticipantsPerGroup = 12;
constexpr size_t kInputsPerGroup = 8;
// New initiators nobody registered, each typed in three kits.
constexpr size_t kNewInitiators = 10;

const char* const kOrganisations[] = {"NAV",    "Kommunen",          "Fylkeskommunen",
                                      "Sintef", "Universitetet",     "LO",
                                      "NHO",    "Frivilligsentralen"};

std::string participantName(size_t i) {
    return "Deltaker " + std::to_string(i + 1) + " Nordmann";
}
std::string organisationOf(size_t i) {
    return kOrganisations[i % std::size(kOrganisations)];
}

model::Event makeMaster() {
    auto event = model::makeEvent("Åpen Arena med mange bærbare");
    for (size_t d = 0; d < kDays; ++d) {
        model::Day day{model::Id::generate(), "2031-01-2" + std::to_string(2 + d), {}};
        for (size_t r = 0; r < kRoundsPerDay; ++r) {
            char start[8];
            char end[8];
            std::snprintf(start, sizeof start, "%02zu:00", 9 + 2 * r);
            std::snprintf(end, sizeof end, "%02zu:30", 10 + 2 * r);
            day.rounds.push_back(model::Round{model::Id::generate(), "", start, end});
        }
        event.days.push_back(std::move(day));
    }
    for (size_t r = 0; r < kRooms; ++r) {
        event.rooms.push_back(model::Room{model::Id::generate(), "Rom " + std::to_string(r + 1)});
    }
    event.themes.push_back(model::Theme{model::Id::generate(), "Arbeid og helse", "", {}});
    for (size_t f = 0; f < kFacilitators; ++f) {
        event.people.push_back(model::Person{model::Id::generate(),
                                             "Fasilitator " + std::to_string(f + 1), "Arrangøren",
                                             model::Perspective::Unspecified, true});
    }
    for (size_t i = 0; i < kRegistered; ++i) {
        event.people.push_back(model::Person{model::Id::generate(), participantName(i),
                                             organisationOf(i), model::Perspective::User,
                                             i % 3 != 0});
    }
    return event;
}

// The person a kit names: the register's entry when the kit's copy has one,
// else a new entry as the facilitator types it (organisation sometimes left
// out, the name's case sometimes different).
model::Id nameIn(model::Event& kit, const std::string& name, const std::string& organisation,
                 size_t variant) {
    for (const auto& person : kit.people) {
        if (model::nameKey(person.name) == model::nameKey(name)) {
            return person.id;
        }
    }
    model::Person typed{model::Id::generate(), variant % 4 == 1 ? "  " + name : name,
                        variant % 2 ? organisation : "", model::Perspective::Unspecified,
                        variant % 5 == 0};
    kit.people.push_back(typed);
    return typed.id;
}

// Facilitator `f`'s captures: 2 groups in round f % 8 (4 facilitators a
// round, numbers that do not clash), rooms spread, participants from a window
// of the 150 that overlaps the next kits', an initiator who is new (typed in
// three kits) or registered.
void capture(model::Event& kit, size_t f) {
    const auto& facilitator = kit.people[f];
    const size_t roundIndex = f % (kDays * kRoundsPerDay);
    const auto& round = kit.days[roundIndex / kRoundsPerDay].rounds[roundIndex % kRoundsPerDay];
    for (size_t g = 0; g < kGroupsPerKit; ++g) {
        model::Group group;
        group.id = model::Id::generate();
        const size_t sequence = (f / (kDays * kRoundsPerDay)) * kGroupsPerKit + g + 1;
        group.number = std::to_string(roundIndex + 1) + "." + std::to_string(sequence);
        group.title = "Tema " + group.number + ": læring der folk bor";
        group.roundId = round.id;
        group.roomId = kit.rooms[(f * kGroupsPerKit + g) % kRooms].id;
        group.status = model::GroupStatus::Met;
        group.facilitators = {facilitator.id};
        const size_t initiator = (f * kGroupsPerKit + g) % (kNewInitiators * 2);
        if (initiator < kNewInitiators) {
            group.initiators = {nameIn(kit, "Ny Initiativtaker " + std::to_string(initiator + 1),
                                       organisationOf(initiator), f + g)};
        } else {
            group.initiators = {
                nameIn(kit, participantName(initiator * 3), organisationOf(initiator * 3), f)};
        }
        for (size_t p = 0; p < kParticipantsPerGroup; ++p) {
            const size_t i = (f * 5 + g * kParticipantsPerGroup + p) % kParticipants;
            group.participants.push_back(nameIn(kit, participantName(i), organisationOf(i), f + p));
        }
        group.participantCount = static_cast<int>(kParticipantsPerGroup);
        for (size_t n = 0; n < kInputsPerGroup; ++n) {
            group.inputs.push_back(
                model::Input{model::Id::generate(),
                             "Innspill " + std::to_string(n + 1) + " fra " + group.number,
                             model::InputKind::Item,
                             {},
                             {kit.themes.front().id}});
        }
        kit.groups.push_back(std::move(group));
    }
}

// CPU time (user + system) of the children waited for so far.
double childrenCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

fs::path defaultInnspill() {
    std::error_code error;
    const auto self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path("innspill") : self.parent_path().parent_path() / "src/cli/innspill";
}

// `innspill merge MASTER KIT…` as a user starts it; its exit code.
int runMerge(const fs::path& innspill, const fs::path& master, const std::vector<fs::path>& kits) {
    std::vector<std::string> args{innspill.string(), "merge", master.string()};
    for (const auto& kit : kits) {
        args.push_back(kit.string());
    }
    std::vector<char*> argv;
    for (auto& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

int main(int argc, char** argv) {
    int runs = 5;
    fs::path innspill = defaultInnspill();
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--runs") {
            runs = std::max(1, std::stoi(argv[i + 1]));
        } else if (flag == "--innspill") {
            innspill = argv[i + 1];
        }
    }
    const auto dir = fs::temp_directory_path() / "innspill-bench-event-scale";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto original = dir / "original.innspill";
    const auto master = dir / "master.innspill";
    const auto event = makeMaster();
    store::EventFile::create(original, event);

    std::vector<fs::path> kits;
    for (size_t f = 0; f < kFacilitators; ++f) {
        const auto path = dir / ("kit-" + std::to_string(f + 1) + ".innspill");
        app::makeKit(original, path, "Fasilitator " + std::to_string(f + 1), true);
        auto file = store::EventFile::open(path);
        auto kit = file->load();
        const auto before = kit;
        capture(kit, f);
        store::EventFile::Transaction transaction(*file);
        for (size_t p = before.people.size(); p < kit.people.size(); ++p) {
            file->writePerson(kit.people[p]);
        }
        for (size_t g = before.groups.size(); g < kit.groups.size(); ++g) {
            file->writeGroup(kit.groups[g]);
        }
        transaction.commit();
        kits.push_back(path);
    }

    // What the hand-in asks and brings (once; the timed runs do the same).
    size_t conflicts = 0;
    size_t unified = 0;
    {
        const auto run = app::planHandIns(original, kits, std::nullopt);
        for (const auto& kit : run.kits) {
            conflicts += kit.plan.conflicts.size();
            unified += kit.plan.peopleUnified.size();
        }
    }

    const std::string label = "30 kits, 150 participants";
    bench::Table table;
    table.add(label, "conflicts to decide", static_cast<double>(conflicts), "", bench::below(1));
    // Wall clock with a target, and CPU time beside it: on a shared machine
    // the wall clock mostly measures the neighbours.
    const auto median = [&](std::vector<double> samples) {
        std::sort(samples.begin(), samples.end());
        return bench::Timing{samples[samples.size() / 2], samples.front(), samples.back(), runs};
    };
    std::vector<double> totals;
    std::vector<double> cpu;
    for (int r = 0; r < runs; ++r) {
        fs::copy_file(original, master, fs::copy_options::overwrite_existing);
        const auto cpuStart = std::clock();
        const auto timing = bench::measure(1, [&] {
            const auto run = app::planHandIns(master, kits, std::nullopt);
            app::commitHandIns(master, run);
        });
        cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        totals.push_back(timing.medianMs);
    }
    table.add(label, "merge all, in-process (read+plan+write)", median(totals), bench::below(1000));
    table.add(label, "  in-process, CPU time", median(cpu));

    std::vector<double> processes;
    std::vector<double> processCpu;
    bool processOk = true;
    for (int r = 0; r < runs; ++r) {
        fs::copy_file(original, master, fs::copy_options::overwrite_existing);
        int code = 0;
        const double before = childrenCpuMs();
        const auto timing = bench::measure(1, [&] { code = runMerge(innspill, master, kits); });
        processCpu.push_back(childrenCpuMs() - before);
        processOk = processOk && code == 0;
        processes.push_back(timing.medianMs);
    }
    table.add(label, "innspill merge MASTER kit1…kit30 (process)", median(processes),
              bench::below(1000));
    table.add(label, "  the process, CPU time", median(processCpu));

    auto merged = store::EventFile::open(master, store::EventFile::Access::ReadOnly);
    const auto result = merged->load();
    std::set<std::string> names;
    for (const auto& person : result.people) {
        names.insert(model::nameKey(person.name));
    }
    const size_t expectedPeople = kFacilitators + kParticipants + kNewInitiators;
    const bool whole = processOk && result.groups.size() == kFacilitators * kGroupsPerKit &&
                       names.size() == result.people.size() &&
                       result.people.size() <= expectedPeople;
    fs::remove_all(dir);
    const int verdict = table.finish(argc, argv);
    // Not in the --tsv rows: bench/run_all.sh reads only those from stdout.
    std::cerr << "conflicts: " << conflicts << "; people unified with the register: " << unified
              << "; master after: " << result.groups.size() << " groups, " << result.people.size()
              << " people (" << names.size() << " names)"
              << (processOk ? "" : "; innspill merge failed") << '\n';
    return whole ? verdict : 1;
}
