// Identity by natural key: before the three-way merge by id, what the kit
// added that the master has too — added by another kit, typed by the
// organiser, or already in the register — is given the master's id, so that
// the merge sees one thing changed on two sides instead of two things.
//  - days: the same date, or the same place in the programme with dates
//    that do not contradict; rounds: the same place within the same day;
//  - rooms and themes: the same tidied, case-folded name;
//  - people: the same model::nameKey and organisations that do not
//    contradict (equal, or one empty); the kit's person fills what the
//    master's lacks (organisation, perspective, consent);
//  - groups: the same number in the same round with the same folded title,
//    added on both sides.
// The kit (and its base, when an earlier hand-in of this kit was unified the
// same way) is rewritten: every reference follows. Where the master's entity
// is not in the base, a base for it is made up field by field, so that what
// only one side has comes along and a real difference (another title, other
// times) stays an ordinary field conflict.
#include "app/merge/merge_steps.hpp"

#include "model/name_match.hpp"

#include <algorithm>
#include <unordered_set>

namespace innspill::app::merge {

namespace {

using IdMap = std::unordered_map<model::Id, model::Id>;

template <typename T> std::unordered_set<model::Id> idsOf(const std::vector<T>& items) {
    std::unordered_set<model::Id> ids;
    for (const auto& item : items) {
        ids.insert(item.id);
    }
    return ids;
}

std::unordered_set<model::Id> roundIdsOf(const model::Event& event) {
    std::unordered_set<model::Id> ids;
    for (const auto& day : event.days) {
        for (const auto& round : day.rounds) {
            ids.insert(round.id);
        }
    }
    return ids;
}

// Every entity's id: days, rounds, rooms, themes, people, groups.
std::unordered_set<model::Id> entityIdsOf(const model::Event& event) {
    auto ids = roundIdsOf(event);
    const auto add = [&](const auto& list) {
        for (const auto& item : list) {
            ids.insert(item.id);
        }
    };
    add(event.days);
    add(event.rooms);
    add(event.themes);
    add(event.people);
    add(event.groups);
    return ids;
}

std::unordered_set<model::Id> targetsOf(const IdMap& map) {
    std::unordered_set<model::Id> targets;
    for (const auto& [from, to] : map) {
        targets.insert(to);
    }
    return targets;
}

// What an earlier hand-in of this kit unified, as far as it still holds:
// the kit (or its base) still has the entity and the master still has the
// one it was given. By id, so a name changed since does not undo it.
IdMap recordedMap(const std::string& recorded, const model::Event& master, const model::Event& kit,
                  const model::Event& base) {
    IdMap map;
    if (recorded.empty()) {
        return map;
    }
    const auto inMaster = entityIdsOf(master);
    const auto inKit = entityIdsOf(kit);
    const auto inBase = entityIdsOf(base);
    size_t start = 0;
    while (start < recorded.size()) {
        size_t end = recorded.find('\n', start);
        if (end == std::string::npos) {
            end = recorded.size();
        }
        const std::string line = recorded.substr(start, end - start);
        start = end + 1;
        const size_t space = line.find(' ');
        if (space == std::string::npos) {
            continue;
        }
        const auto from = model::Id::parse(line.substr(0, space));
        const auto to = model::Id::parse(line.substr(space + 1));
        if (from && to && !inMaster.count(*from) && inMaster.count(*to) &&
            (inKit.count(*from) || inBase.count(*from))) {
            map[*from] = *to;
        }
    }
    return map;
}

// The map as HandIn::unified keeps it, one "from to" line each, sorted.
std::string recordOf(const IdMap& map) {
    std::vector<std::string> lines;
    lines.reserve(map.size());
    for (const auto& [from, to] : map) {
        lines.push_back(from.str() + " " + to.str());
    }
    std::sort(lines.begin(), lines.end());
    std::string text;
    for (const auto& line : lines) {
        text += line;
        text += '\n';
    }
    return text;
}

// A base value for a field of an entity both sides added: what one side
// lacks comes from the other; a value neither side has where both differ,
// so that the three-way rule asks.
std::string madeUpBase(const std::string& m, const std::string& k) {
    if (m == k || m.empty()) {
        return m;
    }
    if (k.empty()) {
        return k;
    }
    std::string neither(1, '\x1f');
    neither += m;
    neither += '\x1f';
    neither += k;
    return neither;
}

// Same name key, matched one to one: kit entities the master lacks, master
// entities the kit lacks.
template <typename T>
void matchByName(const std::vector<T>& master, const std::vector<T>& kit, IdMap& map) {
    const auto inKit = idsOf(kit);
    const auto inMaster = idsOf(master);
    const auto taken = targetsOf(map);
    std::unordered_map<std::string, model::Id> free;
    for (const auto& item : master) {
        if (!inKit.count(item.id) && !taken.count(item.id)) {
            free.emplace(model::nameKey(item.name), item.id);
        }
    }
    for (const auto& item : kit) {
        if (inMaster.count(item.id) || map.count(item.id)) {
            continue;
        }
        auto found = free.find(model::nameKey(item.name));
        if (found != free.end()) {
            map[item.id] = found->second;
            free.erase(found);
        }
    }
}

// Days and rounds the master added (not in the base, not in the kit): a
// day or round the kit deleted and then made anew stays a new one.
void matchProgramme(const model::Event& master, const model::Event& kit, const model::Event& base,
                    IdMap& map) {
    const auto kitDays = idsOf(kit.days);
    const auto masterDays = idsOf(master.days);
    const auto baseDays = idsOf(base.days);
    std::unordered_set<model::Id> taken = targetsOf(map);
    const auto freeDay = [&](const model::Day& day) {
        return !kitDays.count(day.id) && !baseDays.count(day.id) && !taken.count(day.id);
    };
    for (size_t d = 0; d < kit.days.size(); ++d) {
        const auto& day = kit.days[d];
        if (masterDays.count(day.id) || map.count(day.id)) {
            continue;
        }
        const model::Day* same = nullptr;
        if (!day.date.empty()) {
            for (const auto& candidate : master.days) {
                if (candidate.date == day.date && freeDay(candidate)) {
                    same = &candidate;
                    break;
                }
            }
        }
        if (!same && d < master.days.size() && freeDay(master.days[d]) &&
            (day.date.empty() || master.days[d].date.empty())) {
            same = &master.days[d];
        }
        if (same) {
            map[day.id] = same->id;
            taken.insert(same->id);
        }
    }
    const auto kitRounds = roundIdsOf(kit);
    const auto masterRounds = roundIdsOf(master);
    const auto baseRounds = roundIdsOf(base);
    for (const auto& day : kit.days) {
        auto to = map.find(day.id);
        const auto& masterDayId = to == map.end() ? day.id : to->second;
        auto masterDay = std::find_if(master.days.begin(), master.days.end(),
                                      [&](const model::Day& d) { return d.id == masterDayId; });
        if (masterDay == master.days.end()) {
            continue;
        }
        for (size_t r = 0; r < day.rounds.size() && r < masterDay->rounds.size(); ++r) {
            const auto& round = day.rounds[r];
            const auto& candidate = masterDay->rounds[r];
            if (!masterRounds.count(round.id) && !map.count(round.id) &&
                !taken.count(candidate.id) && !kitRounds.count(candidate.id) &&
                !baseRounds.count(candidate.id)) {
                map[round.id] = candidate.id;
            }
        }
    }
}

// People: one master person with the same name key whose organisation
// agrees (an equal organisation wins over an empty one). Several kit people
// may become one.
void matchPeople(const model::Event& master, const model::Event& kit, IdMap& map) {
    const auto inMaster = idsOf(master.people);
    std::vector<const model::Person*> added;
    for (const auto& person : kit.people) {
        if (!inMaster.count(person.id) && !map.count(person.id)) {
            added.push_back(&person);
        }
    }
    if (added.empty()) {
        return; // the usual case: folding every name in the register is not needed
    }
    std::unordered_map<std::string, std::vector<const model::Person*>> byName;
    for (const auto& person : master.people) {
        byName[model::nameKey(person.name)].push_back(&person);
    }
    for (const auto* kitPerson : added) {
        const auto& person = *kitPerson;
        auto found = byName.find(model::nameKey(person.name));
        if (found == byName.end()) {
            continue;
        }
        std::vector<const model::Person*> agreeing;
        std::vector<const model::Person*> equal;
        for (const auto* candidate : found->second) {
            if (!model::organisationsAgree(candidate->organisation, person.organisation)) {
                continue;
            }
            agreeing.push_back(candidate);
            if (!person.organisation.empty() &&
                model::nameKey(candidate->organisation) == model::nameKey(person.organisation)) {
                equal.push_back(candidate);
            }
        }
        // More than one that fits: which one is a question (samePersonAs asks).
        if (equal.size() == 1) {
            map[person.id] = equal.front()->id;
        } else if (equal.empty() && agreeing.size() == 1) {
            map[person.id] = agreeing.front()->id;
        }
    }
}

// Groups added on both sides (neither in the base) with the same number in
// the same round and the same folded title. Looked at by number first: most
// kits share no number with anything the master added.
void matchGroups(const model::Event& master, const model::Event& kit, const model::Event& base,
                 IdMap& map) {
    const auto inBase = idsOf(base.groups);
    std::unordered_map<std::string, std::vector<const model::Group*>> added; // by number
    for (const auto& group : kit.groups) {
        if (!inBase.count(group.id)) {
            added[group.number].push_back(&group);
        }
    }
    if (added.empty()) {
        return;
    }
    std::vector<const model::Group*> masterSide; // added in the master, a number the kit added
    std::unordered_set<model::Id> inMaster;      // of the kit's added groups
    for (const auto& group : master.groups) {
        auto found = added.find(group.number);
        if (found == added.end() || inBase.count(group.id)) {
            continue;
        }
        masterSide.push_back(&group);
        for (const auto* candidate : found->second) {
            if (candidate->id == group.id) {
                inMaster.insert(group.id);
            }
        }
    }
    if (masterSide.size() == inMaster.size()) {
        return; // only the kit's own groups, handed in before
    }
    const auto inKit = idsOf(kit.groups);
    for (const auto& [number, candidates] : added) {
        for (const auto* group : candidates) {
            if (inMaster.count(group->id) || map.count(group->id)) {
                continue;
            }
            auto round = map.find(group->roundId);
            const auto& roundId = round == map.end() ? group->roundId : round->second;
            const auto title = model::nameKey(group->title);
            for (const auto* other : masterSide) {
                const bool taken = inKit.count(other->id) != 0 ||
                                   std::any_of(map.begin(), map.end(), [&](const auto& pair) {
                                       return pair.second == other->id;
                                   });
                if (!taken && other->number == group->number && other->roundId == roundId &&
                    model::nameKey(other->title) == title) {
                    map[group->id] = other->id;
                    break;
                }
            }
        }
    }
}

void mapId(model::Id& id, const IdMap& map) {
    if (auto to = map.find(id); to != map.end()) {
        id = to->second;
    }
}

void mapIds(std::vector<model::Id>& ids, const IdMap& map) {
    std::vector<model::Id> mapped;
    mapped.reserve(ids.size());
    for (auto id : ids) {
        mapId(id, map);
        if (std::find(mapped.begin(), mapped.end(), id) == mapped.end()) {
            mapped.push_back(id);
        }
    }
    ids = std::move(mapped);
}

// What `b` has that `a` lacks, into `a`.
void fillPerson(model::Person& a, const model::Person& b) {
    if (a.organisation.empty()) {
        a.organisation = b.organisation;
    }
    if (a.perspective == model::Perspective::Unspecified) {
        a.perspective = b.perspective;
    }
    a.consent = a.consent || b.consent;
}

// Every id and every reference through `map`; people who became one person
// are one entry, with what each of them knew.
void rewrite(model::Event& event, const IdMap& map) {
    for (auto& day : event.days) {
        mapId(day.id, map);
        for (auto& round : day.rounds) {
            mapId(round.id, map);
        }
    }
    for (auto& room : event.rooms) {
        mapId(room.id, map);
    }
    for (auto& theme : event.themes) {
        mapId(theme.id, map);
    }
    std::vector<model::Person> people;
    std::unordered_map<model::Id, size_t> at;
    for (auto& person : event.people) {
        mapId(person.id, map);
        auto [slot, fresh] = at.emplace(person.id, people.size());
        if (fresh) {
            people.push_back(std::move(person));
        } else {
            fillPerson(people[slot->second], person);
        }
    }
    event.people = std::move(people);
    const auto mapInputs = [&](std::vector<model::Input>& inputs) {
        for (auto& input : inputs) {
            mapIds(input.themes, map);
            for (auto& child : input.children) {
                mapIds(child.themes, map);
            }
        }
    };
    for (auto& introduction : event.synthesis.introductions) {
        mapId(introduction.theme, map);
    }
    const auto mapActionPeople = [&](std::vector<model::Action>& actions) {
        for (auto& action : actions) {
            if (auto who = model::Id::parse(action.who)) {
                mapId(*who, map);
                action.who = who->str();
            }
        }
    };
    for (auto& challenge : event.synthesis.challenges) {
        mapId(challenge.theme, map);
        mapActionPeople(challenge.actions);
    }
    for (auto& group : event.groups) {
        mapId(group.id, map);
        mapId(group.roundId, map);
        if (group.roomId) {
            mapId(*group.roomId, map);
        }
        mapIds(group.initiators, map);
        mapIds(group.facilitators, map);
        mapIds(group.participants, map);
        mapActionPeople(group.actions);
        mapInputs(group.inputs);
        if (group.followUpOf) {
            mapId(*group.followUpOf, map);
        }
        mapIds(group.mergedWith, map);
    }
}

// Inserts `value` into `list` where the master has it: after the nearest
// entity before it in `masterOrder` that `list` has, else first.
template <typename T>
void insertLikeMaster(std::vector<T>& list, const std::vector<T>& masterOrder, T value) {
    auto self = std::find_if(masterOrder.begin(), masterOrder.end(),
                             [&](const T& item) { return item.id == value.id; });
    auto at = list.begin();
    for (auto it = self; it != masterOrder.begin();) {
        --it;
        auto found = std::find_if(list.begin(), list.end(),
                                  [&](const T& item) { return item.id == it->id; });
        if (found != list.end()) {
            at = found + 1;
            break;
        }
    }
    list.insert(at, std::move(value));
}

template <typename T> const T* byId(const std::vector<T>& list, const model::Id& id) {
    auto found =
        std::find_if(list.begin(), list.end(), [&](const T& item) { return item.id == id; });
    return found == list.end() ? nullptr : &*found;
}

// Bases for the master's entities that the kit now shares but its base
// lacks (groups excepted: a group both sides added merges as today, only
// agreeing fields quietly).
void makeUpBases(const model::Event& master, const model::Event& kit, model::Event& base,
                 const std::unordered_set<model::Id>& unified) {
    for (const auto& day : master.days) {
        const auto* kitDay = byId(kit.days, day.id);
        if (!kitDay) {
            continue;
        }
        auto baseDay = std::find_if(base.days.begin(), base.days.end(),
                                    [&](const model::Day& d) { return d.id == day.id; });
        if (baseDay == base.days.end()) {
            if (!unified.count(day.id)) {
                continue;
            }
            insertLikeMaster(base.days, master.days,
                             model::Day{day.id, madeUpBase(day.date, kitDay->date), {}});
            baseDay = std::find_if(base.days.begin(), base.days.end(),
                                   [&](const model::Day& d) { return d.id == day.id; });
        }
        for (const auto& round : day.rounds) {
            const auto* kitRound = byId(kitDay->rounds, round.id);
            if (!kitRound || !unified.count(round.id) || byId(baseDay->rounds, round.id)) {
                continue;
            }
            insertLikeMaster(baseDay->rounds, day.rounds,
                             model::Round{round.id, madeUpBase(round.title, kitRound->title),
                                          madeUpBase(round.start, kitRound->start),
                                          madeUpBase(round.end, kitRound->end)});
        }
    }
    for (const auto& room : master.rooms) {
        if (unified.count(room.id) && !byId(base.rooms, room.id)) {
            insertLikeMaster(base.rooms, master.rooms, room);
        }
    }
    for (const auto& theme : master.themes) {
        const auto* kitTheme = byId(kit.themes, theme.id);
        if (kitTheme && unified.count(theme.id) && !byId(base.themes, theme.id)) {
            auto made = theme;
            made.description = madeUpBase(theme.description, kitTheme->description);
            insertLikeMaster(base.themes, master.themes, std::move(made));
        }
    }
    for (const auto& person : master.people) {
        if (unified.count(person.id) && !byId(base.people, person.id)) {
            base.people.push_back(person);
        }
    }
}

} // namespace

Unified unifyIdentities(const model::Event& master, model::Event& kit,
                        std::shared_ptr<const model::Event>& base, const std::string& recorded) {
    Unified result;
    IdMap map = recordedMap(recorded, master, kit, *base);
    matchProgramme(master, kit, *base, map);
    matchByName(master.rooms, kit.rooms, map);
    matchByName(master.themes, kit.themes, map);
    matchPeople(master, kit, map);
    matchGroups(master, kit, *base, map);
    if (map.empty()) {
        return result;
    }
    result.recorded = recordOf(map);
    const auto inBase = idsOf(base->people);
    std::vector<model::Id>& newlyUnified = result.people;
    for (const auto& person : kit.people) {
        auto to = map.find(person.id);
        if (to != map.end() && !inBase.count(person.id) &&
            std::find(newlyUnified.begin(), newlyUnified.end(), to->second) == newlyUnified.end()) {
            newlyUnified.push_back(to->second);
        }
    }
    std::unordered_set<model::Id> unified;
    for (const auto& [from, to] : map) {
        unified.insert(to);
    }
    rewrite(kit, map);
    // The master's spelling of a name stays; what only the kit knew comes along.
    for (auto& person : kit.people) {
        if (!unified.count(person.id)) {
            continue;
        }
        if (const auto* same = model::findPerson(master, person.id)) {
            if (model::nameKey(same->name) == model::nameKey(person.name)) {
                person.name = same->name;
            }
            if (same->perspective != model::Perspective::Unspecified) {
                person.perspective = same->perspective;
            }
            fillPerson(person, *same);
        }
    }
    const auto keepMasterName = [&](auto& list, const auto& masterList) {
        for (auto& item : list) {
            if (!unified.count(item.id)) {
                continue;
            }
            if (const auto* same = byId(masterList, item.id);
                same && model::nameKey(same->name) == model::nameKey(item.name)) {
                item.name = same->name;
            }
        }
    };
    keepMasterName(kit.rooms, master.rooms);
    keepMasterName(kit.themes, master.themes);
    for (auto& group : kit.groups) {
        if (!unified.count(group.id)) {
            continue;
        }
        if (const auto* same = model::findGroup(master, group.id)) {
            group.title = same->title; // the same folded title: the master's spelling
        }
    }

    model::Event madeBase = *base;
    rewrite(madeBase, map); // an earlier hand-in of this kit named the kit's ids
    makeUpBases(master, kit, madeBase, unified);
    if (!(madeBase == *base)) {
        base = std::make_shared<const model::Event>(std::move(madeBase));
    }
    return result;
}

} // namespace innspill::app::merge
