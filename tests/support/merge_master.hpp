// Kits and a master with its history, for the merge tests: kits handed out
// and handed in the way `innspill merge` does it, in memory.
#pragma once

#include "app/merge/kits.hpp"
#include "app/merge/merge_plan.hpp"
#include "io/json_archive.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace innspill::test {

inline app::KitContents handOut(const model::Event& master, const std::string& facilitator) {
    return app::KitContents{model::KitRecord{model::Id::generate(), master.id, facilitator,
                                             "2031-01-22T09:00:00Z", io::writeJsonArchive(master)},
                            master};
}

struct Master {
    model::Event event;
    std::vector<model::HandIn> history;

    app::MergePlan plan(const app::KitContents& kit) const {
        return app::planMerge(event, kit, history);
    }
    void apply(const app::MergePlan& plan) {
        REQUIRE(plan.ready());
        app::applyToModel(event, plan.change);
        app::applyToHistory(history, plan.change);
    }
    app::MergePlan handIn(const app::KitContents& kit) {
        auto planned = plan(kit);
        apply(planned);
        return planned;
    }
};

} // namespace innspill::test
