// planMerge: the three-way merge of kits into a master, as pure functions
// over events (the files and the command line: tests/cli/cli_kits_test.cpp).
#include "app/event_session.hpp"
#include "app/merge/choice_rounds.hpp"
#include "app/merge/kits.hpp"
#include "app/merge/merge_plan.hpp"
#include "io/json_archive.hpp"
#include "lang/message.hpp"
#include "model/validate.hpp"
#include "store/event_file.hpp"
#include "store/kit_tables.hpp"
#include "support/merge_master.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using namespace innspill;
using app::MergeChoice;
using app::MergePlan;
using test::handOut;
using test::Master;

namespace {

// The merge's words in bokmål, as the tests compare them.
std::string nb(const lang::Message& message) {
    return lang::render(lang::Language::Nb, message);
}

model::Input input(const std::string& text, std::vector<model::Input> children = {}) {
    return model::Input{
        model::Id::generate(), text, model::InputKind::Item, std::move(children), {}};
}

model::Group& groupNumbered(model::Event& event, const std::string& number) {
    auto found = std::find_if(event.groups.begin(), event.groups.end(),
                              [&](const model::Group& group) { return group.number == number; });
    REQUIRE(found != event.groups.end());
    return *found;
}

// The same content whatever order it came in: the register and the groups
// are kept in the order they arrived, which follows the hand-in order.
model::Event canonical(model::Event event) {
    const auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
    std::sort(event.people.begin(), event.people.end(), byId);
    std::sort(event.groups.begin(), event.groups.end(), byId);
    return event;
}

const app::MergeConflict* conflictOn(const MergePlan& plan, const std::string& field) {
    for (const auto& conflict : plan.conflicts) {
        if (conflict.field == field) {
            return &conflict;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("merge: a kit that adds a group brings it, and only it") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    kit.event.groups.push_back(test::capturedGroup(kit.event, "1.20", 10));

    const auto plan = master.plan(kit);
    CHECK(plan.conflicts.empty());
    CHECK(plan.problems.empty());
    CHECK(plan.summary.groupsAdded == 1);
    CHECK(plan.summary.inputsAdded == 10);
    CHECK(plan.summary.groupsChanged == 0);
    REQUIRE(plan.change.groups().size() == 1);
    REQUIRE(plan.change.handIns().size() == 1);
    const auto& record = *plan.change.handIns()[0].after;
    CHECK(record.kitId == kit.record.kitId);
    CHECK(record.facilitator == "Kari");
    CHECK(record.counts == plan.summary);
    CHECK(io::readJsonArchive(record.kitState) ==
          io::readJsonArchive(io::writeJsonArchive(kit.event)));

    master.apply(plan);
    CHECK(master.event.groups.size() == 6);
    CHECK(model::validate(master.event).empty());
}

TEST_CASE("merge: two and ten kits with disjoint groups give one master in any order") {
    const auto original = test::sampleEvent();
    const size_t kitCount = GENERATE(2, 10);
    std::vector<app::KitContents> kits;
    for (size_t i = 0; i < kitCount; ++i) {
        auto kit = handOut(original, "Fasilitator " + std::to_string(i + 1));
        kit.event.groups.push_back(
            test::capturedGroup(kit.event, "1." + std::to_string(20 + i), 3));
        // Each also adds a person, edits a different existing group and one input.
        model::Person person{model::Id::generate(), "Person " + std::to_string(i), "",
                             model::Perspective::User, false};
        kit.event.people.push_back(person);
        kit.event.groups.back().participants = {person.id};
        if (i < 5) {
            auto& group = kit.event.groups[i];
            group.reportNote = "Merknad fra kit " + std::to_string(i);
            if (!group.inputs.empty()) {
                group.inputs.back().text += " (utdypet)";
            }
        }
        kits.push_back(std::move(kit));
    }

    Master inOrder{original, {}};
    for (const auto& kit : kits) {
        const auto plan = inOrder.handIn(kit);
        CHECK(plan.conflicts.empty());
    }
    CHECK(inOrder.event.groups.size() == original.groups.size() + kitCount);
    CHECK(inOrder.event.people.size() == original.people.size() + kitCount);
    CHECK(model::validate(inOrder.event).empty());
    CHECK(inOrder.history.size() == kitCount);

    std::mt19937 rng(7);
    for (int shuffle = 0; shuffle < 3; ++shuffle) {
        auto order = kits;
        std::shuffle(order.begin(), order.end(), rng);
        Master other{original, {}};
        for (const auto& kit : order) {
            other.handIn(kit);
        }
        CHECK(canonical(other.event) == canonical(inOrder.event));
    }
}

TEST_CASE("merge: the same kit handed in twice brings nothing the second time") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    kit.event.groups.push_back(test::capturedGroup(kit.event, "1.20", 2));
    kit.event.groups[0].title = "Ny tittel fra kitet";
    master.handIn(kit);
    const auto after = master.event;

    const auto again = master.plan(kit);
    CHECK(again.bringsNothing());
    CHECK(again.conflicts.empty());
    CHECK(again.change.handIns().empty());
    CHECK(master.event == after);
}

TEST_CASE("merge: handed in, edited more, handed in again brings only what is new") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    kit.event.groups.push_back(test::capturedGroup(kit.event, "1.20", 2));
    master.handIn(kit);

    // The organiser corrects the new group's title in the master meanwhile.
    groupNumbered(master.event, "1.20").title = "Rettet av arrangøren";
    // The facilitator keeps capturing.
    auto& captured = groupNumbered(kit.event, "1.20");
    captured.inputs.push_back(input("Et tredje innspill"));
    captured.inputs[0].children.push_back(input("Et underpunkt"));

    const auto second = master.handIn(kit);
    CHECK(second.conflicts.empty());
    CHECK(second.summary.groupsAdded == 0);
    CHECK(second.summary.groupsChanged == 1);
    CHECK(second.summary.inputsAdded == 2);
    const auto& merged = groupNumbered(master.event, "1.20");
    CHECK(merged.title == "Rettet av arrangøren"); // not overwritten by the kit's old title
    REQUIRE(merged.inputs.size() == 3);
    CHECK(merged.inputs[2].text == "Et tredje innspill");
    CHECK(merged.inputs[0].children.at(0).text == "Et underpunkt");
    CHECK(master.history.size() == 2);
    CHECK(master.plan(kit).bringsNothing());
}

TEST_CASE("merge: changes to different fields of one group both come in") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    groupNumbered(master.event, "1.1").title = "Arrangørens tittel";
    groupNumbered(master.event, "1.1").inputs[0].text = "Arrangøren rettet skrivefeil";
    auto& group = groupNumbered(kit.event, "1.1");
    group.participantCount = 14;
    group.notes.challenges = "Mange aktører, lite tid";
    group.inputs[1].children.push_back(input("for eldre"));
    group.inputs.insert(group.inputs.begin() + 1, input("Nytt i midten"));

