// The notes importer on fixtures written in the report's convention, one
// variant per case, plus text as PDF extraction leaves it.
#include "io/notes/notes_import.hpp"
#include "io/notes/notes_lines.hpp"
#include "io/notes/people_names.hpp"
#include "io/parse_error.hpp"
#include "model/limits.hpp"
#include "model/name_match.hpp"
#include "model/text.hpp"
#include "model/validate.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace innspill;
using namespace innspill::io::notes;
using model::InputKind;

namespace {

NotesImport import(const std::string& text, const model::Event& base = model::makeEvent("Test")) {
    auto result = importNotesText(base, text);
    const auto problems = model::validate(result.event);
    INFO(
        (problems.empty() ? std::string() : problems.front().where + ": " + problems.front().what));
    CHECK(problems.empty());
    return result;
}

const model::Group& group(const NotesImport& result, const std::string& number) {
    const auto* found = model::findGroupByNumber(result.event, number);
    REQUIRE(found);
    return *found;
}

std::vector<std::string> names(const NotesImport& result, const std::vector<model::Id>& ids) {
    std::vector<std::string> out;
    for (const auto& id : ids) {
        const auto* person = model::findPerson(result.event, id);
        REQUIRE(person);
        out.push_back(model::displayName(*person));
    }
    return out;
}

std::vector<std::string> texts(const std::vector<model::Input>& inputs) {
    std::vector<std::string> out;
    for (const auto& input : inputs) {
        out.push_back(input.text);
    }
    return out;
}

bool warned(const NotesImport& result, const std::string& text, size_t line = 0) {
    for (const auto& warning : result.warnings) {
        if (innspill::lang::render(innspill::lang::Language::Nb, warning.message).find(text) !=
                std::string::npos &&
            (line == 0 || warning.line == line)) {
            return true;
        }
    }
    return false;
}

const char* const kTwoRounds = R"(INNSPILL FRA ÅPEN ARENA 2031
til en strategi for «læring og arbeid»

Om denne rapporten
Her er innspillene fra gruppene.

DAG 1, gruppesesjon 1

1.1. Hvem skal koordinere læring der folk
bor, i kommunene?

Initiativtaker: Kari Nordmann, Lærlingkontoret Agder og Ola Hansen
Støttefasilitator: Anne og Pernilla
Antall deltakere: 13

Innspill til strategien:
• Tverrfaglige læringssentre i kommunene
• Tidlig kartlegging og samhandling
o for unge
o for voksne

1.2 Unge i lære
Initiativtaker: Ola Hansen
Støttefasilitator: Anne, Pernilla
Deltakere: 3 + 2
Innspill til strategi:
Lærlingordningen må styrkes gjennom:
- Mentorordning i bedrift
- Holdninger hos arbeidsgiver
Rekruttering
* Synlige yrkesveiledere
* Flere læreplasser i det offentlige

1.10 Digitale verktøy
Initiativtaker: Guri Li, NAV
Støttefasilitator: Anne/Pernilla
Antall deltakere: 6 (8)
Innspill til strategien (gruppene 1.10 og 1.2 slo seg sammen)
1. Én digital inngang
2) Felles journal
▪ Opplæring i verktøyene

DAG 2, gruppesesjon 2

2.1 Koordinering i praksis
Initiativtakar: Kari Nordmann
Støttefasilitatorar: Per Pål
Tal deltakarar:
Fordypning til innspill nr 1.1 dag 1
Innspel til strategien:
⋅ Ein koordinator i kvar kommune
⋅ Felles mål for skule og arbeid
      – med tydelege ansvar

2.2 Ein gruppe utan tal
Initiativtakar: Siri Dahl
Innspill til strategien:
• Noko å tenkje på
)";

} // namespace

