// Whose names the public report prints: an event's choice, stored with it.
// The internal report (with the appendix) names everyone whatever the policy;
// participants are never named in the public report.
#pragma once

#include "model/person.hpp"

#include <optional>
#include <string_view>

namespace innspill::model {

enum class NamePolicy {
    Everyone,    // initiators and facilitators by name (the 2020 practice)
    WithConsent, // by name only with the person's consent (the default)
    Nobody,      // no names
};

// The stored code: "everyone", "consent", "none".
std::string_view toString(NamePolicy policy);
std::optional<NamePolicy> parseNamePolicy(std::string_view text);

// Whether the public report prints this initiator's or facilitator's name.
bool nameIsPublic(NamePolicy policy, const Person& person);

} // namespace innspill::model
