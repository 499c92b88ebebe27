// Kit files: hand-out, reading for hand-in, and a hand-in of several kits.
#include "app/merge/kits.hpp"

#include "app/event_session.hpp"
#include "app/merge/choice_rounds.hpp"
#include "app/messages.hpp"
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "os/link_no_replace.hpp"
#include "os/utf8_path.hpp"
#include "store/event_file.hpp"
#include "store/instance_lock.hpp"
#include "store/kit_tables.hpp"
#include "store/photo_blobs.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <thread>
#include <unordered_map>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

// Reading kits in parallel: a few threads are plenty (the disk and SQLite's
// checks set the pace), and more would only crowd a small laptop.
constexpr size_t kMaxReaderThreads = 4;

// A refusal naming `path` ({file} in the key's text).
KitError refusal(const char* key, const fs::path& path,
                 std::initializer_list<std::pair<std::string_view, std::string>> args = {}) {
    return KitError(lang::message(key, args).with("file", path.string()));
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
        throw KitError(fileErrorMessage(error));
    }
}

void removeQuietly(const fs::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(os::withSuffix(path, suffix), ignored);
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
        throw refusal("kitError.kitIsMaster", kit);
    }
    model::Event event;
    {
        auto file = openForReading(master);
        try {
            if (store::readKitRecord(*file)) {
                throw refusal("kitError.masterIsKit", master);
            }
            event = file->load();
        } catch (const store::FileError& error) {
            throw KitError(fileErrorMessage(error));
        }
    }
    std::error_code error;
    if (!overwrite && fs::exists(kit, error)) {
        throw refusal("kitError.exists", kit);
    }
    model::KitRecord record{model::Id::generate(), event.id, facilitator, utcTimestamp(),
                            io::writeJsonArchive(event)};
    try {
        // The base must read back, or the kit could never be handed in.
        io::readJsonArchive(record.base);
    } catch (const io::ParseError& problem) {
        throw KitError(lang::message("kitError.masterInvalid", {{"file", master.string()}})
                           .withMessage("cause", problem.reason()));
    }
    // Built beside the target and moved in place only complete: a crash
    // never leaves a kit without its record (which would look like a master).
    const fs::path part = os::withSuffix(kit, ".part-" + model::Id::generate().str());
    try {
        {
            // The photos' bytes come along: the kit is one file to carry.
            auto source = openForReading(master);
            auto file = store::EventFile::create(part, event, false, source.get());
            store::writeKitRecord(*file, record);
        }
        if (overwrite) {
            removeQuietly(kit);
            fs::rename(part, kit);
        } else if (const int code = os::linkNoReplace(part, kit); code != 0) {
            // A link refuses an existing target, unlike rename(): no race overwrites a file.
            throw code == EEXIST
                ? refusal("kitError.existsNow", kit)
                : refusal("kitError.system", kit, {{"detail", std::strerror(code)}});
        } else {
            fs::remove(part);
        }
    } catch (const store::FileError& failure) {
        removeQuietly(part);
        throw KitError(fileErrorMessage(failure));
    } catch (const fs::filesystem_error& failure) {
        removeQuietly(part);
        throw refusal("kitError.cannotMake", kit, {{"detail", failure.code().message()}});
    } catch (...) {
        removeQuietly(part);
        throw;
    }
    return record;
}

KitContents readKit(const fs::path& kit, const model::Event& master, const fs::path& masterPath) {
    if (samePath(kit, masterPath)) {
        throw refusal("kitError.isMaster", kit);
    }
    auto file = openForReading(kit);
    KitContents contents;
    try {
        auto record = store::readKitRecord(*file);
        if (!record) {
            throw refusal("kitError.notKit", kit);
        }
        contents.record = std::move(*record);
        contents.event = file->load();
    } catch (const store::FileError& error) {
        throw KitError(fileErrorMessage(error));
    }
    if (contents.record.masterEventId != master.id || contents.event.id != master.id) {
        throw refusal("kitError.otherEvent", kit,
                      {{"kitEvent", contents.event.title}, {"event", master.title}});
    }
    return contents;
}

// The bytes of the photos the merged event has and the master lacks, from
// the kits that brought them, stored detached: the change's group writes
// attach them.
void bringPhotos(store::EventFile& master, const HandInRun& run) {
    const auto ids = store::photoIds(run.merged);
    if (ids.empty() || store::photosPresent(master, ids).size() == ids.size()) {
        return;
    }
    for (const auto& kit : run.kits) {
        auto file = openForReading(kit.path);
        store::copyPhotoBlobs(*file, master, ids);
    }
}

