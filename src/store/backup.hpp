// Rolling backups of an event file: verified copies in a `.backups/` folder
// beside it, named `NAME-YYYYMMDD-HHMMSS.innspill` (local time), and the
// policy deciding which of them to keep. A copy is built under a temporary
// name, checked with quick_check and only then renamed into place, so the
// folder holds complete, verified backups and nothing else of ours.
#pragma once

#include "lang/message.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace innspill::store {

using BackupClock = std::chrono::system_clock;

inline constexpr const char* kBackupFolderName = ".backups";
// Kept however old: the newest this many, and the newest of every day.
inline constexpr size_t kBackupsKept = 10;

// `.backups/` beside `eventFile`.
std::filesystem::path backupFolder(const std::filesystem::path& eventFile);

// The backup's file name for `eventFile` made at `time` (local time).
std::string backupFileName(const std::filesystem::path& eventFile, BackupClock::time_point time);

struct BackupEntry {
    std::filesystem::path path;
    BackupClock::time_point time; // from the name, to the second
    int64_t day = 0;              // local calendar day (days since 1970) of `time`
    bool good = true;             // passed its check (see listBackups)
};

// The backups of `eventFile`, newest first. With `verify`, each gets a
// header check and quick_check and `good` says how it went; without, only
// the header is read (a file too short or not ours is not good).
std::vector<BackupEntry> listBackups(const std::filesystem::path& eventFile, bool verify);

// The rotation policy, a pure function: of `entries` (any order), the good
// ones to keep are the newest kBackupsKept and the newest of each day; the
// rest are returned, to be removed. A damaged entry is never kept and never
// counts towards the ten, so it never pushes out a good one.
std::vector<std::filesystem::path> backupsToRemove(std::vector<BackupEntry> entries);

struct BackupResult {
    std::filesystem::path path; // the new, verified backup
    BackupClock::time_point time;
    std::vector<std::filesystem::path> removed; // rotated out
};

// Copies `eventFile` (through a read-only connection of its own, so the
// writer may go on) into its backup folder, verifies the copy and rotates.
// Safe to run on another thread than the one writing. Throws FileError; on
// failure nothing of the attempt is left and no backup is removed.
BackupResult makeBackup(const std::filesystem::path& eventFile, BackupClock::time_point now);

// Copies the event file into a new file `part` with VACUUM INTO, through a
// read-only connection of its own (a consistent snapshot; the file's writer
// may go on). The copy is a rollback-journal file. Throws FileError.
void vacuumInto(const std::filesystem::path& eventFile, const std::filesystem::path& part);

// Whether `file` is a whole, undamaged event: header, schema version and
// quick_check. Nothing when it is, else the reason as a message to word for
// a person.
std::optional<lang::Message> checkEventFile(const std::filesystem::path& file);

// Counts for a backup list: read with a few COUNT queries, not by loading the event.
struct BackupStats {
    std::string title;
    int64_t groups = 0;
    int64_t inputs = 0;
    int64_t people = 0;
};
std::optional<BackupStats> readBackupStats(const std::filesystem::path& file);

// Puts a copy of `source` at `target` as a WAL-mode event file: built beside
// the target and renamed into place, so `target` is either as it was or the
// whole copy. Throws FileError.
void installCopy(const std::filesystem::path& source, const std::filesystem::path& target);

// Renames the event file `from` (and its -wal and -shm companions, which may
// hold its last commits) to `to`, never over an existing file. Throws FileError.
void moveEventFile(const std::filesystem::path& from, const std::filesystem::path& to);

// "YYYYMMDD-HHMMSS" of `time` in local time.
std::string localStamp(BackupClock::time_point time);

} // namespace innspill::store
