// After the parts are merged: references that must still resolve (a deletion
// on one side of a person, room, round or theme a group on the other side
// still names is not carried out; a link to a deleted group goes, as
// deleting a group does everywhere), people taken to be the same, and group
// numbers that two groups now claim.
#include "app/merge/merge_steps.hpp"

#include "model/group_number.hpp"

#include <algorithm>
#include <unordered_set>

namespace innspill::app::merge {

namespace {

enum class RefKind { Person, Room, Round, Theme, Group };

struct Missing {
    RefKind kind;
    model::Id id;
    lang::Message usedBy; // the first group naming it
};

void remapPeople(std::vector<model::Id>& people, const PersonRemap& remap) {
    std::vector<model::Id> mapped;
    for (const auto& id : people) {
        auto to = remap.find(id);
        const auto& person = to == remap.end() ? id : to->second;
        if (std::find(mapped.begin(), mapped.end(), person) == mapped.end()) {
            mapped.push_back(person);
        }
    }
    people = std::move(mapped);
}

// An action's `who` that names a kit person taken to be a master person
// names the master person; free text stays as it is.
void remapActionPeople(std::vector<model::Action>& actions, const PersonRemap& remap) {
    for (auto& action : actions) {
        const auto id = model::Id::parse(action.who);
        if (!id) {
            continue;
        }
        if (auto to = remap.find(*id); to != remap.end()) {
            action.who = to->second.str();
        }
    }
}

template <typename T>
bool keepsAll(const std::vector<T>& before, const std::unordered_set<model::Id>& now) {
    return std::all_of(before.begin(), before.end(),
                       [&](const T& item) { return now.count(item.id) != 0; });
}

// What the groups name that the result lacks. Unchanged groups of the master
// named only what the master has, so they need looking at only when the
// merge took something of the master's away.
std::vector<Missing> findMissing(const model::Event& master, const model::Event& event,
                                 const GroupOverlay& groupSet) {
    std::unordered_set<model::Id> people, rooms, rounds, themes;
    for (const auto& person : event.people) {
        people.insert(person.id);
    }
    for (const auto& room : event.rooms) {
        rooms.insert(room.id);
    }
    for (const auto& day : event.days) {
        for (const auto& round : day.rounds) {
            rounds.insert(round.id);
        }
    }
    for (const auto& theme : event.themes) {
        themes.insert(theme.id);
    }
    std::unordered_set<model::Id> masterRounds;
    for (const auto& day : master.days) {
        for (const auto& round : day.rounds) {
            masterRounds.insert(round.id);
        }
    }
    const bool tookAway = groupSet.anyErased() || !keepsAll(master.people, people) ||
                          !keepsAll(master.rooms, rooms) || !keepsAll(master.themes, themes) ||
                          !std::all_of(masterRounds.begin(), masterRounds.end(),
                                       [&](const model::Id& id) { return rounds.count(id) != 0; });
    const auto groups = [&](const model::Id& id) { return groupSet.find(id) != nullptr; };
    std::vector<Missing> missing;
    std::unordered_set<model::Id> seen;
    const auto check = [&](const model::Group& group) {
        const auto need = [&](RefKind kind, const model::Id& id,
                              const std::unordered_set<model::Id>& present) {
            if (!present.count(id) && seen.insert(id).second) {
                missing.push_back(Missing{kind, id, groupLabel(group)});
            }
        };
        const auto needGroup = [&](const model::Id& id) {
            if (!groups(id) && seen.insert(id).second) {
                missing.push_back(Missing{RefKind::Group, id, groupLabel(group)});
            }
        };
        need(RefKind::Round, group.roundId, rounds);
        if (group.roomId) {
            need(RefKind::Room, *group.roomId, rooms);
        }
        for (const auto* role : {&group.initiators, &group.facilitators, &group.participants}) {
            for (const auto& id : *role) {
                need(RefKind::Person, id, people);
            }
        }
        for (const auto& input : group.inputs) {
            for (const auto& id : input.themes) {
                need(RefKind::Theme, id, themes);
            }
            for (const auto& child : input.children) {
                for (const auto& id : child.themes) {
                    need(RefKind::Theme, id, themes);
                }
            }
        }
        if (group.followUpOf) {
            needGroup(*group.followUpOf);
        }
        for (const auto& id : group.mergedWith) {
            needGroup(id);
        }
    };
    if (tookAway) {
        groupSet.forEach(check);
    } else {
        groupSet.forEachTouched(check);
    }
    return missing;
}

template <typename T>
const T* fromEither(const std::vector<T>& kit, const std::vector<T>& master, const model::Id& id) {
    for (const auto* list : {&kit, &master}) {
        auto found =
            std::find_if(list->begin(), list->end(), [&](const T& item) { return item.id == id; });
        if (found != list->end()) {
            return &*found;
        }
    }
    return nullptr;
}

// Puts the round back into its day (or the day back, with only this round).
bool restoreRound(const model::Event& source, model::Event& result, const model::Id& roundId) {
    for (const auto& day : source.days) {
        for (const auto& round : day.rounds) {
            if (round.id != roundId) {
                continue;
            }
            auto into = std::find_if(result.days.begin(), result.days.end(),
                                     [&](const model::Day& d) { return d.id == day.id; });
            if (into != result.days.end()) {
                into->rounds.push_back(round);
            } else {
                result.days.push_back(model::Day{day.id, day.date, {round}});
            }
            return true;
        }
    }
    return false;
}

// Takes a reference out of the groups: a link to a deleted group, or one
// nobody can resolve (an inconsistent kit; validation reports what is left).
bool names(const model::Group& group, const Missing& missing) {
    const auto has = [&](const std::vector<model::Id>& ids) {
        return std::find(ids.begin(), ids.end(), missing.id) != ids.end();
    };
    switch (missing.kind) {
    case RefKind::Person:
        return has(group.initiators) || has(group.facilitators) || has(group.participants);
    case RefKind::Room:
        return group.roomId == missing.id;
    case RefKind::Theme:
        for (const auto& input : group.inputs) {
            if (has(input.themes)) {
                return true;
            }
            for (const auto& child : input.children) {
                if (has(child.themes)) {
                    return true;
                }
            }
        }
        return false;
    case RefKind::Group:
        return group.followUpOf == missing.id || has(group.mergedWith);
    case RefKind::Round:
        return false;
    }
    return false;
}

void dropReference(GroupOverlay& groups, const Missing& missing) {
    std::vector<model::Id> naming;
    groups.forEach([&](const model::Group& group) {
        if (names(group, missing)) {
            naming.push_back(group.id);
        }
    });
    const auto drop = [&](std::vector<model::Id>& ids) {
        ids.erase(std::remove(ids.begin(), ids.end(), missing.id), ids.end());
    };
    for (const auto& id : naming) {
        auto& group = groups.edit(id);
        drop(group.initiators);
        drop(group.facilitators);
        drop(group.participants);
        drop(group.mergedWith);
        if (group.roomId == missing.id) {
            group.roomId.reset();
        }
        if (group.followUpOf == missing.id) {
            group.followUpOf.reset();
        }
        for (auto& input : group.inputs) {
            drop(input.themes);
            for (auto& child : input.children) {
                drop(child.themes);
            }
        }
    }
}

} // namespace

void keepReferenced(Context& context, model::Event& result, GroupOverlay& groups,
                    PersonRemap& remap) {
    const auto& kit = context.kit;
    const auto& master = context.master;
    // Each pass restores what the groups name; a restored group may name more.
    constexpr int kMaxPasses = 8;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        if (!remap.empty()) {
            // Only groups from the kit can name the kit's people.
            groups.forEachTouched([&](model::Group& group) {
                remapPeople(group.initiators, remap);
                remapPeople(group.facilitators, remap);
                remapPeople(group.participants, remap);
                remapActionPeople(group.actions, remap);
            });
            for (auto& challenge : result.synthesis.challenges) {
                remapActionPeople(challenge.actions, remap);
            }
        }
        const auto missing = findMissing(master, result, groups);
        if (missing.empty()) {
            return;
        }
        for (const auto& item : missing) {
            const auto kept = [&](const lang::Message& what) {
                context.note(lang::message("mergeWord.note.kept")
                                 .withMessage("what", what)
                                 .withMessage("usedBy", item.usedBy));
            };
            bool restored = true;
            switch (item.kind) {
            case RefKind::Person: {
                const auto* inKit = model::findPerson(kit, item.id);
                if (inKit && !model::findPerson(master, item.id)) {
                    if (auto same = samePersonAs(context, result.people, *inKit)) {
                        remap[item.id] = *same;
                        break;
                    }
                }
                if (const auto* person = fromEither(kit.people, master.people, item.id)) {
                    result.people.push_back(*person);
                    kept(lang::message("mergeWord.person")
                             .withMessage("person", personLabel(*person)));
                } else {
                    restored = false;
                }
                break;
            }
            case RefKind::Room:
                if (const auto* room = fromEither(kit.rooms, master.rooms, item.id)) {
                    result.rooms.push_back(*room);
                    kept(lang::message("mergeWord.room", {{"name", room->name}}));
                } else {
                    restored = false;
                }
                break;
            case RefKind::Round:
                restored =
                    restoreRound(kit, result, item.id) || restoreRound(master, result, item.id);
                if (restored) {
                    kept(word("mergeWord.note.aRound"));
                }
                break;
            case RefKind::Theme:
                if (const auto* theme = fromEither(kit.themes, master.themes, item.id)) {
                    result.themes.push_back(*theme);
                    kept(lang::message("mergeWord.theme", {{"name", theme->name}}));
                } else {
                    restored = false;
                }
                break;
            case RefKind::Group:
                // Deleting a group takes the links to it (follow-up of,
                // merged with) with it, here as in the file and the app.
                if (const auto* group = fromEither(kit.groups, master.groups, item.id)) {
                    context.note(lang::message("mergeWord.note.linkRemoved")
                                     .withMessage("from", item.usedBy)
                                     .withMessage("to", groupLabel(*group)));
                }
                restored = false;
                break;
            }
            if (!restored) {
                dropReference(groups, item);
            }
        }
    }
}