    const auto plan = master.handIn(kit);
    CHECK(plan.conflicts.empty());
    const auto& merged = groupNumbered(master.event, "1.1");
    CHECK(merged.title == "Arrangørens tittel");
    CHECK(merged.participantCount == 14);
    CHECK(merged.notes.challenges == "Mange aktører, lite tid");
    REQUIRE(merged.inputs.size() == 3);
    CHECK(merged.inputs[0].text == "Arrangøren rettet skrivefeil");
    CHECK(merged.inputs[1].text == "Nytt i midten"); // after its predecessor in the kit
    CHECK(merged.inputs[2].children.size() == 3);
    CHECK(merged.inputs[2].children[2].text == "for eldre");
}

TEST_CASE("merge: the same field changed differently is a conflict, never settled alone") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    groupNumbered(master.event, "1.1").title = "Hovedfilens tittel";
    groupNumbered(kit.event, "1.1").title = "Kitets tittel";
    groupNumbered(kit.event, "2.1").reportNote = "Uten konflikt";

    const auto plan = master.plan(kit);
    REQUIRE(plan.conflicts.size() == 1);
    const auto& conflict = plan.conflicts[0];
    CHECK(conflict.kind == app::ConflictKind::BothChanged);
    CHECK(conflict.entity == app::MergeEntity::Group);
    CHECK(conflict.field == "title");
    CHECK(nb(conflict.masterValue) == "Hovedfilens tittel");
    CHECK(nb(conflict.kitValue) == "Kitets tittel");
    CHECK(nb(conflict.where).find("gruppe 1.1") != std::string::npos);
    CHECK(conflict.choice == MergeChoice::Undecided);
    CHECK_FALSE(plan.ready());

    const auto kitWins = app::applyResolutions(plan, {MergeChoice::Kit});
    REQUIRE(kitWins.ready());
    CHECK(kitWins.conflicts.at(0).choice == MergeChoice::Kit);
    auto event = master.event;
    app::applyToModel(event, kitWins.change);
    CHECK(groupNumbered(event, "1.1").title == "Kitets tittel");
    CHECK(groupNumbered(event, "2.1").reportNote == "Uten konflikt");

    const auto masterWins = app::resolveAll(plan, MergeChoice::Master);
    REQUIRE(masterWins.ready());
    event = master.event;
    app::applyToModel(event, masterWins.change);
    CHECK(groupNumbered(event, "1.1").title == "Hovedfilens tittel");
    CHECK(groupNumbered(event, "2.1").reportNote == "Uten konflikt");

    // The master's choice sticks: handing the unchanged kit in again brings nothing.
    master.apply(masterWins);
    CHECK(master.plan(kit).bringsNothing());
}

