// The sample synthesis.
#include "support/sample_synthesis.hpp"

#include "support/sample_event.hpp"

namespace innspill::test {

std::vector<model::Id> topLevelInputs(const model::Event& event) {
    std::vector<model::Id> ids;
    for (const auto* group : model::sortedGroups(event)) {
        for (const auto& input : group->inputs) {
            ids.push_back(input.id);
        }
    }
    return ids;
}

model::Event sampleEventWithSynthesis() {
    model::Event event = sampleEvent();
    const auto inputs = topLevelInputs(event);
    model::Synthesis& synthesis = event.synthesis;
    synthesis.introductions.push_back({event.themes[0].id, "Samarbeid på tvers av sektorer."});

    model::Challenge a;
    a.id = model::Id::generate();
    a.theme = event.themes[0].id;
    a.title = "Mangel på strukturert samarbeid";
    a.description = "Tjenestene samarbeider for lite.\nDet gjelder særlig kommunene.";
    a.inputs = {inputs.at(0), inputs.at(1)};
    model::Measure one{model::Id::generate(),
                       "Nasjonalt arbeid for å strukturere samarbeid",
                       "Etablere en kompetansemodell.",
                       {inputs.at(2)}};
    model::Measure two{model::Id::generate(), "Praksisnettverk", "", {}};
    a.measures = {one, two};

    model::Challenge b;
    b.id = model::Id::generate();
    b.theme = event.themes[0].id;
    b.title = "Manglende kunnskap";
    b.description = "Om helsebringende effekter av arbeid.";

    model::Challenge c;
    c.id = model::Id::generate();
    c.theme = event.themes[1].id;
    c.description = "Stor variasjon i kommunal kompetanse.";
    c.inputs = {inputs.at(3)};

    synthesis.challenges = {a, c, b};
    synthesis.priorities.push_back({a.id, one.id, ""});
    synthesis.priorities.push_back({c.id, std::nullopt, "Bygge kompetanse i kommunene"});
    synthesis.parked.push_back({inputs.back(), "Utenfor mandatet"});
    return event;
}

} // namespace innspill::test