TEST_CASE("notes: rounds, groups and every header variant") {
    const auto result = import(kTwoRounds);
    const auto& event = result.event;
    REQUIRE(event.days.size() == 2);
    REQUIRE(event.days[0].rounds.size() == 1);
    REQUIRE(event.days[1].rounds.size() == 1);
    CHECK(model::roundHeading(event, event.days[1].rounds[0].id) == "DAG 2, gruppesesjon 2");
    CHECK(event.groups.size() == 5);
    CHECK(result.groupsRead == 5);

    const auto& g1 = group(result, "1.1");
    CHECK(g1.title == "Hvem skal koordinere læring der folk bor, i kommunene?");
    CHECK(g1.roundId == event.days[0].rounds[0].id);
    CHECK(names(result, g1.initiators) ==
          std::vector<std::string>{"Kari Nordmann, Lærlingkontoret Agder", "Ola Hansen"});
    CHECK(names(result, g1.facilitators) == std::vector<std::string>{"Anne", "Pernilla"});
    CHECK(g1.participantCount == 13);
    CHECK(g1.participantNote.empty());
    REQUIRE(g1.inputs.size() == 2);
    CHECK(texts(g1.inputs[1].children) == std::vector<std::string>{"for unge", "for voksne"});

    const auto& g2 = group(result, "1.2");
    CHECK(names(result, g2.facilitators) == std::vector<std::string>{"Anne", "Pernilla"});
    CHECK(g2.participantCount == 3);
    CHECK(g2.participantNote == "3 + 2");
    REQUIRE(g2.inputs.size() == 6);
    CHECK(g2.inputs[0].kind == InputKind::LeadIn);
    CHECK(g2.inputs[0].text == "Lærlingordningen må styrkes gjennom:");
    CHECK(g2.inputs[3].kind == InputKind::SubHeading);
    CHECK(g2.inputs[3].text == "Rekruttering");
    CHECK(g2.inputs[4].children.empty());
    CHECK(texts(g2.inputs) == std::vector<std::string>{
                                  "Lærlingordningen må styrkes gjennom:", "Mentorordning i bedrift",
                                  "Holdninger hos arbeidsgiver", "Rekruttering",
                                  "Synlige yrkesveiledere", "Flere læreplasser i det offentlige"});
}

TEST_CASE("notes: the same person across groups is one person") {
    const auto result = import(kTwoRounds);
    size_t kari = 0;
    size_t anne = 0;
    for (const auto& person : result.event.people) {
        kari += person.name == "Kari Nordmann" ? 1 : 0;
        anne += person.name == "Anne" ? 1 : 0;
    }
    CHECK(kari == 1);
    CHECK(anne == 1);
    CHECK(group(result, "1.1").initiators[0] == group(result, "2.1").initiators[0]);
    CHECK(result.newPeople == result.event.people.size());
}

TEST_CASE("notes: numbered items, merge notes, counts with notes") {
    const auto result = import(kTwoRounds);
    const auto& g = group(result, "1.10");
    CHECK(g.participantCount == 6);
    CHECK(g.participantNote == "6 (8)");
    CHECK(names(result, g.initiators) == std::vector<std::string>{"Guri Li, NAV"});
    CHECK(texts(g.inputs) == std::vector<std::string>{"Én digital inngang", "Felles journal",
                                                      "Opplæring i verktøyene"});
    CHECK(g.reportNote == "gruppene 1.10 og 1.2 slo seg sammen");
    REQUIRE(g.mergedWith.size() == 1);
    CHECK(g.mergedWith[0] == group(result, "1.2").id);
}

TEST_CASE("notes: nynorsk labels, follow-up link, empty and missing counts, indented sub-points") {
    const auto result = import(kTwoRounds);
    const auto& g = group(result, "2.1");
    // The same Kari as in 1.1, who brought her organisation there.
    CHECK(names(result, g.initiators) ==
          std::vector<std::string>{"Kari Nordmann, Lærlingkontoret Agder"});
    CHECK(names(result, g.facilitators) == std::vector<std::string>{"Per Pål"});
    CHECK_FALSE(g.participantCount);
    REQUIRE(g.followUpOf);
    CHECK(*g.followUpOf == group(result, "1.1").id);
    CHECK(g.reportNote == "Fordypning til innspill nr 1.1 dag 1");
    REQUIRE(g.inputs.size() == 2);
    CHECK(texts(g.inputs[1].children) == std::vector<std::string>{"med tydelege ansvar"});
    const auto& missing = group(result, "2.2");
    CHECK_FALSE(missing.participantCount);
    CHECK(missing.facilitators.empty());
}

TEST_CASE("notes: text before the first round heading is the about text") {
    const auto result = import(kTwoRounds);
    CHECK(result.event.about == "INNSPILL FRA ÅPEN ARENA 2031\ntil en strategi for «læring og "
                                "arbeid»\n\nOm denne rapporten\nHer er innspillene fra gruppene.");
    auto base = model::makeEvent("Har allerede tekst");
    base.about = "Noe annet";
    const auto again = import(kTwoRounds, base);
    CHECK(again.event.about == "Noe annet");
    CHECK(warned(again, "allerede en tekst"));
}

