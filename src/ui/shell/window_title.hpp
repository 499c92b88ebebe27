// The operating-system window title for the open event, kept in ui so that it
// follows the UI language and can be tested without a window.
#pragma once

#include <string>

namespace innspill::ui {

struct AppContext;

// "Innspill — <event title> (<file name>)", "Innspill — <event title>" for an
// event without a file (tests), "Innspill" when no event is open.
std::string windowTitle(const AppContext& ctx);

} // namespace innspill::ui
