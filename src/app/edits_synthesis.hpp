// Edits of the synthesis (model/synthesis.hpp) as pure functions from the
// current event to one Change: introductions, challenges and measures, their
// sources, parked inputs and the priorities. Nothing when nothing changes.
// A source is the id of an input or sub-point; a target is the id of a
// challenge or a measure.
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <optional>
#include <string>

namespace innspill::app {

// A change that adds something, and the new thing's id.
struct AddedChange {
    Change change;
    model::Id id;
};

std::optional<Change> setIntroduction(const model::Event& event, const model::Id& theme,
                                      const std::string& text);

// A new, empty challenge last in the theme (or right after `after`).
AddedChange addChallenge(const model::Event& event, const model::Id& theme,
                         const std::optional<model::Id>& after = std::nullopt);
std::optional<Change> setChallengeTitle(const model::Event& event, const model::Id& challenge,
                                        const std::string& title);
std::optional<Change> setChallengeDescription(const model::Event& event, const model::Id& challenge,
                                              const std::string& description);
// One place up (-1) or down (+1) among the challenges of its theme: its letter changes.
std::optional<Change> moveChallenge(const model::Event& event, const model::Id& challenge,
                                    int step);
// Moves the challenge to `theme`, last among its challenges (a challenge
// whose theme was removed from the event finds a home again).
std::optional<Change> moveChallengeToTheme(const model::Event& event, const model::Id& challenge,
                                           const model::Id& theme);
// Removes the challenge, its measures and its place among the priorities.
std::optional<Change> removeChallenge(const model::Event& event, const model::Id& challenge);

AddedChange addMeasure(const model::Event& event, const model::Id& challenge);
std::optional<Change> setMeasureLead(const model::Event& event, const model::Id& measure,
                                     const std::string& lead);
std::optional<Change> setMeasureText(const model::Event& event, const model::Id& measure,
                                     const std::string& text);
std::optional<Change> moveMeasure(const model::Event& event, const model::Id& measure, int step);
// Removes the measure; a priority that named it as its recommendation keeps
// the measure's lead as a free sentence.
std::optional<Change> removeMeasure(const model::Event& event, const model::Id& measure);

// Links `source` to `target` (last among its sources). A parked source is
// unparked: it is used now. Nothing when already linked or no such target.
std::optional<Change> linkSource(const model::Event& event, const model::Id& target,
                                 const model::Id& source);
std::optional<Change> unlinkSource(const model::Event& event, const model::Id& target,
                                   const model::Id& source);
// Forgets the target's links to inputs that no longer exist (the holes).
std::optional<Change> dropDeletedSources(const model::Event& event, const model::Id& target);

// Parks `input` with `reason` (or changes the reason of a parked one).
std::optional<Change> parkInput(const model::Event& event, const model::Id& input,
                                const std::string& reason);
std::optional<Change> unparkInput(const model::Event& event, const model::Id& input);

// Puts the challenge last in the summary's priorities (nothing if it is there).
std::optional<Change> addPriority(const model::Event& event, const model::Id& challenge);
std::optional<Change> removePriority(const model::Event& event, const model::Id& challenge);
std::optional<Change> movePriority(const model::Event& event, const model::Id& challenge, int step);
// The priority's main recommendation: one of the challenge's measures, or
// (nullopt) the free sentence.
std::optional<Change> setPriorityMeasure(const model::Event& event, const model::Id& challenge,
                                         const std::optional<model::Id>& measure);
std::optional<Change> setPriorityRecommendation(const model::Event& event,
                                                const model::Id& challenge,
                                                const std::string& text);

} // namespace innspill::app