TEST_CASE("notes: text extracted from a PDF") {
    const std::string pdf =
        "DAG 1, gruppesesjon 1 \n"
        " \n"
        " 1.3 Sammenheng mellom fattigdom - helse - arbeid \n"
        "Initiativtaker:  Astri  Klonteig \n"
        "Støttefasilitator: Anne Slåtten \n"
        "Antall deltakere: 5 \n"
        "Innspill til strategien \n"
        "• Tverrfaglige kommunale arbeid og helsesenter for å fremme samtidighet i \n"
        "\n"
        "oppfølging av sykemeldte \n"
        "• Synliggjøre sammenheng (og iverksatte tilbud). \n"
        "Legge til bokser i strategien med “geniale” løsninger. \n"
        " • Post-migrasjonsvansker (økt kompetanse) \n"
        "Innspill fra Åpen arena 2031   3 \n"
        "\f"
        "4 \n"
        "• Nasjonal strategi/lokale løsninger - øre-\n"
        "merka midler \n"
        "\n"
        "Ressursfokus: Bruke mer lønnstilskudd og aktiv sykmelding, funksjonsvurdering \n"
        "og ressurskartlegging. \n"
        "\n"
        "• Erfaringskonsulenter («Talenthuset») \n"
        "Innspill fra Åpen arena 2031   4 \n"
        "1.4 Neste gruppe \n"
        "Initiativtaker: Frode Grevskott, Verdal frisklivssentral \n"
        "Innspill til strategien: \n"
        "• Noe \n"
        "Innspill fra Åpen arena 2031   5 \n";
    const auto result = import(pdf);
    const auto& g = group(result, "1.3");
    CHECK(names(result, g.initiators) == std::vector<std::string>{"Astri Klonteig"});
    CHECK(texts(g.inputs) ==
          std::vector<std::string>{
              "Tverrfaglige kommunale arbeid og helsesenter for å fremme samtidighet i "
              "oppfølging av sykemeldte",
              "Synliggjøre sammenheng (og iverksatte tilbud). Legge til bokser i strategien med "
              "“geniale” løsninger.",
              "Post-migrasjonsvansker (økt kompetanse)",
              "Nasjonal strategi/lokale løsninger - øre- merka midler",
              "Ressursfokus: Bruke mer lønnstilskudd og aktiv sykmelding, funksjonsvurdering og "
              "ressurskartlegging.",
              "Erfaringskonsulenter («Talenthuset»)"});
    CHECK(g.inputs[4].kind == InputKind::LeadIn);
    CHECK(names(result, group(result, "1.4").initiators) ==
          std::vector<std::string>{"Frode Grevskott, Verdal frisklivssentral"});
    CHECK(warned(result, "sidetall"));
}

TEST_CASE("notes: nothing is silently lost") {
    const std::string text = "DAG 1, gruppesesjon 1\n"
                             "Morgenøkt i Salen\n"
                             "1.1 Et tema\n"
                             "Initiativtaker: Kari Nordmann\n"
                             "Nytt innspill som ikke var på veggen\n"
                             "Innspill til strategien:\n"
                             "• Første\n"
                             "Støttefasilitator: Kom for sent\n"
                             "1.2 Uten overskrifter\n"
                             "\n"
                             "Et innspill skrevet som setning.\n"
                             "\n"
                             "Et innspill til.\n";
    const auto result = import(text);
    const auto& event = result.event;
    CHECK(event.days[0].rounds[0].title == "Morgenøkt i Salen");
    CHECK(warned(result, "gruppesesjonens tittel", 2));
    const auto& g = group(result, "1.1");
    CHECK(g.reportNote == "Nytt innspill som ikke var på veggen");
    CHECK(g.notes.text == "Støttefasilitator: Kom for sent");
    CHECK(warned(result, "gruppens notater", 8));
    // A group whose inputs are plain sentences, no bullets and no labels.
    CHECK(texts(group(result, "1.2").inputs) ==
          std::vector<std::string>{"Et innspill skrevet som setning.", "Et innspill til."});
}

