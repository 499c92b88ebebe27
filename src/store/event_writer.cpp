// Writing the model into the event file: one function per kind of edit, each
// atomic through a savepoint, so it stands alone or joins a Transaction.
#include "store/event_file.hpp"
#include "store/savepoint.hpp"

#include <unordered_set>

namespace innspill::store {

using model::Id;

namespace {

std::optional<std::string> optionalId(const std::optional<Id>& id) {
    return id ? std::optional<std::string>(id->str()) : std::nullopt;
}

// Deletes rows of `table` whose id is not among `keep`.
void deleteOthers(Connection& connection, const char* table,
                  const std::unordered_set<std::string>& keep) {
    std::vector<std::string> gone;
    {
        Statement existing(connection, std::string("SELECT id FROM ") + table);
        while (existing.step()) {
            if (!keep.count(existing.text(0))) {
                gone.push_back(existing.text(0));
            }
        }
    }
    Statement& remove = connection.prepared(std::string("DELETE FROM ") + table + " WHERE id = ?");
    for (const auto& id : gone) {
        remove.bind(1, std::string_view(id)).run();
    }
}

void writeStringList(Connection& connection, const char* table, const char* column,
                     const std::vector<std::string>& values) {
    connection.exec(std::string("DELETE FROM ") + table);
    Statement& insert = connection.prepared(std::string("INSERT INTO ") + table + " (position, " +
                                            column + ") VALUES (?, ?)");
    for (size_t i = 0; i < values.size(); ++i) {
        insert.bind(1, static_cast<int64_t>(i)).bind(2, std::string_view(values[i])).run();
    }
}

void insertInputs(Connection& connection, const model::Group& group) {
    Statement& insert =
        connection.prepared("INSERT INTO input (id, group_id, parent_id, position, kind, text, "
                            "votes) VALUES (?, ?, ?, ?, ?, ?, ?)");
    Statement& tag = connection.prepared(
        "INSERT INTO input_theme (input_id, theme_id, position) VALUES (?, ?, ?)");
    const auto write = [&](const model::Input& input, const model::Input* parent, size_t position) {
        insert.bind(1, std::string_view(input.id.str()))
            .bind(2, std::string_view(group.id.str()))
            .bind(3, parent ? std::optional<std::string>(parent->id.str()) : std::nullopt)
            .bind(4, static_cast<int64_t>(position))
            .bind(5, model::toString(input.kind))
            .bind(6, std::string_view(input.text))
            .bind(7, int64_t{input.votes})
            .run();
        for (size_t t = 0; t < input.themes.size(); ++t) {
            tag.bind(1, std::string_view(input.id.str()))
                .bind(2, std::string_view(input.themes[t].str()))
                .bind(3, static_cast<int64_t>(t))
                .run();
        }
    };
    for (size_t i = 0; i < group.inputs.size(); ++i) {
        const auto& input = group.inputs[i];
        write(input, nullptr, i);
        for (size_t c = 0; c < input.children.size(); ++c) {
            write(input.children[c], &input, c);
        }
    }
}

} // namespace

void EventFile::writeEventFields(const model::Event& event) {
    Savepoint savepoint(*m_connection);
    Statement& upsert = m_connection->prepared(R"sql(
        INSERT INTO event (id, title, subtitle, about, place, start_date, end_date, language,
            label_initiator, label_facilitator, label_participant_count, label_inputs,
            label_round_heading, name_policy)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, subtitle = excluded.subtitle,
            about = excluded.about, place = excluded.place, start_date = excluded.start_date,
            end_date = excluded.end_date, language = excluded.language,
            label_initiator = excluded.label_initiator,
            label_facilitator = excluded.label_facilitator,
            label_participant_count = excluded.label_participant_count,
            label_inputs = excluded.label_inputs,
            label_round_heading = excluded.label_round_heading,
            name_policy = excluded.name_policy)sql");
    upsert.bind(1, std::string_view(event.id.str()))
        .bind(2, std::string_view(event.title))
        .bind(3, std::string_view(event.subtitle))
        .bind(4, std::string_view(event.about))
        .bind(5, std::string_view(event.place))
        .bind(6, std::string_view(event.startDate))
        .bind(7, std::string_view(event.endDate))
        .bind(8, std::string_view(event.language))
        .bind(9, std::string_view(event.labels.initiator))
        .bind(10, std::string_view(event.labels.facilitator))
        .bind(11, std::string_view(event.labels.participantCount))
        .bind(12, std::string_view(event.labels.inputs))
        .bind(13, std::string_view(event.labels.roundHeading))
        .bind(14, model::toString(event.namePolicy))
        .run();
    Statement& others = m_connection->prepared("DELETE FROM event WHERE id <> ?");
    others.bind(1, std::string_view(event.id.str())).run();
    writeStringList(*m_connection, "guiding_question", "text", event.guidingQuestions);
    writeStringList(*m_connection, "organiser", "name", event.organisers);
    savepoint.release();
}

void EventFile::writeProgramme(const model::Event& event) {
    Savepoint savepoint(*m_connection);
    std::unordered_set<std::string> days;
    std::unordered_set<std::string> rounds;
    std::unordered_set<std::string> rooms;
    Statement& day =
        m_connection->prepared("INSERT INTO day (id, position, date) VALUES (?, ?, ?) "
                               "ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                               "date = excluded.date");
    Statement& round = m_connection->prepared(
        "INSERT INTO round (id, day_id, position, title, start_time, end_time) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "day_id = excluded.day_id, position = excluded.position, "
        "title = excluded.title, start_time = excluded.start_time, "
        "end_time = excluded.end_time");
    for (size_t d = 0; d < event.days.size(); ++d) {
        const auto& item = event.days[d];
        days.insert(item.id.str());
        day.bind(1, std::string_view(item.id.str()))
            .bind(2, static_cast<int64_t>(d))
            .bind(3, std::string_view(item.date))
            .run();
        for (size_t r = 0; r < item.rounds.size(); ++r) {
            const auto& slot = item.rounds[r];
            rounds.insert(slot.id.str());
            round.bind(1, std::string_view(slot.id.str()))
                .bind(2, std::string_view(item.id.str()))
                .bind(3, static_cast<int64_t>(r))
                .bind(4, std::string_view(slot.title))
                .bind(5, std::string_view(slot.start))
                .bind(6, std::string_view(slot.end))
                .run();
        }
    }
    Statement& room =
        m_connection->prepared("INSERT INTO room (id, position, name) VALUES (?, ?, ?) "
                               "ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
                               "name = excluded.name");
    for (size_t i = 0; i < event.rooms.size(); ++i) {
        rooms.insert(event.rooms[i].id.str());
        room.bind(1, std::string_view(event.rooms[i].id.str()))
            .bind(2, static_cast<int64_t>(i))
            .bind(3, std::string_view(event.rooms[i].name))
            .run();
    }
    deleteOthers(*m_connection, "round", rounds);
    deleteOthers(*m_connection, "day", days);
    deleteOthers(*m_connection, "room", rooms);
    savepoint.release();
}

void EventFile::writeThemes(const model::Event& event) {
    Savepoint savepoint(*m_connection);
    std::unordered_set<std::string> keep;
    Statement& theme = m_connection->prepared(
        "INSERT INTO theme (id, position, name, description, colour) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET position = excluded.position, "
        "name = excluded.name, description = excluded.description, colour = excluded.colour");
    for (size_t i = 0; i < event.themes.size(); ++i) {
        const auto& item = event.themes[i];
        keep.insert(item.id.str());
        theme.bind(1, std::string_view(item.id.str()))
            .bind(2, static_cast<int64_t>(i))
            .bind(3, std::string_view(item.name))
            .bind(4, std::string_view(item.description))
            .bind(5, std::string_view(item.colour))
            .run();
    }
    deleteOthers(*m_connection, "theme", keep);
    savepoint.release();
}

void EventFile::writePerson(const model::Person& person) {
    Savepoint savepoint(*m_connection);
    Statement& upsert = m_connection->prepared(
        "INSERT INTO person (id, name, organisation, perspective, consent) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
        "organisation = excluded.organisation, perspective = excluded.perspective, "
        "consent = excluded.consent");
    upsert.bind(1, std::string_view(person.id.str()))
        .bind(2, std::string_view(person.name))
        .bind(3, std::string_view(person.organisation))
        .bind(4, model::toString(person.perspective))
        .bind(5, int64_t{person.consent ? 1 : 0})
        .run();
    savepoint.release();
}

void EventFile::deletePerson(const Id& id) {
    Savepoint savepoint(*m_connection);
    Statement& remove = m_connection->prepared("DELETE FROM person WHERE id = ?");
    remove.bind(1, std::string_view(id.str())).run();
    savepoint.release();
}

void EventFile::writeGroupRow(const model::Group& group) {
    Statement& upsert = m_connection->prepared(R"sql(
        INSERT INTO event_group (id, number, title, round_id, room_id, status, participant_count,
            participant_note, challenges, opportunities, notes, follow_up_of, report_note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET number = excluded.number, title = excluded.title,
            round_id = excluded.round_id, room_id = excluded.room_id, status = excluded.status,
            participant_count = excluded.participant_count,
            participant_note = excluded.participant_note, challenges = excluded.challenges,
            opportunities = excluded.opportunities, notes = excluded.notes,
            follow_up_of = excluded.follow_up_of, report_note = excluded.report_note)sql");
    upsert.bind(1, std::string_view(group.id.str()))
        .bind(2, std::string_view(group.number))
        .bind(3, std::string_view(group.title))
        .bind(4, std::string_view(group.roundId.str()))
        .bind(5, optionalId(group.roomId))
        .bind(6, model::toString(group.status))
        .bind(8, std::string_view(group.participantNote))
        .bind(9, std::string_view(group.notes.challenges))
        .bind(10, std::string_view(group.notes.opportunities))
        .bind(11, std::string_view(group.notes.text))
        .bind(12, optionalId(group.followUpOf))
        .bind(13, std::string_view(group.reportNote));
    if (group.participantCount) {
        upsert.bind(7, int64_t{*group.participantCount});
    } else {
        upsert.bindNull(7);
    }
    upsert.run();

    const std::string_view groupId(group.id.str());
    Statement& clearPeople = m_connection->prepared("DELETE FROM group_person WHERE group_id = ?");
    clearPeople.bind(1, groupId).run();
    Statement& person =
        m_connection->prepared("INSERT INTO group_person (group_id, role, position, person_id) "
                               "VALUES (?, ?, ?, ?)");
    const std::pair<const char*, const std::vector<Id>*> roles[] = {
        {"initiator", &group.initiators},
        {"facilitator", &group.facilitators},
        {"participant", &group.participants}};
    for (const auto& [role, people] : roles) {
        for (size_t i = 0; i < people->size(); ++i) {
            person.bind(1, groupId)
                .bind(2, std::string_view(role))
                .bind(3, static_cast<int64_t>(i))
                .bind(4, std::string_view((*people)[i].str()))
                .run();
        }
    }
    writeGroupPhotos(group);
    Statement& clearMerges = m_connection->prepared("DELETE FROM group_merge WHERE group_id = ?");
    clearMerges.bind(1, groupId).run();
    Statement& merge = m_connection->prepared(
        "INSERT INTO group_merge (group_id, position, other_id) VALUES (?, ?, ?)");
    for (size_t i = 0; i < group.mergedWith.size(); ++i) {
        merge.bind(1, groupId)
            .bind(2, static_cast<int64_t>(i))
            .bind(3, std::string_view(group.mergedWith[i].str()))
            .run();
    }
}

// The group's photos are attached in its order with their captions and
// flags; one that left the group is detached, its bytes kept for undo. A
// photo whose bytes the file lacks is not written (the caller stores the
// bytes first: photo_blobs.hpp).
void EventFile::writeGroupPhotos(const model::Group& group) {
    const std::string_view groupId(group.id.str());
    Statement& detach =
        m_connection->prepared("UPDATE photo SET group_id = NULL, position = 0 WHERE group_id = ?");
    detach.bind(1, groupId).run();
    Statement& attach = m_connection->prepared(
        "UPDATE photo SET group_id = ?, position = ?, caption = ?, public = ? WHERE id = ?");
    for (size_t i = 0; i < group.photos.size(); ++i) {
        const auto& photo = group.photos[i];
        attach.bind(1, groupId)
            .bind(2, static_cast<int64_t>(i))
            .bind(3, std::string_view(photo.caption))
            .bind(4, int64_t{photo.isPublic ? 1 : 0})
            .bind(5, std::string_view(photo.id.str()))
            .run();
    }
}

void EventFile::writeGroup(const model::Group& group) {
    Savepoint savepoint(*m_connection);
    writeGroupRow(group);
    Statement& clearInputs = m_connection->prepared("DELETE FROM input WHERE group_id = ?");
    clearInputs.bind(1, std::string_view(group.id.str())).run();
    insertInputs(*m_connection, group);
    writeActions(group);
    savepoint.release();
}

void EventFile::deleteGroup(const Id& id) {
    Savepoint savepoint(*m_connection);
    Statement& remove = m_connection->prepared("DELETE FROM event_group WHERE id = ?");
    remove.bind(1, std::string_view(id.str())).run();
    savepoint.release();
}

void EventFile::writeEvent(const model::Event& event) {
    Savepoint savepoint(*m_connection);
    // Groups hold links to everything else: clear them first, then rebuild in
    // dependency order.
    m_connection->exec("DELETE FROM event_group");
    m_connection->exec("DELETE FROM person");
    writeEventFields(event);
    writeProgramme(event);
    writeThemes(event);
    for (const auto& person : event.people) {
        writePerson(person);
    }
    for (const auto& group : event.groups) {
        writeGroup(group);
    }
    writeSynthesis(event.synthesis);
    savepoint.release();
}

} // namespace innspill::store
