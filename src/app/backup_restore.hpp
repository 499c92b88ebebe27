// Restoring an event from its backups: the list people choose from, the
// newest good backup for a damaged file, and putting a backup in place. The
// file that is replaced is never overwritten or deleted: it is renamed to
// NAME.innspill.replaced-<time> (or .damaged-<time>) beside the new one.
#pragma once

#include "store/backup.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace innspill::app {

struct BackupInfo {
    std::filesystem::path path;
    store::BackupClock::time_point time;
    bool good = true; // header and counts readable (quick_check runs on restore)
    store::BackupStats stats;
};

// When a backup was made, in local time: "2031-03-12 14:05:09".
std::string backupTimeText(store::BackupClock::time_point time);

// The backups of `eventFile`, newest first, with their counts.
std::vector<BackupInfo> backupsOf(const std::filesystem::path& eventFile);

// The newest backup that passes quick_check, if any.
std::optional<BackupInfo> newestGoodBackup(const std::filesystem::path& eventFile);

// Why the current file is put aside: the suffix's first word.
enum class AsideReason { Replaced, Damaged };

struct RestoreResult {
    lang::Message message;         // empty on success, else one line for people
    std::filesystem::path asideAs; // where the previous file went (empty: there was none)
    bool ok() const { return message.empty(); }
};

// Puts a verified copy of `backup` at `eventFile`, which must not be open.
// The file there (with its -wal and -shm) is first renamed aside; if the
// copy then fails, it is moved back. Nothing is ever overwritten.
RestoreResult restoreBackup(const std::filesystem::path& eventFile,
                            const std::filesystem::path& backup, AsideReason reason,
                            store::BackupClock::time_point now);

// What `innspill restore` does once a backup is chosen: under the file's
// instance lock (never pull it from under an open window), puts `backup` in
// place of `eventFile`, setting a damaged file aside as damaged and a whole
// one as replaced. Throws store::FileError when the file is open elsewhere.
RestoreResult restoreEventFile(const std::filesystem::path& eventFile,
                               const std::filesystem::path& backup);

} // namespace innspill::app
