// An action a group (Open Space "action planning") agreed on: what, who is
// responsible, the next step, by when and what it needs. `who` is either a
// person's id from the register (its UUID text) or free text, so a name
// typed at the wall that is not in the register is kept as written.
#pragma once

#include "model/id.hpp"

#include <string>
#include <vector>

namespace innspill::model {

struct Event;
struct Person;

struct Action {
    Id id;
    std::string what;
    std::string who; // a person's id (UUID text) or free text
    std::string nextStep;
    std::string due; // as written: "2027-01-15", "før sommeren"
    std::string resources;

    bool operator==(const Action&) const = default;
};

// The person `action.who` names when it is the id of a person in the
// register; nullptr when it is free text (or empty).
const Person* actionPerson(const Event& event, const Action& action);

// Who is responsible as a person reads it: the person's name, else the text.
std::string actionWho(const Event& event, const Action& action);

// Whether an action holds nothing at all (a row added and left empty).
bool isEmpty(const Action& action);

} // namespace innspill::model
