// `import-notes --names-published`: the notes are a published report that
// printed its initiators and facilitators by name, so they agreed to it.
#pragma once

#include "io/notes/notes_import.hpp"

namespace innspill::io::notes {

// Records consent for every initiator and facilitator of the groups the notes
// hold: in plan.event, listed in plan.people for writing, and one line in
// plan.updated saying how many. Participants are left as they are.
void recordNamesPublished(NotesImport& plan);

} // namespace innspill::io::notes
