// The challenge report's fixture event.
#include "support/challenge_event.hpp"

#include <stdexcept>

namespace innspill::test {

using namespace innspill::model;

namespace {

Input item(const char* text, std::vector<Input> children = {}) {
    return Input{Id::generate(), text, InputKind::Item, std::move(children), {}};
}

Group group(const Round& round, const char* number, const char* title, std::vector<Input> inputs) {
    Group out;
    out.id = Id::generate();
    out.number = number;
    out.title = title;
    out.roundId = round.id;
    out.status = GroupStatus::Met;
    out.participantCount = 8;
    out.inputs = std::move(inputs);
    return out;
}

Measure measure(const Event& event, const char* lead, const char* text,
                std::initializer_list<const char*> sources) {
    Measure out{Id::generate(), lead, text, {}};
    for (const char* source : sources) {
        out.inputs.push_back(inputWithText(event, source));
    }
    return out;
}

Challenge challenge(const Event& event, const Theme& theme, const char* title,
                    const char* description, std::initializer_list<const char*> sources,
                    std::vector<Measure> measures) {
    Challenge out{Id::generate(), theme.id, title, description, {}, std::move(measures), {}};
    for (const char* source : sources) {
        out.inputs.push_back(inputWithText(event, source));
    }
    return out;
}

} // namespace

Id inputWithText(const Event& event, const std::string& text) {
    for (const auto& g : event.groups) {
        for (const auto& input : g.inputs) {
            if (input.text == text) {
                return input.id;
            }
            for (const auto& child : input.children) {
                if (child.text == text) {
                    return child.id;
                }
            }
        }
    }
    throw std::logic_error("no input " + text);
}

Event challengeEvent() {
    Event event = makeEvent("Utfordringsbildet arbeid og helse 2025");
    event.subtitle = "Nasjonalt fagråd for arbeid og helse";
    event.about = "Fagrådet gir årlig ut et strategisk utfordringsbilde for arbeid og "
                  "helse-feltet, med anbefalinger til de to direktoratene om hvilke områder "
                  "som bør prioriteres.\n\nUtfordringsbildet bygger på innspillene fra Åpen "
                  "arena; hver anbefaling viser til gruppene den bygger på.";
    event.place = "Oslo";
    event.startDate = "2025-03-11";
    event.organisers = {"Sekretariatet for fagrådet"};
    event.themes = {
        Theme{Id::generate(), "Tilby tjenester som virker", "", ""},
        Theme{Id::generate(), "Ta virkningsfulle grep tidlig", "", ""},
        Theme{Id::generate(), "Utnytte muligheter i digitale verktøy", "", ""},
    };
    Day day{Id::generate(), "2025-03-11", {}};
    day.rounds.push_back(Round{Id::generate(), "", "10:00", "11:30"});
    day.rounds.push_back(Round{Id::generate(), "", "13:00", "14:30"});
    event.days = {day};
    const Round& r1 = day.rounds[0];
    const Round& r2 = day.rounds[1];

    event.groups = {
        group(r1, "1.2", "Samarbeid mellom Nav og helse",
              {item("Felles kompetansemodell for fagfolk i Nav og helse"),
               item("Faste møteplasser mellom fastlege og veileder i Nav",
                    {item("Tverrfaglige møter hver måned"), item("Felles kasusdrøftinger")}),
               item("Kaffeautomat i alle Nav-kontor")}),
        group(r1, "1.6", "Kunnskap som deles",
              {item("Tverrfaglige kommunale læringsnettverk om arbeid og helse"),
               item("En nasjonal kanal for kunnskapsdeling mellom Nav, kommune og "
                    "spesialisthelsetjenesten")}),
        group(r1, "1.8", "IPS til flere",
              {item("Individuell jobbstøtte (IPS) bør gis til unge med psykiske plager"),
               item("Evaluer IPS for nye grupper før det skaleres opp")}),
        group(r2, "2.3", "Sykmelding som virker",
              {item("Arbeid som utfallsmål i sykmeldingsoppfølgingen"),
               item("Arbeidsgiver må inn i dialogen fra første sykmeldingsdag"),
               item("Sykmelderen bør spørre hva den sykmeldte kan gjøre, ikke bare hva som er "
                    "vanskelig")}),
        group(r2, "2.5", "Ressursorientert språk",
              {item("Nav bør bruke et ressursorientert begrepsapparat"),
               item("Håp og forventning om retur til arbeid må styrkes")}),
        group(r2, "2.7", "Digitale spor",
              {item("Informasjonsutveksling mellom Nav og helse er fragmentert"),
               item("Arbeidsgiver bør kunne motta relevante opplysninger digitalt"),
               item("Egen app for sykmeldte")}),
    };

    const auto& t = event.themes;
    Synthesis& s = event.synthesis;
    s.introductions = {
        {t[0].id, "Det er behov for å skape et mer strukturert og effektivt samarbeid i arbeids- "
                  "og helsesektoren, redusere fragmentering av tjenester og sikre at tiltakene "
                  "når de riktige målgruppene, og da spesielt unge personer som står utenfor "
                  "arbeidslivet."},
        {t[1].id, "Tidlig innsats i sykmeldingsperioden gir de beste resultatene for både den "
                  "sykmeldte og arbeidsplassen."},
        {t[2].id, "Digitale løsninger kan gjøre samhandlingen enklere, men bare når "
                  "informasjonen følger personen på tvers av sektorene."},
    };
    s.challenges = {
        challenge(
            event, t[0], "Mangel på strukturert samarbeid",
            "Det er behov for bedre samarbeid og en gjensidig nyttig kunnskapsdeling mellom "
            "arbeids- og helsesektoren. Fagpersoner må samarbeide mer effektivt for å "
            "tildele riktige tjenester til pasienter og brukere.",
            {"Faste møteplasser mellom fastlege og veileder i Nav",
             "Tverrfaglige møter hver måned"},
            {measure(event, "Etablere en kraftfull, tverrsektoriell kompetansemodell",
                     "Dette er en struktur som skal samle kunnskap og forbedre formidlingen "
                     "av kunnskap mellom fagfolk i arbeids- og helsesektoren.",
                     {"Felles kompetansemodell for fagfolk i Nav og helse",
                      "Tverrfaglige kommunale læringsnettverk om arbeid og helse"}),
             measure(event, "Lage en plattform og kanal for kunnskaps- og kompetanseutveksling",
                     "Det er behov for bedre samarbeid mellom Nav, spesialisthelsetjenesten "
                     "og kommunene for å håndtere problemer forbundet med arbeid og helse.",
                     {"En nasjonal kanal for kunnskapsdeling mellom Nav, kommune og "
                      "spesialisthelsetjenesten"})}),
        challenge(event, t[0], "",
                  "Det mangler en strukturert tilnærming til kompetanseutvikling og samhandling "
                  "innad og på tvers av begge sektorer, noe som fører til fragmenterte tjenester.",
                  {"Felles kasusdrøftinger"},
                  {measure(event, "Utvikle og utvide bruken av Individuell jobbstøtte (IPS)",
                           "Metodene bør videreutvikles og evalueres for å øke arbeidsdeltakelse "
                           "og livskvalitet for flere grupper.",
                           {"Individuell jobbstøtte (IPS) bør gis til unge med psykiske plager",
                            "Evaluer IPS for nye grupper før det skaleres opp"}),
                   measure(event, "Fremme ressursorientert begrepsapparat og metoder i Nav",
                           "Et sentralt mål er å styrke håp og forventninger om retur til arbeid.",
                           {"Nav bør bruke et ressursorientert begrepsapparat",
                            "Håp og forventning om retur til arbeid må styrkes"})}),
        challenge(event, t[1], "Sykmeldingen virker mot sin hensikt",
                  "I dagens sykmeldingsordning må den sykmeldte og helsetjenesten ofte bruke mye "
                  "krefter på å bevise helseproblemer fremfor å legge vekt på muligheter for å "
                  "fungere i jobb.",
                  {"Sykmelderen bør spørre hva den sykmeldte kan gjøre, ikke bare hva som er "
                   "vanskelig"},
                  {measure(event, "Integrere deltakelsesperspektivet fra dag 1",
                           "Få perspektivet inn i retningslinjer, veiledere og verktøy for "
                           "sykmeldingspraksis og oppfølging av sykmeldte.",
                           {"Arbeid som utfallsmål i sykmeldingsoppfølgingen"}),
                   measure(event, "Fremme forpliktende kontakt mellom sykmeldt og arbeidsgiver",
                           "Dialogen om arbeidsevne og tilrettelegging flyttes til arbeidsplassen.",
                           {"Arbeidsgiver må inn i dialogen fra første sykmeldingsdag"})}),
        challenge(event, t[2], "Fragmentert informasjonsutveksling",
                  "Dagens utveksling av helseopplysninger er fragmentert og skaper "
                  "usammenhengende tjenester.",
                  {"Informasjonsutveksling mellom Nav og helse er fragmentert"},
                  {measure(event, "Inkludere arbeidsgiver i informasjonsutvekslingen",
                           "Starte arbeidet med å utvikle løsninger som inkluderer arbeidsgiver.",
                           {"Arbeidsgiver bør kunne motta relevante opplysninger digitalt"})}),
    };
    // A source deleted after it was linked: the report shows the hole.
    s.challenges[3].measures[0].inputs.push_back(Id::generate());

    s.priorities = {
        {s.challenges[0].id, s.challenges[0].measures[0].id, ""},
        {s.challenges[2].id, s.challenges[2].measures[0].id, ""},
        {s.challenges[3].id, std::nullopt,
         "Informasjonsutveksling er en forutsetning for kvalitet i samhandling mellom Nav og "
         "helse."},
    };
    s.parked = {{inputWithText(event, "Kaffeautomat i alle Nav-kontor"), "Utenfor mandatet"},
                {inputWithText(event, "Egen app for sykmeldte"), "Dekkes av annet oppdrag"}};
    return event;
}

} // namespace innspill::test
