// The sample event with dot votes and actions, for the votes and actions
// tests (issue 17): group 1.1 has votes on an input and a sub-point and
// three actions (a consenting person, a person who did not consent, free
// text); 2.1 and 1.10 have votes too.
#pragma once

#include "support/sample_event.hpp"

#include <catch2/catch.hpp>

namespace innspill::test {

inline model::Group& groupNumbered(model::Event& event, const std::string& number) {
    for (auto& group : event.groups) {
        if (group.number == number) {
            return group;
        }
    }
    FAIL("no group " << number);
    return event.groups.front();
}

inline const model::Group& groupNumbered(const model::Event& event, const std::string& number) {
    return groupNumbered(const_cast<model::Event&>(event), number);
}

inline model::Event votedEvent() {
    model::Event event = sampleEvent();
    const auto& p = event.people;
    auto& a = groupNumbered(event, "1.1");
    a.inputs[0].votes = 12;            // "Tverrfaglige læringssentre i kommunene", themes 1 and 3
    a.inputs[1].children[1].votes = 4; // "for voksne"
    groupNumbered(event, "2.1").inputs[0].votes = 7;  // "Én digital inngang"
    groupNumbered(event, "1.10").inputs[1].votes = 3; // "Mentorordning i bedrift"
    a.actions = {
        model::Action{model::Id::generate(), "Kartlegge tilbudene", p[0].id.str(),
                      "Møte med kommunene", "2031-03-01", "To dagsverk"},
        model::Action{model::Id::generate(), "Skjult ansvar", p[3].id.str(), "Ringe rundt", "", ""},
        model::Action{model::Id::generate(), "Søke midler", "Fylkeskommunen", "", "før sommeren",
                      "Prosjektleder"},
    };
    return event;
}

} // namespace innspill::test
