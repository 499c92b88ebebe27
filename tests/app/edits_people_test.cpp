// Register edits: add, update, delete and merge people, on the model and
// through a real event file (write, undo, redo, reopen).
#include "app/edits_people.hpp"
#include "app/event_session.hpp"
#include "model/name_match.hpp"
#include "model/text.hpp"
#include "model/validate.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innspill;
using model::Id;
using model::Perspective;

namespace {

// People and groups in id order: undoing a delete puts a person back at the
// end of the register, which is the same register.
model::Event normalised(model::Event event) {
    const auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
    std::sort(event.people.begin(), event.people.end(), byId);
    std::sort(event.groups.begin(), event.groups.end(), byId);
    return event;
}

model::Event onDisk(const std::filesystem::path& path) {
    return normalised(test::onDisk(path));
}

// A small event where one person appears in every role and twice in one group.
struct Fixture {
    model::Event event = model::makeEvent("Test");
    Id kari, kariDup, ola, per;
    Id g1, g2, g3;

    Fixture() {
        const auto person = [&](const char* name, const char* org, Perspective p, bool consent) {
            model::Person added{Id::generate(), name, org, p, consent};
            event.people.push_back(added);
            return added.id;
        };
        kari = person("Kari Nordmann", "NAV", Perspective::User, true);
        kariDup = person("kari nordmann", "", Perspective::Unspecified, false);
        ola = person("Ola Nordmann", "NHO", Perspective::Employer, false);
        per = person("Per Hansen", "UiB", Perspective::Researcher, true);
        event.days.push_back(model::Day{Id::generate(), "2020-01-22", {}});
        const Id round = Id::generate();
        event.days[0].rounds.push_back(model::Round{round, "", "09:00", "10:00"});
        const auto group = [&](const char* number, std::vector<Id> initiators,
                               std::vector<Id> facilitators, std::vector<Id> participants) {
            model::Group g;
            g.id = Id::generate();
            g.number = number;
            g.title = std::string("Gruppe ") + number;
            g.roundId = round;
            g.initiators = std::move(initiators);
            g.facilitators = std::move(facilitators);
            g.participants = std::move(participants);
            event.groups.push_back(g);
            return g.id;
        };
        g1 = group("1.1", {kari}, {ola}, {kari, kariDup, per});
        g2 = group("1.2", {kariDup}, {kari}, {ola, kariDup});
        g3 = group("1.3", {per}, {ola}, {per});
    }
};

const model::Group& groupOf(const model::Event& event, const Id& id) {
    const auto* group = model::findGroup(event, id);
    REQUIRE(group != nullptr);
    return *group;
}

} // namespace

TEST_CASE("people: usage counts each role and each group once") {
    Fixture f;
    CHECK(app::usageOf(f.event, f.kari) == app::PersonUsage{1, 1, 1, 2});
    CHECK(app::usageOf(f.event, f.kariDup) == app::PersonUsage{1, 0, 2, 2});
    CHECK(app::usageOf(f.event, f.ola) == app::PersonUsage{0, 2, 1, 3});
    CHECK(app::usageOf(f.event, Id::generate()) == app::PersonUsage{});
}

TEST_CASE("people: add tidies the name and is undoable through the file") {
    Fixture f;
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", f.event);
    const auto change = app::addPerson(
        session->event(), model::Person{{}, "  Åse   Ødegård ", " KS ", Perspective::Leader, true});
    CHECK(change.labelText() == "Legg til person");
    REQUIRE(session->apply(change));
    REQUIRE(session->event().people.size() == 5);
    const auto& added = session->event().people.back();
    CHECK_FALSE(added.id.empty());
    CHECK(added.name == "Åse Ødegård");
    CHECK(added.organisation == "KS");
    CHECK(onDisk(session->path()) == normalised(session->event()));

    REQUIRE(session->undo());
    CHECK(normalised(session->event()) == normalised(f.event));
    CHECK(onDisk(session->path()) == normalised(f.event));
}