TEST_CASE("merge: an input edited differently can keep both versions") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    groupNumbered(master.event, "1.1").inputs[0].text = "Hovedfilens ordlyd";
    groupNumbered(kit.event, "1.1").inputs[0].text = "Kitets ordlyd";

    const auto plan = master.plan(kit);
    const auto* conflict = conflictOn(plan, "text");
    REQUIRE(conflict);
    CHECK(conflict->entity == app::MergeEntity::Input);
    CHECK(conflict->bothAllowed);
    CHECK(conflict->groupId == groupNumbered(master.event, "1.1").id);

    const auto both = app::applyResolutions(plan, {MergeChoice::Both});
    REQUIRE(both.ready());
    master.apply(both);
    const auto& inputs = groupNumbered(master.event, "1.1").inputs;
    REQUIRE(inputs.size() == 3);
    CHECK(inputs[0].text == "Hovedfilens ordlyd");
    CHECK(inputs[1].text == "Kitets ordlyd");
    CHECK(inputs[1].id != inputs[0].id);
    CHECK(model::validate(master.event).empty());
}

TEST_CASE("merge: the same group number posted in two places") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    auto first = handOut(original, "Kari");
    auto second = handOut(original, "Ola");
    first.event.groups.push_back(test::capturedGroup(first.event, "1.20", 1));
    second.event.groups.push_back(test::capturedGroup(second.event, "1.20", 2));
    // Another title: another group (with the same title it would be one,
    // merge_identity_test.cpp).
    second.event.groups.back().title = "Et annet tema";
    master.handIn(first);

    const auto plan = master.plan(second);
    REQUIRE(plan.conflicts.size() == 1);
    const auto& conflict = plan.conflicts[0];
    CHECK(conflict.kind == app::ConflictKind::NumberTaken);
    CHECK(conflict.entityId == second.event.groups.back().id);
    CHECK(conflict.otherId == first.event.groups.back().id);
    CHECK(nb(conflict.kitMeans).find("1.21") != std::string::npos);

    SECTION("master keeps the number: the kit's group gets the next one") {
        master.apply(app::resolveAll(plan, MergeChoice::Master));
        CHECK(model::findGroup(master.event, first.event.groups.back().id)->number == "1.20");
        CHECK(model::findGroup(master.event, second.event.groups.back().id)->number == "1.21");
    }
    SECTION("the kit keeps the number: the master's group moves on") {
        master.apply(app::resolveAll(plan, MergeChoice::Kit));
        CHECK(model::findGroup(master.event, first.event.groups.back().id)->number == "1.21");
        CHECK(model::findGroup(master.event, second.event.groups.back().id)->number == "1.20");
    }
    CHECK(master.event.groups.size() == original.groups.size() + 2);
    CHECK(model::validate(master.event).empty());
}

