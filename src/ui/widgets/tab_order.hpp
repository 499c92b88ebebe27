// Tab order = reading order where ImGui's own order is not it: a field drawn
// by our own editor (the capture screen's) is no ImGui tab stop, so Tab from
// the ImGui field before it would jump over it. Call right after an ImGui
// text field; when it has the keyboard and Tab or Shift+Tab was pressed, ImGui's
// own move is cancelled, the field lets go of the keyboard, and the caller
// puts the focus on the field reading order gives.
#pragma once

namespace innspill::ui {

// +1 for Tab, -1 for Shift+Tab out of the last item this frame, else 0. Only
// the directions asked for are taken; the other stays ImGui's.
int takeTabFromItem(bool forward = true, bool backward = true);

} // namespace innspill::ui
