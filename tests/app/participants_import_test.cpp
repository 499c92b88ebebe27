// Participant import: the plan the preview shows and the one change it makes,
// against the register and a real event file; reading files.
#include "app/event_session.hpp"
#include "app/participants_import.hpp"
#include "model/validate.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace innspill;
using app::ImportAction;
using model::Id;
using model::Perspective;

namespace {

model::Event registerOf(std::initializer_list<model::Person> people) {
    auto event = model::makeEvent("Test");
    for (auto person : people) {
        person.id = Id::generate();
        event.people.push_back(person);
    }
    return event;
}

app::ParticipantsImportPlan plan(const model::Event& event, const std::string& csv) {
    return app::planParticipantsImport(event, io::parseParticipantsCsv(csv));
}

} // namespace

TEST_CASE("import plan: new names are created - known names (any case) are updated") {
    const auto event = registerOf({
        {{}, "Kari Nordmann", "NAV", Perspective::User, true},
        {{}, "Ola Nordmann", "NHO", Perspective::Employer, false},
    });
    const auto p = plan(event, "navn;organisasjon;perspektiv;samtykke\n"
                               "KARI  NORDMANN;NAV Oslo;;\n"         // update: organisation only
                               "ola nordmann;NHO;arbeidsgiver;nei\n" // nothing new
                               "Åse Ødegård;;leder;ja\n");
    REQUIRE(p.people.size() == 3);
    CHECK(p.creates == 1);
    CHECK(p.updates == 1);
    CHECK(p.unchanged == 1);
    CHECK(p.canImport());

    const auto& kari = p.people[0];
    CHECK(kari.action == ImportAction::Update);
    REQUIRE(kari.before.has_value());
    CHECK(kari.after.id == event.people[0].id);
    CHECK(kari.after.name == "Kari Nordmann"); // the register's spelling stays
    CHECK(kari.after.organisation == "NAV Oslo");
    CHECK(kari.after.perspective == Perspective::User); // empty cell: unchanged
    CHECK(kari.after.consent == true);

    CHECK(p.people[1].action == ImportAction::Unchanged);

    const auto& aase = p.people[2];
    CHECK(aase.action == ImportAction::Create);
    CHECK_FALSE(aase.before.has_value());
    CHECK(aase.after.name == "Åse Ødegård");
    CHECK(aase.after.organisation.empty());
    CHECK(aase.after.perspective == Perspective::Leader);
    CHECK(aase.after.consent == true);
    CHECK(aase.line == 4);

    const auto change = app::participantsImportChange(p);
    CHECK(change.labelText() == "Importer deltakere");
    CHECK(change.people().size() == 2); // the unchanged one is not written
    CHECK(change.groups().empty());
}

TEST_CASE("import plan: defaults for new people - and a name the register holds twice") {
    const auto event = registerOf({
        {{}, "Per Hansen", "UiB", Perspective::Researcher, true},
        {{}, "per hansen", "", Perspective::Unspecified, false},
    });
    const auto p = plan(event, "navn\nPer Hansen\nLiv Berg\n");
    REQUIRE(p.errors.size() == 1);
    CHECK(p.errors[0].problem == io::RowProblem::AmbiguousName);
    CHECK(p.errors[0].line == 2);
    REQUIRE(p.people.size() == 1);
    CHECK(p.people[0].after.perspective == Perspective::Unspecified);
    CHECK(p.people[0].after.consent == false); // no consent without a yes
}

TEST_CASE("import plan: nothing to import - or an unreadable file - makes no change") {
    const auto event = registerOf({{{}, "Kari Nordmann", "NAV", Perspective::User, true}});
    const auto same = plan(event, "navn,organisasjon\nKari Nordmann,NAV\n");
    CHECK_FALSE(same.canImport());
    CHECK(app::participantsImportChange(same).empty());

    const auto broken = plan(event, "fornavn-ish;x\n1;2\n");
    CHECK(broken.csv.problem == io::CsvProblem::NoNameColumn);
    CHECK_FALSE(broken.canImport());
    CHECK(app::participantsImportChange(broken).empty());
}

TEST_CASE("import: the good rows land in the file as one change - undo removes them") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    auto base = registerOf({{{}, "Kari Nordmann", "NAV", Perspective::User, false}});
    auto opened = test::createAndOpen(path, base);
    auto& session = *opened.session;

    const auto p = plan(session.event(), "Navn;Organisasjon;Perspektiv;Samtykke\n"
                                         "Kari Nordmann;NAV Oslo;bruker;ja\n"
                                         "Ola Nordmann;NHO;arbeidsgiver;nei\n"
                                         "Per Hansen;UiB;astronaut;ja\n"
                                         "Liv Berg;KS;leder;ja\n");
    CHECK(p.errors.size() == 1);
    REQUIRE(session.apply(app::participantsImportChange(p)));
    CHECK(session.undoLabel() == "Importer deltakere");

    const auto saved = test::onDisk(path);
    CHECK(saved.people.size() == 3);
    CHECK(model::findPerson(saved, base.people[0].id)->organisation == "NAV Oslo");
    CHECK(model::findPerson(saved, base.people[0].id)->consent == true);
    CHECK(model::validate(saved).empty());

    REQUIRE(session.undo());
    CHECK(session.event() == base);
    CHECK(test::onDisk(path) == base);
}

TEST_CASE("import: reading files refuses folders - missing and oversized files") {
    test::TempDir dir;
    CHECK(app::readParticipantsFile(dir / "missing.csv").problem == app::ReadProblem::NotFound);
    CHECK(app::readParticipantsFile(dir.path()).problem == app::ReadProblem::IsFolder);

    test::writeFile(dir / "ok.csv", "navn\nKari\n");
    const auto ok = app::readParticipantsFile(dir / "ok.csv");
    CHECK(ok.problem == app::ReadProblem::None);
    CHECK(ok.bytes == "navn\nKari\n");

    {
        std::ofstream big(dir / "big.csv", std::ios::binary);
        big.seekp(static_cast<std::streamoff>(io::kMaxParticipantBytes + 10));
        big.put('x');
    }
    const auto big = app::readParticipantsFile(dir / "big.csv");
    CHECK(big.problem == app::ReadProblem::TooLarge);
    CHECK(big.bytes.empty());
}