TEST_CASE("merge: deleted on one side, edited on the other") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    const auto id = groupNumbered(master.event, "1.10").id;

    SECTION("deleted in the kit, edited in the master") {
        kit.event.groups.erase(std::find_if(kit.event.groups.begin(), kit.event.groups.end(),
                                            [&](const auto& g) { return g.id == id; }));
        groupNumbered(master.event, "1.10").title = "Fortsatt i bruk";
        const auto plan = master.plan(kit);
        REQUIRE(plan.conflicts.size() == 1);
        CHECK(plan.conflicts[0].kind == app::ConflictKind::DeletedInKit);
        CHECK(nb(plan.conflicts[0].kitValue) == "(slettet)");
        auto keep = master;
        keep.apply(app::resolveAll(plan, MergeChoice::Master));
        CHECK(model::findGroup(keep.event, id));
        const auto kitWins = app::resolveAll(plan, MergeChoice::Kit);
        master.apply(kitWins);
        CHECK_FALSE(model::findGroup(master.event, id));
        // 2.1 was merged with 1.10: the link goes with it, as in the file.
        CHECK(groupNumbered(master.event, "2.1").mergedWith.empty());
        CHECK(kitWins.notes.size() == 1);
        CHECK(model::validate(master.event).empty());
    }
    SECTION("edited in the kit, deleted in the master") {
        groupNumbered(kit.event, "1.10").inputs.push_back(input("Skrevet i kitet"));
        master.event.groups.erase(std::find_if(master.event.groups.begin(),
                                               master.event.groups.end(),
                                               [&](const auto& g) { return g.id == id; }));
        for (auto& group : master.event.groups) {
            group.mergedWith.clear();
        }
        const auto plan = master.plan(kit);
        const auto* conflict = conflictOn(plan, "deleted");
        REQUIRE(conflict);
        CHECK(conflict->kind == app::ConflictKind::DeletedInMaster);
        auto stays = master;
        stays.apply(app::resolveAll(plan, MergeChoice::Master));
        CHECK_FALSE(model::findGroup(stays.event, id));
        master.apply(app::resolveAll(plan, MergeChoice::Kit));
        REQUIRE(model::findGroup(master.event, id));
        CHECK(model::findGroup(master.event, id)->inputs.back().text == "Skrevet i kitet");
    }
    SECTION("deleted in the kit and unchanged in the master: deleted") {
        kit.event.groups.erase(std::find_if(kit.event.groups.begin(), kit.event.groups.end(),
                                            [&](const auto& g) { return g.id == id; }));
        for (auto& group : kit.event.groups) {
            group.mergedWith.clear();
        }
        const auto plan = master.handIn(kit);
        CHECK(plan.summary.groupsRemoved == 1);
        CHECK_FALSE(model::findGroup(master.event, id));
    }
}

TEST_CASE("merge: a new person with the name of one in the master") {
    const auto original = test::sampleEvent();
    Master master{original, {}};
    model::Person kari{model::Id::generate(), "Kari Nordmann", "NAV", model::Perspective::User,
                       true};
    master.event.people.push_back(kari); // registered at the desk after hand-out
    auto kit = handOut(original, "Ola");
    // Another organisation: maybe another Kari (the same name and an agreeing
    // organisation is unified without asking: merge_identity_test.cpp).
    model::Person same{model::Id::generate(), "  kari  NORDMANN", "Sintef",
                       model::Perspective::User, false};
    kit.event.people.push_back(same);
    auto group = test::capturedGroup(kit.event, "1.20", 1);
    group.initiators = {same.id};
    kit.event.groups.push_back(group);

    const auto plan = master.plan(kit);
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].kind == app::ConflictKind::SamePerson);
    CHECK(plan.conflicts[0].otherId == kari.id);

    SECTION("the same person: the kit's group names the master's entry") {
        master.apply(app::resolveAll(plan, MergeChoice::Master));
        CHECK_FALSE(model::findPerson(master.event, same.id));
        CHECK(model::findGroup(master.event, group.id)->initiators ==
              std::vector<model::Id>{kari.id});
    }
    SECTION("two people") {
        master.apply(app::resolveAll(plan, MergeChoice::Kit));
        CHECK(model::findPerson(master.event, same.id));
        CHECK(model::findGroup(master.event, group.id)->initiators ==
              std::vector<model::Id>{same.id});
    }
    CHECK(model::validate(master.event).empty());
}

