// The wall's edits: numbering, posting, moving, status, renumbering and
// removing, on the model and through a real event file with undo and redo.
#include "app/edits_wall.hpp"
#include "app/event_session.hpp"
#include "model/validate.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innspill;
using app::Change;
using model::GroupStatus;

namespace {

const model::Group& numbered(const model::Event& event, const std::string& number) {
    const model::Group* group = model::findGroupByNumber(event, number);
    INFO("group " << number);
    REQUIRE(group != nullptr);
    return *group;
}

const model::Id& roundId(const model::Event& event, size_t day, size_t round) {
    return event.days.at(day).rounds.at(round).id;
}

// Groups and people sorted by id: the file keeps its own row order.
model::Event normalised(model::Event event) {
    const auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
    std::sort(event.groups.begin(), event.groups.end(), byId);
    std::sort(event.people.begin(), event.people.end(), byId);
    return event;
}

using test::onDisk;

void applyTo(model::Event& event, const std::optional<Change>& change) {
    REQUIRE(change.has_value());
    app::applyToModel(event, *change);
}

} // namespace

TEST_CASE("wall: the next number is one past the highest in the round, cancelled and moved "
          "topics keep theirs") {
    model::Event event = test::sampleEvent();
    // Round 1 holds 1.1, 1.2 (cancelled) and 1.10: 1.2 stays taken, 1.10 is the highest.
    CHECK(app::nextGroupNumber(event, roundId(event, 0, 0)) == "1.11");
    CHECK(app::nextGroupNumber(event, roundId(event, 0, 1)) == "2.2");
    CHECK(app::nextGroupNumber(event, roundId(event, 1, 0)) == "3.2");
    CHECK(app::nextGroupNumber(event, model::Id::generate()).empty());

    // 1.10 moves to round 2 but keeps its number: round 1 must not hand it out again.
    applyTo(event, app::moveTopic(event, numbered(event, "1.10").id, roundId(event, 0, 1),
                                  event.rooms[0].id, app::MoveNumbering::Keep));
    CHECK(app::nextGroupNumber(event, roundId(event, 0, 0)) == "1.11");
    CHECK(app::nextGroupNumber(event, roundId(event, 0, 1)) == "2.2");

    // A round with nothing in it starts at 1.
    model::Event empty = test::sampleEvent();
    empty.groups.clear();
    CHECK(app::nextGroupNumber(empty, roundId(empty, 1, 0)) == "3.1");
}

TEST_CASE("wall: posting a topic with a known initiator") {
    model::Event event = test::sampleEvent();
    app::TopicDraft draft;
    draft.title = "  Læring på arbeidsplassen \t";
    draft.roundId = roundId(event, 0, 1);
    draft.roomId = event.rooms[0].id;
    draft.initiator = event.people[4].id;

    const auto change = app::postTopic(event, draft);
    REQUIRE(change);
    CHECK(change->labelText() == "Slå opp emne 2.2");
    REQUIRE(change->groups().size() == 1);
    CHECK(change->people().empty());
    const model::Group& posted = *change->groups().back().after;
    CHECK(posted.number == "2.2");
    CHECK(posted.title == "Læring på arbeidsplassen");
    CHECK(posted.roundId == draft.roundId);
    CHECK(posted.roomId == draft.roomId);
    CHECK(posted.status == GroupStatus::Posted);
    CHECK(posted.initiators == std::vector<model::Id>{event.people[4].id});

    applyTo(event, change);
    CHECK(model::validate(event).empty());
    // The next one in the same round counts on.
    CHECK(app::postTopic(event, draft)->groups().back().after->number == "2.3");
}

