// Merging the synthesis of a kit into the master's by the same three-way
// rules as every other part (merge_tree.hpp): challenges and measures by id.
#include "app/merge/merge_steps.hpp"
#include "app/merge/merge_tree.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace innspill::app::merge {

namespace {

// A challenge (top level) or a measure (under its challenge) as one node type.
struct SynthesisItem {
    model::Id id;
    bool isMeasure = false;
    model::Id theme;         // challenge
    std::string title;       // challenge title, measure lead
    std::string description; // challenge description, measure text
    std::vector<model::Id> inputs;

    bool operator==(const SynthesisItem&) const = default;
};

FlatTree<SynthesisItem> synthesisTree(const model::Synthesis& synthesis) {
    FlatTree<SynthesisItem> tree;
    for (const auto& challenge : synthesis.challenges) {
        tree.append(challenge.id,
                    SynthesisItem{challenge.id, false, challenge.theme, challenge.title,
                                  challenge.description, challenge.inputs},
                    model::Id());
        for (const auto& measure : challenge.measures) {
            tree.append(
                measure.id,
                SynthesisItem{measure.id, true, {}, measure.lead, measure.text, measure.inputs},
                challenge.id);
        }
    }
    return tree;
}

std::vector<model::Challenge> challengesOf(const FlatTree<SynthesisItem>& tree) {
    std::vector<model::Challenge> challenges;
    for (const auto& id : tree.children(model::Id())) {
        const auto& item = tree.node(id).value;
        model::Challenge challenge{item.id,     item.theme, item.title, item.description,
                                   item.inputs, {},         {}};
        for (const auto& measureId : tree.children(id)) {
            const auto& measure = tree.node(measureId).value;
            challenge.measures.push_back(
                model::Measure{measure.id, measure.title, measure.description, measure.inputs});
        }
        challenges.push_back(std::move(challenge));
    }
    return challenges;
}

// Sources as a set: the master's, with what the kit added since the base
// after them, less what the kit removed. Two kits linking inputs to one
// challenge both keep their links; never a conflict.
std::vector<model::Id> mergeSources(const std::vector<model::Id>& m,
                                    const std::vector<model::Id>& k,
                                    const std::vector<model::Id>* b) {
    static const std::vector<model::Id> kNone;
    const auto& base = b ? *b : kNone;
    const std::unordered_set<model::Id> inBase(base.begin(), base.end());
    const std::unordered_set<model::Id> inKit(k.begin(), k.end());
    std::vector<model::Id> merged;
    for (const auto& id : m) {
        if (!(inBase.count(id) && !inKit.count(id))) {
            merged.push_back(id);
        }
    }
    for (const auto& id : k) {
        if (!inBase.count(id) && std::find(merged.begin(), merged.end(), id) == merged.end()) {
            merged.push_back(id);
        }
    }
    return merged;
}

lang::Message itemLabel(const SynthesisItem& item) {
    const std::string& words = item.title.empty() ? item.description : item.title;
    return lang::message(item.isMeasure ? "mergeWord.measure" : "mergeWord.challenge",
                         {{"title", words.substr(0, std::min<size_t>(words.size(), 60))}});
}

// Each merged challenge's actions by action id, as a group's are: the
// master's when the kit left them as they were, the kit's for a challenge
// the master does not have (new, or kept against the master's deletion).
void mergeChallengeActions(Context& context, std::vector<model::Challenge>& challenges) {
    static const std::vector<model::Action> kNone;
    const auto actionsIn = [](const model::Synthesis& synthesis,
                              const model::Id& id) -> const std::vector<model::Action>* {
        const auto* challenge = model::findChallenge(synthesis, id);
        return challenge ? &challenge->actions : nullptr;
    };
    for (auto& challenge : challenges) {
        const auto* m = actionsIn(context.master.synthesis, challenge.id);
        const auto* k = actionsIn(context.kit.synthesis, challenge.id);
        const auto* b = actionsIn(context.base.synthesis, challenge.id);
        if (!m) {
            challenge.actions = k ? *k : kNone;
        } else if (!k || *k == (b ? *b : kNone)) {
            challenge.actions = *m;
        } else {
            const SynthesisItem item{challenge.id,          false, challenge.theme, challenge.title,
                                     challenge.description, {}};
            challenge.actions = mergeActions(
                context, *m, *k, b,
                ActionOwner{"synthesis:" + challenge.id.str() + ":action:", MergeEntity::Synthesis,
                            challenge.id, model::Id(), itemLabel(item)});
        }
    }
}

// A keyed map merged entry by entry by the three-way rule; an entry deleted
// on one side and changed on the other keeps the change.
template <typename Value, typename MakeConflict>
std::map<model::Id, Value>
mergeMap(Context& context, const std::map<model::Id, Value>& m, const std::map<model::Id, Value>& k,
         const std::map<model::Id, Value>& b, MakeConflict&& makeConflict) {
    std::map<model::Id, Value> merged = m;
    std::set<model::Id> keys;
    for (const auto* side : {&m, &k, &b}) {
        for (const auto& entry : *side) {
            keys.insert(entry.first);
        }
    }
    for (const auto& key : keys) {
        const auto get = [&](const std::map<model::Id, Value>& side) -> std::optional<Value> {
            auto found = side.find(key);
            return found == side.end() ? std::nullopt : std::optional<Value>(found->second);
        };
        const auto mv = get(m);
        const auto kv = get(k);
        const auto bv = get(b);
        const auto value =
            mergeValue(context, mv, kv, &bv, [&] { return makeConflict(key, mv, kv); });
        if (value) {
            merged[key] = *value;
        } else {
            merged.erase(key);
        }
    }
    return merged;
}

std::map<model::Id, std::string> introductionMap(const model::Synthesis& synthesis) {
    std::map<model::Id, std::string> map;
    for (const auto& introduction : synthesis.introductions) {
        map[introduction.theme] = introduction.text;
    }
    return map;
}

std::map<model::Id, std::string> parkedMap(const model::Synthesis& synthesis) {
    std::map<model::Id, std::string> map;
    for (const auto& parked : synthesis.parked) {
        map[parked.input] = parked.reason;
    }
    return map;
}

lang::Message orDeleted(const std::optional<std::string>& value) {
    return value ? plain(*value) : deletedValue();
}

// The master's order of the keys first, then the kit's new ones.
template <typename Entry, typename Key>
std::vector<model::Id> keyOrder(const std::vector<Entry>& master, const std::vector<Entry>& kit,
                                Key key) {
    std::vector<model::Id> order;
    for (const auto* side : {&master, &kit}) {
        for (const auto& entry : *side) {
            if (std::find(order.begin(), order.end(), key(entry)) == order.end()) {
                order.push_back(key(entry));
            }
        }
    }
    return order;
}

} // namespace

