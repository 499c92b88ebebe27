// Votes and actions through the JSON archive (round trip, absent fields,
// bad counts), the edits (counts, +/-, actions, undo on a real file), the
// voting view's rows, and kits: merged by id, conflicts when both changed.
#include "voted_event.hpp"

#include "app/edits_people.hpp"
#include "app/edits_votes.hpp"
#include "app/event_session.hpp"
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "support/merge_master.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using test::groupNumbered;

TEST_CASE("archive: votes and actions round trip byte for byte") {
    const model::Event event = test::votedEvent();
    const std::string json = io::writeJsonArchive(event);
    CHECK(json.find("\"votes\": 12") != std::string::npos);
    CHECK(json.find("\"nextStep\": \"Møte med kommunene\"") != std::string::npos);
    const model::Event read = io::readJsonArchive(json);
    CHECK(io::writeJsonArchive(read) == json);
    CHECK(groupNumbered(read, "1.1").actions == groupNumbered(event, "1.1").actions);
    CHECK(groupNumbered(read, "1.1").inputs == groupNumbered(event, "1.1").inputs);
}

TEST_CASE("archive: an archive without votes and actions imports with none") {
    model::Event event = test::sampleEvent();
    std::string json = io::writeJsonArchive(event);
    // As an archive from before dot votes: no "votes" and no "actions".
    for (const std::string field : {"\"votes\": 0,\n", "\"votes\": 0\n"}) {
        for (size_t at = json.find(field); at != std::string::npos; at = json.find(field)) {
            json.erase(at, field.size());
        }
    }
    CHECK(json.find("\"votes\"") == std::string::npos);
    const model::Event read = io::readJsonArchive(json);
    for (const auto& group : read.groups) {
        CHECK(group.actions.empty());
        for (const auto& input : group.inputs) {
            CHECK(input.votes == 0);
        }
    }
    CHECK(io::writeJsonArchive(read) == io::writeJsonArchive(event));
}

TEST_CASE("archive: a negative or non-numeric count is refused with the field named") {
    const std::string json = io::writeJsonArchive(test::votedEvent());
    const auto withVotes = [&](const std::string& value) {
        std::string changed = json;
        const auto at = changed.find("\"votes\": 12");
        REQUIRE(at != std::string::npos);
        changed.replace(at, 11, "\"votes\": " + value);
        return changed;
    };
    CHECK_THROWS_AS(io::readJsonArchive(withVotes("-3")), io::ParseError);
    CHECK_THROWS_AS(io::readJsonArchive(withVotes("\"many\"")), io::ParseError);
}

TEST_CASE("edits: counts typed, one more, one fewer, never below 0, undone on the file") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    auto opened = test::createAndOpen(path, test::sampleEvent());
    auto& session = *opened.session;
    const auto group = [&]() -> const model::Group& {
        return groupNumbered(session.event(), "1.1");
    };
    const model::Id input = group().inputs[0].id;
    const model::Id sub = group().inputs[1].children[0].id;

    REQUIRE(session.apply(app::setInputVotes(group(), input, 8)));
    REQUIRE(session.apply(app::addInputVotes(group(), sub, 1)));
    REQUIRE(session.apply(app::addInputVotes(group(), sub, 1)));
    CHECK(app::addInputVotes(group(), input, 0).empty());
    CHECK(app::setInputVotes(group(), input, 8).empty()); // no change, no undo step
    REQUIRE(session.apply(app::addInputVotes(group(), input, -1)));
    auto disk = test::onDisk(path);
    CHECK(groupNumbered(disk, "1.1").inputs[0].votes == 7);
    CHECK(groupNumbered(disk, "1.1").inputs[1].children[0].votes == 2);
    CHECK(app::setInputVotes(group(), input, -5).empty() == false);
    session.apply(app::setInputVotes(group(), input, -5));
    CHECK(group().inputs[0].votes == 0);
    session.apply(app::addInputVotes(group(), input, -1));
    CHECK(group().inputs[0].votes == 0);

    REQUIRE(session.undo()); // -5 → back to 7
    REQUIRE(session.undo()); // -1 → back to 8
    disk = test::onDisk(path);
    CHECK(groupNumbered(disk, "1.1").inputs[0].votes == 8);
    CHECK(session.undoLabel().find("stemmer") != std::string::npos);
}

TEST_CASE("edits: what the facilitator types as a count") {
    CHECK(app::parseVoteCount("12") == 12);
    CHECK(app::parseVoteCount(" 3 ") == 3);
    CHECK(app::parseVoteCount("0") == 0);
    CHECK_FALSE(app::parseVoteCount(""));
    CHECK_FALSE(app::parseVoteCount("-2"));
    CHECK_FALSE(app::parseVoteCount("1.5"));
    CHECK_FALSE(app::parseVoteCount("tre"));
    CHECK_FALSE(app::parseVoteCount("99999999"));
}

