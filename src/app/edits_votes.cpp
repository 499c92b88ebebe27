// Dot votes and actions as changes of one group (see edits_votes.hpp).
#include "app/edits_votes.hpp"

#include "app/edits_capture.hpp"
#include "model/group_number.hpp"
#include "model/synthesis.hpp"

#include <algorithm>
#include <charconv>

namespace innspill::app {

namespace {

// Dots on a wall: a count past this is a typing slip, not a vote.
constexpr int kMaxVotes = 100000;

Change groupEdit(const char* label, const model::Group& before, model::Group after) {
    Change change(label);
    if (!(before == after)) {
        change.group(before, std::move(after));
    }
    return change;
}

model::Input* inputIn(model::Group& group, const model::Id& input) {
    const auto path = findInput(group, input);
    if (!path) {
        return nullptr;
    }
    return path->child ? &group.inputs[path->index].children[*path->child]
                       : &group.inputs[path->index];
}

// One switch for both constnesses.
template <typename A> auto& fieldOf(A& action, ActionField field) {
    switch (field) {
    case ActionField::Who:
        return action.who;
    case ActionField::NextStep:
        return action.nextStep;
    case ActionField::Due:
        return action.due;
    case ActionField::Resources:
        return action.resources;
    case ActionField::What:
        break;
    }
    return action.what;
}

// The list edits, on a group's or a challenge's actions.
model::Id addTo(std::vector<model::Action>& actions) {
    model::Action action;
    action.id = model::Id::generate();
    actions.push_back(std::move(action));
    return actions.back().id;
}

void setIn(std::vector<model::Action>& actions, const model::Id& action, ActionField field,
           std::string text) {
    auto found = std::find_if(actions.begin(), actions.end(),
                              [&](const model::Action& a) { return a.id == action; });
    if (found != actions.end()) {
        fieldOf(*found, field) = std::move(text);
    }
}

void removeFrom(std::vector<model::Action>& actions, const model::Id& action) {
    std::erase_if(actions, [&](const model::Action& a) { return a.id == action; });
}

// One change of the challenge's actions: empty when the challenge is gone
// or nothing changed.
template <typename Edit>
Change challengeEdit(const char* label, const model::Event& event, const model::Id& challenge,
                     Edit&& edit) {
    Change change(label);
    model::Synthesis after = event.synthesis;
    if (model::Challenge* target = model::findChallenge(after, challenge)) {
        edit(target->actions);
        if (!(after == event.synthesis)) {
            change.synthesis(event.synthesis, after);
        }
    }
    return change;
}

} // namespace

Change setInputVotes(const model::Group& group, const model::Id& input, int votes) {
    model::Group after = group;
    if (model::Input* target = inputIn(after, input)) {
        target->votes = std::clamp(votes, 0, kMaxVotes);
    }
    return groupEdit("undo.setVotes", group, std::move(after));
}

Change addInputVotes(const model::Group& group, const model::Id& input, int delta) {
    const model::Input* now = findInputById(group, input);
    return setInputVotes(group, input, now ? now->votes + delta : 0);
}

std::optional<int> parseVoteCount(std::string_view typed) {
    while (!typed.empty() && typed.front() == ' ') {
        typed.remove_prefix(1);
    }
    while (!typed.empty() && typed.back() == ' ') {
        typed.remove_suffix(1);
    }
    if (typed.empty() || typed.size() > 6 ||
        !std::all_of(typed.begin(), typed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    int value = 0;
    std::from_chars(typed.data(), typed.data() + typed.size(), value);
    return value <= kMaxVotes ? std::optional<int>(value) : std::nullopt;
}

std::vector<VotingRow> votingRows(const model::Event& event, const VotingScope& scope) {
    // The rounds in scope, in programme order.
    std::vector<model::Id> rounds;
    for (const auto& day : event.days) {
        if (scope.kind == VotingScope::Kind::Day && day.id != scope.id) {
            continue;
        }
        for (const auto& round : day.rounds) {
            if (scope.kind == VotingScope::Kind::Round && round.id != scope.id) {
                continue;
            }
            rounds.push_back(round.id);
        }
    }
    std::vector<VotingRow> rows;
    for (const auto& round : rounds) {
        std::vector<const model::Group*> groups;
        for (const auto& group : event.groups) {
            if (group.roundId == round) {
                groups.push_back(&group);
            }
        }
        std::stable_sort(groups.begin(), groups.end(), [](const auto* a, const auto* b) {
            return model::compareNatural(a->number, b->number) < 0;
        });
        for (const auto* group : groups) {
            const auto add = [&](const model::Input& input, bool subPoint) {
                rows.push_back(VotingRow{group->id, input.id, group->number, input.text, subPoint,
                                         input.votes});
            };
            for (const auto& input : group->inputs) {
                add(input, false);
                for (const auto& child : input.children) {
                    add(child, true);
                }
            }
        }
    }
    return rows;
}

const std::string& actionField(const model::Action& action, ActionField field) {
    return fieldOf(action, field);
}

Change addAction(const model::Group& group, model::Id* added) {
    model::Group after = group;
    const model::Id id = addTo(after.actions);
    if (added) {
        *added = id;
    }
    return groupEdit("undo.addAction", group, std::move(after));
}

Change setActionField(const model::Group& group, const model::Id& action, ActionField field,
                      std::string text) {
    model::Group after = group;
    setIn(after.actions, action, field, std::move(text));
    return groupEdit("undo.editAction", group, std::move(after));
}

Change setActionPerson(const model::Group& group, const model::Id& action,
                       const model::Id& person) {
    return setActionField(group, action, ActionField::Who, person.str());
}

Change removeAction(const model::Group& group, const model::Id& action) {
    model::Group after = group;
    removeFrom(after.actions, action);
    return groupEdit("undo.removeAction", group, std::move(after));
}

Change addChallengeAction(const model::Event& event, const model::Id& challenge, model::Id* added) {
    return challengeEdit("undo.addAction", event, challenge,
                         [&](std::vector<model::Action>& actions) {
                             const model::Id id = addTo(actions);
                             if (added) {
                                 *added = id;
                             }
                         });
}

Change setChallengeActionField(const model::Event& event, const model::Id& challenge,
                               const model::Id& action, ActionField field, std::string text) {
    return challengeEdit("undo.editAction", event, challenge,
                         [&](std::vector<model::Action>& actions) {
                             setIn(actions, action, field, std::move(text));
                         });
}

Change setChallengeActionPerson(const model::Event& event, const model::Id& challenge,
                                const model::Id& action, const model::Id& person) {
    return setChallengeActionField(event, challenge, action, ActionField::Who, person.str());
}

Change removeChallengeAction(const model::Event& event, const model::Id& challenge,
                             const model::Id& action) {
    return challengeEdit("undo.removeAction", event, challenge,
                         [&](std::vector<model::Action>& actions) { removeFrom(actions, action); });
}

} // namespace innspill::app
