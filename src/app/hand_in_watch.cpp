// Taking watched kit copies into the open master.
#include "app/hand_in_watch.hpp"

#include "app/clock_time.hpp"
#include "app/event_session.hpp"
#include "app/messages.hpp"
#include "os/utf8_path.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "store/hand_in_copies.hpp"

#include <ctime>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

lang::Message undoLabel(const KitForHandIn& kit) {
    const auto& facilitator = kit.contents.record.facilitator;
    return facilitator.empty()
               ? lang::message("undo.handInKit")
               : lang::message("undo.handInKitFrom", {{"facilitator", facilitator}});
}

// Records that the master has looked at copy `serial` of the kit: a later
// copy with a smaller serial is older. Outside the hand-in's undo step on
// purpose: undoing a hand-in must not bring the same copy back in.
void recordTaken(EventSession& session, const FolderArrival& arrival) {
    if (!arrival.serial || session.file() == nullptr) {
        return;
    }
    try {
        store::writeCopyTaken(*session.file(), arrival.kit.contents.record.kitId, *arrival.serial);
    } catch (const store::FileError&) {
        // Harmless: the same copy again brings nothing (the hand-in history).
    }
}

} // namespace

WatchedHandIn takeIn(EventSession& session, const FolderArrival& arrival) {
    WatchedHandIn result;
    result.file = arrival.file;
    result.at = std::chrono::system_clock::now();
    result.facilitator = arrival.kit.contents.record.facilitator;
    if (!arrival.kit.refusal.empty()) {
        result.outcome = WatchOutcome::Refused;
        result.reason = arrival.kit.refusal;
        return result;
    }
    result.outcome = WatchOutcome::Failed;
    if (const auto refusal = handInRefusal(session); !refusal.empty()) {
        result.reason = refusal;
        return result;
    }
    const model::Id& kitId = arrival.kit.contents.record.kitId;
    if (arrival.serial && session.file() != nullptr) {
        try {
            const auto taken = store::readCopiesTaken(*session.file());
            const auto found = taken.find(kitId.str());
            if (found != taken.end() && *arrival.serial <= found->second) {
                result.outcome = *arrival.serial < found->second ? WatchOutcome::Older
                                                                 : WatchOutcome::NothingNew;
                return result;
            }
        } catch (const store::FileError& error) {
            result.reason = fileErrorMessage(error);
            return result;
        }
    }
    HandInRun run;
    try {
        run = planKitRun(session.event(), handInsOf(session, true),
                         std::span<const KitForHandIn>(&arrival.kit, 1), {}, std::nullopt,
                         undoLabel(arrival.kit));
    } catch (const KitError& error) {
        result.reason = error.message();
        return result;
    }
    for (const auto& kit : run.kits) {
        result.counts += kit.plan.summary;
    }
    if (!run.problems.empty()) {
        result.reason = run.problems.front();
        return result;
    }
    if (run.undecided() > 0) {
        result.outcome = WatchOutcome::Waiting;
        result.conflicts = run.undecided();
        return result;
    }
    if (run.bringsNothing()) {
        result.outcome = WatchOutcome::NothingNew;
    } else {
        try {
            // A failed write stays in memory and is retried, as every edit.
            applyHandIns(session, run);
        } catch (const KitError& error) {
            result.reason = error.message();
            return result;
        }
        result.outcome = WatchOutcome::Merged;
    }
    recordTaken(session, arrival);
    return result;
}

std::string describeWatched(const WatchedHandIn& handIn, lang::Language language) {
    const std::string who =
        handIn.facilitator.empty() ? handIn.file.filename().string() : handIn.facilitator;
    const std::string time = clockTime(handIn.at);
    switch (handIn.outcome) {
    case WatchOutcome::Merged:
        return lang::render(
            language,
            lang::message("watch.line.merged", {{"who", who},
                                                {"counts", describeCounts(handIn.counts, language)},
                                                {"time", time}}));
    case WatchOutcome::NothingNew:
        return lang::render(language,
                            lang::message("watch.line.nothingNew", {{"who", who}, {"time", time}}));
    case WatchOutcome::Older:
        return lang::render(language,
                            lang::message("watch.line.older", {{"who", who}, {"time", time}}));
    case WatchOutcome::Waiting:
        return lang::render(
            language,
            lang::message("watch.line.waiting",
                          {{"who", who}, {"n", std::to_string(handIn.conflicts)}, {"time", time}}));
    case WatchOutcome::Refused:
    case WatchOutcome::Failed:
        break;
    }
    return lang::render(language, lang::Message{"watch.line.notTaken", {}}
                                      .with("who", handIn.file.filename().string())
                                      .with("time", time)
                                      .withMessage("reason", handIn.reason));
}

fs::path watchedFolderOf(EventSession& session) {
    if (session.file() == nullptr) {
        return {};
    }
    try {
        return os::pathFromUtf8(
            store::readFileSetting(*session.file(), store::kHandInFolderSetting));
    } catch (const store::FileError&) {
        return {};
    }
}

lang::Message setWatchedFolder(EventSession& session, const fs::path& folder) {
    if (session.file() == nullptr) {
        return lang::message("workspace.nothingOpen");
    }
    std::error_code error;
    if (!folder.empty() && !fs::is_directory(folder, error)) {
        return lang::message("outbox.noFolder", {{"folder", folder.string()}});
    }
    try {
        const fs::path absolute = folder.empty() ? folder : fs::absolute(folder, error);
        store::writeFileSetting(*session.file(), store::kHandInFolderSetting, absolute.string());
    } catch (const store::FileError& failure) {
        return fileErrorMessage(failure);
    }
    return {};
}

HandInWatch::HandInWatch(EventSession& session, fs::path folder)
    : m_session(session), m_folder(std::move(folder), session.event(), session.path()) {}

std::vector<WatchedHandIn> HandInWatch::poll(Clock::time_point now, bool force) {
    std::vector<WatchedHandIn> taken;
    if (!force && now < m_nextPoll) {
        return taken;
    }
    m_nextPoll = now + kPollInterval;
    for (const auto& arrival : m_folder.poll()) {
        WatchedHandIn handIn = takeIn(m_session, arrival);
        if (handIn.outcome == WatchOutcome::Failed) {
            m_folder.retryLater(arrival.file, kRetryFailed);
        }
        if (handIn.outcome == WatchOutcome::Waiting) {
            // A newer copy of a kit already waiting takes its place.
            std::erase_if(m_waiting, [&](const KitForHandIn& kit) {
                return kit.contents.record.kitId == arrival.kit.contents.record.kitId;
            });
            m_waiting.push_back(arrival.kit);
        }
        m_log.push_back(handIn);
        taken.push_back(std::move(handIn));
    }
    return taken;
}

double HandInWatch::secondsUntilDue(Clock::time_point now) const {
    return now >= m_nextPoll ? 0.0 : std::chrono::duration<double>(m_nextPoll - now).count();
}

std::vector<KitForHandIn> HandInWatch::takeWaiting() {
    return std::exchange(m_waiting, {});
}

} // namespace innspill::app
