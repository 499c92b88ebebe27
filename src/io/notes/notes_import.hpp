// Merging parsed notes into an event: rounds and days created as needed,
// groups created or (same number, imported again) updated, the same person
// across groups kept as one person. Pure: returns the event after the import
// and an account of every change, for a preview before anything is written.
#pragma once

#include "io/notes/parsed_notes.hpp"
#include "model/event.hpp"

#include <string>
#include <vector>

namespace innspill::io::notes {

struct NotesImport {
    model::Event event; // the event as it will be after the import

    std::vector<lang::Message> created; // one line per new group, round, day
    std::vector<lang::Message> updated; // one line per changed group, with what changed
    std::vector<NotesWarning> warnings;

    // What to write: the store writes exactly these.
    bool eventFieldsChanged = false;
    bool programmeChanged = false;
    std::vector<model::Id> people;        // new or changed
    std::vector<model::Id> groups;        // new or changed
    std::vector<model::Id> groupsInNotes; // every group the notes hold, changed or not

    size_t groupsRead = 0;
    size_t inputsRead = 0;
    size_t subPointsRead = 0;
    size_t newPeople = 0;
};

NotesImport importNotes(const model::Event& base, const ParsedNotes& parsed);

// Reads bytes (UTF-8 with or without BOM, or Windows-1252), parses and merges.
// Throws io::ParseError when the bytes are not text.
NotesImport importNotesText(const model::Event& base, std::string_view bytes);

} // namespace innspill::io::notes
