// People on the capture screen: the group's initiators and facilitators as
// chips with a field that suggests people from the register as you type (or
// adds a new person, "Name, Organisation"), and the participants ticked off
// the register. People who have not consented to be printed by name are
// shown, marked so.
#pragma once

#include "model/id.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innspill::model {
struct Group;
}

namespace innspill::app {
class Change;
enum class GroupRole;
} // namespace innspill::app

namespace innspill::ui {

struct AppContext;

struct PeoplePickerState {
    std::string query;
    size_t highlighted = 0;
    bool refocus = false;    // keep the caret in the field after adding someone
    bool tabbedBack = false; // Shift+Tab left the field: the header puts the caret before it
};

struct ParticipantsState {
    std::string filter;
    bool focusFilter = false;
    // The register sorted and filtered, recomputed when the filter or the
    // register changes (2,000 people are not sorted every frame).
    std::vector<model::Id> shown;
    std::string shownFilter;
    size_t shownPeople = static_cast<size_t>(-1);
    bool stale = true;
};

// What the person asked for; the caller builds the Change from it against
// the group as it is when the edit runs (see capture_internal.hpp).
struct PeopleEdit {
    enum class Kind { Add, Remove, AddNew };
    Kind kind = Kind::Add;
    app::GroupRole role{};
    model::Id person;         // Add, Remove
    std::string name;         // AddNew
    std::string organisation; // AddNew
};

app::Change buildPeopleEdit(const model::Group& group, const PeopleEdit& edit);

// The chips and the add field for one role (initiators or facilitators).
std::optional<PeopleEdit> drawRolePeople(AppContext& ctx, const model::Group& group,
                                         app::GroupRole role, PeoplePickerState& state);

// The participants: who is ticked, and the register to tick them from.
std::optional<PeopleEdit> drawParticipants(AppContext& ctx, const model::Group& group,
                                           ParticipantsState& state);

} // namespace innspill::ui
