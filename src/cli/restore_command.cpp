// `innspill restore FILE [--list] [--backup PATH]`: the event's backups, and
// putting one in place of the file (which is kept aside, never overwritten).
#include "cli/commands.hpp"

#include "app/backup_restore.hpp"
#include "app/event_files.hpp"
#include "app/messages.hpp"

#include <ctime>
#include <iostream>

namespace innspill::cli {

namespace {

namespace fs = std::filesystem;

int printBackups(const std::vector<app::BackupInfo>& backups) {
    for (const app::BackupInfo& backup : backups) {
        std::cout << app::backupTimeText(backup.time) << "  ";
        if (backup.good) {
            std::cout << backup.stats.groups << " grupper, " << backup.stats.inputs << " innspill, "
                      << backup.stats.people << " personer";
        } else {
            std::cout << "skadet";
        }
        std::cout << "  " << backup.path.string() << '\n';
    }
    return 0;
}

} // namespace

int runRestore(const fs::path& file, bool list, const std::optional<fs::path>& backup) {
    const auto backups = app::backupsOf(file);
    if (backups.empty() && !backup) {
        return fail("fant ingen sikkerhetskopier av «" + file.string() + "» i «" +
                    app::backupFolderOf(file).string() + "»");
    }
    if (list) {
        return printBackups(backups);
    }
    fs::path chosen;
    if (backup) {
        chosen = *backup;
    } else if (auto newest = app::newestGoodBackup(file)) {
        chosen = newest->path;
    } else {
        return fail("ingen av sikkerhetskopiene av «" + file.string() + "» er hele");
    }
    try {
        // Never pull the file from under an Innspill window that has it open.
        const auto restored = app::restoreEventFile(file, chosen);
        if (!restored.ok()) {
            return fail(restored.message);
        }
        std::cout << "gjenopprettet «" << file.string() << "» fra «" << chosen.string() << "»";
        if (!restored.asideAs.empty()) {
            std::cout << "; den forrige filen ligger som «" << restored.asideAs.string() << "»";
        }
        std::cout << '\n';
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error));
    }
}

} // namespace innspill::cli
