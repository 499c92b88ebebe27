// Identity by natural key in the merge: what two sides added independently
// (a round, a room, a theme, a person, a group) is recognised as one thing
// and unified, not duplicated or asked about (app/merge/merge_identity.cpp).
#include "app/merge/kits.hpp"
#include "app/merge/merge_plan.hpp"
#include "io/json_archive.hpp"
#include "lang/message.hpp"
#include "model/name_match.hpp"
#include "model/validate.hpp"
#include "support/merge_master.hpp"
#include "support/sample_event.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <sstream>

using namespace innspill;
using app::MergeChoice;
using app::MergePlan;
using test::handOut;
using test::Master;

namespace {

model::Person person(const std::string& name, const std::string& organisation = "",
                     bool consent = false) {
    return model::Person{model::Id::generate(), name, organisation, model::Perspective::Unspecified,
                         consent};
}

// A new round at the end of day `day` (0-based), as a facilitator adds it.
model::Id addRound(model::Event& event, size_t day, const std::string& start,
                   const std::string& end) {
    model::Round round{model::Id::generate(), "", start, end};
    event.days.at(day).rounds.push_back(round);
    return round.id;
}

model::Group group(const model::Event& event, const std::string& number, const model::Id& round,
                   size_t inputs = 2) {
    auto made = test::capturedGroup(event, number, inputs);
    made.roundId = round;
    return made;
}

size_t count(const model::Event& event, const std::string& name) {
    return static_cast<size_t>(
        std::count_if(event.people.begin(), event.people.end(), [&](const model::Person& p) {
            return model::nameKey(p.name) == model::nameKey(name);
        }));
}

const model::Group& numbered(const model::Event& event, const std::string& number) {
    const auto* found = model::findGroupByNumber(event, number);
    REQUIRE(found);
    return *found;
}

std::string nb(const lang::Message& message) {
    return lang::render(lang::Language::Nb, message);
}

// The event as a person reads it, without ids: kits handed in in another
// order give other ids to what they unified, never other content.
std::string content(const model::Event& event) {
    std::ostringstream out;
    const auto names = [&](const std::vector<model::Id>& ids) {
        std::vector<std::string> list;
        for (const auto& id : ids) {
            const auto* p = model::findPerson(event, id);
            list.push_back(p ? model::displayName(*p) : "?");
        }
        std::sort(list.begin(), list.end());
        std::string joined;
        for (const auto& name : list) {
            joined += name + ";";
        }
        return joined;
    };
    for (const auto& day : event.days) {
        out << "day " << day.date << "\n";
        for (const auto& round : day.rounds) {
            out << " round " << round.title << " " << round.start << "-" << round.end << "\n";
        }
    }
    std::vector<std::string> rooms;
    for (const auto& room : event.rooms) {
        rooms.push_back(room.name);
    }
    std::sort(rooms.begin(), rooms.end());
    for (const auto& room : rooms) {
        out << "room " << room << "\n";
    }
    std::vector<std::string> people;
    for (const auto& p : event.people) {
        people.push_back(model::displayName(p) + (p.consent ? " +" : " -") +
                         std::string(model::toString(p.perspective)));
    }
    std::sort(people.begin(), people.end());
    for (const auto& line : people) {
        out << "person " << line << "\n";
    }
    for (const auto* g : model::sortedGroups(event)) {
        out << "group " << g->number << " " << g->title << " under "
            << model::roundHeading(event, g->roundId) << " init " << names(g->initiators) << " fac "
            << names(g->facilitators) << " part " << names(g->participants) << " inputs "
            << g->inputs.size() << "\n";
    }
    return out.str();
}

} // namespace

