// Inside the merge: the merged event's groups as the master's groups (not
// copied: an event holds thousands of inputs, and fifty kits in a row would
// copy them fifty times) plus the groups the merge changes, adds and removes.
#pragma once

#include "model/group.hpp"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace innspill::app::merge {

class GroupOverlay {
  public:
    explicit GroupOverlay(const std::vector<model::Group>& master);

    // The group as the merge has it now; null when it is not (or no longer) there.
    const model::Group* find(const model::Id& id) const;
    // The master's own group, before the merge; null when it has none.
    const model::Group* inMaster(const model::Id& id) const;
    // The group to change (copied from the master on first use). It must exist.
    model::Group& edit(const model::Id& id);
    void erase(const model::Id& id);
    void add(model::Group group);

    // Every group, the master's in their order, then the added ones.
    template <typename Visit> void forEach(Visit&& visit) const {
        for (const auto& group : m_master) {
            if (!m_erased.empty() && m_erased.count(group.id)) {
                continue;
            }
            auto changed = m_changed.find(group.id);
            visit(changed == m_changed.end() ? group : changed->second);
        }
        for (const auto& group : m_added) {
            visit(group);
        }
    }
    // The groups the merge changed or added (in the order it first touched
    // them), to look at or change further.
    template <typename Visit> void forEachTouched(Visit&& visit) {
        for (const auto& id : m_changedOrder) {
            if (auto changed = m_changed.find(id); changed != m_changed.end()) {
                visit(changed->second);
            }
        }
        for (auto& group : m_added) {
            visit(group);
        }
    }
    template <typename Visit> void forEachTouched(Visit&& visit) const {
        for (const auto& id : m_changedOrder) {
            if (auto changed = m_changed.find(id); changed != m_changed.end()) {
                visit(changed->second);
            }
        }
        for (const auto& group : m_added) {
            visit(group);
        }
    }

    bool erased(const model::Id& id) const { return m_erased.count(id) != 0; }
    bool anyErased() const { return !m_erased.empty(); }
    const std::vector<model::Group>& added() const { return m_added; }
    std::vector<model::Group> all() const;

  private:
    const std::vector<model::Group>& m_master;
    std::unordered_map<model::Id, size_t> m_index;
    std::unordered_map<model::Id, model::Group> m_changed;
    std::vector<model::Id> m_changedOrder;
    std::unordered_set<model::Id> m_erased;
    std::vector<model::Group> m_added;
    std::unordered_map<model::Id, size_t> m_addedIndex;
};

} // namespace innspill::app::merge
