// The shared name-policy and printed-round check.
#include "support/report_rules.hpp"

#include "support/sample_event.hpp"

#include <catch2/catch.hpp>

namespace innspill::test {

namespace {
bool has(const std::string& text, const std::string& needle) {
    return text.find(needle) != std::string::npos;
}
} // namespace

void checkReportRules(const RenderReport& render, ReportRulesChecks checks) {
    using model::NamePolicy;
    for (const auto policy : {NamePolicy::Everyone, NamePolicy::WithConsent, NamePolicy::Nobody}) {
        INFO("policy " << model::toString(policy));
        const auto event = reportRulesEvent(policy);
        const std::string text = render(event, false);
        // Participants, never; and no perspective word in place of a name.
        CHECK_FALSE(has(text, "Hemmelig"));
        CHECK_FALSE(has(text, "bruker/pasient"));
        CHECK_FALSE(has(text, "forsker"));
        // The empty round and day, and the group that never met, are not there.
        CHECK_FALSE(has(text, "Slått opp, aldri møtt"));
        CHECK_FALSE(has(text, "gruppesesjon 4"));
        CHECK_FALSE(has(text, "gruppesesjon 5"));
        if (checks.roundHeadings) {
            CHECK(has(text, "DAG 2, gruppesesjon 3"));
        }
        // The group that met without inputs is there and says so.
        CHECK(has(text, "Møtt uten innspill"));
        CHECK(has(text, "Ingen innspill registrert."));

        switch (policy) {
        case NamePolicy::Everyone:
            CHECK(has(text, "Jørgen Æsøy"));
            CHECK(has(text, "Åse Berg"));
            CHECK(has(text, "Silje Mæland"));
            break;
        case NamePolicy::WithConsent:
            CHECK_FALSE(has(text, "Jørgen"));
            CHECK_FALSE(has(text, "Æsøy"));
            CHECK(has(text, "Åse Berg"));
            CHECK(has(text, "Silje Mæland"));
            break;
        case NamePolicy::Nobody:
            for (const char* name : {"Jørgen", "Åse Berg", "Silje Mæland", "Pernille Ødegård"}) {
                INFO(name);
                CHECK_FALSE(has(text, name));
            }
            break;
        }
        // The internal report names every initiator and facilitator.
        const std::string internal = render(event, true);
        CHECK(has(internal, "Jørgen Æsøy"));
        CHECK(has(internal, "Åse Berg"));
    }
}

} // namespace innspill::test
