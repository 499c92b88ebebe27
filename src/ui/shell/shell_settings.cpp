// Settings in and out of the shell.
#include "ui/shell/shell_settings.hpp"

#include "ui/shell/app_context.hpp"
#include "ui/shell/language.hpp"

namespace innspill::ui {

void startShell(AppContext& ctx, app::Settings settings, Language localeLanguage) {
    if (settings.language.empty()) {
        settings.language = languageCode(localeLanguage);
        ctx.settingsDirty = true;
    }
    ctx.language = languageFromCode(settings.language);
    ctx.mainWindow.tabToSelect = settings.tab;
    const auto event = model::Id::parse(settings.pinnedEvent);
    const auto group = model::Id::parse(settings.pinnedGroup);
    ctx.capturePin = event && group ? CapturePin{*event, *group} : CapturePin{};
    ctx.settings = std::move(settings);
    if (ctx.workspace != nullptr) {
        ctx.session = ctx.workspace->session();
    }
    if (ctx.session != nullptr) {
        if (!ctx.session->path().empty()) {
            app::rememberRecentFile(ctx.settings, ctx.session->path());
            ctx.settingsDirty = true;
        }
        openPinnedGroup(ctx);
    }
}

void syncSettings(AppContext& ctx) {
    ctx.settings.pinnedEvent = ctx.capturePin.event.str();
    ctx.settings.pinnedGroup = ctx.capturePin.group.str();
}

} // namespace innspill::ui
