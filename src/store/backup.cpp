// Making, verifying, listing and rotating backups; installing a copy in
// place and moving a file aside.
#include "store/backup.hpp"

#include "os/link_no_replace.hpp"
#include "os/utf8_path.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "store/sqlite.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <set>

namespace innspill::store {

namespace fs = std::filesystem;

namespace {

constexpr size_t kStampLength = 15; // YYYYMMDD-HHMMSS

std::tm localTime(BackupClock::time_point time) {
    const std::time_t seconds = BackupClock::to_time_t(time);
    std::tm local{};
    localtime_r(&seconds, &local);
    return local;
}

int64_t dayNumber(const std::tm& local) {
    const std::chrono::year_month_day date{
        std::chrono::year(local.tm_year + 1900),
        std::chrono::month(static_cast<unsigned>(local.tm_mon + 1)),
        std::chrono::day(static_cast<unsigned>(local.tm_mday))};
    return std::chrono::sys_days(date).time_since_epoch().count();
}

bool allDigits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "YYYYMMDD-HHMMSS" back to a time and its local day; nullopt when it is not one.
std::optional<BackupEntry> parseStamp(std::string_view stamp) {
    if (stamp.size() != kStampLength || stamp[8] != '-' || !allDigits(stamp.substr(0, 8)) ||
        !allDigits(stamp.substr(9))) {
        return std::nullopt;
    }
    auto number = [&](size_t from, size_t length) {
        return std::stoi(std::string(stamp.substr(from, length)));
    };
    std::tm local{};
    local.tm_year = number(0, 4) - 1900;
    local.tm_mon = number(4, 2) - 1;
    local.tm_mday = number(6, 2);
    local.tm_hour = number(9, 2);
    local.tm_min = number(11, 2);
    local.tm_sec = number(13, 2);
    local.tm_isdst = -1;
    const std::time_t seconds = std::mktime(&local);
    if (seconds == -1) {
        return std::nullopt;
    }
    BackupEntry entry;
    entry.time = BackupClock::from_time_t(seconds);
    entry.day = dayNumber(local);
    return entry;
}

// rename() that never replaces: a hard link refuses an existing name. File
// systems without hard links (FAT, some shares) get a checked rename.
void renameNoReplace(const fs::path& from, const fs::path& to) {
    const int code = os::linkNoReplace(from, to);
    if (code == 0) {
        std::error_code ignored;
        fs::remove(from, ignored);
        return;
    }
    if (code == EEXIST) {
        throw FileError(FileErrorKind::Exists, to, lang::message("fileError.exists"));
    }
    if (code != EPERM && code != ENOTSUP && code != EOPNOTSUPP && code != EMLINK) {
        throw FileError(errorKindFor(std::error_code(code, std::generic_category())), from,
                        lang::message("fileError.system", {{"detail", std::strerror(code)}}));
    }
    std::error_code error;
    if (fs::exists(to, error)) {
        throw FileError(FileErrorKind::Exists, to, lang::message("fileError.exists"));
    }
    fs::rename(from, to, error);
    if (error) {
        throw FileError(errorKindFor(error), from,
                        lang::message("fileError.system", {{"detail", error.message()}}));
    }
}

void removeQuietly(const fs::path& path) {
    std::error_code ignored;
    fs::remove(path, ignored);
    for (const char* suffix : {"-journal", "-wal", "-shm"}) {
        fs::remove(os::withSuffix(path, suffix), ignored);
    }
}

} // namespace

std::string localStamp(BackupClock::time_point time) {
    const std::tm local = localTime(time);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &local);
    return text;
}

fs::path backupFolder(const fs::path& eventFile) {
    const fs::path folder = eventFile.has_parent_path() ? eventFile.parent_path() : fs::path(".");
    return folder / kBackupFolderName;
}

std::string backupFileName(const fs::path& eventFile, BackupClock::time_point time) {
    return eventFile.stem().string() + "-" + localStamp(time) + kEventFileExtension;
}

std::optional<lang::Message> checkEventFile(const fs::path& file) {
    try {
        checkHeader(file);
        checkWhole(file);
        return std::nullopt;
    } catch (const FileError& error) {
        return error.reason();
    }
}

std::vector<BackupEntry> listBackups(const fs::path& eventFile, bool verify) {
    std::vector<BackupEntry> entries;
    const std::string prefix = eventFile.stem().string() + "-";
    const std::string extension = kEventFileExtension;
    std::error_code error;
    for (fs::directory_iterator it(backupFolder(eventFile), error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.size() != prefix.size() + kStampLength + extension.size() ||
            name.compare(0, prefix.size(), prefix) != 0 ||
            name.compare(name.size() - extension.size(), extension.size(), extension) != 0) {
            continue;
        }
        auto entry = parseStamp(std::string_view(name).substr(prefix.size(), kStampLength));
        if (!entry) {
            continue;
        }
        entry->path = it->path();
        if (verify) {
            entry->good = !checkEventFile(entry->path);
        } else {
            try {
                checkHeader(entry->path);
            } catch (const FileError&) {
                entry->good = false;
            }
        }
        entries.push_back(std::move(*entry));
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.time > b.time; });
    return entries;
}

