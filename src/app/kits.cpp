// Kit files: hand-out, reading for hand-in, and a hand-in of several kits.
#include "app/kits.hpp"

#include "app/event_session.hpp"
#include "app/messages.hpp"
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "store/event_file.hpp"
#include "store/kit_tables.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <thread>
#include <unistd.h>
#include <unordered_map>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

// Reading kits in parallel: a few threads are plenty (the disk and SQLite's
// checks set the pace), and more would only crowd a small laptop.
constexpr size_t kMaxReaderThreads = 4;

std::string named(const fs::path& path) {
    return "«" + path.string() + "»";
}

bool samePath(const fs::path& a, const fs::path& b) {
    std::error_code error;
    if (fs::exists(a, error) && fs::exists(b, error)) {
        return fs::equivalent(a, b, error);
    }
    return fs::absolute(a, error).lexically_normal() == fs::absolute(b, error).lexically_normal();
}

std::unique_ptr<store::EventFile> openForReading(const fs::path& path) {
    try {
        return store::EventFile::open(path, store::EventFile::Access::ReadOnly);
    } catch (const store::FileError& error) {
        throw KitError(describe(error));
    }
}

void removeQuietly(const fs::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(path.string() + suffix, ignored);
    }
}

} // namespace

std::string utcTimestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

model::KitRecord makeKit(const fs::path& master, const fs::path& kit,
                         const std::string& facilitator, bool overwrite) {
    if (samePath(master, kit)) {
        throw KitError(named(kit) + " er hovedfilen selv; velg et annet navn på kitet");
    }
    model::Event event;
    {
        auto file = openForReading(master);
        try {
            if (store::readKitRecord(*file)) {
                throw KitError(named(master) +
                               " er selv et kit; lag kit fra hovedfilen til arrangementet");
            }
            event = file->load();
        } catch (const store::FileError& error) {
            throw KitError(describe(error));
        }
    }
    std::error_code error;
    if (!overwrite && fs::exists(kit, error)) {
        throw KitError(named(kit) + " finnes allerede; bruk --force for å skrive over den");
    }
    model::KitRecord record{model::Id::generate(), event.id, facilitator, utcTimestamp(),
                            io::writeJsonArchive(event)};
    try {
        // The base must read back, or the kit could never be handed in.
        io::readJsonArchive(record.base);
    } catch (const io::ParseError& problem) {
        throw KitError(named(master) + " har feil som hindrer et kit (" + problem.what() +
                       "); kjør innspill check");
    }
    // Built beside the target and moved in place only complete: a crash
    // never leaves a kit without its record (which would look like a master).
    const fs::path part = kit.string() + ".part-" + model::Id::generate().str();
    try {
        {
            auto file = store::EventFile::create(part, event);
            store::writeKitRecord(*file, record);
        }
        if (overwrite) {
            removeQuietly(kit);
            fs::rename(part, kit);
        } else if (::link(part.c_str(), kit.c_str()) != 0) {
            // link() refuses an existing target, unlike rename(): no race overwrites a file.
            const int code = errno;
            throw KitError(named(kit) + (code == EEXIST ? " finnes allerede"
                                                        : ": " + std::string(std::strerror(code))));
        } else {
            fs::remove(part);
        }
    } catch (const store::FileError& failure) {
        removeQuietly(part);
        throw KitError(describe(failure));
    } catch (const fs::filesystem_error& failure) {
        removeQuietly(part);
        throw KitError("kan ikke lage " + named(kit) + ": " + failure.code().message());
    } catch (...) {
        removeQuietly(part);
        throw;
    }
    return record;
}

KitContents readKit(const fs::path& kit, const model::Event& master, const fs::path& masterPath) {
    if (samePath(kit, masterPath)) {
        throw KitError(named(kit) + " er hovedfilen selv, ikke et kit");
    }
    auto file = openForReading(kit);
    KitContents contents;
    try {
        auto record = store::readKitRecord(*file);
        if (!record) {
            throw KitError(named(kit) + " er ikke et kit (filen har ingen kit-oppføring); lag kit "
                                        "med «innspill kit»");
        }
        contents.record = std::move(*record);
        contents.event = file->load();
    } catch (const store::FileError& error) {
        throw KitError(describe(error));
    }
    if (contents.record.masterEventId != master.id || contents.event.id != master.id) {
        throw KitError(named(kit) + " er et kit av et annet arrangement («" + contents.event.title +
                       "»), ikke av «" + master.title + "»");
    }
    return contents;
}

std::vector<model::HandIn> readHistory(store::EventFile& master) {
    return store::readHandIns(master, store::HandInDetail::WithKitState);
}

