#include "store/event_file.hpp"
#include "store/schema.hpp"
#include "support/temp_dir.hpp"

#include "support/sqlite_exec.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <string>

using namespace innspill;

namespace {

using test::exec;
} // namespace

TEST_CASE("a version 1 file migrates forward with its data") {
    REQUIRE(store::currentSchemaVersion() >= 2);
    test::TempDir dir;
    const auto path = dir / "old.innspill";
    const std::string event = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const std::string day = "1f8fad5b-d9cb-469f-a165-70867728950e";
    const std::string round = "2f8fad5b-d9cb-469f-a165-70867728950e";
    const std::string group = "3f8fad5b-d9cb-469f-a165-70867728950e";
    const std::string input = "4f8fad5b-d9cb-469f-a165-70867728950e";
    {
        // Build the file exactly as the first released version did.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
        exec(db, "PRAGMA application_id=" + std::to_string(store::kApplicationId));
        exec(db, "PRAGMA journal_mode=WAL");
        exec(db, std::string(store::migrations()[0]));
        exec(db, "PRAGMA user_version=1");
        exec(db, "INSERT INTO event (id, title, label_initiator, label_facilitator, "
                 "label_participant_count, label_inputs, label_round_heading) VALUES ('" +
                     event +
                     "', 'Gammel fil', 'Initiativtaker', 'Støttefasilitator', "
                     "'Antall deltakere', 'Innspill til strategien', 'DAG {day}')");
        exec(db, "INSERT INTO day (id, position) VALUES ('" + day + "', 0)");
        exec(db,
             "INSERT INTO round (id, day_id, position) VALUES ('" + round + "', '" + day + "', 0)");
        exec(db, "INSERT INTO event_group (id, number, title, round_id) VALUES ('" + group +
                     "', '1.1', 'Helse og arbeid', '" + round + "')");
        exec(db, "INSERT INTO input (id, group_id, position, text) VALUES ('" + input + "', '" +
                     group + "', 0, 'Tverrfaglige sentre i kommunene')");
        sqlite3_close(db);
    }

    auto file = store::EventFile::open(path);
    CHECK(file->schemaVersion() == store::currentSchemaVersion());
    const auto loaded = file->load();
    CHECK(loaded.title == "Gammel fil");
    REQUIRE(loaded.groups.size() == 1);
    CHECK(loaded.groups[0].inputs.at(0).text == "Tverrfaglige sentre i kommunene");
    CHECK(file->integrityProblems().empty());

    // Version 2's search index covers the rows that existed before the migration…
    store::Statement search(
        file->connection(),
        "SELECT count(*) FROM input_search WHERE input_search MATCH 'KOMMUNENE'");
    REQUIRE(search.step());
    CHECK(search.integer(0) == 1);
    // …and follows edits made after it.
    auto event2 = loaded;
    event2.groups[0].inputs[0].text = "Æøå-sentre for helse";
    file->writeGroup(event2.groups[0]);
    store::Statement folded(file->connection(),
                            "SELECT count(*) FROM input_search WHERE input_search MATCH 'æøå'");
    REQUIRE(folded.step());
    CHECK(folded.integer(0) == 1);
    store::Statement helse(file->connection(),
                           "SELECT count(*) FROM input_search WHERE input_search MATCH 'Helse'");
    REQUIRE(helse.step());
    CHECK(helse.integer(0) == 1);
}

TEST_CASE("opening a file read-only does not migrate it") {
    test::TempDir dir;
    const auto path = dir / "old.innspill";
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
        exec(db, "PRAGMA application_id=" + std::to_string(store::kApplicationId));
        exec(db, std::string(store::migrations()[0]));
        exec(db, "PRAGMA user_version=1");
        exec(db, "INSERT INTO event (id, title, label_initiator, label_facilitator, "
                 "label_participant_count, label_inputs, label_round_heading) VALUES "
                 "('0f8fad5b-d9cb-469f-a165-70867728950e', 'Gammel', 'a', 'b', 'c', 'd', 'e')");
        sqlite3_close(db);
    }
    const std::string before = test::readFile(path);
    {
        auto file = store::EventFile::open(path, store::EventFile::Access::ReadOnly);
        CHECK(file->load().title == "Gammel");
        CHECK(file->schemaVersion() == 1);
    }
    CHECK(test::readFile(path) == before);
}

TEST_CASE("a version 3 file gains the name policy: the default, then as written") {
    REQUIRE(store::currentSchemaVersion() >= 5);
    test::TempDir dir;
    const auto path = dir / "v3.innspill";
    {
        // Build the file as version 3 did.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
        exec(db, "PRAGMA application_id=" + std::to_string(store::kApplicationId));
        exec(db, "PRAGMA journal_mode=WAL");
        for (size_t step = 0; step < 3; ++step) {
            exec(db, std::string(store::migrations()[step]));
        }
        exec(db, "PRAGMA user_version=3");
        exec(db, "INSERT INTO event (id, title, label_initiator, label_facilitator, "
                 "label_participant_count, label_inputs, label_round_heading) VALUES "
                 "('0f8fad5b-d9cb-469f-a165-70867728950e', 'Fra versjon 3', 'a', 'b', 'c', 'd', "
                 "'e')");
        sqlite3_close(db);
    }
    {
        // Read-only: read as it is, with the default policy, and not migrated.
        auto file = store::EventFile::open(path, store::EventFile::Access::ReadOnly);
        CHECK(file->schemaVersion() == 3);
        CHECK(file->load().namePolicy == model::NamePolicy::WithConsent);
    }
    {
        auto file = store::EventFile::open(path);
        CHECK(file->schemaVersion() == store::currentSchemaVersion());
        auto event = file->load();
        CHECK(event.title == "Fra versjon 3");
        CHECK(event.namePolicy == model::NamePolicy::WithConsent);
        event.namePolicy = model::NamePolicy::Everyone;
        file->writeEventFields(event);
        CHECK(file->integrityProblems().empty());
    }
    auto file = store::EventFile::open(path);
    CHECK(file->load().namePolicy == model::NamePolicy::Everyone);
}

TEST_CASE("a name policy the program does not know is refused as inconsistent") {
    test::TempDir dir;
    const auto path = dir / "odd.innspill";
    auto event = model::makeEvent("Ukjent policy");
    event.namePolicy = model::NamePolicy::Nobody;
    store::EventFile::create(path, event);
    CHECK(store::EventFile::open(path)->load().namePolicy == model::NamePolicy::Nobody);
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
        exec(db, "UPDATE event SET name_policy = 'alle'");
        sqlite3_close(db);
    }
    CHECK_THROWS_AS(store::EventFile::open(path)->load(), store::FileError);
}
