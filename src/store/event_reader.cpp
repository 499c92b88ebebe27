// Loading the whole event from the file into the model.
#include "store/event_file.hpp"
#include "store/photo_blobs.hpp"
#include "store/schema.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

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
        event.synthesis = readSynthesis(m_connection);
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
        return std::move(*parsed);
    }

    template <typename Enum, typename Parse>
    Enum parseEnum(std::string_view text, Parse parse, const char* what) {
        auto value = parse(text);
        if (!value) {
            throw FileError(FileErrorKind::Inconsistent, m_connection.path(),
                            lang::Message{"fileError.unknownValue", {}}
                                .withWord("what", what)
                                .with("value", std::string(text)));
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
                people.view(3), model::parsePerspective, "fileError.word.perspective");
            person.consent = people.integer(4) != 0;
            event.people.push_back(std::move(person));
        }
    }

    void readThemes(model::Event& event) {
        // A file opened read-only before version 8 has no colours: the palette draws them.
        const bool hasColour = m_connection.pragmaInteger("user_version") >= kThemeColourVersion;
        Statement themes(m_connection, std::string("SELECT id, name, description, ") +
                                           (hasColour ? "colour" : "''") +
                                           " FROM theme ORDER BY position, id");
        while (themes.step()) {
            event.themes.push_back(model::Theme{id(themes.text(0), "theme"), themes.text(1),
                                                themes.text(2), themes.text(3)});
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
            group.status = parseEnum<model::GroupStatus>(groups.view(5), model::parseGroupStatus,
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
        // Read-only connections read an older file as it is: before
        // kVotesActionsVersion no input has votes and no group has actions,
        // before kPhotoTablesVersion no group has photos.
        const auto version = m_connection.pragmaInteger("user_version");
        const bool hasVotes = version >= kVotesActionsVersion;
        if (version >= kPhotoTablesVersion) {
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
        readInputs(event, groupAt, hasVotes);
        if (hasVotes) {
            readActions(event, groupAt);
        }
    }

    template <typename GroupAt> void readActions(model::Event& event, GroupAt& groupAt) {
        Statement actions(m_connection, "SELECT group_id, id, what, who, next_step, due, resources "
                                        "FROM group_action ORDER BY group_id, position, seq");
        while (actions.step()) {
            model::Action action;
            action.id = id(actions.view(1), "group_action");
            action.what = actions.text(2);
            action.who = actions.text(3);
            action.nextStep = actions.text(4);
            action.due = actions.text(5);
            action.resources = actions.text(6);
            event.groups[groupAt(actions.view(0))].actions.push_back(std::move(action));
        }
    }

    // One input row, before it has its place.
    struct InputRow {
        int64_t position = 0;
        int64_t seq = 0;
        bool topLevel = true;
        std::string parentId; // a sub-point's parent, by id
        model::Input input;
    };

    // Strings hashed and compared as string_views: rows are looked up by the
    // text SQLite hands out, without a copy.
    struct TextHash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const noexcept {
            return std::hash<std::string_view>{}(text);
        }
    };
    using ThemeTags = std::unordered_map<std::string, std::vector<std::pair<int64_t, model::Id>>,
                                         TextHash, std::equal_to<>>;

    // Theme tags by input id, each input's in tagging order: the table in
    // storage order (joining it to input to sort by input cost more than
    // reading the inputs).
    ThemeTags readThemeTags() {
        ThemeTags tags;
        Statement themes(m_connection, "SELECT input_id, position, theme_id FROM input_theme");
        while (themes.step()) {
            auto& list = tags[std::string(themes.view(0))];
            list.emplace_back(themes.integer(1), id(themes.view(2), "input_theme"));
        }
        for (auto& [input, list] : tags) {
            if (!std::is_sorted(list.begin(), list.end())) {
                std::sort(list.begin(), list.end());
            }
        }
        return tags;
    }

    // The input table in storage order (a straight scan, several times
    // faster than walking an index and fetching each row, and no join per
    // row), each row put in its group with its theme tags and its votes;
    // then each group's inputs ordered by position, sub-points under their
    // parents, found by id among the group's own inputs (one level, within
    // the group).
    template <typename GroupAt>
    void readInputs(model::Event& event, GroupAt& groupAt, bool hasVotes) {
        ThemeTags tags = readThemeTags();
        std::vector<std::vector<InputRow>> rows(event.groups.size());
        Statement inputs(
            m_connection,
            std::string("SELECT seq, id, group_id, position, kind, text, parent_id, ") +
                (hasVotes ? "votes" : "0") + " FROM input");
        while (inputs.step()) {
            InputRow row;
            row.seq = inputs.integer(0);
            row.position = inputs.integer(3);
            if (!inputs.isNull(6)) {
                row.topLevel = false;
                row.parentId = inputs.view(6);
            }
            const auto inputId = inputs.view(1);
            row.input.id = id(inputId, "input");
            row.input.kind = parseEnum<model::InputKind>(inputs.view(4), model::parseInputKind,
                                                         "fileError.word.type");
            row.input.text = inputs.text(5);
            row.input.votes = static_cast<int>(inputs.integer(7));
            if (!tags.empty()) {
                if (auto found = tags.find(inputId); found != tags.end()) {
                    row.input.themes.reserve(found->second.size());
                    for (auto& tag : found->second) {
                        row.input.themes.push_back(std::move(tag.second));
                    }
                }
            }
            rows[groupAt(inputs.view(2))].push_back(std::move(row));
        }
        std::unordered_map<std::string_view, size_t> topLevel;
        std::vector<size_t> parentOf;
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
                if (a->topLevel != b->topLevel) {
                    return a->topLevel;
                }
                return std::tie(a->position, a->seq) < std::tie(b->position, b->seq);
            };
            if (!std::is_sorted(order.begin(), order.end(), before)) {
                std::sort(order.begin(), order.end(), before);
            }
            // Where each row goes, while the rows still hold their ids.
            topLevel.clear();
            parentOf.assign(order.size(), 0);
            for (size_t i = 0; i < order.size(); ++i) {
                const InputRow& row = *order[i];
                if (row.topLevel) {
                    topLevel.emplace(row.input.id.str(), topLevel.size());
                    continue;
                }
                auto parent = topLevel.find(row.parentId);
                if (parent == topLevel.end()) {
                    const bool isSubPoint =
                        std::any_of(list.begin(), list.end(), [&](const InputRow& other) {
                            return other.input.id.str() == row.parentId;
                        });
                    throw FileError(FileErrorKind::Inconsistent, m_connection.path(),
                                    lang::message(isSubPoint ? "fileError.subPointTooDeep"
                                                             : "fileError.subPointWithoutParent"));
                }
                parentOf[i] = parent->second;
            }
            auto& group = event.groups[g];
            group.inputs.reserve(topLevel.size());
            for (size_t i = 0; i < order.size(); ++i) {
                auto& row = *order[i];
                if (row.topLevel) {
                    group.inputs.push_back(std::move(row.input));
                } else {
                    group.inputs[parentOf[i]].children.push_back(std::move(row.input));
                }
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
