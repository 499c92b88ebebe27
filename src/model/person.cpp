// Perspective names and the printed form of a person.
#include "model/person.hpp"

#include <array>
#include <utility>

namespace innspill::model {

namespace {
constexpr std::array<std::pair<Perspective, std::string_view>, 7> kPerspectiveNames{{
    {Perspective::Unspecified, "unspecified"},
    {Perspective::User, "user"},
    {Perspective::Employer, "employer"},
    {Perspective::Practitioner, "practitioner"},
    {Perspective::Researcher, "researcher"},
    {Perspective::Leader, "leader"},
    {Perspective::Other, "other"},
}};
} // namespace

std::string_view toString(Perspective perspective) {
    for (const auto& [value, name] : kPerspectiveNames) {
        if (value == perspective) {
            return name;
        }
    }
    return "unspecified";
}

std::optional<Perspective> parsePerspective(std::string_view text) {
    for (const auto& [value, name] : kPerspectiveNames) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

std::string displayName(const Person& person) {
    if (person.organisation.empty()) {
        return person.name;
    }
    return person.name + ", " + person.organisation;
}

} // namespace innspill::model
