// The user's settings into the shell at start-up, and the shell's state
// that lives in the settings (the pinned capture group) back out before
// they are saved. The frame loop (platform/desktop.cpp) calls both.
#pragma once

#include "app/settings.hpp"
#include "ui/shell/language.hpp"

namespace innspill::ui {

struct AppContext;

// Puts `settings` into ctx: language (`localeLanguage`, the environment's,
// on a first start, which is then kept), the tab to show, the pinned group; and
// when an event is already open, records it as recent and opens its pinned
// group on the capture screen.
void startShell(AppContext& ctx, app::Settings settings, Language localeLanguage);

// Copies what the shell keeps outside app::Settings (the pinned group) into
// ctx.settings; call before saving them.
void syncSettings(AppContext& ctx);

} // namespace innspill::ui
