// One open event: the in-memory model and the event file behind it. Panels
// read the model through const references every frame; every change goes
// through apply(), which updates the model, writes the touched parts in one
// transaction and records the change for undo.
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <chrono>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>

namespace innspill::store {
class EventFile;
class InstanceLock;
} // namespace innspill::store

namespace innspill::app {

enum class SaveState {
    Saved,   // every change is on disk
    Failing, // the last write failed; changes are kept in memory and retried
};

class EventSession {
  public:
    // `lock`, when given, keeps other processes from opening the file for
    // writing while this session lives (openEvent takes it).
    EventSession(std::unique_ptr<store::EventFile> file, model::Event event,
                 std::unique_ptr<store::InstanceLock> lock = nullptr);
    ~EventSession();
    EventSession(const EventSession&) = delete;
    EventSession& operator=(const EventSession&) = delete;

    // A session with no file behind it, for tests and previews.
    static std::unique_ptr<EventSession> inMemory(model::Event event);

    const model::Event& event() const { return m_event; }
    const std::filesystem::path& path() const;
    // The file behind the session (null in memory); for tools and tests.
    store::EventFile* file() { return m_file.get(); }

    // Applies `change` to the model and writes it. Returns false when the
    // write failed: the change stays applied in memory, is queued, and
    // lastError() says why; retry() tries the queue again.
    // With `mergeTyping`, a change touching exactly the same parts as the
    // previous one (within a few seconds) joins it as one undo step.
    bool apply(Change change, bool mergeTyping = false);
    bool undo();
    bool redo();
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    // The steps' names in `language` (the UI's, at draw time).
    std::string undoLabel(lang::Language language = lang::Language::Nb) const;
    std::string redoLabel(lang::Language language = lang::Language::Nb) const;
    // Ends a burst of typing: the next change starts a new undo step.
    void breakMerge() { m_mergeOpen = false; }

    // Failing also while the file was moved or deleted under the session:
    // the writes then reach a file nobody finds again.
    SaveState saveState() const {
        return m_pending.empty() && !m_fileMoved ? SaveState::Saved : SaveState::Failing;
    }
    // Worded in `language` (the UI's, when drawn); empty when all is well.
    std::string lastError(lang::Language language = lang::Language::Nb) const {
        return lang::render(language, m_lastError);
    }
    const lang::Message& lastErrorMessage() const { return m_lastError; }
    bool retry();
    size_t pendingWrites() const { return m_pending.size(); }
    // Whether the file was renamed or deleted since it was opened; checks
    // again (one stat()) and updates saveState() and lastError().
    bool checkFileMoved();
    bool fileMoved() const { return m_fileMoved; }
    // Successful writes so far: the backup keeper backs up when it grows.
    uint64_t writeCount() const { return m_writeCount; }

    // Grows with every change to the model (apply, undo, redo): a panel
    // caches what it derives from the event and rebuilds when this moves.
    uint64_t revision() const { return m_revision; }

    // Writes the whole event, as it is in memory, to a new file.
    bool saveCopyAs(const std::filesystem::path& path, bool overwrite);

  private:
    bool persist(const Change& change);
    // After successful writes: a file moved away is an error, else all is well.
    bool afterWrites();

    std::unique_ptr<store::InstanceLock> m_lock; // released after the file closes
    std::unique_ptr<store::EventFile> m_file;
    model::Event m_event;
    std::deque<Change> m_undo;
    std::deque<Change> m_redo;
    std::deque<Change> m_pending; // applied in memory, not yet on disk
    lang::Message m_lastError;
    bool m_mergeOpen = false;
    bool m_fileMoved = false;
    uint64_t m_writeCount = 0;
    uint64_t m_revision = 0;
    std::chrono::steady_clock::time_point m_lastApply;
};

// Outcome of an operation that can fail for reasons a person must act on.
// `message` is one line naming the file and the reason, worded by the caller.
struct OpenResult {
    std::unique_ptr<EventSession> session;
    lang::Message message;
    bool damaged = false; // the file is damaged: a backup may help
    explicit operator bool() const { return session != nullptr; }
};

OpenResult openEvent(const std::filesystem::path& path);

// Writes the parts a change touches, in an order the foreign keys accept, as
// one transaction.
void persistChange(store::EventFile& file, const model::Id& eventId, const Change& change);
// The same writes without a transaction of their own, for a caller that holds
// one already (a hand-in checks the master and writes it under one lock).
void writeChange(store::EventFile& file, const model::Id& eventId, const Change& change);

} // namespace innspill::app
