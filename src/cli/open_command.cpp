// `innspill open FILE` and `innspill` alone: the desktop app.
#include "cli/commands.hpp"

#include "app/backup_restore.hpp"
#include "app/settings.hpp"
#include "app/workspace.hpp"
#include "platform/desktop.hpp"

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

// A default folder of the checkout (sessions/ for events, exports/ for
// reports): in the working directory when run from a checkout, else in the
// source tree this binary was built from, else none (the file browser then
// starts at home, exports beside the event file).
fs::path checkoutFolder(const char* name) {
    std::error_code error;
    const fs::path here = fs::current_path(error) / name;
    if (!error && isFolder(here)) {
        return here;
    }
    const fs::path source(INNSPILL_SOURCE_DIR);
    return !source.empty() && isFolder(source / name) ? source / name : fs::path();
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
    desktop.sessionsFolder = checkoutFolder("sessions");
    desktop.exportsFolder = checkoutFolder("exports");
    desktop.settingsPath = app::settingsPathFromEnvironment();
    return platform::runDesktop(workspace, desktop);
}

} // namespace innspill::cli
