// When to back up the open event: at most every five minutes while it
// changes (counted in successful writes, so an idle event is never copied
// again and an idle app stays asleep), once at the start when the file has
// no backup yet, and on close. Backups run on a thread of their own with
// their own read connection (store::makeBackup), so typing never waits for
// one; closing waits for a running one and then makes the last one.
#pragma once

#include "store/backup.hpp"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace innspill::app {

class EventSession;

class BackupKeeper {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::seconds kInterval{5 * 60};

    // `wake` is called from the backup thread when a backup ends (the
    // platform wakes its frame loop with it); may be empty.
    explicit BackupKeeper(std::function<void()> wake = {});
    ~BackupKeeper(); // waits for a running backup
    BackupKeeper(const BackupKeeper&) = delete;
    BackupKeeper& operator=(const BackupKeeper&) = delete;

    // A session was opened: start counting its changes from now.
    void begin(const EventSession& session, Clock::time_point now);
    // Call often (every frame): starts a backup when one is due. Returns the
    // seconds until it needs another call, negative when not until the event
    // changes again.
    double tick(const EventSession& session, Clock::time_point now);
    // Closing: waits for a running backup, then backs up once more if the
    // event changed since the last one. Runs on the caller's thread.
    void finish(const EventSession& session);
    // Forget the session without a last backup (it is being replaced).
    void abandon();

    bool running() const { return m_thread.joinable() && !m_done; }
    // The last backup made in this session, and the last failure ("" when
    // the last attempt worked); for the status bar and tests.
    std::optional<store::BackupClock::time_point> lastBackup() const;
    std::string lastError(lang::Language language = lang::Language::Nb) const;
    void setInterval(Clock::duration interval) { m_interval = interval; }

  private:
    void start(const std::filesystem::path& path);
    void collect();                                 // joins a finished backup thread
    void record(const std::filesystem::path& path); // runs one backup, notes the outcome

    std::function<void()> m_wake;
    Clock::duration m_interval = kInterval;
    std::filesystem::path m_path;
    uint64_t m_backedUpWrites = 0; // the session's write count at the last backup
    bool m_needInitial = false;    // the file has no backup at all yet
    Clock::time_point m_lastStart;
    std::thread m_thread;
    std::atomic<bool> m_done{false};
    mutable std::mutex m_mutex; // guards the two below, written by the thread
    std::optional<store::BackupClock::time_point> m_lastBackup;
    lang::Message m_lastError;
};

} // namespace innspill::app
