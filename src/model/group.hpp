// A group (topic) posted on the wall for one round: who initiated and
// facilitated it, who took part, what it discussed and the inputs it formed.
#pragma once

#include "model/action.hpp"
#include "model/id.hpp"
#include "model/input.hpp"
#include "model/photo.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::model {

enum class GroupStatus { Posted, Met, Cancelled };

std::string_view toString(GroupStatus status);
std::optional<GroupStatus> parseGroupStatus(std::string_view text);

struct DiscussionNotes {
    std::string challenges;
    std::string opportunities;
    std::string text; // free notes, also lines the notes importer could not place

    bool operator==(const DiscussionNotes&) const = default;
};

struct Group {
    Id id;
    std::string number; // "1.12", see group_number.hpp
    std::string title;
    Id roundId;
    std::optional<Id> roomId;
    GroupStatus status = GroupStatus::Posted;
    std::vector<Id> initiators;          // people
    std::vector<Id> facilitators;        // people
    std::vector<Id> participants;        // people (internal only, never in a public report)
    std::optional<int> participantCount; // nullopt: unknown
    std::string participantNote;         // "3 + 2", "6 (8)"
    DiscussionNotes notes;               // internal: printed only in the appendix
    // Printed under the group in the public report: a follow-up remark, a
    // merge, "nytt innspill", a parenthesis after the inputs label.
    std::string reportNote;
    std::vector<Input> inputs;
    std::optional<Id> followUpOf; // another group
    std::vector<Id> mergedWith;   // other groups that gave shared input with this one
    std::vector<Action> actions;  // action planning: printed under "Tiltak og ansvar"
    std::vector<Photo> photos;    // in the order they were attached

    bool operator==(const Group&) const = default;
};

// Inputs counted as top-level entries and as sub-points.
struct InputCount {
    size_t inputs = 0;
    size_t subPoints = 0;
};
InputCount countInputs(const std::vector<Input>& inputs);

} // namespace innspill::model