TEST_CASE("merge: a deletion of something the master still uses is not carried out") {
    Master master{test::sampleEvent(), {}};
    const auto person = model::Person{model::Id::generate(), "Ny i registeret", "",
                                      model::Perspective::User, false};
    master.event.people.push_back(person);
    auto kit2 = handOut(master.event, "Ola");
    // The kit deletes the person (nobody used it there) while the master
    // puts them in a group.
    kit2.event.people.pop_back();
    groupNumbered(master.event, "2.1").participants.push_back(person.id);

    const auto plan = master.handIn(kit2);
    CHECK(plan.conflicts.empty());
    CHECK(model::findPerson(master.event, person.id));
    REQUIRE(plan.notes.size() == 1);
    CHECK(nb(plan.notes[0]).find("Ny i registeret") != std::string::npos);
    CHECK(model::validate(master.event).empty());
}

TEST_CASE("merge: inputs reordered in the kit and edited in the master") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    auto& kitInputs = groupNumbered(kit.event, "1.10").inputs;
    std::reverse(kitInputs.begin(), kitInputs.end());
    groupNumbered(master.event, "1.10").inputs[0].text = "Endret i hovedfilen";
    master.event.groups[0].inputs.push_back(input("Lagt til i hovedfilen"));

    const auto plan = master.handIn(kit);
    CHECK(plan.conflicts.empty());
    const auto& merged = groupNumbered(master.event, "1.10").inputs;
    REQUIRE(merged.size() == 5);
    CHECK(merged[0].text == "Holdninger hos arbeidsgiver");
    CHECK(merged[3].text == "Endret i hovedfilen");
    CHECK(merged[4].text == "Lagt til i hovedfilen");
}

TEST_CASE("merge: a kit of another event is refused") {
    Master master{test::sampleEvent(), {}};
    const auto other = test::sampleEvent();
    auto kit = handOut(other, "Kari");
    kit.event.groups.push_back(test::capturedGroup(kit.event, "1.20", 1));
    const auto plan = master.plan(kit);
    CHECK(plan.change.empty());
    REQUIRE(plan.problems.size() == 1);
    CHECK(lang::render(lang::Language::Nb, plan.problems[0]).find("annet arrangement") !=
          std::string::npos);
}

TEST_CASE("merge: a damaged base is an io::ParseError") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    kit.record.base.resize(kit.record.base.size() / 2);
    CHECK_THROWS(master.plan(kit));
}

TEST_CASE("merge: the event's fields, the programme and the themes merge too") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    master.event.place = "Rauland";
    kit.event.subtitle = "Ny undertittel";
    kit.event.rooms.push_back(model::Room{model::Id::generate(), "Gapahuken"});
    kit.event.themes[0].description = "Utdypet i kitet";
    auto group = test::capturedGroup(kit.event, "1.20", 1);
    group.roomId = kit.event.rooms.back().id;
    group.inputs[0].themes = {kit.event.themes[0].id};
    kit.event.groups.push_back(group);

    const auto plan = master.handIn(kit);
    CHECK(plan.conflicts.empty());
    CHECK(master.event.place == "Rauland");
    CHECK(master.event.subtitle == "Ny undertittel");
    CHECK(master.event.rooms.back().name == "Gapahuken");
    CHECK(master.event.themes[0].description == "Utdypet i kitet");
    CHECK(model::validate(master.event).empty());
}

