// The compact actions table (action planning, "Tiltak og ansvar") the
// capture screen shows under a group and the Syntese tab under a challenge:
// what, who (picked from the register or typed), next step, due, resources,
// a × per row and "Nytt tiltak". In a narrow column (the capture screen's
// notes beside the inputs) each action is a card instead: what on the first
// line, who and when under it, then the next step and resources, each field
// named by its hint while empty and by its tooltip once filled. The table only draws; each edit a
// person makes is handed to the caller, who applies it when it is safe to change the model (after
// the drawing).
#pragma once

#include "app/edits_votes.hpp"
#include "model/event.hpp"

#include <functional>
#include <string>
#include <vector>

namespace innspill::ui {

struct AppContext;

struct ActionTableEdits {
    // Typing into a field (one undo step per burst of typing).
    std::function<void(const model::Id& action, app::ActionField field, const std::string& text)>
        setField;
    // "Who" picked from the register.
    std::function<void(const model::Id& action, const model::Id& person)> setPerson;
    std::function<void(const model::Id& action)> remove;
    std::function<void()> add;
};

// `candidates`: the people "who" is picked from, in the order offered; asked
// only while the picker is open (a register of thousands costs a frame).
// `rectKey`: the prefix its items are recorded under in ctx.itemRects
// ("capture.action/": "capture.action/actions.what/0", "capture.action/add").
// `addKey`: the words on the add button.
void drawActionsTable(AppContext& ctx, const model::Event& event,
                      const std::vector<model::Action>& actions,
                      const std::function<std::vector<const model::Person*>()>& candidates,
                      const std::string& rectKey, const ActionTableEdits& edits,
                      const char* addKey = "actions.add");

// Whether a column `width` pixels wide shows the actions as cards.
bool stackActions(float width);

} // namespace innspill::ui
