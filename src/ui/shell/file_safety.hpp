// The shell's file-safety dialogs: "Restore from backup…" (the open
// event's backups, newest first, with time and counts), the offer of the
// newest good backup when a damaged file is opened, and the one-time warning
// for an event file on a network share or in a cloud-sync folder.
#pragma once

#include "app/backup_restore.hpp"

#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace innspill::ui {

struct AppContext;

// Where an event file lives, as far as locking is concerned; the platform
// works it out (platform/storage_location), the shell only words it.
struct StorageWarning {
    enum class Kind { None, Network, CloudSync } kind = Kind::None;
    std::string what; // the file system type ("cifs") or the folder ("Dropbox")
};
using StorageCheck = std::function<StorageWarning(const std::filesystem::path&)>;

struct FileSafetyState {
    bool restoreRequested = false;
    std::vector<app::BackupInfo> backups; // read when the dialog opens
    int selected = -1;
    std::string restoreError;
    bool damagedRequested = false;
    // Files already checked for their location in this run: warned once.
    std::set<std::string> locationChecked;
    bool locationRequested = false;
    std::string locationText;
};

inline constexpr const char* kRestorePopup = "###restoreBackup";
inline constexpr const char* kDamagedPopup = "###damagedFile";
inline constexpr const char* kLocationPopup = "###fileLocation";

// File > Restore from backup…
void openRestoreDialog(AppContext& ctx);
// After an open failed: true when the workspace has a backup to offer for a
// damaged file (the offer is then shown instead of the plain error).
bool offerBackupForDamaged(AppContext& ctx);
// Every frame: backups of the open event, and the location warning for a
// newly opened file (once per file).
void keepFileSafe(AppContext& ctx);
// The dialogs; once per frame at the top level.
void drawFileSafetyDialogs(AppContext& ctx);

} // namespace innspill::ui
