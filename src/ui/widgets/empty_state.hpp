// What a panel shows while it has nothing to show: an icon, a sentence that
// says why and what to do, and (optionally) the button for the next step, as
// the panel's one primary action.
#pragma once

#include <string_view>

namespace innspill::ui {

// Draws the block at the cursor, as wide as the content region; returns true
// in the frame its button (`actionLabel`, null for none) is pressed. The
// button is ImGui's last item afterwards, for recording.
bool emptyState(const char* icon, std::string_view message, const char* actionLabel = nullptr);

} // namespace innspill::ui
