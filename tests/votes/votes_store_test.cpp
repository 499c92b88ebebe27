// Votes and actions in the event file: written and read back whole, changed
// row by row (one UPDATE for a count), and a file from before version 7
// read as it is (no votes, no actions) and then migrated.
#include "voted_event.hpp"

#include "store/event_file.hpp"
#include "store/schema.hpp"
#include "support/on_disk.hpp"
#include "support/sqlite_exec.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace innspill;

TEST_CASE("votes and actions: written and read back as they were") {
    test::TempDir dir;
    const auto path = dir / "v.innspill";
    const model::Event event = test::votedEvent();
    store::EventFile::create(path, event);
    model::Event loaded = test::onDisk(path);
    CHECK(loaded == event);
    CHECK(test::groupNumbered(loaded, "1.1").inputs[0].votes == 12);
}

TEST_CASE("votes and actions: a change writes only what changed") {
    test::TempDir dir;
    const auto path = dir / "v.innspill";
    model::Event event = test::votedEvent();
    auto file = store::EventFile::create(path, event);
    auto& group = test::groupNumbered(event, "1.1");
    const model::Group before = group;
    group.inputs[1].children[0].votes = 9;
    group.actions[0].nextStep = "Invitere til møte";
    group.actions.erase(group.actions.begin() + 1);
    group.actions.push_back(model::Action{model::Id::generate(), "Nytt", "", "", "", ""});
    file->writeGroupChange(before, group);
    CHECK(test::onDisk(path) == event);
    CHECK(file->integrityProblems().empty());
    // Deleting the group takes its actions along.
    file->deleteGroup(group.id);
    store::Statement count(file->connection(), "SELECT count(*) FROM group_action");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 0);
}

TEST_CASE("votes: the file refuses a negative count") {
    test::TempDir dir;
    const auto path = dir / "v.innspill";
    model::Event event = test::votedEvent();
    event.groups[0].inputs[1].votes = -1;
    CHECK_THROWS(store::EventFile::create(path, event));
}

TEST_CASE("a version 8 file: read as it is without votes, then migrated to hold them") {
    REQUIRE(store::currentSchemaVersion() >= store::kVotesActionsVersion);
    test::TempDir dir;
    const auto path = dir / "v8.innspill";
    const std::string event = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const std::string day = "1f8fad5b-d9cb-469f-a165-70867728950e";
    const std::string round = "2f8fad5b-d9cb-469f-a165-70867728950e";
    const std::string group = "3f8fad5b-d9cb-469f-a165-70867728950e";
    const std::string input = "4f8fad5b-d9cb-469f-a165-70867728950e";
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
        test::exec(db, "PRAGMA application_id=" + std::to_string(store::kApplicationId));
        test::exec(db, "PRAGMA journal_mode=WAL");
        for (int step = 0; step + 1 < store::kVotesActionsVersion; ++step) {
            test::exec(db, std::string(store::migrations()[static_cast<size_t>(step)]));
        }
        test::exec(db, "PRAGMA user_version=" + std::to_string(store::kVotesActionsVersion - 1));
        test::exec(db, "INSERT INTO event (id, title, label_initiator, label_facilitator, "
                       "label_participant_count, label_inputs, label_round_heading) VALUES ('" +
                           event + "', 'Før stemmer', 'a', 'b', 'c', 'd', 'e')");
        test::exec(db, "INSERT INTO day (id, position) VALUES ('" + day + "', 0)");
        test::exec(db, "INSERT INTO round (id, day_id, position) VALUES ('" + round + "', '" + day +
                           "', 0)");
        test::exec(db, "INSERT INTO event_group (id, number, title, round_id) VALUES ('" + group +
                           "', '1.1', 'Gruppe', '" + round + "')");
        test::exec(db, "INSERT INTO input (id, group_id, position, text) VALUES ('" + input +
                           "', '" + group + "', 0, 'Et innspill')");
        sqlite3_close(db);
    }
    {
        auto file = store::EventFile::open(path, store::EventFile::Access::ReadOnly);
        CHECK(file->schemaVersion() == store::kVotesActionsVersion - 1);
        const auto loaded = file->load();
        REQUIRE(loaded.groups.size() == 1);
        CHECK(loaded.groups[0].inputs.at(0).votes == 0);
        CHECK(loaded.groups[0].actions.empty());
    }
    {
        auto file = store::EventFile::open(path);
        CHECK(file->schemaVersion() == store::currentSchemaVersion());
        auto loaded = file->load();
        const model::Group before = loaded.groups[0];
        loaded.groups[0].inputs[0].votes = 5;
        loaded.groups[0].actions.push_back(
            model::Action{model::Id::generate(), "Gjøre noe", "Noen", "", "", ""});
        file->writeGroupChange(before, loaded.groups[0]);
        CHECK(file->integrityProblems().empty());
    }
    const auto after = test::onDisk(path);
    CHECK(after.groups[0].inputs[0].votes == 5);
    REQUIRE(after.groups[0].actions.size() == 1);
    CHECK(after.groups[0].actions[0].who == "Noen");
}
