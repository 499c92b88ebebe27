// Merging groups: field by field, their inputs by input id (text, kind,
// themes, votes, place and order) and their actions by action id, with
// delete-versus-edit conflicts for all three.
#include "app/merge/merge_steps.hpp"
#include "app/merge/merge_tree.hpp"

#include <unordered_map>

namespace innspill::app::merge {

namespace {

using InputTree = FlatTree<model::Input>;

// Inputs as a tree whose nodes hold each input without its sub-points.
InputTree inputTree(const std::vector<model::Input>& inputs) {
    InputTree tree;
    for (const auto& input : inputs) {
        auto top = input;
        top.children.clear();
        tree.append(input.id, std::move(top), model::Id());
        for (const auto& child : input.children) {
            tree.append(child.id, child, input.id);
        }
    }
    return tree;
}

std::vector<model::Input> inputsOf(const InputTree& tree) {
    std::vector<model::Input> inputs;
    for (const auto& id : tree.children(model::Id())) {
        auto input = tree.node(id).value;
        for (const auto& child : tree.children(id)) {
            input.children.push_back(tree.node(child).value);
        }
        inputs.push_back(std::move(input));
    }
    return inputs;
}

class GroupMerge {
  public:
    GroupMerge(Context& context, const model::Group& master, const model::Group& kit,
               const model::Group* base)
        : m_context(context), m_m(master), m_k(kit), m_b(base), m_where(groupLabel(master)),
          m_key("group:" + master.id.str() + ":") {}

    model::Group run() {
        model::Group merged = m_m;
        field(merged.number, &model::Group::number, "number", "mergeWord.field.number",
              [](const model::Event&, const std::string& number) { return plain(number); });
        field(merged.title, &model::Group::title, "title", "mergeWord.field.title",
              [](const model::Event&, const std::string& title) { return plain(title); });
        field(merged.roundId, &model::Group::roundId, "round", "mergeWord.field.round", roundName);
        field(merged.roomId, &model::Group::roomId, "room", "mergeWord.field.room", roomName);
        field(merged.status, &model::Group::status, "status", "mergeWord.field.status",
              [](const model::Event&, model::GroupStatus status) {
                  return plain(std::string(model::toString(status)));
              });
        field(merged.initiators, &model::Group::initiators, "initiators",
              "mergeWord.field.initiators", personNames);
        field(merged.facilitators, &model::Group::facilitators, "facilitators",
              "mergeWord.field.facilitators", personNames);
        field(merged.participants, &model::Group::participants, "participants",
              "mergeWord.field.participants", personNames);
        field(
            merged.participantCount, &model::Group::participantCount, "participantCount",
            "mergeWord.field.participantCount",
            [](const model::Event&, const std::optional<int>& count) { return countText(count); });
        field(merged.participantNote, &model::Group::participantNote, "participantNote",
              "mergeWord.field.participantNote",
              [](const model::Event&, const std::string& text) { return plain(text); });
        notesField(merged.notes.challenges, &model::DiscussionNotes::challenges, "challenges",
                   "mergeWord.field.challenges");
        notesField(merged.notes.opportunities, &model::DiscussionNotes::opportunities,
                   "opportunities", "mergeWord.field.opportunities");
        notesField(merged.notes.text, &model::DiscussionNotes::text, "notes",
                   "mergeWord.field.notes");
        field(merged.reportNote, &model::Group::reportNote, "reportNote",
              "mergeWord.field.reportNote",
              [](const model::Event&, const std::string& text) { return plain(text); });
        field(merged.followUpOf, &model::Group::followUpOf, "followUpOf",
              "mergeWord.field.followUpOf",
              [](const model::Event& event, const std::optional<model::Id>& group) {
                  return group ? groupNumbers(event, {*group}) : word("mergeWord.none");
              });
        field(merged.mergedWith, &model::Group::mergedWith, "mergedWith",
              "mergeWord.field.mergedWith", groupNumbers);
        if (!(m_k.inputs == (m_b ? m_b->inputs : std::vector<model::Input>{}))) {
            merged.inputs = mergeInputs();
        }
        if (!(m_k.actions == (m_b ? m_b->actions : std::vector<model::Action>{}))) {
            merged.actions = mergeActions(
                m_context, m_m.actions, m_k.actions, m_b ? &m_b->actions : nullptr,
                ActionOwner{m_key + "action:", MergeEntity::Group, m_m.id, m_m.id, m_where});
        }
        merged.photos = mergePhotos();
        return merged;
    }

