// Writing one group edit as the rows that changed, so that typing a character
// into one of 500 inputs is one UPDATE, not 500 deletes and inserts.
#include "store/event_file.hpp"
#include "store/savepoint.hpp"

#include <unordered_map>

namespace innspill::store {

using model::Group;
using model::Id;
using model::Input;

namespace {

struct FlatInput {
    const Input* input = nullptr;
    const Input* parent = nullptr;
    size_t position = 0;
};

std::unordered_map<Id, FlatInput> flatten(const Group& group) {
    std::unordered_map<Id, FlatInput> flat;
    for (size_t i = 0; i < group.inputs.size(); ++i) {
        const Input& input = group.inputs[i];
        flat[input.id] = {&input, nullptr, i};
        for (size_t c = 0; c < input.children.size(); ++c) {
            flat[input.children[c].id] = {&input.children[c], &input, c};
        }
    }
    return flat;
}

bool sameHeader(const Group& a, const Group& b) {
    return a.number == b.number && a.title == b.title && a.roundId == b.roundId &&
           a.roomId == b.roomId && a.status == b.status && a.initiators == b.initiators &&
           a.facilitators == b.facilitators && a.participants == b.participants &&
           a.participantCount == b.participantCount && a.participantNote == b.participantNote &&
           a.notes == b.notes && a.reportNote == b.reportNote && a.followUpOf == b.followUpOf &&
           a.mergedWith == b.mergedWith && a.photos == b.photos;
}

// True when both hold the same inputs by id in the same places (typing,
// tagging, changing a kind): the rows can then be compared pairwise.
bool sameShape(const std::vector<Input>& a, const std::vector<Input>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].children.size() != b[i].children.size()) {
            return false;
        }
        for (size_t c = 0; c < a[i].children.size(); ++c) {
            if (a[i].children[c].id != b[i].children[c].id) {
                return false;
            }
        }
    }
    return true;
}

std::optional<std::string> parentId(const FlatInput& flat) {
    return flat.parent ? std::optional<std::string>(flat.parent->id.str()) : std::nullopt;
}

} // namespace

void EventFile::writeGroupChange(const Group& before, const Group& after) {
    if (before.id != after.id) {
        writeGroup(after);
        return;
    }
    Savepoint savepoint(*m_connection);
    if (!sameHeader(before, after)) {
        // The group row and its links are a few rows; inputs are written apart below.
        writeGroupRow(after);
    }
    if (before.actions != after.actions) {
        writeActions(after);
    }
    if (before.inputs == after.inputs) {
        savepoint.release();
        return;
    }
    Statement& insert = m_connection->prepared(
        "INSERT INTO input (id, group_id, parent_id, position, kind, text, votes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement& update = m_connection->prepared(
        "UPDATE input SET parent_id = ?, position = ?, kind = ?, text = ?, votes = ? WHERE id = ?");
    Statement& clearTags = m_connection->prepared("DELETE FROM input_theme WHERE input_id = ?");
    Statement& tag = m_connection->prepared(
        "INSERT INTO input_theme (input_id, theme_id, position) VALUES (?, ?, ?)");
    Statement& remove = m_connection->prepared("DELETE FROM input WHERE id = ?");

    const auto writeTags = [&](const Input& input) {
        clearTags.bind(1, std::string_view(input.id.str())).run();
        for (size_t t = 0; t < input.themes.size(); ++t) {
            tag.bind(1, std::string_view(input.id.str()))
                .bind(2, std::string_view(input.themes[t].str()))
                .bind(3, static_cast<int64_t>(t))
                .run();
        }
    };
    const auto rewrite = [&](const Input& input, const std::optional<std::string>& parent,
                             size_t position) {
        update.bind(1, parent)
            .bind(2, static_cast<int64_t>(position))
            .bind(3, model::toString(input.kind))
            .bind(4, std::string_view(input.text))
            .bind(5, int64_t{input.votes})
            .bind(6, std::string_view(input.id.str()))
            .run();
    };
    if (sameShape(before.inputs, after.inputs)) {
        // Nothing moved: only text, kind or tags can differ, row by row.
        const auto writeIfChanged = [&](const Input& was, const Input& is,
                                        const std::optional<std::string>& parent, size_t position) {
            if (was.text != is.text || was.kind != is.kind || was.votes != is.votes) {
                rewrite(is, parent, position);
            }
            if (was.themes != is.themes) {
                writeTags(is);
            }
        };
        for (size_t i = 0; i < after.inputs.size(); ++i) {
            const Input& is = after.inputs[i];
            writeIfChanged(before.inputs[i], is, std::nullopt, i);
            for (size_t c = 0; c < is.children.size(); ++c) {
                writeIfChanged(before.inputs[i].children[c], is.children[c], is.id.str(), c);
            }
        }
        savepoint.release();
        return;
    }
    const auto old = flatten(before);
    const auto now = flatten(after);
    // New inputs first (parents before children: top level comes first in
    // this walk), so that moved children can point at a new parent.
    const auto insertNew = [&](const Input& input, const Input* parent, size_t position) {
        if (old.count(input.id)) {
            return;
        }
        insert.bind(1, std::string_view(input.id.str()))
            .bind(2, std::string_view(after.id.str()))
            .bind(3, parent ? std::optional<std::string>(parent->id.str()) : std::nullopt)
            .bind(4, static_cast<int64_t>(position))
            .bind(5, model::toString(input.kind))
            .bind(6, std::string_view(input.text))
            .bind(7, int64_t{input.votes})
            .run();
        if (!input.themes.empty()) {
            writeTags(input);
        }
    };
    for (size_t i = 0; i < after.inputs.size(); ++i) {
        insertNew(after.inputs[i], nullptr, i);
    }
    for (const auto& input : after.inputs) {
        for (size_t c = 0; c < input.children.size(); ++c) {
            insertNew(input.children[c], &input, c);
        }
    }
    // Then the ones that stayed but changed: text, kind, place or tags.
    for (const auto& [id, flat] : now) {
        auto was = old.find(id);
        if (was == old.end()) {
            continue;
        }
        const FlatInput& prior = was->second;
        const bool moved = parentId(prior) != parentId(flat) || prior.position != flat.position;
        if (moved || prior.input->text != flat.input->text ||
            prior.input->kind != flat.input->kind || prior.input->votes != flat.input->votes) {
            rewrite(*flat.input, parentId(flat), flat.position);
        }
        if (prior.input->themes != flat.input->themes) {
            writeTags(*flat.input);
        }
    }
    // Last the ones that are gone (their remaining children were moved above).
    for (const auto& [id, flat] : old) {
        if (!now.count(id)) {
            remove.bind(1, std::string_view(id.str())).run();
        }
    }
    savepoint.release();
}

} // namespace innspill::store
