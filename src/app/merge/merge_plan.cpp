// planMerge and its resolutions: the steps in order, the change they make
// to the master (with the hand-in record), and what it brings, counted.
#include "app/merge/merge_plan.hpp"

#include "app/merge/choice_rounds.hpp"
#include "app/merge/kits.hpp"
#include "app/merge/merge_steps.hpp"
#include "io/json_archive.hpp"
#include "model/validate.hpp"

#include <set>
#include <unordered_map>

namespace innspill::app {

namespace {

struct FlatInput {
    const model::Input* input;
    const model::Input* parent;
};

std::unordered_map<model::Id, FlatInput> flatInputs(const model::Group& group) {
    std::unordered_map<model::Id, FlatInput> inputs;
    for (const auto& input : group.inputs) {
        inputs[input.id] = FlatInput{&input, nullptr};
        for (const auto& child : input.children) {
            inputs[child.id] = FlatInput{&child, &input};
        }
    }
    return inputs;
}

size_t inputCount(const model::Group& group) {
    const auto count = model::countInputs(group.inputs);
    return count.inputs + count.subPoints;
}

void countInputs(const model::Group& before, const model::Group& after,
                 model::HandInCounts& counts) {
    if (before.inputs == after.inputs) {
        return;
    }
    const auto was = flatInputs(before);
    const auto now = flatInputs(after);
    for (const auto& [id, input] : now) {
        auto old = was.find(id);
        if (old == was.end()) {
            ++counts.inputsAdded;
            continue;
        }
        const auto& a = *old->second.input;
        const auto& b = *input.input;
        const bool moved = (old->second.parent ? old->second.parent->id : model::Id()) !=
                           (input.parent ? input.parent->id : model::Id());
        if (a.text != b.text || a.kind != b.kind || a.themes != b.themes || moved) {
            ++counts.inputsChanged;
        }
    }
    for (const auto& [id, input] : was) {
        if (!now.count(id)) {
            ++counts.inputsRemoved;
        }
    }
}

// `after`'s groups come from `forEachGroup` (all of them, in order); a group
// that is the very object in `before` is unchanged without comparing it.
template <typename ForEachGroup>
void diffInto(Change& change, const model::Event& before, const model::Event& after,
              ForEachGroup&& forEachGroup, model::HandInCounts& counts) {
    if (headerOf(before) != headerOf(after)) {
        change.header(headerOf(before), headerOf(after));
    }
    if (before.days != after.days || before.rooms != after.rooms) {
        change.programme(Programme{before.days, before.rooms}, Programme{after.days, after.rooms});
    }
    if (before.themes != after.themes) {
        change.themes(before.themes, after.themes);
    }
    if (before.synthesis != after.synthesis) {
        change.synthesis(before.synthesis, after.synthesis);
    }

    std::unordered_map<model::Id, const model::Person*> people;
    for (const auto& person : before.people) {
        people[person.id] = &person;
    }
    for (const auto& person : after.people) {
        auto old = people.find(person.id);
        if (old == people.end()) {
            change.person(std::nullopt, person);
            ++counts.peopleAdded;
            continue;
        }
        if (!(*old->second == person)) {
            change.person(*old->second, person);
            ++counts.peopleChanged;
        }
        people.erase(old);
    }

    std::unordered_map<model::Id, const model::Group*> groups;
    for (const auto& group : before.groups) {
        groups[group.id] = &group;
    }
    forEachGroup([&](const model::Group& group) {
        auto old = groups.find(group.id);
        if (old == groups.end()) {
            change.group(std::nullopt, group);
            ++counts.groupsAdded;
            counts.inputsAdded += inputCount(group);
            return;
        }
        if (old->second != &group && !(*old->second == group)) {
            change.group(*old->second, group);
            ++counts.groupsChanged;
            countInputs(*old->second, group, counts);
        }
        groups.erase(old);
    });
    // Removals in the before order, so that a change is the same however it was made.
    for (const auto& group : before.groups) {
        if (groups.count(group.id)) {
            change.group(group, std::nullopt);
            ++counts.groupsRemoved;
            counts.inputsRemoved += inputCount(group);
        }
    }
    for (const auto& person : before.people) {
        if (people.count(person.id)) {
            change.person(person, std::nullopt);
            ++counts.peopleRemoved;
        }
    }
}

// Everything but the groups, which the merge keeps as an overlay.
model::Event withoutGroups(const model::Event& event) {
    model::Event copy;
    copy.id = event.id;
    setHeader(copy, headerOf(event));
    copy.days = event.days;
    copy.rooms = event.rooms;
    copy.people = event.people;
    copy.themes = event.themes;
    copy.synthesis = event.synthesis;
    return copy;
}

MergePlan runMerge(const std::shared_ptr<const MergeSources>& sources,
                   const std::map<std::string, MergeChoice>& choices) {
    const auto& in = *sources;
    const auto& master = *in.master;
    MergePlan plan;
    plan.sources = sources;
    if (in.kit.id != master.id || in.base->id != master.id ||
        in.record.masterEventId != master.id) {
        plan.problems.push_back(
            lang::message("kitError.otherEventId", {{"kitEvent", in.record.masterEventId.str()},
                                                    {"event", master.id.str()}}));
        return plan;
    }
    merge::Context context(master, in.kit, *in.base, choices);
    model::Event result = withoutGroups(master);
    merge::GroupOverlay groups(master.groups);
    merge::PersonRemap remap;
    merge::mergeHeader(context, result);
    merge::mergeProgramme(context, result);
    merge::mergeThemes(context, result);
    merge::mergeSynthesis(context, result);
    merge::mergePeople(context, result, remap);
    merge::mergeGroups(context, groups);
    merge::keepReferenced(context, result, groups, remap);
    merge::settleNumbers(context, groups);
    plan.conflicts = std::move(context.conflicts);
    plan.peopleUnified = in.peopleUnified;
    if (!plan.peopleUnified.empty()) {
        plan.notes.push_back(
            lang::message(plan.peopleUnified.size() == 1 ? "mergeWord.note.peopleUnified.one"
                                                         : "mergeWord.note.peopleUnified.many",
                          {{"n", std::to_string(plan.peopleUnified.size())}})
                .withMessage("people", merge::personNames(master, plan.peopleUnified)));
    }
    plan.notes.insert(plan.notes.end(), context.notes.begin(), context.notes.end());

    plan.change =
        Change(in.record.facilitator.empty()
                   ? lang::message("undo.handInKit")
                   : lang::message("undo.handInKitFrom", {{"facilitator", in.record.facilitator}}));
    diffInto(
        plan.change, master, result, [&](const auto& visit) { groups.forEach(visit); },
        plan.summary);
    if (plan.change.empty()) {
        return plan;
    }
    if (in.options.validate) {
        result.groups = groups.all();
        plan.problems = problemsIntroduced(master, result);
    }
    model::HandIn record{in.options.handInId,
                         in.record.kitId,
                         in.record.facilitator,
                         in.options.handedInAt,
                         plan.summary,
                         in.kitState,
                         in.unified};
    plan.change.handIn(std::nullopt, std::move(record));
    return plan;
}

std::map<std::string, MergeChoice> choicesOf(const MergePlan& plan) {
    std::map<std::string, MergeChoice> choices;
    for (const auto& conflict : plan.conflicts) {
        if (conflict.choice != MergeChoice::Undecided) {
            choices[conflict.key] = conflict.choice;
        }
    }
    return choices;
}

} // namespace

size_t MergePlan::undecided() const {
    size_t count = 0;
    for (const auto& conflict : conflicts) {
        count += conflict.choice == MergeChoice::Undecided ? 1 : 0;
    }
    return count;
}

const std::string& mergeBaseArchive(const KitContents& kit,
                                    const std::vector<model::HandIn>& history) {
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->kitId == kit.record.kitId) {
            return it->kitState;
        }
    }
    return kit.record.base;
}

