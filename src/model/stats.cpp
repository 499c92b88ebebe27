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
        const auto countVotes = [&](const Input& input) {
            if (input.votes > 0) {
                ++stats.votedInputs;
                stats.votes += static_cast<size_t>(input.votes);
            }
        };
        for (const auto& input : group.inputs) {
            countVotes(input);
            for (const auto& child : input.children) {
                countVotes(child);
            }
        }
        stats.actions += group.actions.size();
        for (const auto& photo : group.photos) {
            ++(photo.isPublic ? stats.publicPhotos : stats.internalPhotos);
        }
    }
    for (const auto& challenge : event.synthesis.challenges) {
        stats.actions += challenge.actions.size();
    }
    stats.people = event.people.size();
    stats.themes = event.themes.size();
    return stats;
}

} // namespace innspill::model
