// Event construction, lookups and ordering.
#include "model/event.hpp"

#include "model/group_number.hpp"

#include <algorithm>
#include <unordered_map>

namespace innspill::model {

bool isSupportedLanguage(const std::string& code) {
    return code == "nb" || code == "nn" || code == "en";
}

Event makeEvent(std::string title) {
    Event event;
    event.id = Id::generate();
    event.title = std::move(title);
    return event;
}

namespace {
template <typename T> const T* findById(const std::vector<T>& items, const Id& id) {
    auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

void sortNaturally(std::vector<const Group*>& groups) {
    std::stable_sort(groups.begin(), groups.end(), [](const Group* a, const Group* b) {
        return compareNatural(a->number, b->number) < 0;
    });
}
} // namespace

const Person* findPerson(const Event& event, const Id& id) {
    return findById(event.people, id);
}
const Group* findGroup(const Event& event, const Id& id) {
    return findById(event.groups, id);
}
const Theme* findTheme(const Event& event, const Id& id) {
    return findById(event.themes, id);
}
const Room* findRoom(const Event& event, const Id& id) {
    return findById(event.rooms, id);
}

const Group* findGroupByNumber(const Event& event, const std::string& number) {
    for (const auto& group : event.groups) {
        if (group.number == number) {
            return &group;
        }
    }
    return nullptr;
}

const Round* findRound(const Event& event, const Id& id) {
    for (const auto& day : event.days) {
        if (const Round* round = findById(day.rounds, id)) {
            return round;
        }
    }
    return nullptr;
}

std::optional<RoundPosition> locateRound(const Event& event, const Id& roundId) {
    int number = 0;
    for (size_t d = 0; d < event.days.size(); ++d) {
        const auto& rounds = event.days[d].rounds;
        for (size_t r = 0; r < rounds.size(); ++r) {
            ++number;
            if (rounds[r].id == roundId) {
                return RoundPosition{d, r, number};
            }
        }
    }
    return std::nullopt;
}

std::string roundHeading(const Event& event, const Id& roundId) {
    const auto position = locateRound(event, roundId);
    if (!position) {
        return {};
    }
    std::string heading = event.labels.roundHeading;
    replaceAll(heading, "{day}", std::to_string(position->dayIndex + 1));
    replaceAll(heading, "{roundInDay}", std::to_string(position->roundInDay + 1));
    replaceAll(heading, "{round}", std::to_string(position->number));
    replaceAll(heading, "{title}",
               event.days[position->dayIndex].rounds[position->roundInDay].title);
    return heading;
}

std::vector<const Group*> groupsInRound(const Event& event, const Id& roundId) {
    std::vector<const Group*> groups;
    for (const auto& group : event.groups) {
        if (group.roundId == roundId) {
            groups.push_back(&group);
        }
    }
    sortNaturally(groups);
    return groups;
}

std::vector<const Group*> sortedGroups(const Event& event) {
    std::unordered_map<Id, int> roundOrder;
    int order = 0;
    for (const auto& day : event.days) {
        for (const auto& round : day.rounds) {
            roundOrder[round.id] = order++;
        }
    }
    std::vector<const Group*> groups;
    groups.reserve(event.groups.size());
    for (const auto& group : event.groups) {
        groups.push_back(&group);
    }
    std::stable_sort(groups.begin(), groups.end(), [&](const Group* a, const Group* b) {
        const auto ra = roundOrder.find(a->roundId);
        const auto rb = roundOrder.find(b->roundId);
        const int oa = ra == roundOrder.end() ? order : ra->second;
        const int ob = rb == roundOrder.end() ? order : rb->second;
        if (oa != ob) {
            return oa < ob;
        }
        return compareNatural(a->number, b->number) < 0;
    });
    return groups;
}

} // namespace innspill::model
