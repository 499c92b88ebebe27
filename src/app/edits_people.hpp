// Edits of the participant register as Changes: add, edit one field, delete
// (taking the people out of the groups that name them) and merge two entries
// that are the same person. Pure functions of the event: the session applies
// the result.
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <vector>

namespace innspill::app {

// How a person appears in the groups.
struct PersonUsage {
    size_t initiates = 0;
    size_t facilitates = 0;
    size_t participates = 0;
    size_t groups = 0; // distinct groups naming the person in any role

    bool operator==(const PersonUsage&) const = default;
};

PersonUsage usageOf(const model::Event& event, const model::Id& person);

// Adds `person` (its id must be new; a fresh one is made when it is empty).
// The name is tidied (model::tidyName).
Change addPerson(const model::Event& event, model::Person person);

// Replaces the person with `after.id` by `after`. The label names the field
// that changed ("Endre navn"…), so typing into one field reads well in the
// undo menu. Empty when nothing differs or the person is gone.
Change updatePerson(const model::Event& event, const model::Person& after);

// Deletes the people and removes them from every group's initiators,
// facilitators and participants, as one change.
Change deletePeople(const model::Event& event, const std::vector<model::Id>& people);

// Records consent to appear by name for each of `people` who has not given it
// (an organiser with signed forms for everyone), as one change. Empty when
// they all have, or none of them is in the register.
Change markConsenting(const model::Event& event, const std::vector<model::Id>& people);

// Merges `removed` into `kept`: `kept` takes the fields of `fields` (its id
// is ignored), every group's reference to `removed` moves to `kept` without
// naming anyone twice in one role, and `removed` is deleted. Empty when
// either is missing or they are the same person.
Change mergePeople(const model::Event& event, const model::Id& kept, const model::Id& removed,
                   const model::Person& fields);

} // namespace innspill::app