TEST_CASE("merge: through a session a hand-in is one step that undo takes back") {
    test::TempDir dir;
    const auto path = dir / "master.innspill";
    const auto opened = test::createSession(path, test::sampleEvent());
    auto& session = *opened;
    const auto original = session.event();
    auto kit = handOut(original, "Kari");
    kit.event.groups.push_back(test::capturedGroup(kit.event, "1.20", 3));
    groupNumbered(kit.event, "1.1").title = "Endret i kitet";

    const auto plan =
        app::planMerge(session.event(), kit,
                       store::readHandIns(*session.file(), store::HandInDetail::WithKitState));
    REQUIRE(plan.ready());
    REQUIRE(session.apply(plan.change));
    const auto onDisk = [&] { return test::onDisk(path); };
    CHECK(onDisk().groups.size() == 6);
    {
        auto file = store::EventFile::open(path, store::EventFile::Access::ReadOnly);
        const auto history = store::readHandIns(*file, store::HandInDetail::Summary);
        REQUIRE(history.size() == 1);
        CHECK(history[0].counts.groupsAdded == 1);
        CHECK(history[0].counts.groupsChanged == 1);
    }

    REQUIRE(session.undo());
    CHECK(session.event() == original);
    CHECK(onDisk() == original);
    auto file = store::EventFile::open(path, store::EventFile::Access::ReadOnly);
    CHECK(store::readHandIns(*file, store::HandInDetail::Summary).empty());
    CHECK(file->integrityProblems().empty());
}

TEST_CASE("merge: kits planned against an open session, choices kept by key, one step") {
    test::TempDir dir;
    const auto opened = test::createSession(dir / "master.innspill", test::sampleEvent());
    auto& session = *opened;
    // Kit files as the app reads them, without touching the disk for kits.
    const auto kitFor = [&](const std::string& name) {
        app::KitForHandIn kit;
        kit.path = dir / (name + ".innspill");
        kit.contents = handOut(session.event(), name);
        return kit;
    };
    std::vector<app::KitForHandIn> kits{kitFor("Kari"), kitFor("Ola")};
    groupNumbered(kits[0].contents.event, "1.1").title = "Karis";
    kits[0].contents.event.groups.push_back(test::capturedGroup(kits[0].contents.event, "1.20", 2));
    groupNumbered(kits[1].contents.event, "1.1").title = "Olas";
    const auto original = session.event();

    // Ola's kit is planned against the master as Kari's leaves it.
    auto run = app::planHandIns(session, kits, {});
    REQUIRE(run.kits.size() == 2);
    CHECK(run.kits[0].plan.conflicts.empty());
    REQUIRE(run.kits[1].plan.conflicts.size() == 1);
    CHECK(nb(run.kits[1].plan.conflicts[0].masterValue) == "Karis");
    CHECK(run.undecided() == 1);
    CHECK_THROWS_AS(app::applyHandIns(session, run), app::KitError);

    std::vector<app::KitChoices> choices(2);
    choices[1][run.kits[1].plan.conflicts[0].key] = MergeChoice::Kit;
    run = app::planHandIns(session, kits, choices);
    REQUIRE(run.ready());
    CHECK(run.change.labelText() == "Ta inn 2 kit");
    CHECK(run.change.handIns().size() == 2);

    // A plan made before the event changed is refused, not applied over it.
    auto edited = session.event();
    edited.title = "Endret i mellomtiden";
    REQUIRE(session.apply(app::diffEvents(session.event(), edited)));
    CHECK_THROWS_AS(app::applyHandIns(session, run), app::KitError);
    REQUIRE(session.undo());

    run = app::planHandIns(session, kits, choices);
    REQUIRE(app::applyHandIns(session, run));
    CHECK(model::findGroupByNumber(session.event(), "1.1")->title == "Olas");
    CHECK(app::handInsOf(session, false).size() == 2);
    // Handed in again, the kits bring nothing and ask nothing.
    const auto again = app::planHandIns(session, kits, {});
    CHECK(again.bringsNothing());
    CHECK(again.undecided() == 0);

    REQUIRE(session.undo()); // the whole hand-in, both records included
    CHECK(session.event() == original);
    CHECK(app::handInsOf(session, false).empty());
}

TEST_CASE("merge: a session on a kit refuses hand-ins") {
    test::TempDir dir;
    const auto master = dir / "master.innspill";
    const auto kit = dir / "kit.innspill";
    store::EventFile::create(master, test::sampleEvent());
    app::makeKit(master, kit, "Kari", false);
    auto opened = test::openEvent(kit);
    CHECK(app::kitRecordOf(*opened.session).has_value());
    CHECK(
        lang::render(lang::Language::Nb, app::handInRefusal(*opened.session)).find("selv et kit") !=
        std::string::npos);
    CHECK_THROWS_AS(app::planHandIns(*opened.session, {}, {}), app::KitError);
}