TEST_CASE("people: update names the field in its label and changes only that person") {
    Fixture f;
    auto after = *model::findPerson(f.event, f.ola);
    after.organisation = "NHO Service og Handel";
    const auto change = app::updatePerson(f.event, after);
    CHECK(change.labelText() == "Endre organisasjon");
    REQUIRE(change.people().size() == 1);
    CHECK(change.groups().empty());

    after.consent = true;
    CHECK(app::updatePerson(f.event, after).labelText() == "Endre person");
    CHECK(app::updatePerson(f.event, *model::findPerson(f.event, f.ola)).empty());
    auto name = *model::findPerson(f.event, f.per);
    name.name = "Per Olav Hansen";
    CHECK(app::updatePerson(f.event, name).labelText() == "Endre navn");
    auto perspective = *model::findPerson(f.event, f.per);
    perspective.perspective = Perspective::Leader;
    CHECK(app::updatePerson(f.event, perspective).labelText() == "Endre perspektiv");
    auto consent = *model::findPerson(f.event, f.per);
    consent.consent = false;
    CHECK(app::updatePerson(f.event, consent).labelText() == "Endre samtykke");
    auto gone = consent;
    gone.id = Id::generate();
    CHECK(app::updatePerson(f.event, gone).empty());
}

TEST_CASE("people: typing into one field merges into one undo step - the next field starts anew") {
    Fixture f;
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", f.event);
    std::string typed;
    for (char c : std::string("Ola N. Nordmann")) {
        typed += c;
        auto after = *model::findPerson(session->event(), f.ola);
        after.name = typed;
        REQUIRE(session->apply(app::updatePerson(session->event(), after), true));
    }
    session->breakMerge();
    auto after = *model::findPerson(session->event(), f.ola);
    after.organisation = "NHO Geo";
    REQUIRE(session->apply(app::updatePerson(session->event(), after), true));
    CHECK(onDisk(session->path()) == normalised(session->event()));

    REQUIRE(session->undo());
    CHECK(model::findPerson(session->event(), f.ola)->organisation == "NHO");
    CHECK(model::findPerson(session->event(), f.ola)->name == "Ola N. Nordmann");
    REQUIRE(session->undo());
    CHECK(normalised(session->event()) == normalised(f.event));
    CHECK(onDisk(session->path()) == normalised(f.event));
}

TEST_CASE("people: deleting takes people out of every group in the same change") {
    Fixture f;
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", f.event);
    const auto change = app::deletePeople(session->event(), {f.kari, f.ola});
    CHECK(change.labelText() == "Slett personer");
    CHECK(change.groups().size() == 3);
    REQUIRE(session->apply(change));

    const auto& event = session->event();
    CHECK(model::findPerson(event, f.kari) == nullptr);
    CHECK(model::findPerson(event, f.ola) == nullptr);
    CHECK(groupOf(event, f.g1).initiators.empty());
    CHECK(groupOf(event, f.g1).facilitators.empty());
    CHECK(groupOf(event, f.g1).participants == std::vector<Id>{f.kariDup, f.per});
    CHECK(groupOf(event, f.g2).facilitators.empty());
    CHECK(groupOf(event, f.g2).participants == std::vector<Id>{f.kariDup});
    CHECK(groupOf(event, f.g3).facilitators.empty());
    CHECK(model::validate(event).empty());
    const auto saved = onDisk(session->path());
    CHECK(saved.people.size() == 2);
    CHECK(saved.groups == normalised(event).groups);
    CHECK(session->file()->integrityProblems().empty());

    REQUIRE(session->undo());
    CHECK(onDisk(session->path()) == normalised(f.event));
    REQUIRE(session->redo());
    CHECK(onDisk(session->path()).people.size() == 2);

    CHECK(app::deletePeople(session->event(), {Id::generate()}).empty());
    CHECK(app::deletePeople(session->event(), {f.per}).labelText() == "Slett person");
}

TEST_CASE("people: merging moves every reference to the kept person - without duplicates") {
    Fixture f;
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", f.event);
    // Keep Kari's entry, but take nothing from the duplicate except what is chosen.
    model::Person fields = *model::findPerson(f.event, f.kari);
    fields.organisation = "NAV Vestfold";
    const auto change = app::mergePeople(session->event(), f.kari, f.kariDup, fields);
    CHECK(change.labelText() == "Slå sammen personer");
    REQUIRE(session->apply(change));

    const auto& event = session->event();
    CHECK(model::findPerson(event, f.kariDup) == nullptr);
    CHECK(model::findPerson(event, f.kari)->organisation == "NAV Vestfold");
    // 1.1 named both as participants: Kari once, in her place.
    CHECK(groupOf(event, f.g1).participants == std::vector<Id>{f.kari, f.per});
    CHECK(groupOf(event, f.g1).initiators == std::vector<Id>{f.kari});
    // 1.2: the duplicate initiated, Kari facilitated: both roles are Kari now.
    CHECK(groupOf(event, f.g2).initiators == std::vector<Id>{f.kari});
    CHECK(groupOf(event, f.g2).facilitators == std::vector<Id>{f.kari});
    CHECK(groupOf(event, f.g2).participants == std::vector<Id>{f.ola, f.kari});
    CHECK(groupOf(event, f.g3) == groupOf(f.event, f.g3));
    CHECK(app::usageOf(event, f.kari) == app::PersonUsage{2, 1, 2, 2});
    CHECK(model::validate(event).empty());
    CHECK(onDisk(session->path()) == normalised(event));
    CHECK(session->file()->integrityProblems().empty());

    REQUIRE(session->undo());
    CHECK(session->event().people.size() == 4);
    CHECK(onDisk(session->path()) == normalised(f.event));
    CHECK(groupOf(session->event(), f.g2) == groupOf(f.event, f.g2));
}