namespace {

// What the kit's last hand-in unified (empty for its first).
const std::string& lastUnified(const model::KitRecord& kit,
                               const std::vector<model::HandIn>& history) {
    static const std::string kNone;
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->kitId == kit.kitId) {
            return it->unified;
        }
    }
    return kNone;
}

} // namespace

model::Event mergeBase(const KitContents& kit, const std::vector<model::HandIn>& history) {
    return io::readJsonArchive(mergeBaseArchive(kit, history));
}

MergePlan planMerge(const model::Event& master, const KitContents& kit,
                    const std::vector<model::HandIn>& history, const MergeOptions& options) {
    return planMerge(std::make_shared<const model::Event>(master), kit, history, options);
}

MergePlan planMerge(std::shared_ptr<const model::Event> master, KitContents kit,
                    const std::vector<model::HandIn>& history, const MergeOptions& options) {
    auto sources = std::make_shared<MergeSources>();
    sources->base =
        options.base ? options.base : std::make_shared<const model::Event>(mergeBase(kit, history));
    sources->master = std::move(master);
    sources->kitState =
        options.kitState.empty() ? io::writeJsonArchive(kit.event) : options.kitState;
    sources->kit = std::move(kit.event);
    sources->record = std::move(kit.record);
    if (sources->kit.id == sources->master->id && sources->base->id == sources->master->id) {
        auto unified = merge::unifyIdentities(*sources->master, sources->kit, sources->base,
                                              lastUnified(sources->record, history));
        sources->peopleUnified = std::move(unified.people);
        sources->unified = std::move(unified.recorded);
    }
    sources->options = options;
    sources->options.base.reset();
    sources->options.kitState.clear();
    if (sources->options.handInId.empty()) {
        sources->options.handInId = model::Id::generate();
    }
    if (sources->options.handedInAt.empty()) {
        sources->options.handedInAt = utcTimestamp();
    }
    return runMerge(sources, {});
}

