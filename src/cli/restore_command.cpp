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
            std::cout << say("cli.backupCounts", {{"groups", std::to_string(backup.stats.groups)},
                                                  {"inputs", std::to_string(backup.stats.inputs)},
                                                  {"people", std::to_string(backup.stats.people)}});
        } else {
            std::cout << say("cli.backupDamaged");
        }
        std::cout << "  " << backup.path.string() << '\n';
    }
    return 0;
}

} // namespace

int runRestore(const fs::path& file, bool list, const std::optional<fs::path>& backup) {
    const auto backups = app::backupsOf(file);
    if (backups.empty() && !backup) {
        return fail(say("cli.noBackups",
                        {{"file", file.string()}, {"folder", app::backupFolderOf(file).string()}}));
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
        return fail(say("cli.noGoodBackup", {{"file", file.string()}}));
    }
    try {
        // Never pull the file from under an Innspill window that has it open.
        const auto restored = app::restoreEventFile(file, chosen);
        if (!restored.ok()) {
            return fail(restored.message);
        }
        std::cout << (restored.asideAs.empty()
                          ? say("cli.restored",
                                {{"file", file.string()}, {"backup", chosen.string()}})
                          : say("cli.restoredAside", {{"file", file.string()},
                                                      {"backup", chosen.string()},
                                                      {"aside", restored.asideAs.string()}}));
        std::cout << '\n';
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error, language()));
    }
}

} // namespace innspill::cli
