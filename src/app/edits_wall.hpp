// Edits the marketplace wall makes: posting a topic into a round and room,
// moving it, marking it met or cancelled, retitling, renumbering a round and
// removing a topic. Pure functions from the current model to one Change each
// (nothing when the request makes no sense against the model as it is, or
// would change nothing); the wall panel applies them through the session.
#pragma once

#include "app/change.hpp"
#include "model/event.hpp"

#include <optional>
#include <string>

namespace innspill::app {

// A person typed into the initiator field who is not in the register yet;
// posting creates them in the same Change as the topic.
struct NewPerson {
    std::string name;
    std::string organisation;
};

struct TopicDraft {
    std::string title;
    model::Id roundId;
    std::optional<model::Id> roomId; // nothing: the "no room" column
    std::optional<model::Id> initiator;
    std::optional<NewPerson> newInitiator; // used when `initiator` is empty
};

// The number a topic posted into `roundId` now would get: "<round>.<n>" with
// n one past the highest n any group of the event holds under that round's
// prefix. Cancelled topics keep theirs taken (their number was on the wall),
// and so do topics that moved to another round. Empty for an unknown round.
std::string nextGroupNumber(const model::Event& event, const model::Id& roundId);

// Posts a new topic numbered nextGroupNumber(). Nothing when the title is
// blank, the round or room does not exist, the initiator is unknown, or a new
// initiator has a blank name. The new group is the change's last group delta.
std::optional<Change> postTopic(const model::Event& event, const TopicDraft& draft);

// What a topic's number does when it moves to another round.
enum class MoveNumbering {
    Renumber, // it takes the next free number there (the wall and projector read right)
    Keep,     // it keeps its number ("behold nummer" in the wall's drop menu)
};

// Moves a topic to another round and room. Within its round the number stays;
// into another round it takes nextGroupNumber() there (named in the undo
// label: "Flytt emne 1.3 til 2.5"), unless `numbering` says Keep or its number
// already belongs to that round (moved back where it came from). Nothing when
// it is already there or the group, round or room is unknown.
std::optional<Change> moveTopic(const model::Event& event, const model::Id& groupId,
                                const model::Id& roundId, const std::optional<model::Id>& roomId,
                                MoveNumbering numbering = MoveNumbering::Renumber);

// The number the topic would have after moveTopic() with Renumber into
// `roundId`: its own when it stays in its round or already carries that
// round's prefix, else the next free one there. Empty when unknown.
std::string numberAfterMove(const model::Event& event, const model::Id& groupId,
                            const model::Id& roundId);

std::optional<Change> setTopicStatus(const model::Event& event, const model::Id& groupId,
                                     model::GroupStatus status);

// Surrounding blanks are dropped; nothing for a blank title.
std::optional<Change> setTopicTitle(const model::Event& event, const model::Id& groupId,
                                    const std::string& title);

// Gives the round's topics the numbers <round>.1, .2, … in their current
// order: first the topics already numbered under this round (natural order),
// then topics moved in from other rounds (natural order of their old numbers),
// and the cancelled ones last, so the report, which leaves cancelled topics
// out, has no gaps. A number held by a group in another round is skipped.
// Nothing when every topic already has its number.
std::optional<Change> renumberRound(const model::Event& event, const model::Id& roundId);

// Removes a topic; groups that referred to it (as follow-up or merge) stop
// referring to it in the same change, so undo restores both.
std::optional<Change> removeTopic(const model::Event& event, const model::Id& groupId);

} // namespace innspill::app
