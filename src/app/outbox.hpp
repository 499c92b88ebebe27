// A kit's outbox: a folder — usually one a sync engine (Syncthing,
// OneDrive, Nextcloud, an SMB share…) shares with the organiser — where a
// complete hand-in copy of the kit is kept: by the app every few minutes
// while the kit changes and when it is closed, and by `innspill kit KIT
// --outbox DIR` on demand. Each copy is built under a hidden temporary name,
// checked and renamed into place (store::writeHandInCopy), so the folder
// never shows a half-written kit under its final name. The folder is
// remembered in the kit file itself. A failed copy (read-only or full
// folder) leaves the kit untouched, is said in the status bar and is tried
// again later.
#pragma once

#include "lang/message.hpp"

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

// The copy's name in the outbox: the kit file's own name, so several kits
// can share one outbox.
std::string outboxCopyName(const std::filesystem::path& kit);

// A copy serial from the clock: microseconds since 1970 (UTC).
int64_t copySerialNow();

// The open event's outbox, empty when it has none (or is not a kit).
std::filesystem::path outboxOf(EventSession& session);
// Remembers `folder` as the open kit's outbox (empty: none). Refuses a
// session that is not a kit, or a folder that does not exist. Returns an
// empty message on success.
lang::Message setOutbox(EventSession& session, const std::filesystem::path& folder);

// The command line's side: remembers `folder` as `kit`'s outbox and writes a
// hand-in copy there now. Returns the copy's path. Throws KitError.
std::filesystem::path sendToOutbox(const std::filesystem::path& kit,
                                   const std::filesystem::path& folder);

// When to write the open kit's hand-in copy: at most every kInterval while
// it changes (counted in successful writes, so an idle kit is not copied
// again), at once when an outbox is chosen, and on close. Copies run on a
// thread of their own with their own read connection, so typing never waits
// for one. A failed copy is tried again after kRetry.
class OutboxKeeper {
  public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::seconds kInterval{3 * 60};
    static constexpr std::chrono::seconds kRetry{30};

    // `wake` is called from the copying thread when a copy ends; may be empty.
    explicit OutboxKeeper(std::function<void()> wake = {});
    ~OutboxKeeper(); // waits for a running copy
    OutboxKeeper(const OutboxKeeper&) = delete;
    OutboxKeeper& operator=(const OutboxKeeper&) = delete;

    // A session was opened: its outbox (if it is a kit with one) is used.
    void begin(EventSession& session, Clock::time_point now);
    // The outbox was chosen or changed (setOutbox): copy at the next tick.
    void folderChanged(EventSession& session);
    // Call often (every frame): starts a copy when one is due. Returns the
    // seconds until it needs another call, negative when not until the
    // event changes again.
    double tick(const EventSession& session, Clock::time_point now);
    // Closing: waits for a running copy, then writes one more if the kit
    // changed since the last good one. Runs on the caller's thread.
    void finish(const EventSession& session);
    void abandon();

    const std::filesystem::path& folder() const { return m_folder; }
    bool running() const { return m_thread.joinable() && !m_done; }
    // The last good copy of this session (wall-clock time) and the last
    // failure (empty when the last attempt worked).
    std::optional<std::chrono::system_clock::time_point> lastCopy() const;
    lang::Message lastError() const;
    void setInterval(Clock::duration interval) { m_interval = interval; }
    void setRetry(Clock::duration retry) { m_retry = retry; }

  private:
    void start();
    void collect();
    void record(); // writes one copy, notes the outcome

    std::function<void()> m_wake;
    Clock::duration m_interval = kInterval;
    Clock::duration m_retry = kRetry;
    std::filesystem::path m_path;   // the kit
    std::filesystem::path m_folder; // its outbox; empty: none
    uint64_t m_copiedWrites = 0;    // the session's write count at the last copy started
    // A copy due regardless of changes (just opened, a new folder, a retry).
    std::optional<Clock::time_point> m_dueAt;
    Clock::time_point m_lastStart;
    std::thread m_thread;
    std::atomic<bool> m_done{false};
    mutable std::mutex m_mutex; // guards the three below, written by the thread
    std::optional<std::chrono::system_clock::time_point> m_lastCopy;
    lang::Message m_lastError;
    bool m_failed = false;
};

} // namespace innspill::app