  private:
    // Photos by id, never a conflict: the master's, with a caption or flag
    // the kit changed (and the master did not), without the ones the kit
    // removed (and the master did not change), then the kit's new ones. A
    // photo the master removed stays removed. A base without photos (a kit
    // state is a JSON archive, which has none) counts every kit photo as
    // new: one the master already has is then kept as the master has it.
    std::vector<model::Photo> mergePhotos() const {
        const auto find = [](const std::vector<model::Photo>& photos,
                             const model::Id& id) -> const model::Photo* {
            for (const auto& photo : photos) {
                if (photo.id == id) {
                    return &photo;
                }
            }
            return nullptr;
        };
        static const std::vector<model::Photo> kNone;
        const auto& base = m_b ? m_b->photos : kNone;
        std::vector<model::Photo> merged;
        for (const auto& master : m_m.photos) {
            const model::Photo* kit = find(m_k.photos, master.id);
            const model::Photo* before = find(base, master.id);
            if (!kit) {
                if (before && *before == master) {
                    continue; // the kit removed it
                }
                merged.push_back(master);
            } else if (before && *before == master && !(*kit == *before)) {
                merged.push_back(*kit);
            } else {
                merged.push_back(master);
            }
        }
        for (const auto& kit : m_k.photos) {
            if (!find(m_m.photos, kit.id) && !find(base, kit.id)) {
                merged.push_back(kit);
            }
        }
        return merged;
    }

    template <typename T, typename Render>
    void field(T& merged, T model::Group::*member, const char* name, const char* label,
               Render render) {
        merged =
            mergeValue(m_context, m_m.*member, m_k.*member, m_b ? &(m_b->*member) : nullptr, [&] {
                auto conflict =
                    fieldConflict(m_key + name, MergeEntity::Group, m_m.id, m_where, name, label,
                                  plain(render(m_context.master, m_m.*member)),
                                  plain(render(m_context.kit, m_k.*member)));
                conflict.groupId = m_m.id;
                return conflict;
            });
    }

    void notesField(std::string& merged, std::string model::DiscussionNotes::*member,
                    const char* name, const char* label) {
        const std::string* base = m_b ? &(m_b->notes.*member) : nullptr;
        merged = mergeValue(m_context, m_m.notes.*member, m_k.notes.*member, base, [&] {
            auto conflict =
                fieldConflict(m_key + name, MergeEntity::Group, m_m.id, m_where, name, label,
                              plain(m_m.notes.*member), plain(m_k.notes.*member));
            conflict.groupId = m_m.id;
            return conflict;
        });
    }

    lang::Message inputWhere(const InputTree& side, const model::Id& id) const {
        if (id.empty() || !side.has(id)) {
            return lang::message("mergeWord.inputsIn").withMessage("group", m_where);
        }
        const auto& text = side.node(id).value.text;
        return lang::message("mergeWord.inputIn")
            .withMessage("input", text.empty() ? word("mergeWord.empty") : quoted(text))
            .withMessage("group", m_where);
    }

