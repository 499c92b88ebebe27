// Handing in a facilitator kit: a three-way merge by UUID of the kit's event
// (K) into the master's (M) against what the kit started from (B). Entities
// are matched by id and merged field by field; where master and kit changed
// the same thing differently the plan holds a conflict — as data, to show
// side by side — and never picks a side on its own. Pure functions: the
// caller applies plan.change through a session (one undo step) or
// persistChange (one transaction). Design and why: docs/kits-and-merge.md.
#pragma once

#include "app/change.hpp"
#include "lang/language.hpp"
#include "lang/message.hpp"
#include "model/event.hpp"
#include "model/hand_in.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace innspill::app {

enum class MergeChoice {
    Undecided, // shown to a person; the plan meanwhile keeps the master's side
    Master,    // keep what the master has
    Kit,       // take what the kit has
    Both,      // inputs only: keep the master's input and add the kit's version after it
};

enum class ConflictKind {
    BothChanged,     // the same field changed differently in master and kit
    DeletedInKit,    // deleted in the kit, changed in the master
    DeletedInMaster, // changed in the kit, deleted in the master
    NumberTaken,     // the kit posts a group on a number another group has in the master
    SamePerson,      // a new person in the kit has the name of a person in the master
};

enum class MergeEntity { Event, Programme, Theme, Person, Group, Input, Synthesis };

struct MergeConflict {
    // Identifies the conflict within the plans of one master, kit and base:
    // applyResolutions matches choices by it.
    std::string key;
    ConflictKind kind = ConflictKind::BothChanged;
    MergeEntity entity = MergeEntity::Group;
    model::Id entityId; // the event, day, round, room, theme, person, group or input
    model::Id groupId;  // Group and Input: the group it is in
    // NumberTaken: the master's group with that number. SamePerson: the
    // master's person with that name.
    model::Id otherId;
    std::string field; // stable name: "title", "text", "number", "deleted", "order"…
    // For people, as messages the UI and CLI word in their language
    // ("gruppe 1.5 «Tittel»", "tittel"); names, titles and input text are
    // plain arguments, the fixed words mergeWord.* keys.
    lang::Message where;
    lang::Message fieldLabel;
    // Both sides as a person reads them (names, not ids); mergeWord.deleted
    // for a deleted side.
    lang::Message masterValue;
    lang::Message kitValue;
    // What each choice does, in words, when it is not simply "this side's
    // value" (empty otherwise).
    lang::Message masterMeans;
    lang::Message kitMeans;
    bool bothAllowed = false;
    MergeChoice choice = MergeChoice::Undecided;
};

// What the kit is: its record and its event as it is now.
struct KitContents {
    model::KitRecord record;
    model::Event event;
};

struct MergeOptions {
    // The hand-in record's id and time; made fresh when empty. Tests fix them.
    model::Id handInId;
    std::string handedInAt;
    // The base when the caller has read it already (kits handed out together
    // share one; planHandIns reads each distinct base once). Null: mergeBase.
    std::shared_ptr<const model::Event> base;
    // Check the merged event with model::validate (the plan's problems). A
    // caller merging many kits in a row may check the end result once instead.
    bool validate = true;
    // The kit's event as a JSON archive (the hand-in record keeps it), when
    // the caller has written it already — planHandIns does, reading kits in
    // parallel. Empty: written here.
    std::string kitState;
};

struct MergeSources; // the three events a plan was made from

struct MergePlan {
    // Everything that changes in the master, including the hand-in record
    // (empty when the kit brings nothing new). With undecided conflicts the
    // change keeps the master's side of each: valid, but not for applying.
    Change change = Change();
    std::vector<MergeConflict> conflicts;
    model::HandInCounts summary;
    // Things the merge did that a person should know about (a deletion not
    // carried out because the thing is still in use…), one line each.
    std::vector<lang::Message> notes;
    // People in the register that people the kit added were taken to be
    // (same name, organisations that agree): unified, not asked about.
    std::vector<model::Id> peopleUnified;
    // The merged event would not be valid: never apply such a plan.
    std::vector<lang::Message> problems;

    size_t undecided() const;
    bool ready() const { return undecided() == 0 && problems.empty(); }
    bool bringsNothing() const { return change.empty(); }

    std::shared_ptr<const MergeSources> sources;
};

// The base of a hand-in: the kit's state at its last hand-in recorded in
// `history`, else the event as it was handed out — as the stored archive,
// and read. Throws io::ParseError when it cannot be read (a damaged kit or
// history).
const std::string& mergeBaseArchive(const KitContents& kit,
                                    const std::vector<model::HandIn>& history);
model::Event mergeBase(const KitContents& kit, const std::vector<model::HandIn>& history);

// Plans the hand-in of `kit` into `master`. `history` is the master's
// hand-in history (kit states needed for this kit's earlier hand-ins).
// Throws io::ParseError like mergeBase. A kit of another event gives a plan
// with a problem and no change.
MergePlan planMerge(const model::Event& master, const KitContents& kit,
                    const std::vector<model::HandIn>& history, const MergeOptions& options = {});
// The same without copying the master: the plan keeps `master`, which must
// not change while the plan (or one made from it by applyResolutions) is used.
MergePlan planMerge(std::shared_ptr<const model::Event> master, KitContents kit,
                    const std::vector<model::HandIn>& history, const MergeOptions& options = {});

// The same merge with choices, index by index for plan.conflicts (missing or
// Undecided entries stay undecided). Choosing can reveal new conflicts (a
// restored group whose number is taken…): they come back undecided.
MergePlan applyResolutions(const MergePlan& plan, const std::vector<MergeChoice>& choices);

// Chooses `choice` (Master or Kit) for every conflict, also for those that
// the choices reveal: what `innspill merge --prefer` does.
MergePlan resolveAll(const MergePlan& plan, MergeChoice choice);

// The change that turns `before` into `after`, part by part and entity by
// entity (new people and groups in `after`'s order), with what it brings counted.
Change diffEvents(const model::Event& before, const model::Event& after,
                  model::HandInCounts* counts = nullptr);

// What model::validate finds in `after` that it does not find in `before`.
std::vector<lang::Message> problemsIntroduced(const model::Event& before,
                                              const model::Event& after);

// Norwegian words for the CLI and the app.
std::string describeChoice(MergeChoice choice, lang::Language language = lang::Language::Nb);
std::string describeKind(ConflictKind kind, lang::Language language = lang::Language::Nb);
// "2 nye grupper, 1 endret gruppe, 20 nye innspill" (only what is not zero),
// or "ingen grupper, innspill eller personer".
std::string describeCounts(const model::HandInCounts& counts,
                           lang::Language language = lang::Language::Nb);

} // namespace innspill::app