MergePlan applyResolutions(const MergePlan& plan, const std::vector<MergeChoice>& choices) {
    auto chosen = choicesOf(plan);
    for (size_t i = 0; i < choices.size() && i < plan.conflicts.size(); ++i) {
        if (choices[i] != MergeChoice::Undecided) {
            chosen[plan.conflicts[i].key] = choices[i];
        } else {
            chosen.erase(plan.conflicts[i].key);
        }
    }
    return runMerge(plan.sources, chosen);
}

MergePlan resolveAll(const MergePlan& plan, MergeChoice choice) {
    MergePlan current = plan;
    settleInRounds([&] {
        if (current.undecided() == 0) {
            return false;
        }
        std::vector<MergeChoice> choices;
        for (const auto& conflict : current.conflicts) {
            choices.push_back(conflict.choice == MergeChoice::Undecided ? choice : conflict.choice);
        }
        current = applyResolutions(current, choices);
        return true;
    });
    return current;
}

std::vector<lang::Message> problemsIntroduced(const model::Event& before,
                                              const model::Event& after) {
    std::vector<lang::Message> problems;
    const auto found = model::validate(after);
    if (found.empty()) {
        return problems;
    }
    // A master with a problem of its own must still take kits in.
    std::set<std::string> old;
    for (const auto& problem : model::validate(before)) {
        old.insert(problem.where + ": " + problem.what);
    }
    for (const auto& problem : found) {
        if (!old.count(problem.where + ": " + problem.what)) {
            problems.push_back(problem.message);
        }
    }
    return problems;
}

Change diffEvents(const model::Event& before, const model::Event& after,
                  model::HandInCounts* counts) {
    Change change;
    model::HandInCounts ignored;
    const auto forEachGroup = [&](const auto& visit) {
        for (const auto& group : after.groups) {
            visit(group);
        }
    };
    diffInto(change, before, after, forEachGroup, counts ? *counts : ignored);
    return change;
}

} // namespace innspill::app