namespace {

// The next number of the form "<round>.<n>" that no group has.
std::string nextFreeNumber(const GroupOverlay& groups, const std::string& taken) {
    const int round = model::roundPrefix(taken).value_or(0);
    const std::string prefix = std::to_string(round) + ".";
    std::unordered_set<std::string> numbers;
    int highest = 0;
    groups.forEach([&](const model::Group& group) {
        numbers.insert(group.number);
        if (group.number.rfind(prefix, 0) == 0) {
            const auto rest = group.number.substr(prefix.size());
            if (!rest.empty() && rest.size() < 7 &&
                std::all_of(rest.begin(), rest.end(),
                            [](char c) { return c >= '0' && c <= '9'; })) {
                highest = std::max(highest, std::stoi(rest));
            }
        }
    });
    for (int sequence = highest + 1;; ++sequence) {
        auto number = model::makeGroupNumber(round, sequence);
        if (!numbers.count(number)) {
            return number;
        }
    }
}

} // namespace

void settleNumbers(Context& context, GroupOverlay& groups) {
    std::vector<std::pair<model::Id, model::Id>> clashes; // (first with the number, second)
    std::unordered_map<std::string, model::Id> byNumber;
    groups.forEach([&](const model::Group& group) {
        auto [slot, fresh] = byNumber.emplace(group.number, group.id);
        if (!fresh) {
            clashes.emplace_back(slot->second, group.id);
        }
    });
    // A group holds its number from the master when the master had it with
    // that number; otherwise the number came with the kit.
    const auto fromKit = [&](const model::Group& group) {
        const auto* before = groups.inMaster(group.id);
        return !before || before->number != group.number;
    };
    for (const auto& [firstId, secondId] : clashes) {
        const auto* first = groups.find(firstId);
        const auto* second = groups.find(secondId);
        if (!first || !second || first->number != second->number) {
            continue; // settled by an earlier choice
        }
        const bool firstFromKit = fromKit(*first);
        const auto& kitGroup = firstFromKit ? *first : *second;
        const auto& masterGroup = firstFromKit ? *second : *first;
        const auto freeNumber = nextFreeNumber(groups, kitGroup.number);

        MergeConflict conflict;
        conflict.key = "group:" + kitGroup.id.str() + ":number-taken";
        conflict.kind = ConflictKind::NumberTaken;
        conflict.entity = MergeEntity::Group;
        conflict.entityId = kitGroup.id;
        conflict.groupId = kitGroup.id;
        conflict.otherId = masterGroup.id;
        conflict.where = lang::message("mergeWord.numberWhere", {{"number", kitGroup.number}});
        conflict.field = "number";
        conflict.fieldLabel = word("mergeWord.field.number");
        conflict.masterValue = plain(masterGroup.number + " " + masterGroup.title);
        conflict.kitValue = plain(kitGroup.number + " " + kitGroup.title);
        conflict.masterMeans =
            lang::message("mergeWord.means.kitGroupRenumbered", {{"number", freeNumber}})
                .withMessage("group", groupLabel(kitGroup));
        conflict.kitMeans =
            lang::message("mergeWord.means.masterGroupRenumbered", {{"number", freeNumber}})
                .withMessage("group", groupLabel(masterGroup));
        // Nothing is lost either way: the choice is which group keeps the number.
        const auto kitId = kitGroup.id;
        const auto masterId = masterGroup.id;
        const bool kitKeeps = context.decide(std::move(conflict)) == MergeChoice::Kit;
        groups.edit(kitKeeps ? masterId : kitId).number = freeNumber;
    }
}

} // namespace innspill::app::merge
