// The test fixture event.
#include "support/sample_event.hpp"

namespace innspill::test {

using namespace innspill::model;

namespace {
Person person(const char* name, const char* organisation, Perspective perspective, bool consent) {
    return Person{Id::generate(), name, organisation, perspective, consent};
}
Input item(const char* text, std::vector<Input> children = {}, InputKind kind = InputKind::Item) {
    return Input{Id::generate(), text, kind, std::move(children), {}};
}
} // namespace

Event sampleEvent() {
    Event event = makeEvent("Innspill fra Åpen arena 2031");
    event.subtitle = "til en strategi for «læring og arbeid»";
    event.guidingQuestions = {"Hva gjør at flere lærer hele livet?",
                              "Hva er til beste for elev, lærling og arbeidsgiver?"};
    event.about = "Hensikten med Åpen arena var å lage innspill.\nDeltakerlister ligger i vedlegg.";
    event.place = "Fjellstua, Vinje";
    event.startDate = "2031-01-22";
    event.endDate = "2031-01-23";
    event.organisers = {"Kari Nordmann", "Ola Åsen"};

    Day day1{Id::generate(), "2031-01-22", {}};
    day1.rounds.push_back(Round{Id::generate(), "", "10:00", "11:30"});
    day1.rounds.push_back(Round{Id::generate(), "", "13:00", "14:30"});
    Day day2{Id::generate(), "2031-01-23", {}};
    day2.rounds.push_back(Round{Id::generate(), "Fordypning", "09:00", "10:30"});
    event.days = {day1, day2};
    event.rooms = {Room{Id::generate(), "Peisestua"}, Room{Id::generate(), "Salen"},
                   Room{Id::generate(), "Biblioteket"}};
    event.themes = pillarTemplate();

    event.people = {
        person("Silje Mæland", "", Perspective::Researcher, true),
        person("Pernille Ødegård", "Nasjonal kompetansetjeneste", Perspective::Practitioner, true),
        person("Jørgen Æsøy", "", Perspective::User, false),
        person("Hemmelig Deltaker", "Privat", Perspective::Employer, false),
        person("Åse Berg", "Lærlingkontoret", Perspective::Leader, true),
    };
    const auto& p = event.people;

    Group a;
    a.id = Id::generate();
    a.number = "1.1";
    a.title = "Hvem skal koordinere læring der folk bor?";
    a.roundId = day1.rounds[0].id;
    a.roomId = event.rooms[0].id;
    a.status = GroupStatus::Met;
    a.initiators = {p[0].id};
    a.facilitators = {p[1].id};
    a.participants = {p[2].id, p[3].id};
    a.participantCount = 13;
    a.inputs = {
        item("Tverrfaglige læringssentre i kommunene"),
        item("Tidlig kartlegging & «samhandling» <alle>", {item("for unge"), item("for voksne")})};
    a.inputs[0].themes = {event.themes[0].id, event.themes[2].id};
    a.notes.challenges = "Mange aktører";
    a.notes.opportunities = "Felles mål";

    Group b;
    b.id = Id::generate();
    b.number = "1.10";
    b.title = "Unge i lære";
    b.roundId = day1.rounds[0].id;
    b.roomId = event.rooms[1].id;
    b.status = GroupStatus::Met;
    b.initiators = {p[4].id, p[2].id};
    b.facilitators = {p[1].id};
    b.participantNote = "3 + 2";
    b.participantCount = 3;
    b.inputs = {item("Lærlingordningen må styrkes:", {}, InputKind::LeadIn),
                item("Mentorordning i bedrift"), item("Rekruttering", {}, InputKind::SubHeading),
                item("Holdninger hos arbeidsgiver")};

    Group c;
    c.id = Id::generate();
    c.number = "1.2";
    c.title = "Avlyst tema";
    c.roundId = day1.rounds[0].id;
    c.status = GroupStatus::Cancelled;
    c.initiators = {p[0].id};

    Group d;
    d.id = Id::generate();
    d.number = "2.1";
    d.title = "Digitale verktøy – muligheter";
    d.roundId = day1.rounds[1].id;
    d.roomId = event.rooms[2].id;
    d.status = GroupStatus::Met;
    d.initiators = {p[0].id};
    d.facilitators = {p[4].id};
    d.participantNote = "6 (8)";
    d.participantCount = 6;
    d.inputs = {item("Én digital inngang")};
    d.mergedWith = {b.id};

    Group e;
    e.id = Id::generate();
    e.number = "3.1";
    e.title = "Fordypning: koordinering";
    e.roundId = day2.rounds[0].id;
    e.status = GroupStatus::Met;
    e.followUpOf = a.id;
    e.inputs = {item("Koordinator i hver kommune")};
    e.reportNote = "Fordypning til innspill nr 1.1 dag 1";
    e.notes.text = "Samtalen gikk videre fra gruppe 1.1.";

    event.groups = {b, a, c, d, e};
    return event;
}

Event reportRulesEvent(NamePolicy policy) {
    Event event = sampleEvent();
    event.namePolicy = policy;
    event.days[1].rounds.push_back(Round{Id::generate(), "Tom", "13:00", "14:30"});
    Day day3{Id::generate(), "2031-01-24", {}};
    day3.rounds.push_back(Round{Id::generate(), "", "09:00", "10:30"});
    event.days.push_back(day3);
    const auto& p = event.people;

    Group met;
    met.id = Id::generate();
    met.number = "3.2";
    met.title = "Møtt uten innspill";
    met.roundId = event.days[1].rounds[0].id;
    met.status = GroupStatus::Posted; // the initiator and the count say it met
    met.initiators = {p[4].id};
    met.facilitators = {p[2].id};
    met.participants = {p[3].id};
    met.participantCount = 4;

    Group posted;
    posted.id = Id::generate();
    posted.number = "5.1";
    posted.title = "Slått opp, aldri møtt";
    posted.roundId = day3.rounds[0].id;
    posted.status = GroupStatus::Posted;
    posted.initiators = {p[0].id};

    event.groups.push_back(met);
    event.groups.push_back(posted);
    return event;
}

model::Group capturedGroup(const model::Event& event, const std::string& number, size_t inputs) {
    model::Group group;
    group.id = model::Id::generate();
    group.number = number;
    group.title = "Gruppe " + number;
    group.roundId = event.days[0].rounds[0].id;
    group.status = model::GroupStatus::Met;
    for (size_t i = 0; i < inputs; ++i) {
        model::Input input;
        input.id = model::Id::generate();
        input.text = "Innspill " + std::to_string(i + 1) + " fra " + number;
        group.inputs.push_back(std::move(input));
    }
    return group;
}

} // namespace innspill::test