TEST_CASE("notes: a follow-up of a group that does not exist stays a note") {
    const auto result = import("DAG 2, gruppesesjon 3\n3.1 Tema\nInitiativtaker: Kari\n"
                               "Fordypning til innspill nr 1.6 dag 1\nInnspill:\n• Noe\n");
    const auto& g = group(result, "3.1");
    CHECK_FALSE(g.followUpOf);
    CHECK(g.reportNote == "Fordypning til innspill nr 1.6 dag 1");
    CHECK(warned(result, "1.6"));
    // Rounds up to number 3 exist, the third on day 2.
    CHECK(model::roundHeading(result.event, g.roundId) == "DAG 2, gruppesesjon 3");
}

TEST_CASE("notes: importing the same notes twice does not duplicate") {
    const auto first = import(kTwoRounds);
    const auto again = import(kTwoRounds, first.event);
    CHECK(again.event.groups.size() == first.event.groups.size());
    CHECK(again.event.people.size() == first.event.people.size());
    CHECK(again.updated.empty());
    CHECK(again.groups.empty());
    CHECK(again.event == first.event);

    std::string changed = kTwoRounds;
    const auto swap = [&](const std::string& from, const std::string& to) {
        changed.replace(changed.find(from), from.size(), to);
    };
    swap("• Tidlig kartlegging og samhandling", "• Tidlig og god kartlegging");
    swap("Antall deltakere: 13", "Antall deltakere: 14");
    // Theme tags on an unchanged input survive the update.
    auto tagged = first.event;
    tagged.themes = model::pillarTemplate();
    auto* g1 = const_cast<model::Group*>(model::findGroupByNumber(tagged, "1.1"));
    g1->inputs[0].themes = {tagged.themes[0].id};
    const auto updated = import(changed, tagged);
    REQUIRE(updated.updated.size() == 1);
    const auto line = innspill::lang::render(innspill::lang::Language::Nb, updated.updated[0]);
    CHECK(line.find("gruppe 1.1") == 0);
    CHECK(line.find("antall deltakere") != std::string::npos);
    CHECK(line.find("innspill") != std::string::npos);
    // The same change, worded for an English reader.
    const auto english = innspill::lang::render(innspill::lang::Language::En, updated.updated[0]);
    CHECK(english.find("group 1.1: ") == 0);
    CHECK(english.find("number of participants") != std::string::npos);
    const auto& after = group(updated, "1.1");
    CHECK(after.id == group(first, "1.1").id);
    CHECK(after.inputs[0].themes == std::vector<model::Id>{tagged.themes[0].id});
    CHECK(after.inputs[1].text == "Tidlig og god kartlegging");
}

TEST_CASE("notes: encodings and files that are not text") {
    const std::string utf8 = "DAG 1, gruppesesjon 1\n1.1 Blåbær og sjø\nInitiativtaker: Åse\n";
    const auto plain = import(utf8);
    const auto bom = import("\xEF\xBB\xBF" + utf8);
    CHECK(group(bom, "1.1").title == "Blåbær og sjø");
    std::string cp1252 = "DAG 1, gruppesesjon 1\r\n1.1 Bl\xE5"
                         "b\xE6r og sj\xF8 \x96 \x93sitat\x94\r\n"
                         "Initiativtaker: \xC5se\r\n";
    const auto windows = import(cp1252);
    CHECK(group(windows, "1.1").title == "Blåbær og sjø – “sitat”");
    CHECK(warned(windows, "Windows-1252"));
    CHECK_THROWS_AS(importNotesText(model::makeEvent("x"), std::string("PK\x03\x04\0\0\0", 7)),
                    io::ParseError);
    CHECK_THROWS_AS(importNotesText(model::makeEvent("x"), "\xFF\xFE"
                                                           "D\0A\0"),
                    io::ParseError);
}