    std::vector<model::Input> mergeInputs() {
        const auto master = inputTree(m_m.inputs);
        const auto kit = inputTree(m_k.inputs);
        const auto base = inputTree(m_b ? m_b->inputs : std::vector<model::Input>{});
        TreePolicy<model::Input> policy;
        policy.keyPrefix = m_key + "input:";
        policy.mergeFields = [&](const model::Id& id, const model::Input& m, const model::Input& k,
                                 const model::Input* b, std::optional<model::Input>& kitCopy) {
            auto merged = m;
            const auto where = inputWhere(master, id);
            bool both = false;
            const auto conflict = [&](const char* name, const char* label, lang::Message mv,
                                      lang::Message kv) {
                auto made =
                    fieldConflict(policy.keyPrefix + id.str() + ":" + name, MergeEntity::Input, id,
                                  where, name, label, std::move(mv), std::move(kv));
                made.groupId = m_m.id;
                made.bothAllowed = true;
                made.kitMeans = word("mergeWord.means.kitReplaces");
                made.masterMeans = word("mergeWord.means.masterStays");
                return made;
            };
            MergeChoice decided = MergeChoice::Undecided;
            merged.text = mergeValue(
                m_context, m.text, k.text, b ? &b->text : nullptr,
                [&] {
                    return conflict("text", "mergeWord.field.text", plain(m.text), plain(k.text));
                },
                &decided);
            both = both || decided == MergeChoice::Both;
            decided = MergeChoice::Undecided;
            merged.kind = mergeValue(
                m_context, m.kind, k.kind, b ? &b->kind : nullptr,
                [&] {
                    return conflict("kind", "mergeWord.field.kind",
                                    plain(std::string(model::toString(m.kind))),
                                    plain(std::string(model::toString(k.kind))));
                },
                &decided);
            both = both || decided == MergeChoice::Both;
            decided = MergeChoice::Undecided;
            merged.themes = mergeValue(
                m_context, m.themes, k.themes, b ? &b->themes : nullptr,
                [&] {
                    return conflict("themes", "mergeWord.field.themes",
                                    themeNames(m_context.master, m.themes),
                                    themeNames(m_context.kit, k.themes));
                },
                &decided);
            both = both || decided == MergeChoice::Both;
            decided = MergeChoice::Undecided;
            merged.votes = mergeValue(
                m_context, m.votes, k.votes, b ? &b->votes : nullptr,
                [&] {
                    return conflict("votes", "mergeWord.field.votes",
                                    plain(std::to_string(m.votes)), plain(std::to_string(k.votes)));
                },
                &decided);
            both = both || decided == MergeChoice::Both;
            if (both) {
                kitCopy = k;
            }
            return merged;
        };
        policy.describe = [&](const model::Id& id) {
            MergeConflict conflict;
            conflict.entity = MergeEntity::Input;
            conflict.entityId = id.empty() ? m_m.id : id;
            conflict.groupId = m_m.id;
            conflict.where = inputWhere(master.has(id) ? master : kit, id);
            return conflict;
        };
        policy.render = [](const InputTree& side, const model::Id& id) {
            std::vector<lang::Message> lines{shortText(side.node(id).value.text)};
            for (const auto& child : side.children(id)) {
                lines.push_back(lang::message("mergeWord.subPoint")
                                    .withMessage("text", shortText(side.node(child).value.text)));
            }
            return joinLines(lines);
        };
        // One level of sub-points: a sub-point hangs under a top-level input
        // and has none of its own.
        policy.canPlace = [](const InputTree& result, const model::Id& id,
                             const model::Id& parent) {
            if (parent.empty()) {
                return true;
            }
            return result.node(parent).parent.empty() && result.children(id).empty() &&
                   parent != id;
        };
        return inputsOf(mergeTrees(m_context, master, kit, base, policy));
    }

