#include "model/event.hpp"
#include "model/stats.hpp"
#include "support/sample_event.hpp"

#include <catch2/catch.hpp>

using namespace innspill::model;

TEST_CASE("round headings follow the event's pattern") {
    const Event event = innspill::test::sampleEvent();
    CHECK(roundHeading(event, event.days[0].rounds[0].id) == "DAG 1, gruppesesjon 1");
    CHECK(roundHeading(event, event.days[0].rounds[1].id) == "DAG 1, gruppesesjon 2");
    CHECK(roundHeading(event, event.days[1].rounds[0].id) == "DAG 2, gruppesesjon 3");

    Event custom = event;
    custom.labels.roundHeading = "Dag {day}, økt {roundInDay}: {title}";
    CHECK(roundHeading(custom, custom.days[1].rounds[0].id) == "Dag 2, økt 1: Fordypning");
    CHECK(roundHeading(custom, Id::generate()).empty());
}

TEST_CASE("groups come in programme order, then natural number order") {
    const Event event = innspill::test::sampleEvent();
    std::vector<std::string> order;
    for (const auto* group : sortedGroups(event)) {
        order.push_back(group->number);
    }
    CHECK(order == std::vector<std::string>{"1.1", "1.2", "1.10", "2.1", "3.1"});
    const auto first = groupsInRound(event, event.days[0].rounds[0].id);
    REQUIRE(first.size() == 3);
    CHECK(first[2]->number == "1.10");
}

TEST_CASE("lookups and printed names") {
    const Event event = innspill::test::sampleEvent();
    const Person* pernille = findPerson(event, event.people[1].id);
    REQUIRE(pernille);
    CHECK(displayName(*pernille) == "Pernille Ødegård, Nasjonal kompetansetjeneste");
    CHECK(displayName(event.people[0]) == "Silje Mæland");
    CHECK(findGroupByNumber(event, "2.1")->title == "Digitale verktøy – muligheter");
    CHECK(findGroupByNumber(event, "9.9") == nullptr);
    CHECK(findPerson(event, Id::generate()) == nullptr);
    const auto position = locateRound(event, event.days[1].rounds[0].id);
    REQUIRE(position);
    CHECK(position->number == 3);
    CHECK(position->dayIndex == 1);
}

TEST_CASE("statistics count sub-points apart") {
    const auto stats = computeStats(innspill::test::sampleEvent());
    CHECK(stats.days == 2);
    CHECK(stats.rounds == 3);
    CHECK(stats.rooms == 3);
    CHECK(stats.groups == 5);
    CHECK(stats.inputs == 8);
    CHECK(stats.subPoints == 2);
    CHECK(stats.people == 5);
    CHECK(stats.themes == 5);
}

TEST_CASE("statistics count votes, actions of groups and challenges, and photos by flag") {
    auto event = innspill::test::sampleEvent();
    CHECK(computeStats(event).votes == 0);
    auto& group = event.groups.at(0);
    REQUIRE(!group.inputs.empty());
    group.inputs[0].votes = 4;
    if (!group.inputs[0].children.empty()) {
        group.inputs[0].children[0].votes = 0;
    }
    event.groups.at(1).inputs.at(0).votes = 3;
    group.actions.push_back(Action{Id::generate(), "Søke midler", "", "", "", ""});
    Challenge challenge;
    challenge.id = Id::generate();
    challenge.theme = event.themes.at(0).id;
    challenge.actions.push_back(Action{Id::generate(), "Pilot", "Kommunen", "", "", ""});
    challenge.actions.push_back(Action{Id::generate(), "Evaluere", "", "", "", ""});
    event.synthesis.challenges.push_back(challenge);
    Photo shown;
    shown.id = Id::generate();
    shown.isPublic = true;
    Photo kept;
    kept.id = Id::generate();
    group.photos = {shown, kept, kept};
    const auto stats = computeStats(event);
    CHECK(stats.votedInputs == 2);
    CHECK(stats.votes == 7);
    CHECK(stats.actions == 3);
    CHECK(stats.publicPhotos == 1);
    CHECK(stats.internalPhotos == 2);
}

TEST_CASE("enumerations read back what they write") {
    for (auto p : {Perspective::Unspecified, Perspective::User, Perspective::Employer,
                   Perspective::Practitioner, Perspective::Researcher, Perspective::Leader,
                   Perspective::Other}) {
        CHECK(parsePerspective(toString(p)) == p);
    }
    for (auto s : {GroupStatus::Posted, GroupStatus::Met, GroupStatus::Cancelled}) {
        CHECK(parseGroupStatus(toString(s)) == s);
    }
    for (auto k : {InputKind::Item, InputKind::LeadIn, InputKind::SubHeading}) {
        CHECK(parseInputKind(toString(k)) == k);
    }
    CHECK_FALSE(parsePerspective("Researcher"));
    CHECK_FALSE(parseGroupStatus(""));
}

TEST_CASE("times and dates") {
    CHECK(isValidTime(""));
    CHECK(isValidTime("09:30"));
    CHECK(isValidTime("23:59"));
    CHECK_FALSE(isValidTime("24:00"));
    CHECK_FALSE(isValidTime("9:30"));
    CHECK(isValidDate("2020-01-22"));
    CHECK(isValidDate("2024-02-29"));
    CHECK_FALSE(isValidDate("2023-02-29"));
    CHECK_FALSE(isValidDate("2020-13-01"));
    CHECK_FALSE(isValidDate("22.01.2020"));
}
