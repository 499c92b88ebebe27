#include "store/event_file.hpp"
#include "store/schema.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace innspill;
using store::EventFile;

TEST_CASE("an event survives a round trip through its file") {
    test::TempDir dir;
    const auto event = test::sampleEvent();
    {
        auto file = EventFile::create(dir / "a.innspill", event);
        CHECK(file->schemaVersion() == store::currentSchemaVersion());
        CHECK(file->load() == [&] {
            // The file keeps groups in the order they were written.
            return event;
        }());
    }
    auto reopened = EventFile::open(dir / "a.innspill");
    CHECK(reopened->load() == event);
    CHECK(reopened->integrityProblems().empty());
}

TEST_CASE("inputs load in position order whatever order their rows were stored in") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    auto file = EventFile::create(dir / "a.innspill", event);
    // Reordered, a sub-point moved to another parent, tags changed and a new
    // input first: the rows' storage order no longer follows the lists.
    auto& group = event.groups[1];
    REQUIRE(group.inputs.size() >= 2);
    const model::Group before = group;
    std::reverse(group.inputs.begin(), group.inputs.end());
    for (auto& input : group.inputs) {
        if (!input.children.empty()) {
            group.inputs.front().children.push_back(input.children.back());
            input.children.pop_back();
            break;
        }
    }
    REQUIRE(event.themes.size() >= 2);
    group.inputs.front().themes = {event.themes.back().id, event.themes.front().id};
    group.inputs.insert(
        group.inputs.begin(),
        model::Input{
            model::Id::generate(), "Først", model::InputKind::Item, {}, {event.themes[0].id}});
    file->writeGroupChange(before, group);
    CHECK(file->load() == event);
    auto opened = EventFile::openAndLoad(dir / "a.innspill");
    CHECK(opened.event == event);
    CHECK(opened.file->load() == event);
}

TEST_CASE("the file is marked as ours and uses WAL") {
    test::TempDir dir;
    auto file = EventFile::create(dir / "a.innspill", test::sampleEvent());
    CHECK(file->connection().pragmaInteger("application_id") == store::kApplicationId);
    CHECK(file->connection().pragmaInteger("foreign_keys") == 1);
    store::Statement mode(file->connection(), "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
}

TEST_CASE("each edit is written on its own and reloads") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    auto file = EventFile::create(dir / "a.innspill", event);

    event.title = "Ny tittel – «2031»";
    event.guidingQuestions.push_back("Et tredje spørsmål?");
    file->writeEventFields(event);

    auto& group = event.groups[1];
    group.inputs.push_back(model::Input{model::Id::generate(), "Nytt innspill", {}, {}, {}});
    group.inputs[1].children.erase(group.inputs[1].children.begin());
    group.participantCount.reset();
    file->writeGroup(group);

    model::Person newcomer{model::Id::generate(), "Ny Person", "", model::Perspective::Other, true};
    event.people.push_back(newcomer);
    file->writePerson(newcomer);

    event.rooms.pop_back();
    event.groups[3].roomId.reset(); // was in the removed room
    file->writeGroup(event.groups[3]);
    file->writeProgramme(event);

    event.themes.erase(event.themes.begin() + 1);
    file->writeThemes(event);

    const model::Id removed = event.groups[2].id;
    event.groups.erase(event.groups.begin() + 2);
    file->deleteGroup(removed);

    CHECK(EventFile::open(dir / "a.innspill")->load() == event);
}

TEST_CASE("a transaction rolls back unless committed") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    auto file = EventFile::create(dir / "a.innspill", event);
    {
        EventFile::Transaction transaction(*file);
        auto changed = event;
        changed.title = "Skal ikke lagres";
        file->writeEventFields(changed);
        file->deleteGroup(event.groups[0].id);
    }
    CHECK(file->load() == event);
    {
        EventFile::Transaction transaction(*file);
        event.title = "Lagres";
        file->writeEventFields(event);
        transaction.commit();
    }
    CHECK(file->load().title == "Lagres");
}

TEST_CASE("a failing write leaves earlier data as it was") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    auto file = EventFile::create(dir / "a.innspill", event);
    auto broken = event.groups[0];
    broken.number = event.groups[1].number; // violates UNIQUE
    broken.title = "endret";
    REQUIRE_THROWS_AS(file->writeGroup(broken), store::FileError);
    CHECK(file->load() == event);
}

TEST_CASE("create refuses to overwrite unless asked") {
    test::TempDir dir;
    const auto path = dir / "a.innspill";
    EventFile::create(path, model::makeEvent("Første"));
    try {
        EventFile::create(path, model::makeEvent("Andre"));
        FAIL("expected an error");
    } catch (const store::FileError& error) {
        CHECK(error.kind() == store::FileErrorKind::Exists);
    }
    CHECK(EventFile::open(path)->load().title == "Første");
    EventFile::create(path, model::makeEvent("Andre"), true);
    CHECK(EventFile::open(path)->load().title == "Andre");
    // Nothing is left beside the file.
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        CHECK(entry.path().filename() == "a.innspill");
    }
}

TEST_CASE("a second connection can read while the first writes, and waits for the lock") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    auto first = EventFile::create(dir / "a.innspill", event);
    auto second = EventFile::open(dir / "a.innspill");
    event.title = "Fra første";
    first->writeEventFields(event);
    CHECK(second->load().title == "Fra første");

    // While the first holds a write transaction, the second's write times out
    // with a clear Busy error instead of corrupting anything.
    second->connection().exec("PRAGMA busy_timeout=50");
    EventFile::Transaction holding(*first);
    event.title = "Fra andre";
    try {
        second->writeEventFields(event);
        FAIL("expected a busy error");
    } catch (const store::FileError& error) {
        CHECK(error.kind() == store::FileErrorKind::Busy);
    }
}

TEST_CASE("loading reads one snapshot while another connection commits") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    REQUIRE(!event.groups.empty());
    auto writer = EventFile::create(dir / "a.innspill", event);
    auto reader = EventFile::open(dir / "a.innspill", EventFile::Access::ReadOnly);

    // The writer adds and removes a group with inputs, over and over; a load
    // that saw the inputs without their group (or the other way round)
    // would throw "a row refers to a group that does not exist".
    model::Group extra = event.groups.front();
    extra.id = model::Id::generate();
    extra.number = "9.99";
    for (auto& input : extra.inputs) {
        input.id = model::Id::generate();
    }
    std::atomic<bool> stop{false};
    std::thread writing([&] {
        while (!stop) {
            writer->writeGroup(extra);
            writer->deleteGroup(extra.id);
        }
    });
    for (int i = 0; i < 200; ++i) {
        const auto loaded = reader->load();
        const auto found = std::find_if(loaded.groups.begin(), loaded.groups.end(),
                                        [&](const model::Group& g) { return g.id == extra.id; });
        if (found != loaded.groups.end()) {
            CHECK(found->inputs.size() == extra.inputs.size());
        }
    }
    stop = true;
    writing.join();
    CHECK(reader->load().groups.size() == event.groups.size());
}
