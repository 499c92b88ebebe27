// The synthesis in the event file: round trip, the edit-by-edit writer, and
// the migration from the version before the synthesis tables.
#include "model/input_index.hpp"
#include "store/event_file.hpp"
#include "store/schema.hpp"
#include "support/sample_synthesis.hpp"
#include "support/sqlite_exec.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace innspill;

TEST_CASE("the synthesis survives the event file") {
    test::TempDir dir;
    const model::Event event = test::sampleEventWithSynthesis();
    store::EventFile::create(dir / "e.innspill", event);
    auto file = store::EventFile::open(dir / "e.innspill");
    const auto loaded = file->load();
    CHECK(loaded.synthesis == event.synthesis);
    CHECK(loaded == event);
    CHECK(file->integrityProblems().empty());
}

TEST_CASE("writing a synthesis change gives the same file as writing it whole") {
    test::TempDir dir;
    model::Event event = test::sampleEventWithSynthesis();
    auto file = store::EventFile::create(dir / "e.innspill", event);
    auto& s = event.synthesis;
    const model::Synthesis before = s;
    // Reorder, edit a measure, move a measure to another challenge, delete
    // a challenge, add one, change the lists.
    std::swap(s.challenges[0], s.challenges[2]);
    s.challenges[2].measures[0].text = "Ny forklaring";
    s.challenges[1].measures.push_back(s.challenges[2].measures[1]);
    s.challenges[2].measures.pop_back();
    s.challenges.erase(s.challenges.begin());
    model::Challenge added;
    added.id = model::Id::generate();
    added.theme = event.themes[3].id;
    added.inputs = {before.challenges[0].inputs[0]};
    s.challenges.push_back(added);
    s.introductions[0].text = "Endret";
    s.priorities.pop_back();
    s.parked.clear();
    file->writeSynthesisChange(before, s);
    CHECK(file->load().synthesis == s);
    // And back again.
    file->writeSynthesisChange(s, before);
    CHECK(file->load().synthesis == before);
    CHECK(file->integrityProblems().empty());
}

TEST_CASE("a source whose input is deleted stays in the file, and comes back whole") {
    test::TempDir dir;
    model::Event event = test::sampleEventWithSynthesis();
    auto file = store::EventFile::create(dir / "e.innspill", event);
    const model::Id source = event.synthesis.challenges[0].inputs[0];
    const auto place = model::indexInputs(event).at(source);
    model::Group group = *place.group;
    const model::Group original = group;
    std::erase_if(group.inputs, [&](const model::Input& input) { return input.id == source; });
    file->writeGroupChange(original, group);
    auto loaded = file->load();
    CHECK(loaded.synthesis.challenges[0].inputs[0] == source);
    CHECK(file->integrityProblems().empty());
    file->writeGroupChange(group, original);
    CHECK(file->load() == event);
}

TEST_CASE("a version 6 file gains the synthesis tables, empty, and keeps its data") {
    REQUIRE(store::kSynthesisTablesVersion <= store::currentSchemaVersion());
    test::TempDir dir;
    const auto path = dir / "v6.innspill";
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
        test::exec(db, "PRAGMA application_id=" + std::to_string(store::kApplicationId));
        test::exec(db, "PRAGMA journal_mode=WAL");
        for (int step = 0; step < store::kSynthesisTablesVersion - 1; ++step) {
            test::exec(db, std::string(store::migrations()[static_cast<size_t>(step)]));
        }
        test::exec(db, "PRAGMA user_version=" + std::to_string(store::kSynthesisTablesVersion - 1));
        test::exec(db, "INSERT INTO event (id, title, label_initiator, label_facilitator, "
                       "label_participant_count, label_inputs, label_round_heading) VALUES "
                       "('0f8fad5b-d9cb-469f-a165-70867728950e', 'Før syntesen', 'a', 'b', "
                       "'c', 'd', 'e')");
        test::exec(db, "INSERT INTO day (id, position) VALUES "
                       "('1f8fad5b-d9cb-469f-a165-70867728950e', 0)");
        test::exec(db, "INSERT INTO round (id, day_id, position) VALUES "
                       "('2f8fad5b-d9cb-469f-a165-70867728950e', "
                       "'1f8fad5b-d9cb-469f-a165-70867728950e', 0)");
        test::exec(db, "INSERT INTO event_group (id, number, round_id) VALUES "
                       "('3f8fad5b-d9cb-469f-a165-70867728950e', '1.1', "
                       "'2f8fad5b-d9cb-469f-a165-70867728950e')");
        test::exec(db, "INSERT INTO input (id, group_id, position, text) VALUES "
                       "('4f8fad5b-d9cb-469f-a165-70867728950e', "
                       "'3f8fad5b-d9cb-469f-a165-70867728950e', 0, 'Helsebringende arbeid')");
        sqlite3_close(db);
    }
    {
        auto file = store::EventFile::open(path, store::EventFile::Access::ReadOnly);
        CHECK(file->schemaVersion() == store::kSynthesisTablesVersion - 1);
        CHECK(file->load().synthesis == model::Synthesis{});
    }
    auto file = store::EventFile::open(path);
    CHECK(file->schemaVersion() == store::currentSchemaVersion());
    auto event = file->load();
    CHECK(event.title == "Før syntesen");
    CHECK(event.synthesis == model::Synthesis{});
    // The vocabulary over the input index sees the rows from before.
    store::Statement vocabulary(file->connection(),
                                "SELECT doc FROM input_vocabulary WHERE term = 'helsebringende'");
    REQUIRE(vocabulary.step());
    CHECK(vocabulary.integer(0) == 1);
    model::Challenge challenge;
    challenge.id = model::Id::generate();
    challenge.theme = model::Id::generate();
    challenge.inputs = {event.groups[0].inputs[0].id};
    event.synthesis.challenges.push_back(challenge);
    file->writeSynthesis(event.synthesis);
    CHECK(file->load().synthesis == event.synthesis);
    CHECK(file->integrityProblems().empty());
}