TEST_CASE("identity: two kits naming the same new person give one person and no conflict") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto a = handOut(original, "Kari");
    auto b = handOut(original, "Per");
    // Each facilitator types the new initiator; one knows her organisation,
    // the other that she agreed to be named.
    auto olaA = person("Ola Normann");
    auto olaB = person("  ola  NORMANN ", "Sintef", true);
    a.event.people.push_back(olaA);
    b.event.people.push_back(olaB);
    auto groupA = group(a.event, "1.20", a.event.days[0].rounds[0].id);
    groupA.initiators = {olaA.id};
    a.event.groups.push_back(groupA);
    auto groupB = group(b.event, "1.21", b.event.days[0].rounds[0].id);
    groupB.initiators = {olaB.id};
    groupB.participants = {olaB.id};
    b.event.groups.push_back(groupB);

    CHECK(master.handIn(a).conflicts.empty());
    const auto second = master.handIn(b);
    CHECK(second.conflicts.empty());
    REQUIRE(second.peopleUnified == std::vector<model::Id>{olaA.id});
    REQUIRE_FALSE(second.notes.empty());
    CHECK(nb(second.notes[0]) == "1 person slått sammen med registeret: Ola Normann");

    CHECK(count(master.event, "Ola Normann") == 1);
    const auto* ola = model::findPerson(master.event, olaA.id);
    REQUIRE(ola);
    CHECK(ola->name == "Ola Normann"); // the register's spelling stays
    CHECK(ola->organisation == "Sintef");
    CHECK(ola->consent);
    CHECK(numbered(master.event, "1.21").initiators == std::vector<model::Id>{olaA.id});
    CHECK(numbered(master.event, "1.21").participants == std::vector<model::Id>{olaA.id});
    CHECK(model::validate(master.event).empty());

    SECTION("the same kit again changes nothing") {
        const auto before = master.event;
        const auto again = master.plan(b);
        CHECK(again.bringsNothing());
        CHECK(again.conflicts.empty());
        CHECK(again.peopleUnified.empty());
    }
    SECTION("edited more and handed in again: still one person, only the new group") {
        auto next = group(b.event, "1.22", b.event.days[0].rounds[0].id);
        next.facilitators = {olaB.id};
        b.event.groups.push_back(next);
        const auto third = master.handIn(b);
        CHECK(third.conflicts.empty());
        CHECK(third.peopleUnified.empty()); // unified before, not counted again
        CHECK(third.summary.groupsAdded == 1);
        CHECK(third.summary.peopleAdded == 0);
        CHECK(count(master.event, "Ola Normann") == 1);
        CHECK(numbered(master.event, "1.22").facilitators == std::vector<model::Id>{olaA.id});
        CHECK(master.plan(b).bringsNothing());
    }
    SECTION("renamed in the master, then the kit names her again: still one person") {
        // The hand-in recorded the unification by id: a name changed since
        // does not make the kit's person a new one.
        CHECK_FALSE(master.history.back().unified.empty());
        CHECK(master.history.back().unified.find(olaB.id.str() + " " + olaA.id.str()) !=
              std::string::npos);
        REQUIRE(model::findPerson(master.event, olaA.id));
        for (auto& p : master.event.people) {
            if (p.id == olaA.id) {
                p.name = "Ola Nordmann-Hansen";
            }
        }
        auto next = group(b.event, "1.23", b.event.days[0].rounds[0].id);
        next.initiators = {olaB.id};
        b.event.groups.push_back(next);
        const auto third = master.handIn(b);
        CHECK(third.conflicts.empty());
        CHECK(third.notes.empty());
        CHECK(third.summary.peopleAdded == 0);
        CHECK(count(master.event, "Ola Normann") == 0);
        CHECK(count(master.event, "Ola Nordmann-Hansen") == 1);
        CHECK(numbered(master.event, "1.23").initiators == std::vector<model::Id>{olaA.id});
        CHECK(master.plan(b).bringsNothing());
    }
}

TEST_CASE("identity: a kit's new person who is already in the register is that person") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto kari = person("Kari Nordmann", "NAV", true);
    master.event.people.push_back(kari); // registered at the desk after hand-out
    auto kit = handOut(original, "Ola");
    auto same = person("  kari  NORDMANN");
    kit.event.people.push_back(same);
    auto captured = group(kit.event, "1.20", kit.event.days[0].rounds[0].id);
    captured.initiators = {same.id};
    kit.event.groups.push_back(captured);

    const auto plan = master.handIn(kit);
    CHECK(plan.conflicts.empty());
    CHECK(plan.summary.peopleAdded == 0);
    CHECK(plan.peopleUnified == std::vector<model::Id>{kari.id});
    CHECK(count(master.event, "Kari Nordmann") == 1);
    CHECK(model::findPerson(master.event, kari.id)->organisation == "NAV");
    CHECK(numbered(master.event, "1.20").initiators == std::vector<model::Id>{kari.id});
}

