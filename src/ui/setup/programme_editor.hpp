// The programme editor ("Program"): days with their dates, the rounds (group
// sessions) of each day with title and times, and the rooms. Add, rename,
// reorder, remove; removing what holds groups asks first, and one undo brings
// it all back.
#pragma once

#include "model/id.hpp"
#include "ui/setup/setup_fields.hpp"

#include <string>

namespace innspill::ui {

struct AppContext;

struct ProgrammeEditorState {
    enum class Removal { None, Day, Round, Room };

    DraftMap drafts;  // dates and times typed that are not (yet) valid
    AddField newRoom; // the "add a room" field
    // A round just added: its title field takes the keyboard once.
    model::Id focusRound;
    // A removal waiting for the organiser's answer.
    Removal removal = Removal::None;
    model::Id removalId;
};

void drawProgrammeEditor(AppContext& ctx);

} // namespace innspill::ui
