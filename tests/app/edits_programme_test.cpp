// Programme edits: days, rounds and rooms; removals that take groups with
// them in the same undo step; each on the model and through the event file.
#include "app/edits_programme.hpp"
#include "model/validate.hpp"
#include "setup_edits_support.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using app::RoundTime;
using app::TimeProblem;

namespace {

const model::Group& numbered(const model::Event& event, const char* number) {
    const model::Group* group = model::findGroupByNumber(event, number);
    REQUIRE(group != nullptr);
    return *group;
}

} // namespace

TEST_CASE("edits_programme: times are normalised and a round ends after it starts") {
    CHECK(app::normaliseTime("09:30") == "09:30");
    CHECK(app::normaliseTime("9:30") == "09:30");
    CHECK(app::normaliseTime("9.30") == "09:30");
    CHECK(app::normaliseTime("930") == "09:30");
    CHECK(app::normaliseTime("1415") == "14:15");
    CHECK(app::normaliseTime(" 9 ") == "09:00");
    CHECK(app::normaliseTime("") == "");
    CHECK_FALSE(app::normaliseTime("24:00"));
    CHECK_FALSE(app::normaliseTime("9:3"));
    CHECK_FALSE(app::normaliseTime("12345"));
    CHECK_FALSE(app::normaliseTime("kl. 9"));

    test::EditFixture fixture;
    const auto& event = fixture.event();
    const model::Id first = event.days[0].rounds[0].id; // 10:00–11:30
    CHECK(app::checkRoundTime(event, first, RoundTime::Start, "25:00") == TimeProblem::BadTime);
    CHECK(app::checkRoundTime(event, first, RoundTime::Start, "11:30") ==
          TimeProblem::EndNotAfterStart);
    CHECK(app::checkRoundTime(event, first, RoundTime::End, "09:59") ==
          TimeProblem::EndNotAfterStart);
    CHECK_FALSE(app::setRoundTime(event, first, RoundTime::End, "10:00"));
    CHECK_FALSE(app::setRoundTime(event, first, RoundTime::End, "11:30"));

    fixture.applyAndRoundTrip(app::setRoundTime(event, first, RoundTime::Start, "9.15"));
    CHECK(model::findRound(fixture.onDisk(), first)->start == "09:15");
    fixture.applyAndRoundTrip(app::setRoundTime(fixture.event(), first, RoundTime::End, ""));
    CHECK(model::findRound(fixture.onDisk(), first)->end.empty());
}

TEST_CASE("edits_programme: build a programme from nothing") {
    model::Event empty = model::makeEvent("Tomt arrangement");
    empty.startDate = "2031-03-12";
    test::EditFixture fixture(empty);

    fixture.applyAndRoundTrip(app::addDay(fixture.event()));
    fixture.applyAndRoundTrip(app::addDay(fixture.event()));
    REQUIRE(fixture.event().days.size() == 2);
    // The first day takes the event's start date, the next the day after.
    CHECK(fixture.event().days[0].date == "2031-03-12");
    CHECK(fixture.event().days[1].date == "2031-03-13");

    const model::Id day1 = fixture.event().days[0].id;
    fixture.applyAndRoundTrip(app::addRound(fixture.event(), day1));
    fixture.applyAndRoundTrip(app::addRound(fixture.event(), day1));
    const model::Id round = fixture.event().days[0].rounds[1].id;
    fixture.applyAndRoundTrip(app::setRoundTitle(fixture.event(), round, "Etter lunsj"));
    fixture.applyAndRoundTrip(app::setRoundTime(fixture.event(), round, RoundTime::Start, "13"));
    fixture.applyAndRoundTrip(app::setRoundTime(fixture.event(), round, RoundTime::End, "1430"));
    const auto onDisk = fixture.onDisk();
    REQUIRE(onDisk.days[0].rounds.size() == 2);
    CHECK(onDisk.days[0].rounds[1] == model::Round{round, "Etter lunsj", "13:00", "14:30"});

    fixture.applyAndRoundTrip(app::addRoom(fixture.event(), "Peisestua"));
    fixture.applyAndRoundTrip(app::addRoom(fixture.event(), "Salen"));
    const model::Id salen = fixture.event().rooms[1].id;
    fixture.applyAndRoundTrip(app::renameRoom(fixture.event(), salen, "Store sal"));
    fixture.applyAndRoundTrip(app::moveRoom(fixture.event(), salen, 0));
    CHECK(fixture.onDisk().rooms[0].name == "Store sal");
    CHECK(fixture.onDisk().rooms[1].name == "Peisestua");
    CHECK_FALSE(app::renameRoom(fixture.event(), salen, "Store sal"));
    CHECK_FALSE(app::moveRoom(fixture.event(), salen, 2));

    fixture.applyAndRoundTrip(app::setDayDate(fixture.event(), day1, "11.03.2031"));
    CHECK(fixture.onDisk().days[0].date == "2031-03-11");
    CHECK_FALSE(app::setDayDate(fixture.event(), day1, "2031-03-32"));
}