TEST_CASE("identity: the same name with different organisations stays a question") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto a = handOut(original, "Kari");
    auto b = handOut(original, "Per");
    auto navOla = person("Ola Normann", "NAV");
    auto sintefOla = person("Ola Normann", "Sintef");
    a.event.people.push_back(navOla);
    b.event.people.push_back(sintefOla);
    auto groupB = group(b.event, "1.21", b.event.days[0].rounds[0].id);
    groupB.initiators = {sintefOla.id};
    b.event.groups.push_back(groupB);

    master.handIn(a);
    const auto plan = master.plan(b);
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].kind == app::ConflictKind::SamePerson);
    CHECK(plan.conflicts[0].otherId == navOla.id);
    CHECK(plan.peopleUnified.empty());

    SECTION("two people") {
        const auto two = app::resolveAll(plan, MergeChoice::Kit);
        app::applyToModel(master.event, two.change);
        CHECK(count(master.event, "Ola Normann") == 2);
    }
    SECTION("one person") {
        const auto one = app::resolveAll(plan, MergeChoice::Master);
        app::applyToModel(master.event, one.change);
        CHECK(count(master.event, "Ola Normann") == 1);
        CHECK(numbered(master.event, "1.21").initiators == std::vector<model::Id>{navOla.id});
    }
}

TEST_CASE("identity: two kits creating the same round give one round, groups under it") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto a = handOut(original, "Kari");
    auto b = handOut(original, "Per");
    // Day 2 had one round (round 3 of the event); both add its second.
    const auto roundA = addRound(a.event, 1, "11:00", "12:30");
    const auto roundB = addRound(b.event, 1, "11:00", "12:30");
    a.event.groups.push_back(group(a.event, "4.1", roundA));
    b.event.groups.push_back(group(b.event, "4.2", roundB));

    CHECK(master.handIn(a).conflicts.empty());
    const auto second = master.handIn(b);
    CHECK(second.conflicts.empty());
    REQUIRE(master.event.days[1].rounds.size() == 2);
    CHECK(master.event.days[1].rounds[1].id == roundA);
    CHECK(numbered(master.event, "4.2").roundId == roundA);
    CHECK(model::roundHeading(master.event, numbered(master.event, "4.1").roundId) ==
          "DAG 2, gruppesesjon 4");
    CHECK(model::roundHeading(master.event, numbered(master.event, "4.2").roundId) ==
          "DAG 2, gruppesesjon 4");
    CHECK(model::groupsInRound(master.event, roundA).size() == 2);
    CHECK(model::validate(master.event).empty());
    CHECK(master.plan(b).bringsNothing());

    // Per keeps capturing in "his" round and hands in again: still one round.
    b.event.groups.push_back(group(b.event, "4.3", roundB));
    b.event.days[1].rounds.back().end = "12:45";
    const auto third = master.handIn(b);
    CHECK(third.conflicts.empty());
    CHECK(third.summary.groupsAdded == 1);
    REQUIRE(master.event.days[1].rounds.size() == 2);
    CHECK(master.event.days[1].rounds[1].end == "12:45");
    CHECK(numbered(master.event, "4.3").roundId == roundA);
    CHECK(master.plan(b).bringsNothing());
}

