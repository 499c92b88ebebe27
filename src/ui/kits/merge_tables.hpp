// The tables of the merge-kits dialog and the hand-in history: the kits
// with what each brings (or why it is refused), the conflicts side by side
// with a choice for each, the merge's notes, and the hand-ins so far.
#pragma once

#include "app/merge/kits.hpp"

#include <filesystem>
#include <vector>

namespace innspill::ui {

struct AppContext;
struct MergeKitsDialogState;

// Returns the kit whose remove button was pressed, or an empty path.
std::filesystem::path drawKitTable(AppContext& ctx, const MergeKitsDialogState& state);

// Every conflict of every kit: what | the master's version | the kit's, with
// a choice under each (and "both" where the plan allows it), plus "all
// master" / "all kit". A choice is applied through chooseConflict.
void drawConflicts(AppContext& ctx, const app::HandInRun& run);

// What the merge did that a person should know (a deletion not carried out…).
void drawMergeNotes(AppContext& ctx, const app::HandInRun& run);
void drawMergeNotes(AppContext& ctx, const std::vector<lang::Message>& notes);

void drawHandInTable(AppContext& ctx, const std::vector<model::HandIn>& handIns);

} // namespace innspill::ui