TEST_CASE("wall: posting a topic creates a new initiator in the same change") {
    model::Event event = test::sampleEvent();
    app::TopicDraft draft;
    draft.title = "Helse i skolen";
    draft.roundId = roundId(event, 1, 0);
    draft.newInitiator = app::NewPerson{" Øyvind Ås ", "Helsedirektoratet"};

    const auto change = app::postTopic(event, draft);
    REQUIRE(change);
    REQUIRE(change->people().size() == 1);
    const model::Person& person = *change->people()[0].after;
    CHECK(person.name == "Øyvind Ås");
    CHECK(person.organisation == "Helsedirektoratet");
    CHECK_FALSE(change->people()[0].before);
    const model::Group& posted = *change->groups().back().after;
    CHECK(posted.number == "3.2");
    CHECK_FALSE(posted.roomId);
    CHECK(posted.initiators == std::vector<model::Id>{person.id});

    const size_t peopleBefore = event.people.size();
    applyTo(event, change);
    CHECK(event.people.size() == peopleBefore + 1);
    CHECK(model::validate(event).empty());
}

TEST_CASE("wall: posting refuses what it cannot post") {
    const model::Event event = test::sampleEvent();
    app::TopicDraft good;
    good.title = "Et tema";
    good.roundId = roundId(event, 0, 0);
    REQUIRE(app::postTopic(event, good));
    CHECK(app::postTopic(event, good)->people().empty()); // no initiator is allowed

    auto blank = good;
    blank.title = " \t ";
    CHECK_FALSE(app::postTopic(event, blank));
    auto noRound = good;
    noRound.roundId = model::Id::generate();
    CHECK_FALSE(app::postTopic(event, noRound));
    auto noRoom = good;
    noRoom.roomId = model::Id::generate();
    CHECK_FALSE(app::postTopic(event, noRoom));
    auto unknownPerson = good;
    unknownPerson.initiator = model::Id::generate();
    CHECK_FALSE(app::postTopic(event, unknownPerson));
    auto nameless = good;
    nameless.newInitiator = app::NewPerson{"  ", "Et sted"};
    CHECK_FALSE(app::postTopic(event, nameless));
}

TEST_CASE("wall: moving within a round keeps the number") {
    model::Event event = test::sampleEvent();
    const model::Id id = numbered(event, "1.1").id;
    const auto change = app::moveTopic(event, id, roundId(event, 0, 0), event.rooms[2].id);
    REQUIRE(change);
    CHECK(change->labelText() == "Flytt emne 1.1");
    applyTo(event, change);
    CHECK(model::findGroup(event, id)->number == "1.1");
    CHECK(model::findGroup(event, id)->roomId == event.rooms[2].id);
}

TEST_CASE("wall: moved to another round a topic takes the next free number there") {
    model::Event event = test::sampleEvent();
    const model::Id id = numbered(event, "1.1").id;
    CHECK(app::numberAfterMove(event, id, roundId(event, 1, 0)) == "3.2");
    CHECK(app::numberAfterMove(event, id, roundId(event, 0, 0)) == "1.1");

    const auto change = app::moveTopic(event, id, roundId(event, 1, 0), std::nullopt);
    REQUIRE(change);
    CHECK(change->labelText() == "Flytt emne 1.1 til 3.2"); // the number change is named
    applyTo(event, change);
    const model::Group& moved = *model::findGroup(event, id);
    CHECK(moved.number == "3.2");
    CHECK(moved.roundId == roundId(event, 1, 0));
    CHECK_FALSE(moved.roomId);
    CHECK(model::validate(event).empty());

    CHECK_FALSE(app::moveTopic(event, id, roundId(event, 1, 0), std::nullopt)); // already there
    CHECK_FALSE(app::moveTopic(event, model::Id::generate(), roundId(event, 0, 0), std::nullopt));
    CHECK_FALSE(app::moveTopic(event, id, model::Id::generate(), std::nullopt));
    CHECK_FALSE(app::moveTopic(event, id, roundId(event, 0, 0), model::Id::generate()));
}

