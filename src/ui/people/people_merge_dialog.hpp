// The "Slå sammen" dialog: two register entries that are the same person
// become one. The organiser picks which entry stays (its groups and id) and,
// field by field, which value to keep; every group reference to the other
// entry moves to the one that stays.
#pragma once

#include "model/id.hpp"

namespace innspill::ui {

struct AppContext;

// Whose value a field takes: the first or the second entry.
enum class MergeSide { First, Second };

struct PeopleMergeState {
    bool openRequested = false;
    model::Id first;
    model::Id second;
    MergeSide kept = MergeSide::First; // whose entry (id, group places) stays
    MergeSide name = MergeSide::First;
    MergeSide organisation = MergeSide::First;
    MergeSide perspective = MergeSide::First;
    MergeSide consent = MergeSide::First;
};

inline constexpr const char* kPeopleMergePopup = "###peopleMerge";

// Opens the dialog for two people, with sensible choices made: the entry in
// more groups stays, filled-in values win over empty ones, and where the two
// disagree about consent, "no" wins until the organiser says otherwise.
void openPeopleMerge(AppContext& ctx, const model::Id& first, const model::Id& second);
// Returns true in the frame the merge was applied.
bool drawPeopleMergeDialog(AppContext& ctx);

} // namespace innspill::ui
