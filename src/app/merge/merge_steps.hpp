// Inside the merge: the steps planMerge runs, in this order, each turning
// the result (the master at first: `result` its parts but the groups,
// `groups` an overlay on the master's) a step closer to the merged event.
#pragma once

#include "app/merge/merge_context.hpp"
#include "app/merge/merge_groups.hpp"

#include <unordered_map>

namespace innspill::app::merge {

// Kit people taken to be master people ("looks like the same person", choice
// master): every reference to the key becomes one to the value.
using PersonRemap = std::unordered_map<model::Id, model::Id>;

// merge_identity.cpp
// Gives what the kit added that the master has too by natural key (a day,
// round, room, theme, person or group both sides added) the master's id,
// in `kit` and, where needed, in `base` (replaced by a copy). Starts from
// `recorded`, what the same kit's last hand-in unified (HandIn::unified),
// so a unification holds by id even when the master renamed it since.
struct Unified {
    std::vector<model::Id> people; // master people kit people were taken to be, first time
    std::string recorded;          // the whole unification, for this hand-in's record
};
Unified unifyIdentities(const model::Event& master, model::Event& kit,
                        std::shared_ptr<const model::Event>& base, const std::string& recorded);

// merge_parts.cpp
void mergeHeader(Context& context, model::Event& result);
void mergeProgramme(Context& context, model::Event& result);
void mergeThemes(Context& context, model::Event& result);
void mergePeople(Context& context, model::Event& result, PersonRemap& remap);

// A new person from the kit whose name a person in `result` has: a conflict.
// Returns the master person to use instead, or nothing to add the kit's.
std::optional<model::Id> samePersonAs(Context& context, const std::vector<model::Person>& people,
                                      const model::Person& added);

// merge_synthesis.cpp
// Challenges and measures as one tree by id (measures under their
// challenge), field by field; their sources as sets (what either side added
// stays, what either side removed goes); introductions per theme and parked
// inputs per input by the three-way rule; the priorities as one list.
void mergeSynthesis(Context& context, model::Event& result);

// merge_actions.cpp
// Whose actions are merged: a group's (entity Group, groupId set) or a
// challenge's (entity Synthesis); `where` words it ("gruppe 1.5 «Tittel»").
struct ActionOwner {
    std::string keyPrefix; // conflict keys: keyPrefix + action id + ":" + field
    MergeEntity entity = MergeEntity::Group;
    model::Id entityId;
    model::Id groupId;
    lang::Message where;
};
// Actions by action id: each field three-way, a row deleted on one side and
// changed on the other a conflict; the kit's new rows after the master's.
std::vector<model::Action> mergeActions(Context& context, const std::vector<model::Action>& master,
                                        const std::vector<model::Action>& kit,
                                        const std::vector<model::Action>* base,
                                        const ActionOwner& owner);
// Text as a conflict shows it: mergeWord.empty when there is none.
lang::Message shortText(const std::string& text);

// merge_groups.cpp
void mergeGroups(Context& context, GroupOverlay& groups);

// merge_references.cpp
// Points groups at the people in `remap`; keeps (restores) a person, room,
// round or theme a group still names that a deletion took away, and drops
// links to deleted groups, each with a note.
void keepReferenced(Context& context, model::Event& result, GroupOverlay& groups,
                    PersonRemap& remap);
// Two groups with one number: a conflict about who keeps it.
void settleNumbers(Context& context, GroupOverlay& groups);

} // namespace innspill::app::merge
