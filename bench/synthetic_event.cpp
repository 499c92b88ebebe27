// Synthetic events: Norwegian-looking text of realistic length, rounds of
// 12–25 parallel groups, people who initiate and facilitate several groups.
#include "synthetic_event.hpp"

#include "model/group_number.hpp"

#include <array>
#include <random>

namespace innspill::bench {

using namespace innspill::model;

EventSize aapenArenaSize() {
    return {"aapen-arena", 50, 6, 150};
}
EventSize largeSize() {
    return {"large", 1000, 25, 2000};
}
EventSize hugeSize() {
    return {"huge", 5000, 25, 2000};
}

namespace {

constexpr std::array kWords{"arbeid",       "helse",        "samhandling",    "kommunene",
                            "tverrfaglig",  "tidlig",       "oppfølging",     "brukermedvirkning",
                            "arbeidsgiver", "koordinering", "lærling",        "kompetanse",
                            "ungdom",       "overgang",     "digitale",       "verktøy",
                            "fastlege",     "Nav",          "rehabilitering", "sykmeldte",
                            "inkludering",  "nettverk",     "forskning",      "praksis",
                            "økonomi",      "tillit",       "ansvar",         "løsninger",
                            "tjenester",    "på tvers"};

std::string sentence(std::mt19937& rng, int minWords, int maxWords) {
    std::uniform_int_distribution<int> count(minWords, maxWords);
    std::uniform_int_distribution<size_t> word(0, kWords.size() - 1);
    std::string text;
    const int n = count(rng);
    for (int i = 0; i < n; ++i) {
        std::string next = kWords[word(rng)];
        if (i == 0) {
            next[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(next[0])));
        }
        text += (i ? " " : "") + next;
    }
    return text;
}

} // namespace

Event makeSyntheticEvent(const EventSize& size, unsigned seed) {
    std::mt19937 rng(seed);
    Event event = makeEvent("Åpen arena – syntetisk (" + size.name + ")");
    event.subtitle = "innspill til en strategi for «arbeid og helse»";
    event.guidingQuestions = {
        "Hva bidrar til økt aktivitet og deltagelse i arbeidsliv og samfunn?"};
    event.about = sentence(rng, 40, 60);
    event.place = "Rauland";
    event.startDate = "2020-01-22";
    event.endDate = "2020-01-23";
    event.organisers = {"Toril Dale", "Anders Bergkvist"};
    event.themes = pillarTemplate();

    const size_t rounds = std::max<size_t>(4, (size.groups + 24) / 25);
    const size_t roomCount = std::min<size_t>(30, std::max<size_t>(12, size.groups / rounds + 1));
    for (size_t r = 0; r < roomCount; ++r) {
        event.rooms.push_back(Room{Id::generate(), "Rom " + std::to_string(r + 1)});
    }
    const size_t days = std::max<size_t>(2, rounds / 4);
    for (size_t d = 0; d < days; ++d) {
        event.days.push_back(Day{Id::generate(), "", {}});
    }
    for (size_t r = 0; r < rounds; ++r) {
        event.days[r * days / rounds].rounds.push_back(Round{Id::generate(), "", "10:00", "11:30"});
    }
    std::vector<Id> roundIds;
    for (const auto& day : event.days) {
        for (const auto& round : day.rounds) {
            roundIds.push_back(round.id);
        }
    }
    for (size_t p = 0; p < size.people; ++p) {
        event.people.push_back(Person{Id::generate(), "Person " + std::to_string(p + 1) + " Ås",
                                      p % 3 ? "" : "Organisasjon " + std::to_string(p % 40),
                                      static_cast<Perspective>(1 + p % 6), p % 10 != 0});
    }
    std::uniform_int_distribution<size_t> anyone(0, size.people - 1);
    std::uniform_int_distribution<size_t> anyTheme(0, event.themes.size() - 1);
    for (size_t g = 0; g < size.groups; ++g) {
        Group group;
        group.id = Id::generate();
        const size_t round = g * rounds / size.groups;
        const size_t inRound = g - (round * size.groups + rounds - 1) / rounds;
        group.number = makeGroupNumber(static_cast<int>(round + 1), static_cast<int>(inRound + 1));
        group.title = sentence(rng, 4, 12);
        group.roundId = roundIds[round];
        group.roomId = event.rooms[inRound % roomCount].id;
        group.status = GroupStatus::Met;
        group.initiators = {event.people[anyone(rng)].id};
        group.facilitators = {event.people[anyone(rng)].id};
        if (group.facilitators == group.initiators) {
            group.facilitators = {event.people[(anyone(rng) + 1) % size.people].id};
        }
        for (size_t k = 0; k < 6; ++k) {
            const Id id = event.people[anyone(rng)].id;
            if (std::find(group.participants.begin(), group.participants.end(), id) ==
                group.participants.end()) {
                group.participants.push_back(id);
            }
        }
        group.participantCount = static_cast<int>(group.participants.size() + 2);
        group.notes.challenges = sentence(rng, 10, 30);
        for (size_t i = 0; i < size.inputsPerGroup; ++i) {
            Input input{Id::generate(), sentence(rng, 5, 20), InputKind::Item, {}, {}};
            if (i % 5 == 4) {
                input.children.push_back(Input{Id::generate(), sentence(rng, 3, 10), {}, {}, {}});
                input.children.push_back(Input{Id::generate(), sentence(rng, 3, 10), {}, {}, {}});
            }
            if (i % 3 == 0) {
                input.themes.push_back(event.themes[anyTheme(rng)].id);
            }
            group.inputs.push_back(std::move(input));
        }
        event.groups.push_back(std::move(group));
    }
    return event;
}

} // namespace innspill::bench
