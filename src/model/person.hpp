// A person in the event's register: participants, initiators and facilitators
// are all people, referred to by id from groups.
#pragma once

#include "model/id.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace innspill::model {

// The perspective a person brings (the 2020 report names these five, plus other).
// Unspecified: nobody has said yet (e.g. a name taken from imported notes).
enum class Perspective { Unspecified, User, Employer, Practitioner, Researcher, Leader, Other };

std::string_view toString(Perspective perspective);
std::optional<Perspective> parsePerspective(std::string_view text);

struct Person {
    Id id;
    std::string name;
    std::string organisation;
    Perspective perspective = Perspective::Unspecified;
    // Whether the person agreed to appear by name in a public report.
    bool consent = false;

    bool operator==(const Person&) const = default;
};

// "Name, Organisation" or just "Name", as the report prints it.
std::string displayName(const Person& person);

} // namespace innspill::model
