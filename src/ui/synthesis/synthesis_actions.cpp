// The Syntese tab's actions under a challenge ("Tiltak og ansvar"): the
// capture screen's compact table (ui/capture/actions_table.hpp), its edits
// applied once the table is drawn, typing as one undo step per burst.
#include "app/edits_votes.hpp"
#include "ui/capture/actions_table.hpp"
#include "ui/setup/setup_fields.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/synthesis/synthesis_internal.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

namespace innspill::ui::synthesis {

void drawChallengeActions(AppContext& ctx, const model::Challenge& challenge,
                          std::optional<app::Change>& step) {
    const model::Event& event = *ctx.event();
    const model::Id id = challenge.id;
    // Not "Tiltak og ansvar" alone: the synthesis calls its measures "tiltak" too.
    disabledText(ctx.tr("synthesis.actions"));
    const auto people = [&] {
        std::vector<const model::Person*> all;
        all.reserve(event.people.size());
        for (const auto& person : event.people) {
            all.push_back(&person);
        }
        return all;
    };
    std::optional<app::Change> typed;
    ActionTableEdits edits;
    edits.setField = [&](const model::Id& action, app::ActionField field, const std::string& text) {
        typed = app::setChallengeActionField(event, id, action, field, text);
    };
    edits.setPerson = [&](const model::Id& action, const model::Id& person) {
        step = app::setChallengeActionPerson(event, id, action, person);
    };
    edits.remove = [&](const model::Id& action) {
        step = app::removeChallengeAction(event, id, action);
    };
    edits.add = [&] { step = app::addChallengeAction(event, id); };
    drawActionsTable(ctx, event, challenge.actions, people,
                     "synthesis.challenge/" + id.str() + "/action/", edits, "synthesis.addAction");
    applyTyping(ctx, typed);
}

} // namespace innspill::ui::synthesis
