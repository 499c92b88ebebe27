// The register table of the people panel (people_panel.cpp draws the rest).
#pragma once

#include "model/event.hpp"

#include <imgui.h>

namespace innspill::ui {

struct AppContext;

// Brings ctx.people.view up to date with the register, filter and sort.
void refreshPeopleRows(AppContext& ctx);

// The background of the row of a person just added ("the yellow row"), for
// the row and for the legend that explains it.
ImU32 pinnedRowColour();

// Draws the rows of ctx.people.view, `height` tall, editing in place.
void drawPeopleTable(AppContext& ctx, const model::Event& event, float height);

} // namespace innspill::ui
