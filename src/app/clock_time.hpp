// A moment as people read it on the wall clock: "12:41", local time. For
// the status bar and the hand-in lists.
#pragma once

#include <chrono>
#include <string>

namespace innspill::app {

std::string clockTime(std::chrono::system_clock::time_point time);

} // namespace innspill::app
