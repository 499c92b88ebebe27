// Loading the whole event from the file into the model.
#include "store/event_file.hpp"
#include "store/photo_blobs.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace innspill::store {

using model::Id;

namespace {

class Reader {
  public:
    explicit Reader(Connection& connection) : m_connection(connection) {}

    model::Event read() {
        model::Event event;
        readEventFields(event);
        readProgramme(event);
        readPeople(event);
        readThemes(event);
        readGroups(event);
        return event;
    }

  private:
    Id id(std::string_view text, const char* table) {
        auto parsed = Id::parse(text);
        if (!parsed) {
            throw FileError(
                FileErrorKind::Inconsistent, m_connection.path(),
                lang::message("fileError.badId", {{"table", table}, {"id", std::string(text)}}));
        }
        return *parsed;
    }

    template <typename Enum, typename Parse>
    Enum parseEnum(const std::string& text, Parse parse, const char* what) {
        auto value = parse(text);
        if (!value) {
            throw FileError(FileErrorKind::Inconsistent, m_connection.path(),
                            lang::Message{"fileError.unknownValue", {}}
                                .withWord("what", what)
                                .with("value", text));
        }
        return *value;
    }

    void readEventFields(model::Event& event) {
        // A file opened read-only is read as it is: before version 5 it has
        // no name policy, and the event has the default.
        const bool hasNamePolicy = m_connection.pragmaInteger("user_version") >= 5;
        Statement row(m_connection,
                      std::string("SELECT id, title, subtitle, about, place, start_date, end_date, "
                                  "language, label_initiator, label_facilitator, "
                                  "label_participant_count, label_inputs, label_round_heading, ") +
                          (hasNamePolicy ? "name_policy" : "'consent'") + " FROM event");
        if (!row.step()) {
            throw FileError(FileErrorKind::Inconsistent, m_connection.path(),
                            lang::message("fileError.noEvent"));
        }
        event.id = id(row.text(0), "event");
        event.title = row.text(1);
        event.subtitle = row.text(2);
        event.about = row.text(3);
        event.place = row.text(4);
        event.startDate = row.text(5);
        event.endDate = row.text(6);
        event.language = row.text(7);
        event.labels.initiator = row.text(8);
        event.labels.facilitator = row.text(9);
        event.labels.participantCount = row.text(10);
        event.labels.inputs = row.text(11);
        event.labels.roundHeading = row.text(12);
        event.namePolicy = parseEnum<model::NamePolicy>(row.text(13), model::parseNamePolicy,
                                                        "fileError.word.namePolicy");
        if (row.step()) {
            throw FileError(FileErrorKind::Inconsistent, m_connection.path(),
                            lang::message("fileError.manyEvents"));
        }
        Statement questions(m_connection, "SELECT text FROM guiding_question ORDER BY position");
        while (questions.step()) {
            event.guidingQuestions.push_back(questions.text(0));
        }
        Statement organisers(m_connection, "SELECT name FROM organiser ORDER BY position");
        while (organisers.step()) {
            event.organisers.push_back(organisers.text(0));
        }
    }

    void readProgramme(model::Event& event) {
        std::unordered_map<std::string, size_t> dayIndex;
        Statement days(m_connection, "SELECT id, date FROM day ORDER BY position, id");
        while (days.step()) {
            dayIndex[days.text(0)] = event.days.size();
            event.days.push_back(model::Day{id(days.text(0), "day"), days.text(1), {}});
        }
        Statement rounds(m_connection, "SELECT id, day_id, title, start_time, end_time FROM round "
                                       "ORDER BY position, id");
        while (rounds.step()) {
            auto day = dayIndex.find(rounds.text(1));
            if (day == dayIndex.end()) {
                throw FileError(FileErrorKind::Inconsistent, m_connection.path(),
                                lang::message("fileError.roundWithoutDay"));
            }
            event.days[day->second].rounds.push_back(model::Round{
                id(rounds.text(0), "round"), rounds.text(2), rounds.text(3), rounds.text(4)});
        }
        Statement rooms(m_connection, "SELECT id, name FROM room ORDER BY position, id");
        while (rooms.step()) {
            event.rooms.push_back(model::Room{id(rooms.text(0), "room"), rooms.text(1)});
        }
    }

    void readPeople(model::Event& event) {
        Statement people(m_connection, "SELECT id, name, organisation, perspective, consent "
                                       "FROM person ORDER BY seq");
        while (people.step()) {
            model::Person person;
            person.id = id(people.text(0), "person");
            person.name = people.text(1);
            person.organisation = people.text(2);
            person.perspective = parseEnum<model::Perspective>(
                people.text(3), model::parsePerspective, "fileError.word.perspective");
            person.consent = people.integer(4) != 0;
            event.people.push_back(std::move(person));
        }
    }

