// The recent events as the start screen lists them: by title, dates and
// folder rather than by raw path. Read once per change of the recent list
// (a query per file), never per frame.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace innspill::app {

struct RecentEvent {
    std::string path;      // as remembered in the settings
    bool present = false;  // the file is there
    bool readable = false; // and its title could be read
    std::string title;     // the event's title (empty: untitled or unreadable)
    std::string startDate; // "YYYY-MM-DD" or empty
    std::string endDate;
    std::string folder; // the file's folder, the home folder shown as "~"
};

// Never throws: a missing or unreadable file is described as such.
RecentEvent describeRecentEvent(const std::string& path, const std::filesystem::path& home);

std::vector<RecentEvent> describeRecentEvents(const std::vector<std::string>& paths);

} // namespace innspill::app