    Context& m_context;
    const model::Group& m_m;
    const model::Group& m_k;
    const model::Group* m_b;
    lang::Message m_where;
    std::string m_key;
};

lang::Message groupText(const model::Group& group) {
    const auto count = model::countInputs(group.inputs);
    const size_t n = count.inputs + count.subPoints;
    // One key for one and one for more, as describeCounts does.
    return lang::message(n == 1 ? "mergeWord.groupWithInputs.one"
                                : "mergeWord.groupWithInputs.many",
                         {{"n", std::to_string(n)}})
        .withMessage("group", groupLabel(group));
}

MergeConflict groupDeleted(ConflictKind kind, const model::Group& group) {
    MergeConflict conflict;
    conflict.key = "group:" + group.id.str() + ":deleted";
    conflict.kind = kind;
    conflict.entity = MergeEntity::Group;
    conflict.entityId = group.id;
    conflict.groupId = group.id;
    conflict.where = groupLabel(group);
    conflict.field = "deleted";
    conflict.fieldLabel = word("mergeWord.field.deleted");
    return conflict;
}

} // namespace

GroupOverlay::GroupOverlay(const std::vector<model::Group>& master) : m_master(master) {
    m_index.reserve(master.size());
    for (size_t i = 0; i < master.size(); ++i) {
        m_index.emplace(master[i].id, i);
    }
}

const model::Group* GroupOverlay::inMaster(const model::Id& id) const {
    auto found = m_index.find(id);
    return found == m_index.end() ? nullptr : &m_master[found->second];
}

const model::Group* GroupOverlay::find(const model::Id& id) const {
    if (auto added = m_addedIndex.find(id); added != m_addedIndex.end()) {
        return &m_added[added->second];
    }
    if (m_erased.count(id)) {
        return nullptr;
    }
    if (auto changed = m_changed.find(id); changed != m_changed.end()) {
        return &changed->second;
    }
    return inMaster(id);
}

model::Group& GroupOverlay::edit(const model::Id& id) {
    if (auto added = m_addedIndex.find(id); added != m_addedIndex.end()) {
        return m_added[added->second];
    }
    if (auto changed = m_changed.find(id); changed != m_changed.end()) {
        return changed->second;
    }
    m_changedOrder.push_back(id);
    return m_changed.emplace(id, m_master[m_index.at(id)]).first->second;
}

void GroupOverlay::erase(const model::Id& id) {
    if (auto added = m_addedIndex.find(id); added != m_addedIndex.end()) {
        m_added.erase(m_added.begin() + static_cast<std::ptrdiff_t>(added->second));
        m_addedIndex.clear();
        for (size_t i = 0; i < m_added.size(); ++i) {
            m_addedIndex.emplace(m_added[i].id, i);
        }
        return;
    }
    m_changed.erase(id);
    if (m_index.count(id)) {
        m_erased.insert(id);
    }
}

void GroupOverlay::add(model::Group group) {
    m_addedIndex[group.id] = m_added.size();
    m_added.push_back(std::move(group));
}

std::vector<model::Group> GroupOverlay::all() const {
    std::vector<model::Group> groups;
    groups.reserve(m_master.size() + m_added.size());
    forEach([&](const model::Group& group) { groups.push_back(group); });
    return groups;
}

void mergeGroups(Context& context, GroupOverlay& groups) {
    std::unordered_map<model::Id, const model::Group*> base;
    std::unordered_map<model::Id, const model::Group*> kit;
    for (const auto& group : context.base.groups) {
        base[group.id] = &group;
    }
    for (const auto& group : context.kit.groups) {
        kit[group.id] = &group;
    }
    const auto lookUp = [](const auto& map, const model::Id& id) -> const model::Group* {
        auto found = map.find(id);
        return found == map.end() ? nullptr : found->second;
    };

    // What the base had, then what the kit added: a stable order for conflicts.
    for (const auto& b : context.base.groups) {
        const auto* k = lookUp(kit, b.id);
        const auto* m = groups.inMaster(b.id);
        if (k && m) {
            if (!(*k == b)) {
                groups.edit(b.id) = GroupMerge(context, *m, *k, &b).run();
            }
        } else if (k) {
            if (!(*k == b)) {
                auto conflict = groupDeleted(ConflictKind::DeletedInMaster, *k);
                conflict.masterValue = deletedValue();
                conflict.kitValue = groupText(*k);
                conflict.masterMeans = word("mergeWord.means.staysDeleted");
                conflict.kitMeans = word("mergeWord.means.kitComesBack");
                if (context.decide(std::move(conflict)) == MergeChoice::Kit) {
                    groups.add(*k);
                }
            }
        } else if (m) {
            bool erase = *m == b;
            if (!erase) {
                auto conflict = groupDeleted(ConflictKind::DeletedInKit, *m);
                conflict.masterValue = groupText(*m);
                conflict.kitValue = deletedValue();
                conflict.masterMeans = word("mergeWord.means.masterStays");
                conflict.kitMeans = word("mergeWord.means.deleted");
                erase = context.decide(std::move(conflict)) == MergeChoice::Kit;
            }
            if (erase) {
                groups.erase(b.id);
            }
        }
    }
    for (const auto& k : context.kit.groups) {
        if (base.count(k.id)) {
            continue;
        }
        if (const auto* m = groups.inMaster(k.id)) {
            // In the master too though not in the base (the same kit copied):
            // only what both agree on merges quietly.
            groups.edit(k.id) = GroupMerge(context, *m, k, nullptr).run();
        } else {
            groups.add(k);
        }
    }
}

} // namespace innspill::app::merge
