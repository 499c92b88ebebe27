// Register edits: add, update, delete and merge people.
#include "app/edits_people.hpp"

#include "model/name_match.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace innspill::app {

namespace {

bool names(const std::vector<model::Id>& ids, const model::Id& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The person an action's `who` names by id, when it is one of `people`.
bool actionNames(const model::Action& action, const std::unordered_set<model::Id>& people) {
    const auto id = model::Id::parse(action.who);
    return id && people.contains(*id);
}

bool namesAny(const model::Group& group, const std::unordered_set<model::Id>& people) {
    for (const auto& action : group.actions) {
        if (actionNames(action, people)) {
            return true;
        }
    }
    for (const auto* role : {&group.initiators, &group.facilitators, &group.participants}) {
        for (const auto& id : *role) {
            if (people.contains(id)) {
                return true;
            }
        }
    }
    return false;
}

void removeAll(std::vector<model::Id>& ids, const std::unordered_set<model::Id>& people) {
    std::erase_if(ids, [&](const model::Id& id) { return people.contains(id); });
}

// `from` becomes `to`, keeping the first place either held and dropping a
// second mention, so the group lists each person at most once per role.
void replaceInRole(std::vector<model::Id>& ids, const model::Id& from, const model::Id& to) {
    std::vector<model::Id> result;
    result.reserve(ids.size());
    for (const auto& id : ids) {
        const model::Id& mapped = id == from ? to : id;
        if (!names(result, mapped)) {
            result.push_back(mapped);
        }
    }
    ids = std::move(result);
}

const char* labelFor(const model::Person& before, const model::Person& after) {
    int changed = 0;
    const char* label = "undo.changePerson";
    if (before.name != after.name) {
        ++changed;
        label = "undo.changeName";
    }
    if (before.organisation != after.organisation) {
        ++changed;
        label = "undo.changeOrganisation";
    }
    if (before.perspective != after.perspective) {
        ++changed;
        label = "undo.changePerspective";
    }
    if (before.consent != after.consent) {
        ++changed;
        label = "undo.changeConsent";
    }
    return changed == 1 ? label : "undo.changePerson";
}

} // namespace

PersonUsage usageOf(const model::Event& event, const model::Id& person) {
    PersonUsage usage;
    for (const auto& group : event.groups) {
        const bool initiates = names(group.initiators, person);
        const bool facilitates = names(group.facilitators, person);
        const bool participates = names(group.participants, person);
        usage.initiates += initiates;
        usage.facilitates += facilitates;
        usage.participates += participates;
        usage.groups += initiates || facilitates || participates;
    }
    return usage;
}

Change addPerson(const model::Event& event, model::Person person) {
    if (person.id.empty()) {
        person.id = model::Id::generate();
    }
    if (model::findPerson(event, person.id) != nullptr) {
        return Change{};
    }
    person.name = model::tidyName(person.name);
    person.organisation = model::tidyName(person.organisation);
    Change change("undo.addPerson");
    change.person(std::nullopt, std::move(person));
    return change;
}

Change updatePerson(const model::Event& event, const model::Person& after) {
    const model::Person* before = model::findPerson(event, after.id);
    if (before == nullptr || *before == after) {
        return Change{};
    }
    Change change(labelFor(*before, after));
    change.person(*before, after);
    return change;
}

Change markConsenting(const model::Event& event, const std::vector<model::Id>& people) {
    const std::unordered_set<model::Id> chosen(people.begin(), people.end());
    Change change("undo.markConsenting");
    // In register order, like every change to several people.
    for (const auto& person : event.people) {
        if (!person.consent && chosen.contains(person.id)) {
            model::Person after = person;
            after.consent = true;
            change.person(person, std::move(after));
        }
    }
    return change;
}

Change deletePeople(const model::Event& event, const std::vector<model::Id>& people) {
    std::unordered_set<model::Id> doomed;
    for (const auto& id : people) {
        if (model::findPerson(event, id) != nullptr) {
            doomed.insert(id);
        }
    }
    if (doomed.empty()) {
        return Change{};
    }
    Change change(doomed.size() == 1 ? "undo.deletePerson" : "undo.deletePeople");
    // Groups first in the change, then the people: the store writes group
    // memberships before it deletes the rows they pointed at.
    for (const auto& group : event.groups) {
        if (!namesAny(group, doomed)) {
            continue;
        }
        model::Group after = group;
        removeAll(after.initiators, doomed);
        removeAll(after.facilitators, doomed);
        removeAll(after.participants, doomed);
        // An action keeps who was responsible, as text, when the person goes.
        for (auto& action : after.actions) {
            if (actionNames(action, doomed)) {
                action.who = model::actionWho(event, action);
            }
        }
        change.group(group, std::move(after));
    }
    // Challenges' actions the same way.
    model::Synthesis synthesis = event.synthesis;
    for (auto& challenge : synthesis.challenges) {
        for (auto& action : challenge.actions) {
            if (actionNames(action, doomed)) {
                action.who = model::actionWho(event, action);
            }
        }
    }
    if (!(synthesis == event.synthesis)) {
        change.synthesis(event.synthesis, synthesis);
    }
    // In register order, so undo puts them back in a stable order.
    for (const auto& person : event.people) {
        if (doomed.contains(person.id)) {
            change.person(person, std::nullopt);
        }
    }
    return change;
}

Change mergePeople(const model::Event& event, const model::Id& kept, const model::Id& removed,
                   const model::Person& fields) {
    const model::Person* keptPerson = model::findPerson(event, kept);
    const model::Person* removedPerson = model::findPerson(event, removed);
    if (keptPerson == nullptr || removedPerson == nullptr || kept == removed) {
        return Change{};
    }
    Change change("undo.mergePeople");
    model::Person merged = fields;
    merged.id = kept;
    merged.name = model::tidyName(merged.name);
    if (merged.name.empty()) {
        merged.name = keptPerson->name;
    }
    if (merged != *keptPerson) {
        change.person(*keptPerson, merged);
    }
    for (const auto& group : event.groups) {
        if (!namesAny(group, {removed})) {
            continue;
        }
        model::Group after = group;
        replaceInRole(after.initiators, removed, kept);
        replaceInRole(after.facilitators, removed, kept);
        replaceInRole(after.participants, removed, kept);
        for (auto& action : after.actions) {
            if (actionNames(action, {removed})) {
                action.who = kept.str();
            }
        }
        change.group(group, std::move(after));
    }
    model::Synthesis synthesis = event.synthesis;
    for (auto& challenge : synthesis.challenges) {
        for (auto& action : challenge.actions) {
            if (actionNames(action, {removed})) {
                action.who = kept.str();
            }
        }
    }
    if (!(synthesis == event.synthesis)) {
        change.synthesis(event.synthesis, synthesis);
    }
    change.person(*removedPerson, std::nullopt);
    return change;
}

} // namespace innspill::app
