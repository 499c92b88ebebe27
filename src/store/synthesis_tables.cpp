// The synthesis in the event file (schema version kSynthesisTablesVersion):
// reading it whole, writing it whole, and writing only what an edit changed
// (typing into one measure rewrites that challenge's rows, not all of them).
#include "store/event_file.hpp"
#include "store/savepoint.hpp"
#include "store/schema.hpp"

#include <unordered_map>

namespace innspill::store {

using model::Id;

namespace {

Id parseId(Connection& connection, std::string_view text, const char* table) {
    auto parsed = Id::parse(text);
    if (!parsed) {
        throw FileError(
            FileErrorKind::Inconsistent, connection.path(),
            lang::message("fileError.badId", {{"table", table}, {"id", std::string(text)}}));
    }
    return *parsed;
}

void writeIntroductions(Connection& connection, const model::Synthesis& synthesis) {
    connection.exec("DELETE FROM theme_introduction");
    Statement& insert = connection.prepared(
        "INSERT INTO theme_introduction (theme_id, position, text) VALUES (?, ?, ?)");
    for (size_t i = 0; i < synthesis.introductions.size(); ++i) {
        const auto& introduction = synthesis.introductions[i];
        insert.bind(1, std::string_view(introduction.theme.str()))
            .bind(2, static_cast<int64_t>(i))
            .bind(3, std::string_view(introduction.text))
            .run();
    }
}

void writePriorities(Connection& connection, const model::Synthesis& synthesis) {
    connection.exec("DELETE FROM synthesis_priority");
    Statement& insert =
        connection.prepared("INSERT INTO synthesis_priority (position, challenge_id, measure_id, "
                            "recommendation) VALUES (?, ?, ?, ?)");
    for (size_t i = 0; i < synthesis.priorities.size(); ++i) {
        const auto& priority = synthesis.priorities[i];
        insert.bind(1, static_cast<int64_t>(i))
            .bind(2, std::string_view(priority.challenge.str()))
            .bind(3, priority.measure ? std::optional<std::string>(priority.measure->str())
                                      : std::nullopt)
            .bind(4, std::string_view(priority.recommendation))
            .run();
    }
}

void writeParked(Connection& connection, const model::Synthesis& synthesis) {
    connection.exec("DELETE FROM parked_input");
    Statement& insert = connection.prepared(
        "INSERT INTO parked_input (input_id, position, reason) VALUES (?, ?, ?)");
    for (size_t i = 0; i < synthesis.parked.size(); ++i) {
        const auto& parked = synthesis.parked[i];
        insert.bind(1, std::string_view(parked.input.str()))
            .bind(2, static_cast<int64_t>(i))
            .bind(3, std::string_view(parked.reason))
            .run();
    }
}

void clearChallengeParts(Connection& connection, const Id& challenge) {
    Statement& measures = connection.prepared("DELETE FROM measure WHERE challenge_id = ?");
    measures.bind(1, std::string_view(challenge.str())).run();
    Statement& sources = connection.prepared("DELETE FROM synthesis_source WHERE challenge_id = ?");
    sources.bind(1, std::string_view(challenge.str())).run();
    Statement& actions = connection.prepared("DELETE FROM challenge_action WHERE challenge_id = ?");
    actions.bind(1, std::string_view(challenge.str())).run();
}

void insertSources(Connection& connection, const Id& challenge, const Id& owner,
                   const std::vector<Id>& inputs) {
    Statement& insert = connection.prepared("INSERT OR IGNORE INTO synthesis_source "
                                            "(challenge_id, owner_id, position, input_id) "
                                            "VALUES (?, ?, ?, ?)");
    for (size_t i = 0; i < inputs.size(); ++i) {
        insert.bind(1, std::string_view(challenge.str()))
            .bind(2, std::string_view(owner.str()))
            .bind(3, static_cast<int64_t>(i))
            .bind(4, std::string_view(inputs[i].str()))
            .run();
    }
}

void writeChallengeRow(Connection& connection, const model::Challenge& challenge, size_t position) {
    Statement& upsert = connection.prepared(
        "INSERT INTO challenge (id, theme_id, position, title, description) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET theme_id = excluded.theme_id, "
        "position = excluded.position, title = excluded.title, "
        "description = excluded.description");
    upsert.bind(1, std::string_view(challenge.id.str()))
        .bind(2, std::string_view(challenge.theme.str()))
        .bind(3, static_cast<int64_t>(position))
        .bind(4, std::string_view(challenge.title))
        .bind(5, std::string_view(challenge.description))
        .run();
}

// The challenge's measures and every source link under it; its parts were cleared.
void insertChallengeParts(Connection& connection, const model::Challenge& challenge) {
    insertSources(connection, challenge.id, challenge.id, challenge.inputs);
    Statement& insert = connection.prepared(
        "INSERT INTO measure (id, challenge_id, position, lead, text) VALUES (?, ?, ?, ?, ?)");
    for (size_t m = 0; m < challenge.measures.size(); ++m) {
        const auto& measure = challenge.measures[m];
        insert.bind(1, std::string_view(measure.id.str()))
            .bind(2, std::string_view(challenge.id.str()))
            .bind(3, static_cast<int64_t>(m))
            .bind(4, std::string_view(measure.lead))
            .bind(5, std::string_view(measure.text))
            .run();
        insertSources(connection, challenge.id, measure.id, measure.inputs);
    }
    Statement& action = connection.prepared(
        "INSERT INTO challenge_action (id, challenge_id, position, what, who, next_step, due, "
        "resources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t a = 0; a < challenge.actions.size(); ++a) {
        const model::Action& row = challenge.actions[a];
        action.bind(1, std::string_view(row.id.str()))
            .bind(2, std::string_view(challenge.id.str()))
            .bind(3, static_cast<int64_t>(a))
            .bind(4, std::string_view(row.what))
            .bind(5, std::string_view(row.who))
            .bind(6, std::string_view(row.nextStep))
            .bind(7, std::string_view(row.due))
            .bind(8, std::string_view(row.resources))
            .run();
    }
}

bool sameRow(const model::Challenge& a, const model::Challenge& b) {
    return a.theme == b.theme && a.title == b.title && a.description == b.description;
}

bool sameParts(const model::Challenge& a, const model::Challenge& b) {
    return a.inputs == b.inputs && a.measures == b.measures && a.actions == b.actions;
}

// The challenges' actions (schema kChallengeActionsVersion on).
void readChallengeActions(Connection& connection, model::Synthesis& synthesis,
                          const std::unordered_map<std::string, size_t>& challengeIndex) {
    Statement actions(connection, "SELECT challenge_id, id, what, who, next_step, due, resources "
                                  "FROM challenge_action ORDER BY challenge_id, position, seq");
    while (actions.step()) {
        auto owner = challengeIndex.find(std::string(actions.view(0)));
        if (owner == challengeIndex.end()) {
            throw FileError(FileErrorKind::Inconsistent, connection.path(),
                            lang::message("fileError.badId", {{"table", "challenge_action"},
                                                              {"id", actions.text(0)}}));
        }
        model::Action action;
        action.id = parseId(connection, actions.view(1), "challenge_action");
        action.what = actions.text(2);
        action.who = actions.text(3);
        action.nextStep = actions.text(4);
        action.due = actions.text(5);
        action.resources = actions.text(6);
        synthesis.challenges[owner->second].actions.push_back(std::move(action));
    }
}

} // namespace

model::Synthesis readSynthesis(Connection& connection) {
    model::Synthesis synthesis;
    if (connection.pragmaInteger("user_version") < kSynthesisTablesVersion) {
        return synthesis; // a file opened read-only, from before the synthesis
    }
    Statement introductions(connection,
                            "SELECT theme_id, text FROM theme_introduction ORDER BY position");
    while (introductions.step()) {
        synthesis.introductions.push_back(model::ThemeIntroduction{
            parseId(connection, introductions.view(0), "theme_introduction"),
            introductions.text(1)});
    }
    std::unordered_map<std::string, size_t> challengeIndex;
    Statement challenges(connection, "SELECT id, theme_id, title, description FROM challenge "
                                     "ORDER BY position, id");
    while (challenges.step()) {
        model::Challenge challenge;
        challenge.id = parseId(connection, challenges.view(0), "challenge");
        challenge.theme = parseId(connection, challenges.view(1), "challenge");
        challenge.title = challenges.text(2);
        challenge.description = challenges.text(3);
        challengeIndex.emplace(challenge.id.str(), synthesis.challenges.size());
        synthesis.challenges.push_back(std::move(challenge));
    }
    // Where each measure sits, to put its sources under it.
    std::unordered_map<std::string, std::pair<size_t, size_t>> measureAt;
    Statement measures(connection, "SELECT id, challenge_id, lead, text FROM measure "
                                   "ORDER BY challenge_id, position, id");
    while (measures.step()) {
        auto owner = challengeIndex.find(std::string(measures.view(1)));
        if (owner == challengeIndex.end()) {
            throw FileError(
                FileErrorKind::Inconsistent, connection.path(),
                lang::message("fileError.badId", {{"table", "measure"}, {"id", measures.text(1)}}));
        }
        auto& list = synthesis.challenges[owner->second].measures;
        measureAt.emplace(measures.text(0), std::pair(owner->second, list.size()));
        list.push_back(model::Measure{parseId(connection, measures.view(0), "measure"),
                                      measures.text(2),
                                      measures.text(3),
                                      {}});
    }
    Statement sources(connection, "SELECT owner_id, input_id FROM synthesis_source "
                                  "ORDER BY owner_id, position");
    while (sources.step()) {
        const std::string owner(sources.view(0));
        const Id input = parseId(connection, sources.view(1), "synthesis_source");
        if (auto challenge = challengeIndex.find(owner); challenge != challengeIndex.end()) {
            synthesis.challenges[challenge->second].inputs.push_back(input);
        } else if (auto measure = measureAt.find(owner); measure != measureAt.end()) {
            synthesis.challenges[measure->second.first]
                .measures[measure->second.second]
                .inputs.push_back(input);
        }
    }
    if (connection.pragmaInteger("user_version") >= kChallengeActionsVersion) {
        readChallengeActions(connection, synthesis, challengeIndex);
    }
    Statement priorities(connection, "SELECT challenge_id, measure_id, recommendation "
                                     "FROM synthesis_priority ORDER BY position");
    while (priorities.step()) {
        model::Priority priority;
        priority.challenge = parseId(connection, priorities.view(0), "synthesis_priority");
        if (!priorities.isNull(1)) {
            priority.measure = parseId(connection, priorities.view(1), "synthesis_priority");
        }
        priority.recommendation = priorities.text(2);
        synthesis.priorities.push_back(std::move(priority));
    }
    Statement parked(connection, "SELECT input_id, reason FROM parked_input ORDER BY position");
    while (parked.step()) {
        synthesis.parked.push_back(model::ParkedInput{
            parseId(connection, parked.view(0), "parked_input"), parked.text(1)});
    }
    return synthesis;
}

void EventFile::writeSynthesis(const model::Synthesis& synthesis) {
    Savepoint savepoint(*m_connection);
    m_connection->exec("DELETE FROM synthesis_source");
    m_connection->exec("DELETE FROM challenge_action");
    m_connection->exec("DELETE FROM measure");
    m_connection->exec("DELETE FROM challenge");
    for (size_t i = 0; i < synthesis.challenges.size(); ++i) {
        writeChallengeRow(*m_connection, synthesis.challenges[i], i);
        insertChallengeParts(*m_connection, synthesis.challenges[i]);
    }
    writeIntroductions(*m_connection, synthesis);
    writePriorities(*m_connection, synthesis);
    writeParked(*m_connection, synthesis);
    savepoint.release();
}

void EventFile::writeSynthesisChange(const model::Synthesis& before,
                                     const model::Synthesis& after) {
    Savepoint savepoint(*m_connection);
    std::unordered_map<Id, size_t> beforeIndex;
    for (size_t i = 0; i < before.challenges.size(); ++i) {
        beforeIndex.emplace(before.challenges[i].id, i);
    }
    std::unordered_map<Id, size_t> afterIndex;
    for (size_t i = 0; i < after.challenges.size(); ++i) {
        afterIndex.emplace(after.challenges[i].id, i);
    }
    // First take away what goes or is rewritten (a measure may move from one
    // challenge to another in one change), then write.
    for (const auto& challenge : before.challenges) {
        auto found = afterIndex.find(challenge.id);
        if (found == afterIndex.end()) {
            clearChallengeParts(*m_connection, challenge.id);
            Statement& remove = m_connection->prepared("DELETE FROM challenge WHERE id = ?");
            remove.bind(1, std::string_view(challenge.id.str())).run();
        } else if (!sameParts(challenge, after.challenges[found->second])) {
            clearChallengeParts(*m_connection, challenge.id);
        }
    }
    for (size_t i = 0; i < after.challenges.size(); ++i) {
        const auto& challenge = after.challenges[i];
        auto found = beforeIndex.find(challenge.id);
        const model::Challenge* old =
            found == beforeIndex.end() ? nullptr : &before.challenges[found->second];
        if (!old || found->second != i || !sameRow(*old, challenge)) {
            writeChallengeRow(*m_connection, challenge, i);
        }
        if (!old || !sameParts(*old, challenge)) {
            insertChallengeParts(*m_connection, challenge);
        }
    }
    if (before.introductions != after.introductions) {
        writeIntroductions(*m_connection, after);
    }
    if (before.priorities != after.priorities) {
        writePriorities(*m_connection, after);
    }
    if (before.parked != after.parked) {
        writeParked(*m_connection, after);
    }
    savepoint.release();
}

} // namespace innspill::store
