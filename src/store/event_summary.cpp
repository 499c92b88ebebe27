// Reading an event file's title and dates.
#include "store/event_summary.hpp"

#include "store/event_file.hpp"
#include "store/sqlite.hpp"

namespace innspill::store {

EventSummary readEventSummary(const std::filesystem::path& path) {
    checkHeader(path);
    Connection connection(path, Connection::Mode::ReadOnly);
    Statement query(connection, "SELECT title, start_date, end_date FROM event LIMIT 1");
    EventSummary summary;
    if (query.step()) {
        summary.title = query.text(0);
        summary.startDate = query.text(1);
        summary.endDate = query.text(2);
    }
    return summary;
}

} // namespace innspill::store
