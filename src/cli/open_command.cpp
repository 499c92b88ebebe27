// `innspill open FILE` and `innspill` alone: the desktop app.
#include "cli/commands.hpp"

#include "app/backup_restore.hpp"
#include "app/default_folders.hpp"
#include "app/settings.hpp"
#include "app/workspace.hpp"
#include "os/console_window.hpp"
#include "os/executable_folder.hpp"
#include "platform/desktop.hpp"

#include <algorithm>
#include <cstdio>
#include <system_error>

#ifndef INNSPILL_SOURCE_DIR
#define INNSPILL_SOURCE_DIR ""
#endif

namespace innspill::cli {

namespace {

namespace fs = std::filesystem;

bool isFolder(const fs::path& path) {
    std::error_code error;
    return !path.empty() && fs::is_directory(path, error);
}

// A folder of the checkout (sessions/ for events, exports/ for reports) when
// this binary runs from the source tree it was built from (a development
// build, the demo), else none: an installed program defaults to the event's
// folder, the last used one and Documents/Innspill (app/default_folders.hpp).
fs::path checkoutFolder(const char* name) {
    const fs::path source(INNSPILL_SOURCE_DIR);
    if (source.empty() || !isFolder(source / name)) {
        return {};
    }
    std::error_code error;
    const fs::path self = os::executableFolder();
    const fs::path root = fs::weakly_canonical(source, error);
    if (self.empty() || root.empty()) {
        return {};
    }
    const auto [rootEnd, selfAt] =
        std::mismatch(root.begin(), root.end(), self.begin(), self.end());
    return rootEnd == root.end() ? source / name : fs::path();
}

} // namespace

std::optional<std::pair<int, int>> parseWindowSize(const std::string& value) {
    int width = 0;
    int height = 0;
    char by = 0;
    char rest = 0;
    if (std::sscanf(value.c_str(), "%d%c%d%c", &width, &by, &height, &rest) != 3 || by != 'x' ||
        width < 320 || width > 7680 || height < 240 || height > 4320) {
        return std::nullopt;
    }
    return std::pair(width, height);
}

int runOpen(const OpenOptions& options) {
    app::Workspace workspace;
    platform::DesktopOptions desktop;
    if (options.file) {
        auto opened = app::openEvent(*options.file);
        if (opened) {
            workspace = app::Workspace(std::move(opened.session));
        } else if (opened.damaged && app::newestGoodBackup(*options.file)) {
            desktop.openAtStart = *options.file; // the window offers the backup
        } else {
            return fail(opened.message);
        }
    }
    desktop.screenshot = options.screenshot;
    desktop.frames = options.screenshot ? options.frames : 0;
    if (const auto size = parseWindowSize(options.size)) {
        desktop.screenshotWidth = size->first;
        desktop.screenshotHeight = size->second;
    }
    desktop.droppedAtStart = options.dropped;
    desktop.watchAtStart = options.watch;
    desktop.dialogAtStart = options.dialog;
    desktop.sessionsFolder = checkoutFolder("sessions");
    desktop.exportsFolder = checkoutFolder("exports");
    if (const fs::path documents = app::documentsFolder(); !documents.empty()) {
        desktop.documentsFolder = documents / app::kDocumentsSubfolder;
    }
    desktop.settingsPath = app::settingsPathFromEnvironment();
    if (!options.screenshot) {
        os::closeOwnConsole(); // started from the Start menu or Explorer: no console window
    }
    return platform::runDesktop(workspace, desktop);
}

} // namespace innspill::cli