    void readThemes(model::Event& event) {
        Statement themes(m_connection,
                         "SELECT id, name, description FROM theme ORDER BY position, id");
        while (themes.step()) {
            event.themes.push_back(
                model::Theme{id(themes.text(0), "theme"), themes.text(1), themes.text(2)});
        }
    }

    void readGroups(model::Event& event) {
        std::unordered_map<std::string, size_t> groupIndex;
        Statement groups(m_connection,
                         "SELECT id, number, title, round_id, room_id, status, participant_count, "
                         "participant_note, challenges, opportunities, notes, follow_up_of, "
                         "report_note FROM event_group ORDER BY seq");
        while (groups.step()) {
            model::Group group;
            group.id = id(groups.text(0), "event_group");
            group.number = groups.text(1);
            group.title = groups.text(2);
            group.roundId = id(groups.text(3), "event_group");
            if (!groups.isNull(4)) {
                group.roomId = id(groups.text(4), "event_group");
            }
            group.status = parseEnum<model::GroupStatus>(groups.text(5), model::parseGroupStatus,
                                                         "fileError.word.status");
            if (!groups.isNull(6)) {
                group.participantCount = static_cast<int>(groups.integer(6));
            }
            group.participantNote = groups.text(7);
            group.notes.challenges = groups.text(8);
            group.notes.opportunities = groups.text(9);
            group.notes.text = groups.text(10);
            if (!groups.isNull(11)) {
                group.followUpOf = id(groups.text(11), "event_group");
            }
            group.reportNote = groups.text(12);
            groupIndex[group.id.str()] = event.groups.size();
            event.groups.push_back(std::move(group));
        }
        // Rows come mostly group by group: look a group up only when it
        // changes (a string-keyed lookup per row was much of the load of a
        // big event).
        std::string lastGroupId;
        size_t lastGroup = event.groups.size();
        const auto groupAt = [&](std::string_view groupId) -> size_t {
            if (lastGroup < event.groups.size() && groupId == lastGroupId) {
                return lastGroup;
            }
            auto found = groupIndex.find(std::string(groupId));
            if (found == groupIndex.end()) {
                throw FileError(FileErrorKind::Inconsistent, m_connection.path(),
                                lang::message("fileError.rowWithoutGroup"));
            }
            lastGroupId = groupId;
            lastGroup = found->second;
            return lastGroup;
        };
        // The table in storage order, put in (group, role, position) order
        // here: walking the primary key, fetching each row and sorting by
        // position in SQL cost several times more.
        struct PersonRow {
            size_t group = 0;
            int role = 0; // 0 initiator, 1 facilitator, 2 participant
            int64_t position = 0;
            model::Id person;
        };
        std::vector<PersonRow> personRows;
        Statement people(m_connection,
                         "SELECT group_id, role, position, person_id FROM group_person");
        while (people.step()) {
            PersonRow row;
            row.group = groupAt(people.view(0));
            const auto role = people.view(1);
            row.role = role == "initiator" ? 0 : role == "facilitator" ? 1 : 2;
            row.position = people.integer(2);
            row.person = id(people.view(3), "group_person");
            personRows.push_back(std::move(row));
        }
        std::sort(personRows.begin(), personRows.end(), [](const auto& a, const auto& b) {
            return std::tie(a.group, a.role, a.position, a.person) <
                   std::tie(b.group, b.role, b.position, b.person);
        });
        for (auto& row : personRows) {
            auto& group = event.groups[row.group];
            auto& list = row.role == 0   ? group.initiators
                         : row.role == 1 ? group.facilitators
                                         : group.participants;
            list.push_back(std::move(row.person));
        }
        Statement merges(m_connection,
                         "SELECT group_id, other_id FROM group_merge ORDER BY group_id, position");
        while (merges.step()) {
            event.groups[groupAt(merges.view(0))].mergedWith.push_back(
                id(merges.text(1), "group_merge"));
        }
        if (m_connection.pragmaInteger("user_version") >= kPhotoTablesVersion) {
            Statement photos(m_connection,
                             "SELECT group_id, id, caption, public, width, height FROM photo "
                             "WHERE group_id IS NOT NULL ORDER BY group_id, position");
            while (photos.step()) {
                model::Photo photo;
                photo.id = id(photos.view(1), "photo");
                photo.caption = photos.text(2);
                photo.isPublic = photos.integer(3) != 0;
                photo.width = static_cast<int>(photos.integer(4));
                photo.height = static_cast<int>(photos.integer(5));
                event.groups[groupAt(photos.view(0))].photos.push_back(std::move(photo));
            }
        }
        readInputs(event, groupAt);
    }

