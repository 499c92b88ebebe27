// `innspill open FILE` and `innspill` alone: the desktop app.
#include "cli/commands.hpp"

#include "app/event_session.hpp"
#include "platform/desktop.hpp"

namespace innspill::cli {

int runOpen(const OpenOptions& options) {
    std::unique_ptr<app::EventSession> session;
    if (options.file) {
        auto opened = app::openEvent(*options.file);
        if (!opened) {
            return fail(opened.message);
        }
        session = std::move(opened.session);
    }
    platform::DesktopOptions desktop;
    desktop.screenshot = options.screenshot;
    desktop.frames = options.screenshot ? options.frames : 0;
    return platform::runDesktop(session.get(), desktop);
}

} // namespace innspill::cli
