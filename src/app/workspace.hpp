// The one open event of a window, and switching it: New, Open and Close
// replace the EventSession this object owns. The desktop frame loop owns the
// Workspace (one per window, for the program's lifetime); AppContext holds a
// plain pointer to it and, for the panels, to its current session, which the
// shell refreshes after every switch. Nothing else owns a session.
#pragma once

#include "app/backup_keeper.hpp"
#include "app/backup_restore.hpp"
#include "app/event_session.hpp"
#include "app/outbox.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace innspill::app {

// Creates a new event file titled `title` at `path` (which must end in
// .innspill) and opens it. Refuses an existing file unless `overwrite`.
OpenResult createEvent(const std::filesystem::path& path, const std::string& title, bool overwrite);

// A file that would not open because it is damaged, and the newest backup
// that passed its check (see recoverDamaged).
struct DamagedFile {
    std::filesystem::path file;
    lang::Message message;
    BackupInfo backup;
};

class Workspace {
  public:
    Workspace();
    explicit Workspace(std::unique_ptr<EventSession> session);
    // Closing backs the event up one last time (see close()).
    ~Workspace();
    Workspace(Workspace&& other) noexcept;
    Workspace& operator=(Workspace&& other) noexcept;

    // The open event, or null.
    EventSession* session() const { return m_session.get(); }

    // Each returns an empty message on success, else one line for people (a
    // catalogue message: the UI words it). On failure the event that was open
    // stays open and untouched.
    // Opening the file that is already open does nothing and succeeds.
    lang::Message open(const std::filesystem::path& path);
    lang::Message create(const std::filesystem::path& path, const std::string& title,
                         bool overwrite);
    // Closes the open event, after a last backup if it changed since the
    // previous one. Changes that could not be written are lost; the shell
    // asks before it calls this while saveState() is Failing.
    void close();

    // Writes the open event, as it is in memory (changes not yet written
    // included), to a new file: the way out when the event's own file
    // cannot be written. Refuses the open event's own file.
    lang::Message saveCopyAs(const std::filesystem::path& path, bool overwrite);

    // Whether `path` names the open event's file (also through another
    // spelling of the same path).
    bool isOpen(const std::filesystem::path& path) const;

    // Backups of the open event (see BackupKeeper): call every frame; returns
    // seconds until the next call is needed, negative when not until input.
    // Also notices the file being moved or deleted under the session.
    double keepBackups(BackupKeeper::Clock::time_point now);
    double keepBackups() { return keepBackups(BackupKeeper::Clock::now()); }
    const BackupKeeper& backups() const { return *m_keeper; }
    BackupKeeper& backups() { return *m_keeper; }
    // The open kit's hand-in copies in its outbox (see OutboxKeeper): call
    // every frame, like keepBackups.
    double keepOutbox(OutboxKeeper::Clock::time_point now);
    double keepOutbox() { return keepOutbox(OutboxKeeper::Clock::now()); }
    const OutboxKeeper& outbox() const { return *m_outbox; }
    // Chooses the open kit's outbox (empty: none); a first copy follows at
    // once. Empty on success, else one line for people.
    lang::Message setOutbox(const std::filesystem::path& folder);
    // The platform's way to wake its frame loop from the backup thread.
    void setWakeFromAnyThread(std::function<void()> wake);

    // The backups of the open event, newest first.
    std::vector<BackupInfo> backupsOfOpenEvent() const;
    // Replaces the open event's file with `backup` and opens it: the
    // current file is closed and kept as NAME.innspill.replaced-<time>.
    // Empty on success, else one line for people (the event stays open
    // when nothing was changed).
    lang::Message restoreFromBackup(const std::filesystem::path& backup);

    // Set when the last open() failed on a damaged file that has a good
    // backup; cleared by the next open, close or recoverDamaged().
    const std::optional<DamagedFile>& damaged() const { return m_damaged; }
    void forgetDamaged() { m_damaged.reset(); }
    // Moves the damaged file aside (NAME.innspill.damaged-<time>, never
    // overwritten), puts its newest good backup in its place and opens it.
    lang::Message recoverDamaged();
    // Where the last restore or recovery put the previous file.
    const std::filesystem::path& lastAside() const { return m_lastAside; }

  private:
    void adopt(std::unique_ptr<EventSession> session);

    std::unique_ptr<EventSession> m_session;
    // Declared after the session: destroyed first, so its thread is joined
    // while the session still exists.
    std::unique_ptr<BackupKeeper> m_keeper;
    std::unique_ptr<OutboxKeeper> m_outbox;
    std::optional<DamagedFile> m_damaged;
    std::filesystem::path m_lastAside;
};

} // namespace innspill::app
