// Event statistics.
#include "model/stats.hpp"

namespace innspill::model {

EventStats computeStats(const Event& event) {
    EventStats stats;
    stats.days = event.days.size();
    for (const auto& day : event.days) {
        stats.rounds += day.rounds.size();
    }
    stats.rooms = event.rooms.size();
    stats.groups = event.groups.size();
    for (const auto& group : event.groups) {
        const auto count = countInputs(group.inputs);
        stats.inputs += count.inputs;
        stats.subPoints += count.subPoints;
    }
    stats.people = event.people.size();
    stats.themes = event.themes.size();
    return stats;
}

} // namespace innspill::model
