// The people panel ("Personer"): the participant register as a table —
// name, organisation, perspective, consent and how many groups each person
// initiates, facilitates and takes part in — with a filter, sorting by any
// column, editing in place, adding, deleting, merging two entries and
// importing a participant list.
#pragma once

#include "model/id.hpp"
#include "ui/people/people_import_dialog.hpp"
#include "ui/people/people_merge_dialog.hpp"
#include "ui/people/people_view.hpp"

#include <string>
#include <unordered_set>
#include <vector>

namespace innspill::ui {

struct AppContext;

struct PeoplePanelState {
    std::string filter;
    PeopleColumn sortColumn = PeopleColumn::Name;
    bool sortDescending = false;
    PeopleView view;

    // Ticked rows, for merging and deleting.
    std::unordered_set<model::Id> selected;
    // The person whose name or organisation is being typed into; while set,
    // rows keep their places (see PeopleViewRequest::keepOrder).
    model::Id editing;
    std::string editingOriginal; // the field's text when typing began
    bool nameCleared = false;    // the name field is empty right now (not written)

    std::string newName;
    bool focusNewName = false;
    // Just added: shown whatever the filter, and scrolled to once.
    model::Id pinned;
    bool scrollToPinned = false;

    std::vector<model::Id> pendingDelete; // waiting for "are you sure?"
    std::string notice;                   // what the last import, merge or delete did

    PeopleImportState import;
    PeopleMergeState merge;
};

void drawPeoplePanel(AppContext& ctx);

} // namespace innspill::ui