TEST_CASE("people: merge keeps the chosen fields and refuses nonsense") {
    Fixture f;
    model::Person fields{Id::generate(), "", "UiB", Perspective::Researcher, false};
    const auto change = app::mergePeople(f.event, f.per, f.ola, fields);
    model::Event after = f.event;
    app::applyToModel(after, change);
    const auto* per = model::findPerson(after, f.per);
    REQUIRE(per != nullptr);
    CHECK(per->name == "Per Hansen"); // an empty chosen name keeps the kept one's
    CHECK(per->consent == false);
    CHECK(model::findPerson(after, f.ola) == nullptr);
    CHECK(groupOf(after, f.g3).facilitators == std::vector<Id>{f.per});

    CHECK(app::mergePeople(f.event, f.per, f.per, fields).empty());
    CHECK(app::mergePeople(f.event, f.per, Id::generate(), fields).empty());
    CHECK(app::mergePeople(f.event, Id::generate(), f.per, fields).empty());
}

TEST_CASE("people: the sample event survives deleting and merging everyone") {
    auto event = test::sampleEvent();
    REQUIRE(event.people.size() >= 2);
    const auto merged =
        app::mergePeople(event, event.people[0].id, event.people[1].id, event.people[0]);
    app::applyToModel(event, merged);
    CHECK(model::validate(event).empty());
    std::vector<Id> all;
    for (const auto& person : event.people) {
        all.push_back(person.id);
    }
    app::applyToModel(event, app::deletePeople(event, all));
    CHECK(event.people.empty());
    CHECK(model::validate(event).empty());
    for (const auto& group : event.groups) {
        CHECK(group.initiators.empty());
        CHECK(group.facilitators.empty());
        CHECK(group.participants.empty());
    }
}

TEST_CASE("name matching: tidy - key and folded search") {
    CHECK(model::tidyName("  Kari \t\n Nordmann  ") == "Kari Nordmann");
    CHECK(model::nameKey("ÅSE ØDEGÅRD") == model::nameKey("åse ødegård"));
    CHECK(model::nameKey("ÆRØ") == "ærø");
    CHECK(model::nameKey("Kari Nordmann") != model::nameKey("Kari Nordman"));
    CHECK(model::containsFolded("Bjørn Ødegård", "ødeg"));
    CHECK(model::containsFolded("BJØRN", "bjø"));
    CHECK(model::containsFolded("anything", ""));
    CHECK_FALSE(model::containsFolded("Bjørn", "bjo"));
    CHECK_FALSE(model::containsFolded("Kari", "karin"));
    CHECK(model::containsFolded("HÉLÈNE", model::foldCase("hél")));
}

TEST_CASE("people: marking people as consenting is one undo step through the file") {
    Fixture f; // Kari and Per consented; kariDup and Ola did not
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", f.event);
    // Only those who have not consented change; an unknown id is ignored.
    const auto change =
        app::markConsenting(session->event(), {f.kari, f.ola, f.kariDup, Id::generate()});
    CHECK(change.labelText() == "Merk som samtykket");
    REQUIRE(change.people().size() == 2);
    REQUIRE(session->apply(change));
    for (const auto& person : session->event().people) {
        INFO(person.name);
        CHECK(person.consent); // everyone in this register now
    }
    CHECK(model::findPerson(session->event(), f.ola)->consent);
    CHECK(model::findPerson(session->event(), f.kariDup)->consent);
    CHECK(onDisk(session->path()) == normalised(session->event()));

    // One undo takes every mark back, in memory and in the file.
    REQUIRE(session->undo());
    CHECK(normalised(session->event()) == normalised(f.event));
    CHECK(onDisk(session->path()) == normalised(f.event));
    CHECK_FALSE(session->canUndo());

    // Nothing to mark: an empty change.
    CHECK(app::markConsenting(f.event, {f.kari, f.per}).empty());
    CHECK(app::markConsenting(f.event, {}).empty());
}
