// Convergence and action planning as Change builders: an input's dot-vote
// count (typed, or one more / one fewer), the voting view's rows over a
// round, a day or the whole event, and a group's or a challenge's actions
// (add, edit a field, remove). Each is one undo step like every other edit.
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::app {

// ---- Dot votes ----

// Sets the count (negative counts become 0). An input that is gone, or a
// count that is already there, gives an empty change.
Change setInputVotes(const model::Group& group, const model::Id& input, int votes);
// One more (+1) or one fewer (-1), never below 0.
Change addInputVotes(const model::Group& group, const model::Id& input, int delta);

// What the facilitator typed as a count: digits only ("12", " 3 "); nullopt
// for anything else (a letter, a sign, a number too large to be dots).
std::optional<int> parseVoteCount(std::string_view typed);

// Which inputs the voting view lists.
struct VotingScope {
    enum class Kind { Event, Day, Round };
    Kind kind = Kind::Event;
    model::Id id; // the day or round; empty for the event

    bool operator==(const VotingScope&) const = default;
};

// One row of the voting view: an input or sub-point of a group in scope, in
// programme order (rounds in order, groups by number, inputs as listed).
struct VotingRow {
    model::Id group;
    model::Id input;
    std::string groupNumber;
    std::string text;
    bool subPoint = false;
    int votes = 0;
};
std::vector<VotingRow> votingRows(const model::Event& event, const VotingScope& scope);

// ---- Actions ----

enum class ActionField { What, Who, NextStep, Due, Resources };

const std::string& actionField(const model::Action& action, ActionField field);

// A new, empty action at the end of the group's list; its id in `added`.
Change addAction(const model::Group& group, model::Id* added = nullptr);
Change setActionField(const model::Group& group, const model::Id& action, ActionField field,
                      std::string text);
// `who` as a person from the register (stored as the person's id).
Change setActionPerson(const model::Group& group, const model::Id& action, const model::Id& person);
Change removeAction(const model::Group& group, const model::Id& action);

// The same on a challenge of the synthesis ("a group, or with the synthesis
// a challenge, can hold actions"); empty when the challenge is not there.
Change addChallengeAction(const model::Event& event, const model::Id& challenge,
                          model::Id* added = nullptr);
Change setChallengeActionField(const model::Event& event, const model::Id& challenge,
                               const model::Id& action, ActionField field, std::string text);
Change setChallengeActionPerson(const model::Event& event, const model::Id& challenge,
                                const model::Id& action, const model::Id& person);
Change removeChallengeAction(const model::Event& event, const model::Id& challenge,
                             const model::Id& action);

} // namespace innspill::app