TEST_CASE("edits: actions added, edited, given a person, removed, each one undo step") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    auto opened = test::createAndOpen(path, test::sampleEvent());
    auto& session = *opened.session;
    const auto group = [&]() -> const model::Group& {
        return groupNumbered(session.event(), "2.1");
    };
    model::Id action;
    REQUIRE(session.apply(app::addAction(group(), &action)));
    REQUIRE(session.apply(
        app::setActionField(group(), action, app::ActionField::What, "Lage en felles portal")));
    REQUIRE(
        session.apply(app::setActionField(group(), action, app::ActionField::Due, "innen 1. mai")));
    const model::Person silje = session.event().people[0];
    REQUIRE(session.apply(app::setActionPerson(group(), action, silje.id)));
    auto disk = test::onDisk(path);
    REQUIRE(groupNumbered(disk, "2.1").actions.size() == 1);
    const model::Action& written = groupNumbered(disk, "2.1").actions[0];
    CHECK(written.what == "Lage en felles portal");
    CHECK(written.due == "innen 1. mai");
    CHECK(model::actionWho(disk, written) == "Silje Mæland");

    // Removing the person from the register keeps who it was, as text.
    REQUIRE(session.apply(app::deletePeople(session.event(), {silje.id})));
    CHECK(group().actions[0].who == "Silje Mæland");
    REQUIRE(session.undo());
    CHECK(group().actions[0].who == silje.id.str());

    REQUIRE(session.apply(app::removeAction(group(), action)));
    CHECK(test::onDisk(path).groups.size() == session.event().groups.size());
    disk = test::onDisk(path);
    CHECK(groupNumbered(disk, "2.1").actions.empty());
    REQUIRE(session.undo());
    disk = test::onDisk(path);
    CHECK(groupNumbered(disk, "2.1").actions.size() == 1);
}

TEST_CASE("voting view rows: the event, a day, a round, in programme order") {
    const model::Event event = test::votedEvent();
    const auto all = app::votingRows(event, {});
    REQUIRE_FALSE(all.empty());
    // Round 1: 1.1 before 1.10 (natural order), the cancelled 1.2 has none.
    CHECK(all[0].groupNumber == "1.1");
    CHECK(all[0].votes == 12);
    CHECK(all[1].text == "Tidlig kartlegging & «samhandling» <alle>");
    CHECK(all[2].subPoint);
    CHECK(all[3].votes == 4);
    CHECK(all[4].groupNumber == "1.10");
    const auto day2 = app::votingRows(event, {app::VotingScope::Kind::Day, event.days[1].id});
    REQUIRE(day2.size() == 1);
    CHECK(day2[0].groupNumber == "3.1");
    const auto round2 =
        app::votingRows(event, {app::VotingScope::Kind::Round, event.days[0].rounds[1].id});
    REQUIRE(round2.size() == 1);
    CHECK(round2[0].votes == 7);
}

TEST_CASE("merge: a kit's votes and actions come in by id; both changing a count is a conflict") {
    test::Master master{test::votedEvent(), {}};
    auto kit = test::handOut(master.event, "Kari");
    auto& kitGroup = groupNumbered(kit.event, "1.1");
    kitGroup.inputs[0].votes = 15;                  // kit counted more dots
    kitGroup.actions[0].resources = "Tre dagsverk"; // kit edited an action
    kitGroup.actions.erase(kitGroup.actions.begin() + 2);
    kitGroup.actions.push_back(
        model::Action{model::Id::generate(), "Nytt fra kitet", "", "", "", ""});
    groupNumbered(master.event, "1.1").actions[1].due = "i morgen"; // master edited another

    auto plan = master.handIn(kit);
    CHECK(plan.conflicts.empty());
    auto& merged = groupNumbered(master.event, "1.1");
    CHECK(merged.inputs[0].votes == 15);
    REQUIRE(merged.actions.size() == 3);
    CHECK(merged.actions[0].resources == "Tre dagsverk");
    CHECK(merged.actions[1].due == "i morgen");
    CHECK(merged.actions[2].what == "Nytt fra kitet");

    // Both change the same count: asked, not settled alone.
    auto second = test::handOut(master.event, "Ola");
    groupNumbered(second.event, "2.1").inputs[0].votes = 9;
    groupNumbered(master.event, "2.1").inputs[0].votes = 8;
    const auto conflicted = master.plan(second);
    REQUIRE(conflicted.conflicts.size() == 1);
    CHECK(conflicted.conflicts[0].field == "votes");
    const auto kitWins = app::resolveAll(conflicted, app::MergeChoice::Kit);
    REQUIRE(kitWins.ready());
    auto event = master.event;
    app::applyToModel(event, kitWins.change);
    CHECK(groupNumbered(event, "2.1").inputs[0].votes == 9);
}