TEST_CASE("identity: one round with other times is a field conflict, not a second round") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto a = handOut(original, "Kari");
    auto b = handOut(original, "Per");
    const auto roundA = addRound(a.event, 1, "11:00", "12:30");
    const auto roundB = addRound(b.event, 1, "11:15", "");
    b.event.days[1].rounds.back().title = "Etter lunsj";
    a.event.groups.push_back(group(a.event, "4.1", roundA));
    b.event.groups.push_back(group(b.event, "4.2", roundB));
    master.handIn(a);

    const auto plan = master.plan(b);
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].entity == app::MergeEntity::Programme);
    CHECK(plan.conflicts[0].field == "start");
    const auto taken = app::resolveAll(plan, MergeChoice::Kit);
    app::applyToModel(master.event, taken.change);
    REQUIRE(master.event.days[1].rounds.size() == 2);
    const auto& round = master.event.days[1].rounds[1];
    CHECK(round.start == "11:15");
    CHECK(round.end == "12:30");         // only the master knew it: kept
    CHECK(round.title == "Etter lunsj"); // only the kit knew it: comes along
    CHECK(numbered(master.event, "4.2").roundId == roundA);
}

TEST_CASE("identity: a new day on both sides with the same date is one day") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto a = handOut(original, "Kari");
    auto b = handOut(original, "Per");
    for (auto* kit : {&a, &b}) {
        kit->event.days.push_back(model::Day{model::Id::generate(), "2031-01-24", {}});
        addRound(kit->event, 2, "09:00", "10:00");
    }
    a.event.groups.push_back(group(a.event, "5.1", a.event.days[2].rounds[0].id));
    b.event.groups.push_back(group(b.event, "5.2", b.event.days[2].rounds[0].id));
    master.handIn(a);
    CHECK(master.handIn(b).conflicts.empty());
    REQUIRE(master.event.days.size() == 3);
    CHECK(master.event.days[2].rounds.size() == 1);
    CHECK(numbered(master.event, "5.2").roundId == master.event.days[2].rounds[0].id);
}

TEST_CASE("identity: rooms and themes with the same name are one") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto a = handOut(original, "Kari");
    auto b = handOut(original, "Per");
    model::Room roomA{model::Id::generate(), "Møterom Ørnen"};
    model::Room roomB{model::Id::generate(), " møterom  ØRNEN"};
    model::Theme themeA{model::Id::generate(), "Universell utforming", "", {}};
    model::Theme themeB{model::Id::generate(), "universell utforming", "Tilgang for alle", {}};
    a.event.rooms.push_back(roomA);
    b.event.rooms.push_back(roomB);
    a.event.themes.push_back(themeA);
    b.event.themes.push_back(themeB);
    auto groupA = group(a.event, "1.20", a.event.days[0].rounds[0].id);
    groupA.roomId = roomA.id;
    groupA.inputs[0].themes = {themeA.id};
    a.event.groups.push_back(groupA);
    auto groupB = group(b.event, "1.21", b.event.days[0].rounds[0].id);
    groupB.roomId = roomB.id;
    groupB.inputs[0].themes = {themeB.id};
    b.event.groups.push_back(groupB);

    master.handIn(a);
    CHECK(master.handIn(b).conflicts.empty());
    CHECK(master.event.rooms.size() == original.rooms.size() + 1);
    CHECK(master.event.themes.size() == original.themes.size() + 1);
    CHECK(model::findRoom(master.event, roomA.id)->name == "Møterom Ørnen");
    CHECK(model::findTheme(master.event, themeA.id)->description == "Tilgang for alle");
    const auto& merged = numbered(master.event, "1.21");
    CHECK(merged.roomId == roomA.id);
    CHECK(merged.inputs[0].themes == std::vector<model::Id>{themeA.id});
    CHECK(model::validate(master.event).empty());
}

