// The wall's edits as Changes.
#include "app/edits_wall.hpp"

#include "model/group_number.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace innspill::app {

namespace {

std::string trimmed(std::string_view text) {
    // Typed text is valid UTF-8, pasted text need not be: never store broken bytes.
    return model::repairUtf8(model::trimView(text));
}

// n when `number` is exactly "<round>.<n>", else nothing.
std::optional<int> sequenceInRound(std::string_view number, int round) {
    if (!model::isValidGroupNumber(number) || model::roundPrefix(number) != round) {
        return std::nullopt;
    }
    const size_t dot = number.find('.');
    if (dot == std::string_view::npos || number.find('.', dot + 1) != std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view digits = number.substr(dot + 1);
    if (digits.size() > 6) {
        return std::nullopt;
    }
    int value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

bool roomExists(const model::Event& event, const std::optional<model::Id>& roomId) {
    return !roomId || model::findRoom(event, *roomId) != nullptr;
}

std::optional<Change> replaceGroup(lang::Message label, const model::Group& before,
                                   const model::Group& after) {
    if (before == after) {
        return std::nullopt;
    }
    Change change(std::move(label));
    change.group(before, after);
    return change;
}

} // namespace

std::string nextGroupNumber(const model::Event& event, const model::Id& roundId) {
    const auto position = model::locateRound(event, roundId);
    if (!position) {
        return {};
    }
    const int round = position->number;
    int highest = 0;
    for (const auto& group : event.groups) {
        if (const auto n = sequenceInRound(group.number, round)) {
            highest = std::max(highest, *n);
        }
    }
    std::string number = model::makeGroupNumber(round, highest + 1);
    // Only reachable with odd numbers such as "1.05" already taken; stay unique.
    for (int n = highest + 2; model::findGroupByNumber(event, number) != nullptr; ++n) {
        number = model::makeGroupNumber(round, n);
    }
    return number;
}

std::optional<Change> postTopic(const model::Event& event, const TopicDraft& draft) {
    const std::string title = trimmed(draft.title);
    if (title.empty() || !model::locateRound(event, draft.roundId) ||
        !roomExists(event, draft.roomId)) {
        return std::nullopt;
    }
    model::Group group;
    group.id = model::Id::generate();
    group.number = nextGroupNumber(event, draft.roundId);
    group.title = title;
    group.roundId = draft.roundId;
    group.roomId = draft.roomId;
    group.status = model::GroupStatus::Posted;

    Change change(lang::message("undo.wall.post", {{"number", group.number}}));
    if (draft.initiator) {
        if (model::findPerson(event, *draft.initiator) == nullptr) {
            return std::nullopt;
        }
        group.initiators.push_back(*draft.initiator);
    } else if (draft.newInitiator) {
        model::Person person;
        person.id = model::Id::generate();
        person.name = trimmed(draft.newInitiator->name);
        person.organisation = trimmed(draft.newInitiator->organisation);
        if (person.name.empty()) {
            return std::nullopt;
        }
        group.initiators.push_back(person.id);
        change.person(std::nullopt, person);
    }
    change.group(std::nullopt, group);
    return change;
}

std::string numberAfterMove(const model::Event& event, const model::Id& groupId,
                            const model::Id& roundId) {
    const model::Group* group = model::findGroup(event, groupId);
    const auto position = model::locateRound(event, roundId);
    if (group == nullptr || !position) {
        return {};
    }
    if (group->roundId == roundId || sequenceInRound(group->number, position->number)) {
        return group->number;
    }
    return nextGroupNumber(event, roundId);
}

std::optional<Change> moveTopic(const model::Event& event, const model::Id& groupId,
                                const model::Id& roundId, const std::optional<model::Id>& roomId,
                                MoveNumbering numbering) {
    const model::Group* group = model::findGroup(event, groupId);
    if (group == nullptr || !model::locateRound(event, roundId) || !roomExists(event, roomId)) {
        return std::nullopt;
    }
    model::Group after = *group;
    after.roundId = roundId;
    after.roomId = roomId;
    if (numbering == MoveNumbering::Renumber) {
        after.number = numberAfterMove(event, groupId, roundId);
    }
    if (after.number != group->number) {
        return replaceGroup(lang::message("undo.wall.moveRenumbered",
                                          {{"number", group->number}, {"newNumber", after.number}}),
                            *group, after);
    }
    return replaceGroup(lang::message("undo.wall.move", {{"number", group->number}}), *group,
                        after);
}

std::optional<Change> setTopicStatus(const model::Event& event, const model::Id& groupId,
                                     model::GroupStatus status) {
    const model::Group* group = model::findGroup(event, groupId);
    if (group == nullptr) {
        return std::nullopt;
    }
    model::Group after = *group;
    after.status = status;
    const char* key = status == model::GroupStatus::Met         ? "undo.wall.met"
                      : status == model::GroupStatus::Cancelled ? "undo.wall.cancel"
                                                                : "undo.wall.posted";
    return replaceGroup(lang::message(key, {{"number", group->number}}), *group, after);
}

std::optional<Change> setTopicTitle(const model::Event& event, const model::Id& groupId,
                                    const std::string& title) {
    const model::Group* group = model::findGroup(event, groupId);
    std::string clean = trimmed(title);
    if (group == nullptr || clean.empty()) {
        return std::nullopt;
    }
    model::Group after = *group;
    after.title = std::move(clean);
    return replaceGroup(lang::message("undo.wall.rename", {{"number", group->number}}), *group,
                        after);
}

std::optional<Change> renumberRound(const model::Event& event, const model::Id& roundId) {
    const auto position = model::locateRound(event, roundId);
    if (!position) {
        return std::nullopt;
    }
    const int round = position->number;
    std::vector<const model::Group*> groups = model::groupsInRound(event, roundId);
    // groupsInRound gives natural number order; keep it within each class.
    const auto rank = [&](const model::Group* group) {
        const bool cancelled = group->status == model::GroupStatus::Cancelled;
        const bool movedIn = !sequenceInRound(group->number, round).has_value();
        return (cancelled ? 2 : 0) + (movedIn ? 1 : 0);
    };
    std::stable_sort(
        groups.begin(), groups.end(),
        [&](const model::Group* a, const model::Group* b) { return rank(a) < rank(b); });

    std::unordered_set<std::string> takenElsewhere;
    for (const auto& group : event.groups) {
        if (group.roundId != roundId) {
            takenElsewhere.insert(group.number);
        }
    }
    Change change(lang::message("undo.wall.renumber", {{"round", std::to_string(round)}}));
    int n = 1;
    for (const model::Group* group : groups) {
        std::string number = model::makeGroupNumber(round, n++);
        while (takenElsewhere.contains(number)) {
            number = model::makeGroupNumber(round, n++);
        }
        if (number != group->number) {
            model::Group after = *group;
            after.number = std::move(number);
            change.group(*group, after);
        }
    }
    if (change.empty()) {
        return std::nullopt;
    }
    return change;
}

std::optional<Change> removeTopic(const model::Event& event, const model::Id& groupId) {
    const model::Group* group = model::findGroup(event, groupId);
    if (group == nullptr) {
        return std::nullopt;
    }
    Change change(lang::message("undo.wall.remove", {{"number", group->number}}));
    change.group(*group, std::nullopt);
    for (const auto& other : event.groups) {
        if (other.id == groupId) {
            continue;
        }
        const bool followsUp = other.followUpOf == groupId;
        const bool merged = std::find(other.mergedWith.begin(), other.mergedWith.end(), groupId) !=
                            other.mergedWith.end();
        if (!followsUp && !merged) {
            continue;
        }
        model::Group after = other;
        if (followsUp) {
            after.followUpOf.reset();
        }
        std::erase(after.mergedWith, groupId);
        change.group(other, after);
    }
    return change;
}

} // namespace innspill::app