std::vector<model::HandIn> readHistory(store::EventFile& master) {
    return store::readHandIns(master, store::HandInDetail::WithKitState);
}

std::vector<KitForHandIn> readKitsForHandIn(const std::vector<fs::path>& kits,
                                            const model::Event& master,
                                            const fs::path& masterPath) {
    // Kits are separate files, and reading them (open, check, load, write
    // the state as an archive) is most of a hand-in's time on a laptop with
    // cores to spare.
    std::vector<KitForHandIn> read(kits.size());
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < kits.size(); i = next++) {
            read[i].path = kits[i];
            try {
                read[i].contents = readKit(kits[i], master, masterPath);
                read[i].state = io::writeJsonArchive(read[i].contents.event);
            } catch (const std::exception& error) {
                read[i].refusal = errorMessage(error);
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
    return read;
}

size_t HandInRun::undecided() const {
    size_t count = 0;
    for (const auto& kit : kits) {
        count += kit.plan.undecided();
    }
    return count;
}

namespace {

// The choices a person made, matched to the plan's conflicts by key, in
// rounds (a choice can reveal a conflict with a choice of its own).
MergePlan withChoices(MergePlan plan, const KitChoices& chosen) {
    settleInRounds([&] {
        std::vector<MergeChoice> choices;
        bool changed = false;
        for (const auto& conflict : plan.conflicts) {
            const auto it = chosen.find(conflict.key);
            const MergeChoice choice = it == chosen.end() ? MergeChoice::Undecided : it->second;
            changed = changed || choice != conflict.choice;
            choices.push_back(choice);
        }
        if (changed) {
            plan = applyResolutions(plan, choices);
        }
        return changed;
    });
    return plan;
}

} // namespace

HandInRun planKitRun(const model::Event& master, std::vector<model::HandIn> history,
                     std::span<const KitForHandIn> kits, const std::vector<KitChoices>& choices,
                     std::optional<MergeChoice> prefer, const lang::Message& label) {
    HandInRun run;
    run.master = master;
    // Planned against the master as the kits before leave it; shared with
    // each plan (no copy) until that plan is settled.
    auto current = std::make_shared<model::Event>(master);
    // Kits handed out together share their base: read each distinct one once.
    std::unordered_map<std::string, std::shared_ptr<const model::Event>> bases;
    const size_t recorded = history.size();
    for (size_t i = 0; i < kits.size(); ++i) {
        const auto& kit = kits[i];
        PlannedKit planned{kit.path, kit.contents.record, MergePlan{}};
        MergeOptions options;
        options.validate = false; // the end result is checked once, below
        options.kitState = kit.state;
        try {
            const auto& archive = mergeBaseArchive(kit.contents, history);
            auto& base = bases[archive];
            if (!base) {
                base = std::make_shared<const model::Event>(io::readJsonArchive(archive));
            }
            options.base = base;
            planned.plan = planMerge(std::shared_ptr<const model::Event>(current), kit.contents,
                                     history, options);
        } catch (const io::ParseError& error) {
            throw KitError(lang::message("kitError.baseUnreadable", {{"file", kit.path.string()}})
                               .withMessage("cause", error.reason()));
        }
        if (i < choices.size() && !choices[i].empty()) {
            planned.plan = withChoices(std::move(planned.plan), choices[i]);
        }
        if (prefer && planned.plan.undecided() > 0) {
            planned.plan = resolveAll(planned.plan, *prefer);
        }
        planned.plan.sources.reset();
        if (!planned.plan.problems.empty()) {
            run.problems.push_back(
                lang::message("kitError.cannotTakeIn", {{"file", kit.path.string()}})
                    .withMessage("cause", planned.plan.problems.front()));
            run.kits.push_back(std::move(planned));
            continue; // the kits after it are planned without it
        }
        // The next kit is planned against the master as this one leaves it,
        // and a kit named twice finds its first hand-in in the history.
        applyToModel(*current, planned.plan.change);
        applyToHistory(history, planned.plan.change);
        run.kits.push_back(std::move(planned));
    }
    run.merged = std::move(*current);
    if (const auto problems = problemsIntroduced(run.master, run.merged); !problems.empty()) {
        run.problems.push_back(
            lang::Message{"kitError.resultInvalid", {}}.withMessage("cause", problems.front()));
    }
    // One undo step with the run's name (a diff has none of its own).
    run.change = Change(label);
    run.change.absorb(diffEvents(run.master, run.merged));
    for (size_t i = recorded; i < history.size(); ++i) {
        run.change.handIn(std::nullopt, history[i]);
    }
    return run;
}

HandInRun planHandIns(const fs::path& master, const std::vector<fs::path>& kits,
                      std::optional<MergeChoice> prefer) {
    model::Event event;
    std::vector<model::HandIn> history;
    {
        auto file = openForReading(master);
        try {
            if (store::readKitRecord(*file)) {
                throw refusal("kitError.handInToKit", master);
            }
            event = file->load();
            history = readHistory(*file);
        } catch (const store::FileError& error) {
            throw KitError(fileErrorMessage(error));
        }
    }
    const auto read = readKitsForHandIn(kits, event, master);
    for (const auto& kit : read) {
        if (!kit.refusal.empty()) {
            throw KitError(kit.refusal);
        }
    }
    auto run = planKitRun(event, std::move(history), read, {}, prefer);
    if (!run.problems.empty()) {
        throw KitError(run.problems.front());
    }
    return run;
}

void commitHandIns(const fs::path& master, const HandInRun& run) {
    if (run.undecided() > 0) {
        throw KitError(lang::message("kitError.undecidedNothingWritten"));
    }
    if (!run.problems.empty()) {
        throw KitError(lang::Message{"kitError.nothingWritten", {}}.withMessage(
            "cause", run.problems.front()));
    }
    if (run.change.empty()) {
        return;
    }
    try {
        // The app's one-writer lock: never write under an open window.
        store::InstanceLock lock(master);
        auto file = store::EventFile::open(master);
        store::EventFile::Transaction transaction(*file);
        // Under the write lock: the master is still as planned (the app or
        // another hand-in may have written to it since it was read).
        if (!(file->load() == run.master)) {
            throw refusal("kitError.masterChanged", master);
        }
        bringPhotos(*file, run);
        writeChange(*file, run.master.id, run.change);
        transaction.commit();
    } catch (const store::FileError& error) {
        throw KitError(fileErrorMessage(error));
    }
}

std::optional<model::KitRecord> kitRecordOf(EventSession& session) {
    if (session.file() == nullptr) {
        return std::nullopt;
    }
    try {
        return store::readKitRecord(*session.file());
    } catch (const store::FileError& error) {
        throw KitError(fileErrorMessage(error));
    }
}

std::vector<model::HandIn> handInsOf(EventSession& session, bool withKitStates) {
    if (session.file() == nullptr) {
        return {};
    }
    try {
        return store::readHandIns(*session.file(), withKitStates ? store::HandInDetail::WithKitState
                                                                 : store::HandInDetail::Summary);
    } catch (const store::FileError& error) {
        throw KitError(fileErrorMessage(error));
    }
}

lang::Message handInRefusal(EventSession& session) {
    try {
        if (kitRecordOf(session)) {
            return lang::message("kitError.openIsKit",
                                 {{"file", session.path().filename().string()}});
        }
    } catch (const KitError& error) {
        return error.message();
    }
    if (session.saveState() == SaveState::Failing) {
        // The history on disk would miss what is waiting to be written.
        return lang::message("kitError.unsaved", {{"file", session.path().filename().string()}});
    }
    return {};
}

std::vector<KitForHandIn> readKitsForHandIn(EventSession& session,
                                            const std::vector<fs::path>& kits) {
    return readKitsForHandIn(kits, session.event(), session.path());
}

HandInRun planHandIns(EventSession& session, std::span<const KitForHandIn> kits,
                      const std::vector<KitChoices>& choices) {
    if (const auto refusal = handInRefusal(session); !refusal.empty()) {
        throw KitError(refusal);
    }
    lang::Message label = lang::message("undo.handInKits", {{"n", std::to_string(kits.size())}});
    if (kits.size() == 1) {
        const auto& facilitator = kits.front().contents.record.facilitator;
        label = facilitator.empty()
                    ? lang::message("undo.handInKit")
                    : lang::message("undo.handInKitFrom", {{"facilitator", facilitator}});
    }
    return planKitRun(session.event(), handInsOf(session, true), kits, choices, std::nullopt,
                      label);
}

bool applyHandIns(EventSession& session, const HandInRun& run) {
    if (!run.ready()) {
        throw KitError(run.problems.empty() ? lang::message("kitError.undecidedNothingTaken")
                                            : run.problems.front());
    }
    if (!(session.event() == run.master)) {
        throw KitError(lang::message("kitError.eventChanged"));
    }
    if (session.file()) {
        try {
            bringPhotos(*session.file(), run);
        } catch (const store::FileError& error) {
            throw KitError(fileErrorMessage(error));
        }
    }
    return session.apply(run.change);
}

} // namespace innspill::app
