// Merging the actions of a group or of a challenge of the synthesis: by
// action id, each field by the three-way rule, delete-versus-edit conflicts
// for the rows (merge_steps.hpp).
#include "app/merge/merge_steps.hpp"
#include "app/merge/merge_tree.hpp"

#include <tuple>

namespace innspill::app::merge {

lang::Message shortText(const std::string& text) {
    return text.empty() ? word("mergeWord.empty") : plain(text);
}

namespace {

lang::Message actionWhere(const model::Action& action, const ActionOwner& owner) {
    return lang::message("mergeWord.actionIn")
        .withMessage("action", action.what.empty() ? word("mergeWord.empty") : quoted(action.what))
        .withMessage("group", owner.where);
}

} // namespace

std::vector<model::Action> mergeActions(Context& context, const std::vector<model::Action>& master,
                                        const std::vector<model::Action>& kit,
                                        const std::vector<model::Action>* base,
                                        const ActionOwner& owner) {
    TreePolicy<model::Action> policy;
    policy.keyPrefix = owner.keyPrefix;
    policy.listName = lang::message("mergeWord.actionsOf").withMessage("group", owner.where);
    policy.mergeFields = [&](const model::Id& id, const model::Action& m, const model::Action& k,
                             const model::Action* b, std::optional<model::Action>&) {
        auto merged = m;
        const std::tuple<std::string model::Action::*, const char*, const char*> fields[] = {
            {&model::Action::what, "what", "mergeWord.field.actionWhat"},
            {&model::Action::who, "who", "mergeWord.field.actionWho"},
            {&model::Action::nextStep, "nextStep", "mergeWord.field.actionNextStep"},
            {&model::Action::due, "due", "mergeWord.field.actionDue"},
            {&model::Action::resources, "resources", "mergeWord.field.actionResources"}};
        // Named copies, not structured bindings: clang 14 does not capture those in lambdas.
        for (const auto& field : fields) {
            const auto member = std::get<0>(field);
            const char* name = std::get<1>(field);
            const char* label = std::get<2>(field);
            merged.*member =
                mergeValue(context, m.*member, k.*member, b ? &(b->*member) : nullptr, [&] {
                    auto conflict = fieldConflict(
                        policy.keyPrefix + id.str() + ":" + name, owner.entity, owner.entityId,
                        actionWhere(m, owner), name, label, plain(m.*member), plain(k.*member));
                    conflict.groupId = owner.groupId;
                    return conflict;
                });
        }
        return merged;
    };
    const auto masterList = flatList(master);
    const auto kitList = flatList(kit);
    policy.describe = [&](const model::Id& id) {
        MergeConflict conflict;
        conflict.entity = owner.entity;
        conflict.entityId = owner.entityId;
        conflict.groupId = owner.groupId;
        const auto& side = masterList.has(id) ? masterList : kitList;
        conflict.where = side.has(id) ? actionWhere(side.node(id).value, owner) : owner.where;
        return conflict;
    };
    policy.render = [](const FlatTree<model::Action>& side, const model::Id& id) {
        return shortText(side.node(id).value.what);
    };
    return listOf(mergeTrees(context, masterList, kitList,
                             flatList(base ? *base : std::vector<model::Action>{}), policy));
}

} // namespace innspill::app::merge