TEST_CASE("notes: people on a line") {
    const auto people = [](const std::string& value, bool organisations) {
        std::vector<std::string> out;
        for (const auto& p : parsePeople(value, organisations)) {
            out.push_back(p.organisation.empty() ? p.name : p.name + " | " + p.organisation);
        }
        return out;
    };
    CHECK(people("Janne Ursin, Arb. og velferdsdirektoratet", true) ==
          std::vector<std::string>{"Janne Ursin | Arb. og velferdsdirektoratet"});
    CHECK(people("Natalie Olsen, Nav Brukerråd", true) ==
          std::vector<std::string>{"Natalie Olsen | Nav Brukerråd"});
    CHECK(people("Kari Nordmann, Ola Hansen", true) ==
          std::vector<std::string>{"Kari Nordmann", "Ola Hansen"});
    CHECK(people("Sondre Otervik A-LARM", true) ==
          std::vector<std::string>{"Sondre Otervik | A-LARM"});
    CHECK(people("Anne, Pernilla, Kari", false) ==
          std::vector<std::string>{"Anne", "Pernilla", "Kari"});
    CHECK(people("Elisabeth S: Paulsen", false) ==
          std::vector<std::string>{"Elisabeth S: Paulsen"});
    CHECK(people("Mari N. Espetvedt og Jon Hovda", false) ==
          std::vector<std::string>{"Mari N. Espetvedt", "Jon Hovda"});
    CHECK(people("", true).empty());
}

TEST_CASE("notes: an input that starts like a group number is text") {
    const auto result =
        import("DAG 1, gruppesesjon 1\n1.1 Økonomi\nInitiativtaker: Kari\n"
               "Innspill:\n• Øremerk midler:\n2.5 millioner til forsøk i kommunene\n");
    CHECK(result.event.groups.size() == 1);
    CHECK(texts(group(result, "1.1").inputs) ==
          std::vector<std::string>{"Øremerk midler: 2.5 millioner til forsøk i kommunene"});
}

TEST_CASE("notes: a title or name past the model's limits is cut, so the event stays valid") {
    const std::string longTitle(700, 'x');
    const std::string longName = std::string(400, 'n') + " Nordmann";
    // import() checks model::validate on the result.
    const auto result =
        import("DAG 1, gruppesesjon 1\n\n1.1 " + longTitle + "\nInitiativtaker: " + longName +
               "\nInnspill til strategien:\n"
               "• Et innspill\n");
    CHECK(model::countChars(group(result, "1.1").title) == model::kMaxTitleChars);
    REQUIRE(result.event.people.size() == 1);
    CHECK(model::countChars(result.event.people[0].name) == model::kMaxNameChars);
}

TEST_CASE("notes: into an event that has the people and rounds already, reuses them") {
    auto base = model::makeEvent("Test");
    const model::Id round1 = model::Id::generate();
    const model::Id round2 = model::Id::generate();
    base.days.push_back(model::Day{model::Id::generate(), "", {{round1, "", "10:00", "11:00"}}});
    base.days.push_back(model::Day{model::Id::generate(), "", {{round2, "", "09:00", "10:00"}}});
    const model::Person ola{model::Id::generate(), "Ola Hansen", "Fylkeskommunen",
                            model::Perspective::User, true};
    const model::Person kari{model::Id::generate(), "  kari NORDMANN", "",
                             model::Perspective::Unspecified, false};
    const model::Person guri{model::Id::generate(), "Guri Li", "Sintef",
                             model::Perspective::Unspecified, false};
    base.people = {ola, kari, guri};

    const auto result = import(kTwoRounds, base);
    const auto named = [&](const std::string& name) {
        return std::count_if(
            result.event.people.begin(), result.event.people.end(),
            [&](const model::Person& p) { return model::nameKey(p.name) == model::nameKey(name); });
    };
    CHECK(named("Ola Hansen") == 1);
    CHECK(named("Kari Nordmann") == 1);
    CHECK(group(result, "1.2").initiators == std::vector<model::Id>{ola.id});
    CHECK(group(result, "1.1").initiators.front() == kari.id);
    CHECK(group(result, "2.1").initiators.front() == kari.id);
    // The register's entry learns the organisation the notes give.
    CHECK(model::findPerson(result.event, kari.id)->organisation == "Lærlingkontoret Agder");
    // Guri Li of NAV is not Guri Li of Sintef: a person of her own.
    CHECK(named("Guri Li") == 2);
    CHECK(group(result, "1.10").initiators.front() != guri.id);
    // The rounds the event has are the notes' rounds: none made twice.
    CHECK(result.event.days.size() == 2);
    CHECK(result.event.days[0].rounds.size() == 1);
    CHECK(result.event.days[1].rounds.size() == 1);
    CHECK(group(result, "1.1").roundId == round1);
    CHECK(group(result, "2.1").roundId == round2);
    CHECK_FALSE(result.programmeChanged);
}