void mergeSynthesis(Context& context, model::Event& result) {
    const auto& master = context.master.synthesis;
    const auto& kit = context.kit.synthesis;
    const auto& base = context.base.synthesis;
    if (kit == base) {
        return;
    }
    model::Synthesis merged = master;

    if (kit.challenges != base.challenges) {
        const auto masterTree = synthesisTree(master);
        const auto kitTree = synthesisTree(kit);
        TreePolicy<SynthesisItem> items;
        items.keyPrefix = "synthesis:";
        items.listName = word("mergeWord.list.challenges");
        items.mergeFields = [&](const model::Id& id, const SynthesisItem& m, const SynthesisItem& k,
                                const SynthesisItem* b, std::optional<SynthesisItem>&) {
            auto out = m;
            const auto where = itemLabel(m);
            const auto field = [&](std::string SynthesisItem::*member, const char* name,
                                   const char* label) {
                out.*member =
                    mergeValue(context, m.*member, k.*member, b ? &(b->*member) : nullptr, [&] {
                        return fieldConflict("synthesis:" + id.str() + ":" + name,
                                             MergeEntity::Synthesis, id, where, name, label,
                                             plain(m.*member), plain(k.*member));
                    });
            };
            field(&SynthesisItem::title, "title",
                  m.isMeasure ? "mergeWord.field.lead" : "mergeWord.field.title");
            field(&SynthesisItem::description, "description",
                  m.isMeasure ? "mergeWord.field.text" : "mergeWord.field.description");
            out.theme = mergeValue(context, m.theme, k.theme, b ? &b->theme : nullptr, [&] {
                return fieldConflict("synthesis:" + id.str() + ":theme", MergeEntity::Synthesis, id,
                                     where, "theme", "mergeWord.field.theme",
                                     themeNames(context.master, {m.theme}),
                                     themeNames(context.kit, {k.theme}));
            });
            out.inputs = mergeSources(m.inputs, k.inputs, b ? &b->inputs : nullptr);
            return out;
        };
        items.describe = [&](const model::Id& id) {
            const auto& side = masterTree.has(id) ? masterTree : kitTree;
            MergeConflict conflict;
            conflict.entity = MergeEntity::Synthesis;
            conflict.entityId = id;
            conflict.where =
                side.has(id) ? itemLabel(side.node(id).value) : word("mergeWord.list.challenges");
            return conflict;
        };
        items.render = [](const FlatTree<SynthesisItem>& side, const model::Id& id) {
            return itemLabel(side.node(id).value);
        };
        items.canPlace = [&](const FlatTree<SynthesisItem>& tree, const model::Id& id,
                             const model::Id& parent) {
            const auto& known = kitTree.has(id) ? kitTree : tree;
            const bool isMeasure = known.has(id) && known.node(id).value.isMeasure;
            if (parent.empty()) {
                return !isMeasure;
            }
            return isMeasure && tree.has(parent) && !tree.node(parent).value.isMeasure;
        };
        merged.challenges =
            challengesOf(mergeTrees(context, masterTree, kitTree, synthesisTree(base), items));
        mergeChallengeActions(context, merged.challenges);
    }

    if (kit.introductions != base.introductions) {
        const auto texts =
            mergeMap(context, introductionMap(master), introductionMap(kit), introductionMap(base),
                     [&](const model::Id& theme, const auto& m, const auto& k) {
                         return fieldConflict(
                             "synthesis:introduction:" + theme.str(), MergeEntity::Synthesis, theme,
                             lang::message("mergeWord.introduction")
                                 .withMessage("theme", themeNames(context.master, {theme})),
                             "text", "mergeWord.field.text", orDeleted(m), orDeleted(k));
                     });
        merged.introductions.clear();
        for (const auto& theme :
             keyOrder(master.introductions, kit.introductions,
                      [](const model::ThemeIntroduction& i) { return i.theme; })) {
            if (auto found = texts.find(theme); found != texts.end()) {
                merged.introductions.push_back({theme, found->second});
            }
        }
    }

    if (kit.parked != base.parked) {
        const auto reasons = mergeMap(
            context, parkedMap(master), parkedMap(kit), parkedMap(base),
            [&](const model::Id& input, const auto& m, const auto& k) {
                return fieldConflict("synthesis:parked:" + input.str(), MergeEntity::Synthesis,
                                     input, word("mergeWord.parkedInput"), "reason",
                                     "mergeWord.field.reason", orDeleted(m), orDeleted(k));
            });
        merged.parked.clear();
        for (const auto& input : keyOrder(master.parked, kit.parked,
                                          [](const model::ParkedInput& p) { return p.input; })) {
            if (auto found = reasons.find(input); found != reasons.end()) {
                merged.parked.push_back({input, found->second});
            }
        }
    }

    if (kit.priorities != base.priorities) {
        const auto render = [&](const std::vector<model::Priority>& priorities,
                                const model::Synthesis& synthesis) {
            std::vector<std::string> lines;
            for (size_t i = 0; i < priorities.size(); ++i) {
                const auto* challenge = model::findChallenge(synthesis, priorities[i].challenge);
                lines.push_back(std::to_string(i + 1) + ". " +
                                (challenge ? (challenge->title.empty() ? challenge->description
                                                                       : challenge->title)
                                           : priorities[i].challenge.str()));
            }
            return joinLines(lines);
        };
        merged.priorities =
            mergeValue(context, master.priorities, kit.priorities, &base.priorities, [&] {
                return fieldConflict("synthesis:priorities", MergeEntity::Synthesis,
                                     context.master.id, word("mergeWord.priorities"), "order",
                                     "mergeWord.field.order", render(master.priorities, master),
                                     render(kit.priorities, kit));
            });
    }
    // A priority whose challenge the merge took away goes with it.
    std::erase_if(merged.priorities, [&](const model::Priority& priority) {
        return !model::findChallenge(merged, priority.challenge);
    });
    result.synthesis = std::move(merged);
}

} // namespace innspill::app::merge