TEST_CASE("identity: the same group added on both sides is one group") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto a = handOut(original, "Kari");
    auto b = handOut(original, "Per");
    auto groupA = group(a.event, "1.20", a.event.days[0].rounds[0].id, 1);
    auto groupB = group(b.event, "1.20", b.event.days[0].rounds[0].id, 1);
    groupB.title = "  gruppe 1.20 ";
    groupB.inputs[0].text = "Et annet innspill";
    a.event.groups.push_back(groupA);

    SECTION("same number, same title: one group with both inputs") {
        b.event.groups.push_back(groupB);
        master.handIn(a);
        const auto plan = master.handIn(b);
        CHECK(plan.conflicts.empty());
        CHECK(master.event.groups.size() == original.groups.size() + 1);
        const auto& merged = numbered(master.event, "1.20");
        CHECK(merged.id == groupA.id);
        CHECK(merged.title == "Gruppe 1.20");
        CHECK(merged.inputs.size() == 2);
    }
    SECTION("same number, another title: the number clash it was") {
        groupB.title = "Noe helt annet";
        b.event.groups.push_back(groupB);
        master.handIn(a);
        const auto plan = master.plan(b);
        REQUIRE(plan.conflicts.size() == 1);
        CHECK(plan.conflicts[0].kind == app::ConflictKind::NumberTaken);
    }
}

TEST_CASE("identity: ten kits sharing people and a new round give one master in any order") {
    const auto original = test::sampleEvent();
    // A pool of new people; each kit names a few, overlapping with others,
    // some knowing the organisation and some not.
    std::vector<std::pair<std::string, std::string>> pool;
    for (int i = 0; i < 8; ++i) {
        pool.emplace_back("Deltaker " + std::to_string(i), "Org " + std::to_string(i % 3));
    }
    std::vector<app::KitContents> kits;
    for (size_t i = 0; i < 10; ++i) {
        auto kit = handOut(original, "Fasilitator " + std::to_string(i));
        const auto round = addRound(kit.event, 1, "11:00", "12:30");
        auto captured = group(kit.event, "4." + std::to_string(i + 1), round);
        for (size_t j = 0; j < 3; ++j) {
            const auto& [name, organisation] = pool[(i * 3 + j) % pool.size()];
            auto p = person(name, (i + j) % 2 ? organisation : "", i % 4 == 0);
            kit.event.people.push_back(p);
            (j == 0 ? captured.initiators : captured.participants).push_back(p.id);
        }
        kit.event.groups.push_back(captured);
        kits.push_back(std::move(kit));
    }

    Master inOrder{original, {}};
    for (const auto& kit : kits) {
        CHECK(inOrder.handIn(kit).conflicts.empty());
    }
    CHECK(inOrder.event.people.size() == original.people.size() + pool.size());
    CHECK(inOrder.event.days[1].rounds.size() == 2);
    CHECK(inOrder.event.groups.size() == original.groups.size() + 10);
    CHECK(model::validate(inOrder.event).empty());
    for (const auto& [name, organisation] : pool) {
        CHECK(count(inOrder.event, name) == 1);
    }
    const auto expected = content(inOrder.event);

    std::mt19937 rng(11);
    for (int shuffle = 0; shuffle < 4; ++shuffle) {
        auto order = kits;
        std::shuffle(order.begin(), order.end(), rng);
        Master other{original, {}};
        for (const auto& kit : order) {
            CHECK(other.handIn(kit).conflicts.empty());
        }
        CHECK(content(other.event) == expected);
        for (const auto& kit : order) {
            CHECK(other.plan(kit).bringsNothing()); // handing in again changes nothing
        }
    }
}

TEST_CASE("identity: two register entries that fit equally well stay a question") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto navOla = person("Ola Normann", "NAV");
    auto sintefOla = person("Ola Normann", "Sintef");
    master.event.people.push_back(navOla);
    master.event.people.push_back(sintefOla);
    auto kit = handOut(original, "Kari");
    auto typed = person("Ola Normann"); // no organisation: which Ola?
    auto typedNav = person("ola normann", "nav");
    kit.event.people.push_back(typed);
    kit.event.people.push_back(typedNav);
    auto captured = group(kit.event, "1.20", kit.event.days[0].rounds[0].id);
    captured.initiators = {typed.id};
    captured.participants = {typedNav.id};
    kit.event.groups.push_back(captured);

    const auto plan = master.plan(kit);
    // The one with NAV is NAV's Ola; the one without is asked about.
    CHECK(plan.peopleUnified == std::vector<model::Id>{navOla.id});
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].kind == app::ConflictKind::SamePerson);
    CHECK(plan.conflicts[0].entityId == typed.id);
}
