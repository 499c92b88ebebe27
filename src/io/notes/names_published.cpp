// Consent recorded for the people a published report named.
#include "io/notes/names_published.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace innspill::io::notes {

void recordNamesPublished(NotesImport& plan) {
    std::unordered_set<model::Id> named;
    for (const auto& id : plan.groupsInNotes) {
        if (const model::Group* group = model::findGroup(plan.event, id)) {
            named.insert(group->initiators.begin(), group->initiators.end());
            named.insert(group->facilitators.begin(), group->facilitators.end());
        }
    }
    size_t recorded = 0;
    for (auto& person : plan.event.people) {
        if (person.consent || !named.contains(person.id)) {
            continue;
        }
        person.consent = true;
        ++recorded;
        if (std::find(plan.people.begin(), plan.people.end(), person.id) == plan.people.end()) {
            plan.people.push_back(person.id);
        }
    }
    if (recorded > 0) {
        plan.updated.push_back(
            lang::message(recorded == 1 ? "notesImport.consentOne" : "notesImport.consentMany",
                          {{"n", std::to_string(recorded)}}));
    }
}

} // namespace innspill::io::notes
