// The start screen's list of recent events: each on two lines, its title
// and dates, then its folder and file name (the full path on hover), rather
// than raw paths. Read when the recent list changes (app/recent_events.hpp).
#pragma once

#include <string>

namespace innspill::ui {

struct AppContext;

// Draws the list at x `left`, `width` wide; the path clicked, else empty.
std::string drawRecentEvents(AppContext& ctx, float left, float width);

} // namespace innspill::ui