TEST_CASE("merge: an input indented in the kit and edited in the master") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    // Tab in the kit: "Mentorordning i bedrift" becomes a sub-point of the lead-in.
    auto& kitInputs = groupNumbered(kit.event, "1.10").inputs;
    kitInputs[0].children.push_back(kitInputs[1]);
    kitInputs.erase(kitInputs.begin() + 1);
    groupNumbered(master.event, "1.10").inputs[1].text = "Mentorordning i hver bedrift";

    const auto plan = master.handIn(kit);
    CHECK(plan.conflicts.empty());
    const auto& merged = groupNumbered(master.event, "1.10").inputs;
    REQUIRE(merged.size() == 3);
    REQUIRE(merged[0].children.size() == 1);
    CHECK(merged[0].children[0].text == "Mentorordning i hver bedrift");
    CHECK(model::validate(master.event).empty());
}

TEST_CASE("merge: inputs reordered differently on both sides") {
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    auto& kitInputs = groupNumbered(kit.event, "1.10").inputs;
    std::swap(kitInputs[0], kitInputs[3]);
    auto& masterInputs = groupNumbered(master.event, "1.10").inputs;
    std::swap(masterInputs[1], masterInputs[2]);
    const auto kitOrder = kitInputs;

    const auto plan = master.plan(kit);
    const auto* conflict = conflictOn(plan, "order");
    REQUIRE(conflict);
    CHECK(conflict->entity == app::MergeEntity::Input);
    CHECK(nb(conflict->where).find("gruppe 1.10") != std::string::npos);
    master.apply(app::resolveAll(plan, MergeChoice::Kit));
    CHECK(groupNumbered(master.event, "1.10").inputs == kitOrder);
}

TEST_CASE("merge: two kits adding a theme at the same place give one order") {
    const auto original = test::sampleEvent();
    auto first = handOut(original, "Kari");
    auto second = handOut(original, "Ola");
    first.event.themes.push_back(model::Theme{model::Id::generate(), "Frivillighet", "", {}});
    second.event.themes.push_back(model::Theme{model::Id::generate(), "Bolig", "", {}});

    Master one{original, {}};
    one.handIn(first);
    one.handIn(second);
    Master other{original, {}};
    other.handIn(second);
    other.handIn(first);
    CHECK(one.event.themes.size() == original.themes.size() + 2);
    CHECK(one.event.themes == other.event.themes);
}

TEST_CASE("choices settle in rounds: until nothing changes, never more than the bound") {
    int calls = 0;
    CHECK(app::settleInRounds([&] { return ++calls < 3; }) == 2);
    CHECK(calls == 3); // the third round found nothing to do
    calls = 0;
    CHECK(app::settleInRounds([&] {
              ++calls;
              return true; // a plan that keeps revealing conflicts
          }) == app::kMaxChoiceRounds);
    CHECK(calls == app::kMaxChoiceRounds);
    CHECK(app::settleInRounds([] { return false; }) == 0);
}

TEST_CASE("merge: the name policy comes in from a kit like the other event fields") {
    using model::NamePolicy;
    // Changed only in the kit: it comes in.
    Master master{test::sampleEvent(), {}};
    auto kit = handOut(master.event, "Kari");
    kit.event.namePolicy = NamePolicy::Everyone;
    CHECK(master.handIn(kit).conflicts.empty());
    CHECK(master.event.namePolicy == NamePolicy::Everyone);

    // Changed differently on both sides: a conflict named in words.
    Master both{test::sampleEvent(), {}};
    auto other = handOut(both.event, "Ola");
    both.event.namePolicy = NamePolicy::Nobody;
    other.event.namePolicy = NamePolicy::Everyone;
    const auto plan = both.plan(other);
    const auto* conflict = conflictOn(plan, "namePolicy");
    REQUIRE(conflict != nullptr);
    CHECK(nb(conflict->masterValue) == "Ingen navn");
    CHECK(nb(conflict->kitValue) == "Initiativtakere og fasilitatorer med navn");
    const auto kitWins = app::resolveAll(plan, MergeChoice::Kit);
    auto event = both.event;
    app::applyToModel(event, kitWins.change);
    CHECK(event.namePolicy == NamePolicy::Everyone);
}
