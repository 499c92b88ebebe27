// The synthetic synthesis (see the header).
#include "synthetic_synthesis.hpp"

#include <string>
#include <vector>

namespace innspill::bench {

using namespace innspill::model;

void addSyntheticSynthesis(Event& event, size_t groupsPerChallenge) {
    std::vector<Id> inputs;
    for (const auto& group : event.groups) {
        for (const auto& input : group.inputs) {
            inputs.push_back(input.id);
        }
    }
    if (inputs.empty() || event.themes.empty()) {
        return;
    }
    Synthesis& synthesis = event.synthesis;
    for (const auto& theme : event.themes) {
        synthesis.introductions.push_back(
            {theme.id, "Innspillene under «" + theme.name +
                           "» peker på et behov for bedre samarbeid på tvers av sektorene, "
                           "tidligere innsats og kunnskap som deles."});
    }
    const size_t challenges = std::max<size_t>(1, event.groups.size() / groupsPerChallenge);
    size_t next = 0;
    const auto take = [&](size_t count) {
        std::vector<Id> ids;
        for (size_t i = 0; i < count; ++i) {
            // Spread over the event: consecutive picks land in different groups.
            ids.push_back(inputs[(next * 7919) % inputs.size()]);
            ++next;
        }
        return ids;
    };
    for (size_t c = 0; c < challenges; ++c) {
        Challenge challenge;
        challenge.id = Id::generate();
        challenge.theme = event.themes[c % event.themes.size()].id;
        challenge.title = "Utfordring nummer " + std::to_string(c + 1) + " om samhandling";
        challenge.description =
            "Det mangler en strukturert tilnærming til kompetanseutvikling og samhandling innad "
            "og på tvers av sektorene, noe som fører til fragmenterte tjenester for mange.";
        challenge.inputs = take(3);
        for (size_t m = 0; m < 3; ++m) {
            challenge.measures.push_back(
                {Id::generate(),
                 "Tiltak " + std::to_string(m + 1) + " for utfordring " + std::to_string(c + 1),
                 "Opprette nasjonale eller regionale nettverk som gir fagpersoner bedre "
                 "muligheter for samhandling og oversikt over relevante tjenester.",
                 take(2)});
        }
        synthesis.challenges.push_back(std::move(challenge));
    }
    for (size_t p = 0; p < 5 && p < synthesis.challenges.size(); ++p) {
        const Challenge& challenge = synthesis.challenges[p * synthesis.challenges.size() / 5];
        synthesis.priorities.push_back({challenge.id, challenge.measures.front().id, ""});
    }
    for (size_t i = inputs.size() / 2; i < inputs.size(); i += 10) {
        synthesis.parked.push_back({inputs[i], "Utenfor mandatet"});
    }
}

} // namespace innspill::bench
