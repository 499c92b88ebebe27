// Window title composition.
#include "ui/shell/window_title.hpp"

#include "ui/shell/app_context.hpp"

namespace innspill::ui {

std::string windowTitle(const AppContext& ctx) {
    std::string title = "Innspill";
    const model::Event* event = ctx.event();
    if (event == nullptr) {
        return title;
    }
    title += " — ";
    title += event->title.empty() ? ctx.tr("overview.untitled") : event->title;
    const auto& path = ctx.session->path();
    if (!path.empty()) {
        title += " (" + path.filename().string() + ")";
    }
    return title;
}

} // namespace innspill::ui
