// Inside the merge: the three-way merge of an ordered list of entities, or of
// a two-level tree (inputs and their sub-points, days and their rounds),
// matched by id. Each side is flattened into nodes (value, parent) and
// ordered child lists. The rules, in order:
//  1. in the base and on both sides: fields merged (policy.mergeFields);
//     deleted on one side: deleted if the other side left it (and what hangs
//     under it) as it was, else a conflict;
//  2. new in the kit: inserted after its predecessor in the kit's list where
//     that is in the result, at the start when it has none, else last;
//  3. moved to another parent in the kit: moved, unless the master moved it
//     elsewhere (a conflict);
//  4. reordered in the kit: the kit's order of the entities all three share,
//     unless the master reordered them differently (a conflict).
// Entities inserted at the same place by the master (or earlier kits) and by
// this kit are ordered by id, so that kits handed in in any order give one order.
#pragma once

#include "app/merge/merge_context.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace innspill::app::merge {

template <typename T> class FlatTree {
  public:
    struct Node {
        T value;
        model::Id parent; // empty: the top level
    };

    bool has(const model::Id& id) const { return m_nodes.count(id) != 0; }
    const Node& node(const model::Id& id) const { return m_nodes.at(id); }
    Node& node(const model::Id& id) { return m_nodes.at(id); }
    size_t size() const { return m_nodes.size(); }

    // The children of `parent` in order; the empty id gives the top level.
    const std::vector<model::Id>& children(const model::Id& parent) const {
        static const std::vector<model::Id> kNone;
        auto found = m_lists.find(parent);
        return found == m_lists.end() ? kNone : found->second;
    }

    void insert(const model::Id& id, T value, const model::Id& parent, size_t position) {
        auto& list = m_lists[parent];
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(std::min(position, list.size())),
                    id);
        m_nodes[id] = Node{std::move(value), parent};
    }
    void append(const model::Id& id, T value, const model::Id& parent) {
        insert(id, std::move(value), parent, children(parent).size());
    }

    // Takes `id` out of its parent's list, keeping the node (to move it).
    void detach(const model::Id& id) {
        auto& list = m_lists[node(id).parent];
        list.erase(std::remove(list.begin(), list.end(), id), list.end());
    }

    // Removes `id` and everything under it.
    void erase(const model::Id& id) {
        if (!has(id)) {
            return;
        }
        detach(id);
        removeSubtree(id);
    }

    size_t indexOf(const model::Id& parent, const model::Id& id) const {
        const auto& list = children(parent);
        auto found = std::find(list.begin(), list.end(), id);
        return found == list.end() ? list.size() : static_cast<size_t>(found - list.begin());
    }

    // Every id, parents before their children, each list in order.
    std::vector<model::Id> preorder() const {
        std::vector<model::Id> order;
        order.reserve(m_nodes.size());
        visit(model::Id(), order);
        return order;
    }

    void setChildren(const model::Id& parent, std::vector<model::Id> list) {
        m_lists[parent] = std::move(list);
    }

  private:
    void visit(const model::Id& parent, std::vector<model::Id>& order) const {
        for (const auto& id : children(parent)) {
            order.push_back(id);
            visit(id, order);
        }
    }
    void removeSubtree(const model::Id& id) {
        if (auto list = m_lists.find(id); list != m_lists.end()) {
            const auto children = std::move(list->second);
            m_lists.erase(list);
            for (const auto& child : children) {
                removeSubtree(child);
            }
        }
        m_nodes.erase(id);
    }

    std::unordered_map<model::Id, Node> m_nodes;
    std::unordered_map<model::Id, std::vector<model::Id>> m_lists;
};

template <typename T> struct TreePolicy {
    // Prefix of every conflict key of this tree ("theme:", "input:<group>:").
    std::string keyPrefix;
    // Field by field. `b` null: new on both sides. May ask for a copy of the
    // kit's version right after the entity (MergeChoice::Both).
    std::function<T(const model::Id& id, const T& m, const T& k, const T* b,
                    std::optional<T>& kitCopy)>
        mergeFields;
    // A conflict about the entity as a whole, with entity, ids and where filled in.
    std::function<MergeConflict(const model::Id& id)> describe;
    // The entity and what hangs under it, as a person reads it, on one side.
    std::function<lang::Message(const FlatTree<T>& side, const model::Id& id)> render;
    // Whether `id` may hang under `parent` in the result (empty: the top
    // level). Null: anywhere its parent exists.
    std::function<bool(const FlatTree<T>& result, const model::Id& id, const model::Id& parent)>
        canPlace;
    // A new entity from the kit: what to add (nothing: leave it out). Null: as it is.
    std::function<std::optional<T>(const model::Id& id, const T& added)> onAdd;
    // New entities go last and order is not merged (the register keeps insertion order).
    bool appendOnly = false;
    // The top-level list in words (mergeWord.list.themes: "temaene"), for a
    // conflict about its order.
    lang::Message listName;
};

