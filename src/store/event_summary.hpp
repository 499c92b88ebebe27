// The few words a list of event files shows for each (the start screen's
// recent events): the title and dates, read with one query through a
// read-only connection, without loading the event.
#pragma once

#include <filesystem>
#include <string>

namespace innspill::store {

struct EventSummary {
    std::string title;
    std::string startDate; // "YYYY-MM-DD" or empty
    std::string endDate;
};

// Throws FileError (missing, not an event, newer, damaged, busy).
EventSummary readEventSummary(const std::filesystem::path& path);

} // namespace innspill::store