TEST_CASE("wall: \"keep number\" moves a topic into another round with its number, and back") {
    model::Event event = test::sampleEvent();
    const model::Id id = numbered(event, "1.1").id;
    const auto keep =
        app::moveTopic(event, id, roundId(event, 1, 0), std::nullopt, app::MoveNumbering::Keep);
    REQUIRE(keep);
    CHECK(keep->labelText() == "Flytt emne 1.1");
    applyTo(event, keep);
    CHECK(model::findGroup(event, id)->number == "1.1");
    CHECK(model::validate(event).empty());

    // Back in round 1 its number fits again: no new one.
    const auto back = app::moveTopic(event, id, roundId(event, 0, 0), std::nullopt);
    REQUIRE(back);
    CHECK(back->labelText() == "Flytt emne 1.1");
    applyTo(event, back);
    CHECK(model::findGroup(event, id)->number == "1.1");
}

TEST_CASE("wall: status and title") {
    model::Event event = test::sampleEvent();
    const model::Id id = numbered(event, "1.1").id;

    const auto cancel = app::setTopicStatus(event, id, GroupStatus::Cancelled);
    REQUIRE(cancel);
    CHECK(cancel->labelText() == "Merk 1.1 som avlyst");
    applyTo(event, cancel);
    CHECK(model::findGroup(event, id)->status == GroupStatus::Cancelled);
    CHECK_FALSE(app::setTopicStatus(event, id, GroupStatus::Cancelled));

    applyTo(event, app::setTopicTitle(event, id, "  Ny tittel  "));
    CHECK(model::findGroup(event, id)->title == "Ny tittel");
    CHECK_FALSE(app::setTopicTitle(event, id, "Ny tittel"));
    CHECK_FALSE(app::setTopicTitle(event, id, "   "));
    CHECK_FALSE(app::setTopicTitle(event, model::Id::generate(), "X"));
}

TEST_CASE("wall: renumbering closes gaps, appends moved-in topics and puts cancelled ones "
          "last") {
    model::Event event = test::sampleEvent();
    const model::Id first = numbered(event, "1.1").id;
    const model::Id tenth = numbered(event, "1.10").id;
    const model::Id cancelled = numbered(event, "1.2").id;
    const model::Id movedIn = numbered(event, "2.1").id;
    applyTo(event, app::moveTopic(event, movedIn, roundId(event, 0, 0), event.rooms[2].id,
                                  app::MoveNumbering::Keep));

    const auto change = app::renumberRound(event, roundId(event, 0, 0));
    REQUIRE(change);
    CHECK(change->labelText() == "Nummerer gruppesesjon 1 på nytt");
    CHECK(change->groups().size() == 3); // 1.1 keeps its number and is not touched
    applyTo(event, change);
    CHECK(model::findGroup(event, first)->number == "1.1");
    CHECK(model::findGroup(event, tenth)->number == "1.2");
    CHECK(model::findGroup(event, movedIn)->number == "1.3");
    CHECK(model::findGroup(event, cancelled)->number == "1.4");
    CHECK(model::validate(event).empty());

    CHECK_FALSE(app::renumberRound(event, roundId(event, 0, 0))); // nothing left to do
    CHECK_FALSE(app::renumberRound(event, model::Id::generate()));
}

TEST_CASE("wall: renumbering skips numbers held by topics in other rounds") {
    model::Event event = test::sampleEvent();
    const model::Id first = numbered(event, "1.1").id;
    const model::Id tenth = numbered(event, "1.10").id;
    const model::Id cancelled = numbered(event, "1.2").id;
    applyTo(event, app::moveTopic(event, first, roundId(event, 0, 1), std::nullopt,
                                  app::MoveNumbering::Keep));

    applyTo(event, app::renumberRound(event, roundId(event, 0, 0)));
    CHECK(model::findGroup(event, first)->number == "1.1"); // still in round 2, untouched
    CHECK(model::findGroup(event, tenth)->number == "1.2");
    CHECK(model::findGroup(event, cancelled)->number == "1.3");
    CHECK(model::validate(event).empty());
}