namespace {

struct ReadKit {
    KitContents contents;
    std::string state; // the kit's event as a JSON archive
    std::string error; // why it is refused
};

// Reads every kit (open, check, load, write its state as an archive) on a few
// threads: kits are separate files, and reading them is most of a hand-in's
// time on a laptop with cores to spare. A refusal names the first bad kit in
// the order given.
std::vector<ReadKit> readKits(const std::vector<fs::path>& kits, const model::Event& master,
                              const fs::path& masterPath) {
    std::vector<ReadKit> read(kits.size());
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < kits.size(); i = next++) {
            try {
                read[i].contents = readKit(kits[i], master, masterPath);
                read[i].state = io::writeJsonArchive(read[i].contents.event);
            } catch (const std::exception& error) {
                read[i].error = error.what();
            }
        }
    };
    const size_t threads = std::min<size_t>(
        {kMaxReaderThreads, std::max(1u, std::thread::hardware_concurrency()), kits.size()});
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t) {
        helpers.emplace_back(work);
    }
    work();
    for (auto& helper : helpers) {
        helper.join();
    }
    for (const auto& kit : read) {
        if (!kit.error.empty()) {
            throw KitError(kit.error);
        }
    }
    return read;
}

} // namespace

size_t HandInRun::undecided() const {
    size_t count = 0;
    for (const auto& kit : kits) {
        count += kit.plan.undecided();
    }
    return count;
}

HandInRun planHandIns(const fs::path& master, const std::vector<fs::path>& kits,
                      std::optional<MergeChoice> prefer) {
    HandInRun run;
    std::vector<model::HandIn> history;
    {
        auto file = openForReading(master);
        try {
            if (store::readKitRecord(*file)) {
                throw KitError(named(master) + " er et kit, ikke hovedfilen; kit leveres inn i "
                                               "hovedfilen");
            }
            run.master = file->load();
            history = readHistory(*file);
        } catch (const store::FileError& error) {
            throw KitError(describe(error));
        }
    }
    auto read = readKits(kits, run.master, master);
    // Planned against the master as the kits before leave it; shared with
    // each plan (no copy) until that plan is settled.
    auto current = std::make_shared<model::Event>(run.master);
    // Kits handed out together share their base: read each distinct one once.
    std::unordered_map<std::string, std::shared_ptr<const model::Event>> bases;
    const size_t recorded = history.size();
    for (size_t i = 0; i < kits.size(); ++i) {
        const auto& path = kits[i];
        auto& kit = read[i].contents;
        PlannedKit planned{path, kit.record, MergePlan{}};
        MergeOptions options;
        options.validate = false; // the end result is checked once, below
        options.kitState = std::move(read[i].state);
        try {
            const auto& archive = mergeBaseArchive(kit, history);
            auto& base = bases[archive];
            if (!base) {
                base = std::make_shared<const model::Event>(io::readJsonArchive(archive));
            }
            options.base = base;
            planned.plan = planMerge(std::shared_ptr<const model::Event>(current), std::move(kit),
                                     history, options);
        } catch (const io::ParseError& error) {
            throw KitError(named(path) + " er skadet: utgangspunktet kan ikke leses (" +
                           error.what() + ")");
        }
        if (prefer && planned.plan.undecided() > 0) {
            planned.plan = resolveAll(planned.plan, *prefer);
        }
        if (!planned.plan.problems.empty()) {
            throw KitError(named(path) + " kan ikke tas inn: " + planned.plan.problems.front());
        }
        // The next kit is planned against the master as this one leaves it,
        // and a kit named twice finds its first hand-in in the history.
        planned.plan.sources.reset();
        applyToModel(*current, planned.plan.change);
        applyToHistory(history, planned.plan.change);
        run.kits.push_back(std::move(planned));
    }
    run.merged = std::move(*current);
    if (const auto problems = problemsIntroduced(run.master, run.merged); !problems.empty()) {
        throw KitError("kitene kan ikke tas inn: resultatet ville hatt feil (" + problems.front() +
                       ")");
    }
    run.change = diffEvents(run.master, run.merged);
    for (size_t i = recorded; i < history.size(); ++i) {
        run.change.handIn(std::nullopt, history[i]);
    }
    return run;
}

void commitHandIns(const fs::path& master, const HandInRun& run) {
    if (run.undecided() > 0) {
        throw KitError("konflikter er ikke avgjort; ingenting er skrevet");
    }
    if (run.change.empty()) {
        return;
    }
    try {
        auto file = store::EventFile::open(master);
        store::EventFile::Transaction transaction(*file);
        // Under the write lock: the master is still as planned (the app or
        // another hand-in may have written to it since it was read).
        if (!(file->load() == run.master)) {
            throw KitError(named(master) + " ble endret mens kitene ble lest; ingenting er "
                                           "skrevet, prøv igjen");
        }
        writeChange(*file, run.master.id, run.change);
        transaction.commit();
    } catch (const store::FileError& error) {
        throw KitError(describe(error));
    }
}

} // namespace innspill::app