    // One input row, before it has its place.
    struct InputRow {
        int64_t position = 0;
        int64_t seq = 0;
        int64_t parentSeq = kNoParent;
        model::Input input;
    };
    static constexpr int64_t kNoParent = -1; // seq is an INTEGER PRIMARY KEY: never negative here

    // The input table in storage order (a straight scan, several times
    // faster than walking an index and fetching each row), with its theme
    // tags merged in alongside in the same order, each row put in its group;
    // then each group's inputs ordered by position, sub-points under their
    // parents. Rows point at each other by seq, not by id text: no map of
    // 100,000s of strings.
    template <typename GroupAt> void readInputs(model::Event& event, GroupAt& groupAt) {
        Statement themes(m_connection, "SELECT i.seq, t.theme_id FROM input_theme t "
                                       "JOIN input i ON i.id = t.input_id "
                                       "ORDER BY i.seq, t.position");
        bool moreThemes = themes.step();
        std::vector<std::vector<InputRow>> rows(event.groups.size());
        Statement inputs(m_connection,
                         "SELECT i.seq, i.id, i.group_id, p.seq, i.position, i.kind, i.text, "
                         "i.parent_id FROM input i LEFT JOIN input p ON p.id = i.parent_id "
                         "ORDER BY i.seq");
        while (inputs.step()) {
            InputRow row;
            row.seq = inputs.integer(0);
            row.position = inputs.integer(4);
            if (!inputs.isNull(7)) {
                if (inputs.isNull(3)) {
                    throw FileError(FileErrorKind::Inconsistent, m_connection.path(),
                                    lang::message("fileError.subPointWithoutParent"));
                }
                row.parentSeq = inputs.integer(3);
            }
            row.input.id = id(inputs.view(1), "input");
            row.input.kind = parseEnum<model::InputKind>(inputs.text(5), model::parseInputKind,
                                                         "fileError.word.type");
            row.input.text = inputs.text(6);
            while (moreThemes && themes.integer(0) <= row.seq) {
                if (themes.integer(0) == row.seq) {
                    row.input.themes.push_back(id(themes.view(1), "input_theme"));
                }
                moreThemes = themes.step();
            }
            rows[groupAt(inputs.view(2))].push_back(std::move(row));
        }
        std::unordered_map<int64_t, size_t> topLevel;
        for (size_t g = 0; g < rows.size(); ++g) {
            auto& list = rows[g];
            // Top-level inputs first, each list by position (sub-points of
            // different parents may interleave). Sorted by pointer: an
            // InputRow is too big to move about; usually already in order.
            std::vector<InputRow*> order;
            order.reserve(list.size());
            for (auto& row : list) {
                order.push_back(&row);
            }
            const auto before = [](const InputRow* a, const InputRow* b) {
                const bool aTop = a->parentSeq == kNoParent;
                const bool bTop = b->parentSeq == kNoParent;
                if (aTop != bTop) {
                    return aTop;
                }
                return std::tie(a->position, a->seq) < std::tie(b->position, b->seq);
            };
            if (!std::is_sorted(order.begin(), order.end(), before)) {
                std::sort(order.begin(), order.end(), before);
            }
            auto& group = event.groups[g];
            group.inputs.reserve(list.size());
            topLevel.clear();
            for (InputRow* rowPointer : order) {
                auto& row = *rowPointer;
                if (row.parentSeq == kNoParent) {
                    topLevel.emplace(row.seq, group.inputs.size());
                    group.inputs.push_back(std::move(row.input));
                    continue;
                }
                // Only one level, and only within the group.
                auto parent = topLevel.find(row.parentSeq);
                if (parent == topLevel.end()) {
                    throw FileError(FileErrorKind::Inconsistent, m_connection.path(),
                                    lang::message("fileError.subPointTooDeep"));
                }
                group.inputs[parent->second].children.push_back(std::move(row.input));
            }
            std::vector<InputRow>().swap(list);
        }
    }

    Connection& m_connection;
};

} // namespace

model::Event readEvent(Connection& connection) {
    // One read transaction: every table from the same snapshot, even while
    // another process (the app, `merge --watch`) commits to the file.
    if (!sqlite3_get_autocommit(connection.handle())) {
        return Reader(connection).read(); // the caller's transaction is the snapshot
    }
    connection.exec("BEGIN");
    try {
        model::Event event = Reader(connection).read();
        connection.exec("COMMIT");
        return event;
    } catch (...) {
        // Ends the read; its own failure must not hide the reason above.
        sqlite3_exec(connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

model::Event EventFile::load() {
    return readEvent(*m_connection);
}

} // namespace innspill::store