namespace detail {

template <typename T>
bool sameSubtree(const FlatTree<T>& x, const FlatTree<T>& y, const model::Id& id) {
    if (!x.has(id) || !y.has(id) || !(x.node(id).value == y.node(id).value)) {
        return false;
    }
    const auto& xs = x.children(id);
    if (xs != y.children(id)) {
        return false;
    }
    return std::all_of(xs.begin(), xs.end(),
                       [&](const model::Id& child) { return sameSubtree(x, y, child); });
}

template <typename T>
void markSubtree(const FlatTree<T>& tree, const model::Id& id,
                 std::unordered_set<model::Id>& marked) {
    marked.insert(id);
    for (const auto& child : tree.children(id)) {
        markSubtree(tree, child, marked);
    }
}

template <typename T> class TreeMerge {
  public:
    TreeMerge(Context& context, const FlatTree<T>& m, const FlatTree<T>& k, const FlatTree<T>& b,
              const TreePolicy<T>& policy)
        : m_context(context), m_m(m), m_k(k), m_b(b), m_policy(policy), m_result(m) {}

    FlatTree<T> run() {
        const auto baseOrder = m_b.preorder();
        for (const auto& id : baseOrder) {
            if (!m_settled.count(id)) {
                mergeExisting(id);
            }
        }
        for (const auto& id : m_k.preorder()) {
            if (!m_b.has(id) && !m_settled.count(id)) {
                add(id);
            }
        }
        for (const auto& id : baseOrder) {
            if (!m_settled.count(id) && m_k.has(id) && m_m.has(id) && m_result.has(id)) {
                move(id);
            }
        }
        if (!m_policy.appendOnly) {
            std::vector<model::Id> parents{model::Id()};
            for (const auto& id : m_k.preorder()) {
                if (!m_k.children(id).empty()) {
                    parents.push_back(id);
                }
            }
            for (const auto& parent : parents) {
                reorder(parent);
            }
        }
        for (auto& [after, value] : m_copies) {
            if (m_result.has(after)) {
                const auto parent = m_result.node(after).parent;
                auto copy = value;
                copy.id = model::Id::generate();
                const auto id = copy.id;
                m_result.insert(id, std::move(copy), parent, m_result.indexOf(parent, after) + 1);
            }
        }
        return std::move(m_result);
    }

  private:
    std::string key(const model::Id& id, const char* what) const {
        return m_policy.keyPrefix + id.str() + ":" + what;
    }

    void mergeExisting(const model::Id& id) {
        const bool inKit = m_k.has(id);
        const bool inMaster = m_m.has(id);
        if (inKit && inMaster) {
            const auto& kit = m_k.node(id).value;
            const auto& base = m_b.node(id).value;
            if (!(kit == base) && m_result.has(id)) {
                std::optional<T> copy;
                m_result.node(id).value =
                    m_policy.mergeFields(id, m_m.node(id).value, kit, &base, copy);
                if (copy) {
                    m_copies.emplace_back(id, std::move(*copy));
                }
            }
        } else if (inKit) {
            // Deleted in the master: stays deleted unless the kit changed it.
            if (sameSubtree(m_k, m_b, id)) {
                return;
            }
            MergeConflict conflict = m_policy.describe(id);
            conflict.kind = ConflictKind::DeletedInMaster;
            conflict.key = key(id, "deleted");
            conflict.field = "deleted";
            conflict.fieldLabel = word("mergeWord.field.deleted");
            conflict.masterValue = deletedValue();
            conflict.kitValue = m_policy.render(m_k, id);
            conflict.masterMeans = word("mergeWord.means.staysDeleted");
            conflict.kitMeans = word("mergeWord.means.kitComesBack");
            if (m_context.decide(std::move(conflict)) == MergeChoice::Kit) {
                restore(id);
            }
            markSubtree(m_k, id, m_settled);
            markSubtree(m_b, id, m_settled);
        } else if (inMaster) {
            // Deleted in the kit: deleted unless the master changed it.
            if (!sameSubtree(m_m, m_b, id)) {
                MergeConflict conflict = m_policy.describe(id);
                conflict.kind = ConflictKind::DeletedInKit;
                conflict.key = key(id, "deleted");
                conflict.field = "deleted";
                conflict.fieldLabel = word("mergeWord.field.deleted");
                conflict.masterValue = m_policy.render(m_m, id);
                conflict.kitValue = deletedValue();
                conflict.masterMeans = word("mergeWord.means.masterStays");
                conflict.kitMeans = word("mergeWord.means.deleted");
                if (m_context.decide(std::move(conflict)) != MergeChoice::Kit) {
                    markSubtree(m_m, id, m_settled);
                    return;
                }
            }
            eraseKeepingMoved(id);
        }
    }

    // Deletes `id`, keeping the entities under it that the kit moved elsewhere
    // (step 3 puts them in place).
    void eraseKeepingMoved(const model::Id& id) {
        if (!m_result.has(id)) {
            return;
        }
        const auto parent = m_result.node(id).parent;
        size_t position = m_result.indexOf(parent, id);
        for (const auto& child : std::vector<model::Id>(m_result.children(id))) {
            if (m_k.has(child)) {
                auto value = m_result.node(child).value;
                m_result.detach(child);
                m_result.insert(child, std::move(value), parent, ++position);
            }
        }
        m_result.erase(id);
    }

    // Where `id` goes in `parent`'s list of the result: after its predecessor
    // in the kit, at the start when it has none, last when the predecessor is
    // not there.
    size_t insertionPoint(const model::Id& id, const model::Id& parent) const {
        const auto& list = m_result.children(parent);
        if (m_policy.appendOnly) {
            return list.size();
        }
        const auto& kitList = m_k.children(m_k.node(id).parent);
        const size_t index =
            static_cast<size_t>(std::find(kitList.begin(), kitList.end(), id) - kitList.begin());
        size_t position = 0;
        if (index > 0 && index <= kitList.size()) {
            position = m_result.indexOf(parent, kitList[index - 1]);
            if (position == list.size()) {
                return list.size();
            }
            ++position;
        }
        while (position < list.size() && !m_b.has(list[position]) && !m_k.has(list[position]) &&
               id < list[position]) {
            ++position;
        }
        return position;
    }

    bool canPlace(const model::Id& id, const model::Id& parent) const {
        if (!parent.empty() && !m_result.has(parent)) {
            return false;
        }
        return !m_policy.canPlace || m_policy.canPlace(m_result, id, parent);
    }

    void restore(const model::Id& id) {
        auto parent = m_k.node(id).parent;
        if (!canPlace(id, parent)) {
            parent = model::Id();
        }
        m_result.insert(id, m_k.node(id).value, parent, insertionPoint(id, parent));
        for (const auto& child : m_k.children(id)) {
            if (!m_result.has(child)) {
                restoreUnder(child, id);
            }
        }
    }
    void restoreUnder(const model::Id& id, const model::Id& parent) {
        m_result.append(id, m_k.node(id).value, parent);
        for (const auto& child : m_k.children(id)) {
            if (!m_result.has(child)) {
                restoreUnder(child, id);
            }
        }
    }

    void add(const model::Id& id) {
        const auto& kit = m_k.node(id).value;
        if (m_result.has(id)) {
            // New on both sides with one id (copied between kits): only equal fields agree.
            std::optional<T> copy;
            m_result.node(id).value =
                m_policy.mergeFields(id, m_result.node(id).value, kit, nullptr, copy);
            return;
        }
        auto parent = m_k.node(id).parent;
        if (!parent.empty() && !m_result.has(parent)) {
            return; // under an entity the master deleted: its conflict decides
        }
        auto value = m_policy.onAdd ? m_policy.onAdd(id, kit) : std::optional<T>(kit);
        if (!value) {
            return;
        }
        if (!canPlace(id, parent)) {
            parent = model::Id();
        }
        m_result.insert(id, std::move(*value), parent, insertionPoint(id, parent));
    }

    void move(const model::Id& id) {
        const auto& base = m_b.node(id).parent;
        const auto& kit = m_k.node(id).parent;
        const auto& master = m_m.node(id).parent;
        if (kit == base || master == kit) {
            return;
        }
        if (master != base) {
            MergeConflict conflict = m_policy.describe(id);
            conflict.key = key(id, "place");
            conflict.field = "place";
            conflict.fieldLabel = word("mergeWord.field.place");
            conflict.masterValue = placeText(m_m, master);
            conflict.kitValue = placeText(m_k, kit);
            if (m_context.decide(std::move(conflict)) != MergeChoice::Kit) {
                return;
            }
        }
        if (!canPlace(id, kit)) {
            return;
        }
        auto value = m_result.node(id).value;
        m_result.detach(id);
        m_result.insert(id, std::move(value), kit, insertionPoint(id, kit));
    }

    lang::Message placeText(const FlatTree<T>& side, const model::Id& parent) const {
        return parent.empty() ? word("mergeWord.place.top")
                              : lang::message("mergeWord.place.under")
                                    .withMessage("item", m_policy.render(side, parent));
    }

    void reorder(const model::Id& parent) {
        if (!m_result.has(parent) && !parent.empty()) {
            return;
        }
        const auto inList = [](const FlatTree<T>& tree, const model::Id& parent) {
            const auto& list = tree.children(parent);
            return std::unordered_set<model::Id>(list.begin(), list.end());
        };
        const auto inBase = inList(m_b, parent);
        const auto inKit = inList(m_k, parent);
        const auto& current = m_result.children(parent);
        std::unordered_set<model::Id> common;
        for (const auto& id : current) {
            if (inBase.count(id) && inKit.count(id)) {
                common.insert(id);
            }
        }
        const auto only = [&](const std::vector<model::Id>& list) {
            std::vector<model::Id> kept;
            for (const auto& id : list) {
                if (common.count(id)) {
                    kept.push_back(id);
                }
            }
            return kept;
        };
        const auto base = only(m_b.children(parent));
        const auto kit = only(m_k.children(parent));
        const auto master = only(current);
        if (kit == base || master == kit) {
            return;
        }
        if (master != base) {
            MergeConflict conflict = m_policy.describe(parent);
            if (parent.empty() && !m_policy.listName.empty()) {
                conflict.where = m_policy.listName;
            }
            conflict.key = m_policy.keyPrefix + (parent.empty() ? "top" : parent.str()) + ":order";
            conflict.field = "order";
            conflict.fieldLabel = word("mergeWord.field.order");
            conflict.masterValue = renderList(m_m, master);
            conflict.kitValue = renderList(m_k, kit);
            if (m_context.decide(std::move(conflict)) != MergeChoice::Kit) {
                return;
            }
        }
        // The shared entities take the kit's order in the slots they hold;
        // entities only the master or the kit has stay where they are.
        auto list = current;
        size_t next = 0;
        for (auto& id : list) {
            if (common.count(id)) {
                id = kit[next++];
            }
        }
        m_result.setChildren(parent, std::move(list));
    }

    lang::Message renderList(const FlatTree<T>& side, const std::vector<model::Id>& ids) const {
        std::vector<lang::Message> lines;
        for (const auto& id : ids) {
            lines.push_back(m_policy.render(side, id));
        }
        return joinLines(lines);
    }

    Context& m_context;
    const FlatTree<T>& m_m;
    const FlatTree<T>& m_k;
    const FlatTree<T>& m_b;
    const TreePolicy<T>& m_policy;
    FlatTree<T> m_result;
    std::unordered_set<model::Id> m_settled; // decided with an entity above it
    std::vector<std::pair<model::Id, T>> m_copies;
};

} // namespace detail

template <typename T>
FlatTree<T> mergeTrees(Context& context, const FlatTree<T>& master, const FlatTree<T>& kit,
                       const FlatTree<T>& base, const TreePolicy<T>& policy) {
    return detail::TreeMerge<T>(context, master, kit, base, policy).run();
}

// A flat list (no parents) as a tree.
template <typename T> FlatTree<T> flatList(const std::vector<T>& items) {
    FlatTree<T> tree;
    for (const auto& item : items) {
        tree.append(item.id, item, model::Id());
    }
    return tree;
}

template <typename T> std::vector<T> listOf(const FlatTree<T>& tree) {
    std::vector<T> items;
    for (const auto& id : tree.children(model::Id())) {
        items.push_back(tree.node(id).value);
    }
    return items;
}

} // namespace innspill::app::merge