std::vector<fs::path> backupsToRemove(std::vector<BackupEntry> entries) {
    std::stable_sort(entries.begin(), entries.end(),
                     [](const BackupEntry& a, const BackupEntry& b) { return a.time > b.time; });
    std::vector<fs::path> remove;
    std::set<int64_t> daysKept;
    size_t goodSeen = 0;
    for (const BackupEntry& entry : entries) {
        if (!entry.good) {
            remove.push_back(entry.path);
            continue;
        }
        const bool recent = goodSeen < kBackupsKept;
        const bool newestOfDay = daysKept.insert(entry.day).second;
        ++goodSeen;
        if (!recent && !newestOfDay) {
            remove.push_back(entry.path);
        }
    }
    return remove;
}

BackupResult makeBackup(const fs::path& eventFile, BackupClock::time_point now) {
    const fs::path folder = backupFolder(eventFile);
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
        throw FileError(errorKindFor(error), folder,
                        lang::message("fileError.backupFolder", {{"detail", error.message()}}));
    }
    BackupResult result;
    result.time = now;
    result.path = folder / os::pathFromUtf8(backupFileName(eventFile, now));
    const fs::path part =
        temporarySibling(folder / os::pathFromUtf8("." + result.path.filename().string()));
    try {
        vacuumInto(eventFile, part);
        if (const auto problem = checkEventFile(part)) {
            throw FileError(
                FileErrorKind::Damaged, part,
                lang::Message{"fileError.backupFailedCheck", {}}.withMessage("cause", *problem));
        }
        fs::rename(part, result.path, error);
        if (error) {
            throw FileError(errorKindFor(error), result.path,
                            lang::message("fileError.system", {{"detail", error.message()}}));
        }
    } catch (...) {
        removeQuietly(part);
        throw;
    }
    // Only now, with a verified new backup in place, may old ones go.
    for (const fs::path& old : backupsToRemove(listBackups(eventFile, true))) {
        if (old != result.path && fs::remove(old, error)) {
            result.removed.push_back(old);
        }
    }
    return result;
}

void vacuumInto(const fs::path& eventFile, const fs::path& part) {
    // A read-only connection of its own: a consistent snapshot while the
    // session's connection goes on writing (WAL).
    Connection source(eventFile, Connection::Mode::ReadOnly);
    Statement vacuum(source, "VACUUM INTO ?");
    // SQLite takes UTF-8 (path::string() is UTF-8 on Windows too).
    const std::string name = part.string();
    vacuum.bind(1, std::string_view(name));
    vacuum.run();
}

std::optional<BackupStats> readBackupStats(const fs::path& file) {
    try {
        Connection connection(file, Connection::Mode::ReadOnly);
        BackupStats stats;
        Statement title(connection, "SELECT title FROM event LIMIT 1");
        if (title.step()) {
            stats.title = title.text(0);
        }
        auto count = [&](const char* sql) {
            Statement statement(connection, sql);
            return statement.step() ? statement.integer(0) : 0;
        };
        stats.groups = count("SELECT COUNT(*) FROM event_group");
        stats.inputs = count("SELECT COUNT(*) FROM input");
        stats.people = count("SELECT COUNT(*) FROM person");
        return stats;
    } catch (const FileError&) {
        return std::nullopt;
    }
}

void installCopy(const fs::path& source, const fs::path& target) {
    const fs::path part = temporarySibling(target);
    std::error_code error;
    try {
        fs::copy_file(source, part, error);
        if (error) {
            throw FileError(errorKindFor(error), target,
                            lang::message("fileError.system", {{"detail", error.message()}}));
        }
        {
            // Backups are plain rollback-journal files (VACUUM INTO); an event
            // file runs in WAL mode. Closing the connection folds the WAL back in.
            Connection connection(part, Connection::Mode::ReadWrite);
            connection.exec("PRAGMA journal_mode=WAL");
            connection.exec("PRAGMA synchronous=FULL");
        }
        renameNoReplace(part, target);
    } catch (...) {
        removeQuietly(part);
        throw;
    }
}

void moveEventFile(const fs::path& from, const fs::path& to) {
    renameNoReplace(from, to);
    for (const char* companion : {"-wal", "-shm"}) {
        const fs::path part = from.string() + companion;
        std::error_code error;
        if (fs::exists(part, error)) {
            renameNoReplace(part, to.string() + companion);
        }
    }
}

} // namespace innspill::store
