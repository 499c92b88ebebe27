// Schema version 3: the kit record and the hand-in history, and a version 2
// file migrating to it with its data.
#include "store/event_file.hpp"
#include "store/kit_tables.hpp"
#include "store/schema.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include "support/sqlite_exec.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <string>

using namespace innspill;

namespace {

using test::exec;

const std::string kEvent = "0f8fad5b-d9cb-469f-a165-70867728950e";

// A file exactly as version 2 left it: migrations 1 and 2, one event, one group.
void writeVersion2(const std::filesystem::path& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
    exec(db, "PRAGMA application_id=" + std::to_string(store::kApplicationId));
    exec(db, "PRAGMA journal_mode=WAL");
    exec(db, std::string(store::migrations()[0]));
    exec(db, std::string(store::migrations()[1]));
    exec(db, "PRAGMA user_version=2");
    exec(db, "INSERT INTO event (id, title, label_initiator, label_facilitator, "
             "label_participant_count, label_inputs, label_round_heading) VALUES ('" +
                 kEvent +
                 "', 'Fra versjon 2', 'Initiativtaker', 'Støttefasilitator', "
                 "'Antall deltakere', 'Innspill til strategien', 'DAG {day}')");
    exec(db, "INSERT INTO day (id, position) VALUES ('1f8fad5b-d9cb-469f-a165-70867728950e', 0)");
    exec(db, "INSERT INTO round (id, day_id, position) VALUES "
             "('2f8fad5b-d9cb-469f-a165-70867728950e', '1f8fad5b-d9cb-469f-a165-70867728950e', 0)");
    exec(db, "INSERT INTO event_group (id, number, title, round_id) VALUES "
             "('3f8fad5b-d9cb-469f-a165-70867728950e', '1.1', 'Helse og arbeid', "
             "'2f8fad5b-d9cb-469f-a165-70867728950e')");
    sqlite3_close(db);
}

model::HandIn sampleHandIn(const model::Id& kit) {
    model::HandIn handIn;
    handIn.id = model::Id::generate();
    handIn.kitId = kit;
    handIn.facilitator = "Kari Nordmann";
    handIn.handedInAt = "2031-01-22T11:45:00Z";
    handIn.counts.groupsAdded = 3;
    handIn.counts.inputsAdded = 30;
    handIn.counts.peopleChanged = 1;
    handIn.kitState = "{\"format\": \"innspill-event\"}";
    handIn.unified = model::Id::generate().str() + " " + model::Id::generate().str() + "\n";
    return handIn;
}

} // namespace

TEST_CASE("kit tables: a version 2 file migrates to version 3 with its data") {
    REQUIRE(store::currentSchemaVersion() >= 3);
    test::TempDir dir;
    const auto path = dir / "v2.innspill";
    writeVersion2(path);

    {
        // Read-only access reads it as it is: no kit record, no history, no tables made.
        auto file = store::EventFile::open(path, store::EventFile::Access::ReadOnly);
        CHECK(file->schemaVersion() == 2);
        CHECK_FALSE(store::readKitRecord(*file));
        CHECK(store::readHandIns(*file, store::HandInDetail::Summary).empty());
    }

    auto file = store::EventFile::open(path);
    CHECK(file->schemaVersion() == store::currentSchemaVersion());
    const auto event = file->load();
    CHECK(event.title == "Fra versjon 2");
    REQUIRE(event.groups.size() == 1);
    CHECK(event.groups[0].title == "Helse og arbeid");
    CHECK_FALSE(store::readKitRecord(*file));
    CHECK(store::readHandIns(*file, store::HandInDetail::WithKitState).empty());
    CHECK(file->integrityProblems().empty());

    // The new tables take rows.
    const auto handIn = sampleHandIn(model::Id::generate());
    store::writeHandIn(*file, handIn);
    const auto read = store::readHandIns(*file, store::HandInDetail::WithKitState);
    REQUIRE(read.size() == 1);
    CHECK(read[0] == handIn);
}

TEST_CASE("kit tables: a kit record and hand-ins are written, read and removed") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    auto file = store::EventFile::create(path, test::sampleEvent());
    const auto event = file->load();

    CHECK_FALSE(store::readKitRecord(*file));
    model::KitRecord record{model::Id::generate(), event.id, "Ola Åsen", "2031-01-22T09:00:00Z",
                            "{\"arkiv\": \"æøå\"}"};
    store::writeKitRecord(*file, record);
    CHECK(store::readKitRecord(*file) == record);
    // One record per file: writing again replaces it.
    record.facilitator = "Kari";
    store::writeKitRecord(*file, record);
    CHECK(store::readKitRecord(*file) == record);

    const auto kit = model::Id::generate();
    const auto first = sampleHandIn(kit);
    auto second = sampleHandIn(kit);
    second.handedInAt = "2031-01-22T14:00:00Z";
    store::writeHandIn(*file, first);
    store::writeHandIn(*file, second);
    auto summary = store::readHandIns(*file, store::HandInDetail::Summary);
    REQUIRE(summary.size() == 2);
    CHECK(summary[0].id == first.id); // in the order they happened
    CHECK(summary[1].id == second.id);
    CHECK(summary[0].kitState.empty()); // states only when asked for
    CHECK(summary[0].counts == first.counts);

    store::deleteHandIn(*file, first.id);
    summary = store::readHandIns(*file, store::HandInDetail::Summary);
    REQUIRE(summary.size() == 1);
    CHECK(summary[0].id == second.id);
    CHECK(file->integrityProblems().empty());
}
