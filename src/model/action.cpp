// Who an action names, and whether it holds anything.
#include "model/action.hpp"

#include "model/event.hpp"

namespace innspill::model {

const Person* actionPerson(const Event& event, const Action& action) {
    if (action.who.empty()) {
        return nullptr;
    }
    const auto id = Id::parse(action.who);
    return id ? findPerson(event, *id) : nullptr;
}

std::string actionWho(const Event& event, const Action& action) {
    if (const Person* person = actionPerson(event, action)) {
        return displayName(*person);
    }
    return action.who;
}

bool isEmpty(const Action& action) {
    return action.what.empty() && action.who.empty() && action.nextStep.empty() &&
           action.due.empty() && action.resources.empty();
}

} // namespace innspill::model
