// The name policy's stored codes and its rule.
#include "model/name_policy.hpp"

#include <utility>

namespace innspill::model {

namespace {
constexpr std::pair<NamePolicy, std::string_view> kNamePolicyCodes[] = {
    {NamePolicy::Everyone, "everyone"},
    {NamePolicy::WithConsent, "consent"},
    {NamePolicy::Nobody, "none"},
};
} // namespace

std::string_view toString(NamePolicy policy) {
    for (const auto& [value, code] : kNamePolicyCodes) {
        if (value == policy) {
            return code;
        }
    }
    return "consent";
}

std::optional<NamePolicy> parseNamePolicy(std::string_view text) {
    for (const auto& [value, code] : kNamePolicyCodes) {
        if (code == text) {
            return value;
        }
    }
    return std::nullopt;
}

bool nameIsPublic(NamePolicy policy, const Person& person) {
    switch (policy) {
    case NamePolicy::Everyone:
        return true;
    case NamePolicy::WithConsent:
        return person.consent;
    case NamePolicy::Nobody:
        return false;
    }
    return false;
}

} // namespace innspill::model
