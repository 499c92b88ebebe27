// Taking kit copies from a watched hand-in folder into the master, as they
// arrive (app/hand_in_folder.hpp finds them): a copy that brings something
// and has no conflicts is merged at once as its own undo step; one with
// conflicts waits for a person in the merge dialog; an older copy than one
// already taken (an old version a sync engine delivers late, a conflict
// copy) is ignored, so newer work is never undone; the same copy twice, or
// a re-hand-in, changes nothing (the hand-in history). Used by the desktop
// app (Fil → Innlevering fra mappe…) and `innspill merge MASTER --watch DIR`,
// both through an EventSession that holds the master's one-writer lock.
#pragma once

#include "app/hand_in_folder.hpp"

#include <chrono>
#include <filesystem>
#include <string>

namespace innspill::app {

enum class WatchOutcome {
    Merged,     // taken in, one undo step
    NothingNew, // a copy already taken, or one that brings nothing new
    Older,      // older than a copy of the same kit already taken: ignored
    Waiting,    // has conflicts: waits for a person (the merge dialog)
    Refused,    // damaged, not a kit, a kit of another event: reported once
    Failed,     // could not be planned or written (said why); tried again when it changes
};

struct WatchedHandIn {
    std::filesystem::path file;
    std::string facilitator; // from the kit record
    WatchOutcome outcome = WatchOutcome::NothingNew;
    model::HandInCounts counts; // what it brought (Merged) or would bring (Waiting)
    size_t conflicts = 0;       // Waiting: how many
    std::chrono::system_clock::time_point at;
    lang::Message reason; // Refused, Failed: why
};

// Takes `arrival` into the open event (the master). Merged: applied through
// the session as one undo step ("Ta inn kit fra Kari"), and the copy's serial
// recorded as taken. Waiting: nothing written; the caller queues
// arrival.kit for the merge dialog.
WatchedHandIn takeIn(EventSession& session, const FolderArrival& arrival);

// One line for a person: "Kari: 2 nye grupper, 14 innspill, 12:41", or what
// happened instead ("venter på valg: 2 konflikter", "eldre kopi, ikke tatt
// inn", the reason it was refused).
std::string describeWatched(const WatchedHandIn& handIn, lang::Language language);

// The open event's watched hand-in folder (remembered in the event file),
// or empty; and remembering one (empty: none). Returns an empty message on
// success.
std::filesystem::path watchedFolderOf(EventSession& session);
lang::Message setWatchedFolder(EventSession& session, const std::filesystem::path& folder);

// A watch as one object: the folder, the open master and the outcomes so
// far; poll() every kPollInterval. The app's shell and the CLI's loop each
// own one.
class HandInWatch {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kPollInterval{500};
    // A copy that failed for a passing reason (the master's writes failing,
    // the file busy) is tried again this much later.
    static constexpr std::chrono::seconds kRetryFailed{10};

    HandInWatch(EventSession& session, std::filesystem::path folder);

    const std::filesystem::path& folder() const { return m_folder.folder(); }
    // Looks once if due (always with `force`); returns the hand-ins this
    // look took or turned away, newest last.
    std::vector<WatchedHandIn> poll(Clock::time_point now, bool force = false);
    // Seconds until the next look.
    double secondsUntilDue(Clock::time_point now) const;
    // Everything so far, oldest first.
    const std::vector<WatchedHandIn>& log() const { return m_log; }
    // Kits with conflicts, waiting for a person; taken away by the caller.
    std::vector<KitForHandIn> takeWaiting();
    size_t waiting() const { return m_waiting.size(); }
    const lang::Message& folderProblem() const { return m_folder.problem(); }

  private:
    EventSession& m_session;
    HandInFolder m_folder;
    Clock::time_point m_nextPoll;
    std::vector<WatchedHandIn> m_log;
    std::vector<KitForHandIn> m_waiting;
};

} // namespace innspill::app