TEST_CASE("edits_programme: reordering days and rounds, across days too") {
    test::EditFixture fixture; // day 1: r1, r2; day 2: r3
    const auto& event = fixture.event();
    const model::Id r1 = event.days[0].rounds[0].id;
    const model::Id r2 = event.days[0].rounds[1].id;
    const model::Id r3 = event.days[1].rounds[0].id;
    const auto roundIds = [](const model::Event& e) {
        std::vector<std::vector<model::Id>> ids;
        for (const auto& day : e.days) {
            ids.emplace_back();
            for (const auto& round : day.rounds) {
                ids.back().push_back(round.id);
            }
        }
        return ids;
    };

    fixture.applyAndRoundTrip(app::moveRound(event, r1, +1));
    CHECK(roundIds(fixture.onDisk()) == std::vector<std::vector<model::Id>>{{r2, r1}, {r3}});
    // Past the day's last round: to the start of the next day.
    fixture.applyAndRoundTrip(app::moveRound(fixture.event(), r1, +1));
    CHECK(roundIds(fixture.onDisk()) == std::vector<std::vector<model::Id>>{{r2}, {r1, r3}});
    CHECK_FALSE(app::moveRound(fixture.event(), r3, +1));
    CHECK_FALSE(app::moveRound(fixture.event(), r2, -1));
    // And back over the day boundary to the end of the previous day.
    fixture.applyAndRoundTrip(app::moveRound(fixture.event(), r1, -1));
    CHECK(roundIds(fixture.onDisk()) == std::vector<std::vector<model::Id>>{{r2, r1}, {r3}});
    // Groups stay in their round wherever it goes.
    CHECK(numbered(fixture.onDisk(), "1.1").roundId == r1);

    const model::Id day2 = fixture.event().days[1].id;
    fixture.applyAndRoundTrip(app::moveDay(fixture.event(), day2, 0));
    CHECK(fixture.onDisk().days[0].id == day2);
    CHECK(model::roundHeading(fixture.event(), r3) == "DAG 1, gruppesesjon 1");
    CHECK_FALSE(app::moveDay(fixture.event(), day2, 0));
    CHECK_FALSE(app::moveDay(fixture.event(), day2, 2));
}

TEST_CASE("edits_programme: removing a round removes its groups and their links, undoably") {
    test::EditFixture fixture;
    const model::Event original = fixture.event();
    const model::Id round = original.days[0].rounds[0].id; // 1.1, 1.10, 1.2
    CHECK(app::groupsInRoundCount(original, round) == 3);

    fixture.applyAndRoundTrip(app::removeRound(original, round));
    const auto onDisk = fixture.onDisk();
    CHECK(model::findRound(onDisk, round) == nullptr);
    CHECK(onDisk.groups.size() == 2);
    CHECK(model::findGroupByNumber(onDisk, "1.1") == nullptr);
    // 3.1 followed up 1.1 and 2.1 merged with 1.10: both links are gone in
    // the model too, not only in the file.
    CHECK_FALSE(numbered(fixture.event(), "3.1").followUpOf.has_value());
    CHECK(numbered(fixture.event(), "2.1").mergedWith.empty());
    CHECK(model::validate(fixture.event()).empty());

    REQUIRE(fixture.session().undo());
    CHECK(test::sameEvent(fixture.event(), original));
    CHECK(test::sameEvent(fixture.onDisk(), original));
    CHECK(numbered(fixture.onDisk(), "3.1").followUpOf == numbered(original, "1.1").id);
}

TEST_CASE("edits_programme: removing a day removes its rounds and their groups") {
    test::EditFixture fixture;
    const model::Event original = fixture.event();
    const model::Id day1 = original.days[0].id;
    const auto load = app::loadOfDay(original, day1);
    CHECK(load.rounds == 2);
    CHECK(load.groups == 4);

    fixture.applyAndRoundTrip(app::removeDay(original, day1));
    const auto onDisk = fixture.onDisk();
    REQUIRE(onDisk.days.size() == 1);
    CHECK(onDisk.groups.size() == 1);
    CHECK(onDisk.groups[0].number == "3.1");
    CHECK(model::validate(onDisk).empty());
    // An empty day goes with nothing else.
    fixture.applyAndRoundTrip(app::addDay(fixture.event()));
    const auto change = app::removeDay(fixture.event(), fixture.event().days.back().id);
    REQUIRE(change);
    CHECK(change->groups().empty());
}

TEST_CASE("edits_programme: removing a room keeps its groups, without a room") {
    test::EditFixture fixture;
    const model::Event original = fixture.event();
    const model::Id room = original.rooms[0].id; // 1.1 meets here
    CHECK(app::groupsInRoomCount(original, room) == 1);

    fixture.applyAndRoundTrip(app::removeRoom(original, room));
    const auto onDisk = fixture.onDisk();
    CHECK(onDisk.rooms.size() == 2);
    CHECK(onDisk.groups.size() == original.groups.size());
    CHECK_FALSE(numbered(onDisk, "1.1").roomId.has_value());
    CHECK(numbered(onDisk, "1.10").roomId == original.rooms[1].id);

    REQUIRE(fixture.session().undo());
    CHECK(numbered(fixture.onDisk(), "1.1").roomId == room);
}
