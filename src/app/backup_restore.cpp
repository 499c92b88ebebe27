// Listing backups and putting one in place of the event file.
#include "app/backup_restore.hpp"

#include "app/messages.hpp"
#include "os/utf8_path.hpp"
#include "store/errors.hpp"
#include "store/instance_lock.hpp"

#include <ctime>

namespace innspill::app {

namespace fs = std::filesystem;

std::vector<BackupInfo> backupsOf(const fs::path& eventFile) {
    std::vector<BackupInfo> list;
    for (const store::BackupEntry& entry : store::listBackups(eventFile, false)) {
        BackupInfo info;
        info.path = entry.path;
        info.time = entry.time;
        const auto stats = entry.good ? store::readBackupStats(entry.path) : std::nullopt;
        info.good = stats.has_value();
        if (stats) {
            info.stats = *stats;
        }
        list.push_back(std::move(info));
    }
    return list;
}

std::optional<BackupInfo> newestGoodBackup(const fs::path& eventFile) {
    for (BackupInfo& info : backupsOf(eventFile)) {
        if (info.good && !store::checkEventFile(info.path)) {
            return std::move(info);
        }
    }
    return std::nullopt;
}

RestoreResult restoreBackup(const fs::path& eventFile, const fs::path& backup, AsideReason reason,
                            store::BackupClock::time_point now) {
    RestoreResult result;
    if (const auto problem = store::checkEventFile(backup)) {
        result.message =
            lang::message("restore.backupNotWhole", {{"backup", backup.filename().string()}})
                .withMessage("cause", *problem);
        return result;
    }
    std::error_code error;
    try {
        if (fs::exists(eventFile, error)) {
            const std::string word = reason == AsideReason::Damaged ? ".damaged-" : ".replaced-";
            const fs::path aside = os::withSuffix(eventFile, word + store::localStamp(now));
            store::moveEventFile(eventFile, aside);
            result.asideAs = aside;
        }
        store::installCopy(backup, eventFile);
    } catch (const store::FileError& failure) {
        result.message = fileErrorMessage(failure);
        if (!result.asideAs.empty() && !fs::exists(eventFile, error)) {
            try {
                store::moveEventFile(result.asideAs, eventFile); // as it was
                result.asideAs.clear();
            } catch (const store::FileError&) {
                result.message = lang::Message{"restore.failedAside", {}}
                                     .withMessage("reason", result.message)
                                     .with("aside", result.asideAs.filename().string());
            }
        }
    }
    return result;
}

std::string backupTimeText(store::BackupClock::time_point time) {
    const std::time_t seconds = store::BackupClock::to_time_t(time);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &local);
    return text;
}

RestoreResult restoreEventFile(const fs::path& eventFile, const fs::path& backup) {
    std::error_code error;
    std::optional<store::InstanceLock> lock;
    if (fs::exists(eventFile, error)) {
        lock.emplace(eventFile);
    }
    const bool damaged =
        !fs::exists(eventFile, error) || store::checkEventFile(eventFile).has_value();
    if (lock) {
        lock->releaseBeforeReplacing();
    }
    return restoreBackup(eventFile, backup, damaged ? AsideReason::Damaged : AsideReason::Replaced,
                         store::BackupClock::now());
}

} // namespace innspill::app
