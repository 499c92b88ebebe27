// Writing a group's actions (action planning): a handful of rows per group,
// so an edit rewrites the group's list; ids stay, so kits merge them.
#include "store/event_file.hpp"

namespace innspill::store {

void EventFile::writeActions(const model::Group& group) {
    const std::string_view groupId(group.id.str());
    Statement& clear = m_connection->prepared("DELETE FROM group_action WHERE group_id = ?");
    clear.bind(1, groupId).run();
    Statement& insert = m_connection->prepared(
        "INSERT INTO group_action (id, group_id, position, what, who, next_step, due, resources) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < group.actions.size(); ++i) {
        const model::Action& action = group.actions[i];
        insert.bind(1, std::string_view(action.id.str()))
            .bind(2, groupId)
            .bind(3, static_cast<int64_t>(i))
            .bind(4, std::string_view(action.what))
            .bind(5, std::string_view(action.who))
            .bind(6, std::string_view(action.nextStep))
            .bind(7, std::string_view(action.due))
            .bind(8, std::string_view(action.resources))
            .run();
    }
}

} // namespace innspill::store