TEST_CASE("wall: removing a topic also drops references to it") {
    model::Event event = test::sampleEvent();
    const model::Group a = numbered(event, "1.1");  // 3.1 follows it up
    const model::Group b = numbered(event, "1.10"); // 2.1 merged with it

    const auto removeA = app::removeTopic(event, a.id);
    REQUIRE(removeA);
    CHECK(removeA->labelText() == "Fjern emne 1.1");
    CHECK(removeA->groups().size() == 2);
    applyTo(event, removeA);
    CHECK(model::findGroup(event, a.id) == nullptr);
    CHECK_FALSE(numbered(event, "3.1").followUpOf);

    applyTo(event, app::removeTopic(event, b.id));
    CHECK(numbered(event, "2.1").mergedWith.empty());
    CHECK(model::validate(event).empty());
    CHECK_FALSE(app::removeTopic(event, a.id));
}

TEST_CASE("wall: the inverse of a removal puts the topic and the references back") {
    const model::Event original = test::sampleEvent();
    model::Event event = original;
    const auto change = app::removeTopic(event, numbered(event, "1.1").id);
    REQUIRE(change);
    app::applyToModel(event, *change);
    app::applyToModel(event, change->inverse());
    CHECK(normalised(event) == normalised(original));
}

TEST_CASE("wall: every edit reaches the event file, and undo and redo do too") {
    test::TempDir dir;
    const auto path = dir / "wall.innspill";
    auto opened = test::createAndOpen(path, test::sampleEvent());
    app::EventSession& session = *opened.session;
    const model::Event original = session.event();
    const auto& event = session.event();

    const auto check = [&] {
        CHECK(normalised(onDisk(path)) == normalised(session.event()));
        CHECK(model::validate(session.event()).empty());
    };

    app::TopicDraft draft;
    draft.title = "Lærlinger på tvers av fylker";
    draft.roundId = roundId(event, 0, 0);
    draft.roomId = event.rooms[2].id;
    draft.newInitiator = app::NewPerson{"Ærlige Øyvind", "Åsen skole"};
    REQUIRE(session.apply(*app::postTopic(event, draft)));
    const model::Id posted = numbered(event, "1.11").id;
    check();

    REQUIRE(session.apply(*app::moveTopic(event, numbered(event, "2.1").id, roundId(event, 0, 0),
                                          event.rooms[1].id, app::MoveNumbering::Keep)));
    check();
    REQUIRE(session.apply(
        *app::setTopicStatus(event, numbered(event, "1.1").id, GroupStatus::Cancelled)));
    check();
    REQUIRE(session.apply(*app::setTopicTitle(event, posted, "Lærlinger over fylkesgrensene")));
    check();
    // 1.1 (now cancelled) → 1.5, 1.10 → 1.1, 1.11 → 1.2, 2.1 → 1.3, 1.2 → 1.4:
    // numbers move onto each other, which the file's UNIQUE index must survive.
    REQUIRE(session.apply(*app::renumberRound(event, roundId(event, 0, 0))));
    CHECK(model::findGroup(event, posted)->number == "1.2");
    check();
    REQUIRE(session.apply(*app::removeTopic(event, posted)));
    CHECK(model::findGroup(event, posted) == nullptr);
    check();
    const model::Event final = session.event();

    for (int i = 0; i < 6; ++i) {
        REQUIRE(session.undo());
        check();
    }
    CHECK_FALSE(session.canUndo());
    CHECK(normalised(session.event()) == normalised(original));
    CHECK(normalised(onDisk(path)) == normalised(original));

    for (int i = 0; i < 6; ++i) {
        REQUIRE(session.redo());
        check();
    }
    CHECK(normalised(onDisk(path)) == normalised(final));
    CHECK(session.saveState() == app::SaveState::Saved);
    CHECK(session.file()->integrityProblems().empty());
}
