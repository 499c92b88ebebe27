#include "app/event_session.hpp"
#include "app/notes_import.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using app::Change;

namespace {

using test::onDisk;

Change renameGroup(const model::Event& event, size_t index, const std::string& title) {
    Change change("Endre tittel");
    auto after = event.groups[index];
    after.title = title;
    change.group(event.groups[index], after);
    return change;
}

} // namespace

TEST_CASE("session: every change is on disk at once, and undo and redo are too") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    auto session = test::openSession(path);
    const auto original = session->event();

    REQUIRE(session->apply(renameGroup(session->event(), 0, "Ny tittel")));
    CHECK(session->event().groups[0].title == "Ny tittel");
    CHECK(onDisk(path).groups[0].title == "Ny tittel");

    Change header("Endre arrangement");
    auto before = app::headerOf(session->event());
    auto after = before;
    after.title = "Åpen arena 2032";
    after.guidingQuestions.push_back("Et nytt spørsmål?");
    header.header(before, after);
    REQUIRE(session->apply(header));
    CHECK(onDisk(path).title == "Åpen arena 2032");
    CHECK(session->undoLabel() == "Endre arrangement");

    REQUIRE(session->undo());
    REQUIRE(session->undo());
    CHECK(session->event() == original);
    CHECK(onDisk(path) == original);
    CHECK_FALSE(session->canUndo());

    REQUIRE(session->redo());
    CHECK(onDisk(path).groups[0].title == "Ny tittel");
    CHECK(session->canRedo());
    // A new change drops what could be redone.
    REQUIRE(session->apply(renameGroup(session->event(), 1, "Annen")));
    CHECK_FALSE(session->canRedo());
}

TEST_CASE("session: adding and removing groups, people and rounds in one step") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    auto session = test::openSession(path);
    const auto original = session->event();

    Change change("Ny gruppesesjon med gruppe");
    app::Programme programme{original.days, original.rooms};
    auto newProgramme = programme;
    model::Round round{model::Id::generate(), "Ekstra", "15:00", "16:00"};
    newProgramme.days[1].rounds.push_back(round);
    change.programme(programme, newProgramme);
    model::Person person{model::Id::generate(), "Nina Ny", "", model::Perspective::User, true};
    change.person(std::nullopt, person);
    model::Group group;
    group.id = model::Id::generate();
    group.number = "4.1";
    group.title = "Ny gruppe";
    group.roundId = round.id;
    group.initiators = {person.id};
    change.group(std::nullopt, group);
    change.group(original.groups[2], std::nullopt); // the cancelled topic goes
    REQUIRE(session->apply(change));
    auto saved = onDisk(path);
    CHECK(model::findGroupByNumber(saved, "4.1"));
    CHECK_FALSE(model::findGroupByNumber(saved, "1.2"));
    CHECK(model::findPerson(saved, person.id));

    // Undo removes the round, the person and the group and brings back 1.2.
    REQUIRE(session->undo());
    saved = onDisk(path);
    CHECK_FALSE(model::findGroupByNumber(saved, "4.1"));
    CHECK(model::findGroupByNumber(saved, "1.2"));
    CHECK_FALSE(model::findPerson(saved, person.id));
    CHECK(saved.days == original.days);
}

TEST_CASE("session: a burst of typing is one undo step") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    auto session = test::openSession(path);
    const std::string before = session->event().groups[0].title;
    std::string typed;
    for (const char* letter : {"H", "e", "l", "s", "e", " ", "æ", "ø", "å"}) {
        typed += letter;
        REQUIRE(session->apply(renameGroup(session->event(), 0, typed), true));
    }
    CHECK(onDisk(path).groups[0].title == "Helse æøå");
    session->breakMerge();
    REQUIRE(session->apply(renameGroup(session->event(), 0, typed + "!"), true));
    REQUIRE(session->undo());
    CHECK(session->event().groups[0].title == "Helse æøå");
    REQUIRE(session->undo());
    CHECK(session->event().groups[0].title == before);
    CHECK(onDisk(path).groups[0].title == before);
}

TEST_CASE("session: a failed write keeps the change in memory and retries") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    auto session = test::openSession(path);
    const auto original = session->event();
    // A full disk: cap the file at its current size.
    auto& connection = session->file()->connection();
    const auto pages = connection.pragmaInteger("page_count");
    connection.exec("PRAGMA max_page_count=" + std::to_string(pages));

    Change change("Lim inn");
    auto after = original.groups[0];
    for (int i = 0; i < 3000; ++i) {
        after.inputs.push_back(
            model::Input{model::Id::generate(), std::string(300, 'x'), {}, {}, {}});
    }
    change.group(original.groups[0], after);
    CHECK_FALSE(session->apply(change));
    CHECK(session->saveState() == app::SaveState::Failing);
    CHECK(session->lastError().find("disken er full") != std::string::npos);
    CHECK(session->event().groups[0].inputs.size() == after.inputs.size());
    CHECK(onDisk(path) == original);
    CHECK(store::EventFile::open(path)->integrityProblems().empty());

    // Later edits queue behind it, in order.
    CHECK_FALSE(session->apply(renameGroup(session->event(), 1, "Etter feilen")));
    CHECK(session->pendingWrites() == 2);

    // Space again: the retry writes both.
    connection.exec("PRAGMA max_page_count=1073741823");
    CHECK(session->retry());
    CHECK(session->saveState() == app::SaveState::Saved);
    CHECK(onDisk(path) == session->event());
}

TEST_CASE("session: notes import is one undoable change") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    auto session = test::openSession(path);
    const auto original = session->event();
    const auto plan = io::notes::importNotesText(
        original, "DAG 2, gruppesesjon 3\n3.2 Ny fra notater\nInitiativtaker: Nora Notat\n"
                  "Innspill:\n• Et innspill\n");
    REQUIRE(session->apply(app::changeFor(original, plan)));
    CHECK(model::findGroupByNumber(onDisk(path), "3.2"));
    REQUIRE(session->undo());
    CHECK(onDisk(path) == original);
}

TEST_CASE("session: save a copy writes the event as it is in memory") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    store::EventFile::create(path, test::sampleEvent());
    auto session = test::openSession(path);
    REQUIRE(session->apply(renameGroup(session->event(), 0, "Kopiert")));
    REQUIRE(session->saveCopyAs(dir / "kopi.innspill", false));
    CHECK(onDisk(dir / "kopi.innspill") == session->event());
    CHECK_FALSE(session->saveCopyAs(dir / "kopi.innspill", false));
    CHECK(session->lastError().find("finnes allerede") != std::string::npos);
}
