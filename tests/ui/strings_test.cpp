// The UI string catalogue and its placeholder formatting.
#include "ui/strings.hpp"

#include "model/text.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace innspill::ui;

TEST_CASE("every catalogue entry has a valid bokmål and English text", "[ui][strings]") {
    REQUIRE_FALSE(catalogue().empty());
    for (const StringEntry& entry : catalogue()) {
        CAPTURE(entry.key);
        CHECK(std::string(entry.nb).size() > 0);
        CHECK(std::string(entry.en).size() > 0);
        CHECK(innspill::model::isValidUtf8(entry.nb));
        CHECK(innspill::model::isValidUtf8(entry.en));
        CHECK(std::string(tr(Language::Nb, entry.key)) == entry.nb);
        CHECK(std::string(tr(Language::En, entry.key)) == entry.en);
    }
}

TEST_CASE("an unknown key shows itself", "[ui][strings]") {
    CHECK(std::string(tr(Language::Nb, "no.such.key")) == "no.such.key");
    CHECK(std::string(tr(Language::En, "")) == "");
}

TEST_CASE("the UI speaks bokmål, and English on request", "[ui][strings]") {
    CHECK(std::string(tr(Language::Nb, "group.facilitators")) == "Støttefasilitator");
    CHECK(std::string(tr(Language::En, "group.facilitators")) == "Support facilitator");
}

TEST_CASE("format fills named placeholders and leaves the rest", "[ui][strings]") {
    CHECK(format("{inputs} innspill, {subPoints} underpunkter",
                 {{"inputs", "12"}, {"subPoints", "3"}}) == "12 innspill, 3 underpunkter");
    CHECK(format("Dag {day} · {day}", {{"day", "2"}}) == "Dag 2 · 2");
    CHECK(format("{unknown} og {day}", {{"day", "1"}}) == "{unknown} og 1");
    CHECK(format("åpen { uten slutt", {}) == "åpen { uten slutt");
    CHECK(format("", {{"day", "1"}}).empty());
    // Values are inserted as they are, never re-scanned.
    CHECK(format("{a}", {{"a", "{a}"}}) == "{a}");
}
