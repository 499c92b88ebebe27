// Capture edits to a group's header: title, room, status, people, the
// participant count and note, discussion notes and links to other groups.
#include "app/edits_capture.hpp"
#include "model/text.hpp"

#include "app/edits_capture_rows.hpp"

#include <algorithm>
#include <cctype>

namespace innspill::app {

using capture_detail::groupChange;

namespace {

// Templates so that one switch serves the const and the mutable group.
template <typename G> auto& peopleIn(G& group, GroupRole role) {
    switch (role) {
    case GroupRole::Facilitator:
        return group.facilitators;
    case GroupRole::Participant:
        return group.participants;
    case GroupRole::Initiator:
        break;
    }
    return group.initiators;
}

template <typename G> auto& notesIn(G& group, NotesField field) {
    switch (field) {
    case NotesField::Opportunities:
        return group.notes.opportunities;
    case NotesField::Text:
        return group.notes.text;
    case NotesField::ReportNote:
        return group.reportNote;
    case NotesField::Challenges:
        break;
    }
    return group.notes.challenges;
}

using model::trimmed;

const char* roleLabel(GroupRole role) {
    switch (role) {
    case GroupRole::Facilitator:
        return "undo.role.facilitator";
    case GroupRole::Participant:
        return "undo.role.participant";
    case GroupRole::Initiator:
        break;
    }
    return "undo.role.initiator";
}

} // namespace

Change setGroupTitle(const model::Group& group, std::string title) {
    model::Group after = group;
    after.title = std::move(title);
    return groupChange("undo.changeTitle", group, std::move(after));
}

Change setGroupRoom(const model::Group& group, std::optional<model::Id> room) {
    model::Group after = group;
    after.roomId = std::move(room);
    return groupChange("undo.changeRoom", group, std::move(after));
}

Change setGroupStatus(const model::Group& group, model::GroupStatus status) {
    model::Group after = group;
    after.status = status;
    return groupChange("undo.changeStatus", group, std::move(after));
}

Change setParticipantCount(const model::Group& group, std::optional<int> count) {
    model::Group after = group;
    after.participantCount = count && *count >= 0 ? count : std::nullopt;
    return groupChange("undo.participantCount", group, std::move(after));
}

Change setParticipantNote(const model::Group& group, std::string note) {
    model::Group after = group;
    after.participantNote = std::move(note);
    return groupChange("undo.participantCount", group, std::move(after));
}

Change setGroupNotes(const model::Group& group, NotesField field, std::string text) {
    model::Group after = group;
    notesIn(after, field) = std::move(text);
    return groupChange(field == NotesField::ReportNote ? "undo.reportNote" : "undo.writeNotes",
                       group, std::move(after));
}

const std::string& groupNotes(const model::Group& group, NotesField field) {
    return notesIn(group, field);
}

const std::vector<model::Id>& peopleInRole(const model::Group& group, GroupRole role) {
    return peopleIn(group, role);
}

Change addPersonToGroup(const model::Group& group, GroupRole role, const model::Id& person) {
    model::Group after = group;
    auto& ids = peopleIn(after, role);
    if (std::find(ids.begin(), ids.end(), person) == ids.end()) {
        ids.push_back(person);
    }
    return groupChange(roleLabel(role), group, std::move(after));
}

Change removePersonFromGroup(const model::Group& group, GroupRole role, const model::Id& person) {
    model::Group after = group;
    auto& ids = peopleIn(after, role);
    ids.erase(std::remove(ids.begin(), ids.end(), person), ids.end());
    return groupChange(roleLabel(role), group, std::move(after));
}

Change addNewPersonToGroup(const model::Group& group, GroupRole role, std::string name,
                           std::string organisation, model::Id* newPerson) {
    Change change(roleLabel(role));
    name = trimmed(name);
    if (name.empty()) {
        return change;
    }
    model::Person person;
    person.id = model::Id::generate();
    person.name = std::move(name);
    person.organisation = trimmed(organisation);
    person.consent = false; // nobody is printed by name without saying yes
    if (newPerson != nullptr) {
        *newPerson = person.id;
    }
    model::Group after = group;
    peopleIn(after, role).push_back(person.id);
    change.person(std::nullopt, std::move(person));
    change.group(group, after);
    return change;
}

std::pair<std::string, std::string> splitNameAndOrganisation(std::string_view typed) {
    const size_t comma = typed.find(',');
    if (comma == std::string_view::npos) {
        return {trimmed(typed), {}};
    }
    return {trimmed(typed.substr(0, comma)), trimmed(typed.substr(comma + 1))};
}

Change setFollowUpOf(const model::Group& group, std::optional<model::Id> other) {
    model::Group after = group;
    if (other && *other == group.id) {
        return Change("undo.followUpOf");
    }
    after.followUpOf = std::move(other);
    return groupChange("undo.followUpOf", group, std::move(after));
}

Change toggleMergedWith(const model::Group& group, const model::Id& other) {
    if (other == group.id) {
        return Change("undo.mergedWith");
    }
    model::Group after = group;
    auto& merged = after.mergedWith;
    const auto it = std::find(merged.begin(), merged.end(), other);
    if (it == merged.end()) {
        merged.push_back(other);
    } else {
        merged.erase(it);
    }
    return groupChange("undo.mergedWith", group, std::move(after));
}

} // namespace innspill::app
