// The string catalogue built from assets/lang: every entry complete and valid,
// lookup, placeholders the same in every language, format(). That bokmål and
// English are complete (no fallback) is checked on the JSON files by
// check_keys.py, which can tell a missing text from an equal one.
#include "lang/catalogue.hpp"
#include "lang/message.hpp"

#include "model/text.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>

using namespace innspill::lang;

namespace {

// The "{name}" placeholders in `text` (plural ones by name), as format() sees them.
std::multiset<std::string> placeholders(std::string_view text) {
    std::multiset<std::string> names;
    size_t at = 0;
    while (true) {
        const size_t open = text.find('{', at);
        const size_t close = open == std::string_view::npos ? open : text.find('}', open + 1);
        if (close == std::string_view::npos) {
            return names;
        }
        // "{n|# emne|# emner}": the name is n, the forms are the language's own.
        const std::string_view inside = text.substr(open + 1, close - open - 1);
        names.insert(std::string(inside.substr(0, inside.find('|'))));
        at = close + 1;
    }
}

std::set<std::string> distinct(const std::multiset<std::string>& names) {
    return {names.begin(), names.end()};
}

} // namespace

TEST_CASE("every catalogue entry has a valid text in every language", "[lang]") {
    REQUIRE(catalogue().size() > 700);
    for (const Entry& entry : catalogue()) {
        CAPTURE(entry.key);
        for (const char* text : {entry.nb, entry.nn, entry.en}) {
            REQUIRE(text != nullptr);
            CHECK(std::string(text).size() > 0);
            CHECK(innspill::model::isValidUtf8(text));
        }
        CHECK(std::string(tr(Language::Nb, entry.key)) == entry.nb);
        CHECK(std::string(tr(Language::Nn, entry.key)) == entry.nn);
        CHECK(std::string(tr(Language::En, entry.key)) == entry.en);
    }
}

TEST_CASE("the catalogue is sorted by key and no key repeats", "[lang]") {
    const auto entries = catalogue();
    CHECK(std::adjacent_find(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
              return std::string_view(a.key) >= std::string_view(b.key);
          }) == entries.end());
}

TEST_CASE("a translation keeps the placeholders of the bokmål text", "[lang]") {
    // A translation may use a placeholder twice or move it, but never drop
    // one or invent one: format() would leave "{name}" on screen.
    for (const Entry& entry : catalogue()) {
        CAPTURE(entry.key);
        const auto source = distinct(placeholders(entry.nb));
        CHECK(distinct(placeholders(entry.nn)) == source);
        CHECK(distinct(placeholders(entry.en)) == source);
    }
}

TEST_CASE("an unknown key shows itself", "[lang]") {
    CHECK(std::string(tr(Language::Nb, "no.such.key")) == "no.such.key");
    CHECK(std::string(tr(Language::Nn, "no.such.key")) == "no.such.key");
    CHECK(std::string(tr(Language::En, "")) == "");
    CHECK(std::string(tr(Language::En, "zzz")) == "zzz"); // after the last key
}

TEST_CASE("the UI speaks bokmål, and English on request", "[lang]") {
    CHECK(std::string(tr(Language::Nb, "group.facilitators")) == "Støttefasilitator");
    CHECK(std::string(tr(Language::En, "group.facilitators")) == "Support facilitator");
}

TEST_CASE("report words come from the same catalogue, in nynorsk too", "[lang]") {
    CHECK(std::string(tr(Language::Nb, "report.participants")) == "Deltakere");
    CHECK(std::string(tr(Language::Nn, "report.participants")) == "Deltakarar");
    CHECK(std::string(tr(Language::En, "report.participants")) == "Participants");
}

TEST_CASE("format fills named placeholders and leaves the rest", "[lang]") {
    CHECK(format("{inputs} innspill, {subPoints} underpunkter",
                 {{"inputs", "12"}, {"subPoints", "3"}}) == "12 innspill, 3 underpunkter");
    CHECK(format("Dag {day} · {day}", {{"day", "2"}}) == "Dag 2 · 2");
    CHECK(format("{unknown} og {day}", {{"day", "1"}}) == "{unknown} og 1");
    CHECK(format("åpen { uten slutt", {}) == "åpen { uten slutt");
    CHECK(format("", {{"day", "1"}}).empty());
    CHECK(format("{}", {{"", "tom"}}) == "tom");
    // Values are inserted as they are, never re-scanned.
    CHECK(format("{a}", {{"a", "{a}"}}) == "{a}");
}

TEST_CASE("a plural placeholder picks the singular for exactly one", "[lang]") {
    CHECK(format("{n|# emne|# emner}", {{"n", "1"}}) == "1 emne");
    CHECK(format("{n|# emne|# emner}", {{"n", "0"}}) == "0 emner");
    CHECK(format("{n|# emne|# emner}", {{"n", "21"}}) == "21 emner");
    CHECK(format("{n|# tema}", {{"n", "4"}}) == "4 tema"); // one form for both
    CHECK(format("{n} {n|er|are}", {{"n", "11"}}) == "11 are");
    CHECK(format("{missing|# a|# b}", {}) == "{missing|# a|# b}");

    // The same through a message, in each language; the wall's summary in all three.
    const auto summary = [](Language language, const char* topics) {
        return render(language, message("wall.summary",
                                        {{"topics", topics}, {"rounds", "1"}, {"rooms", "2"}}));
    };
    CHECK(summary(Language::Nb, "1") == "1 emne · 1 gruppesesjon · 2 rom");
    CHECK(summary(Language::Nb, "6") == "6 emner · 1 gruppesesjon · 2 rom");
    CHECK(summary(Language::Nn, "6") == "6 emne · 1 gruppesesjon · 2 rom");
    CHECK(summary(Language::En, "1") == "1 topic · 1 round · 2 rooms");
}

TEST_CASE("no bokmål or nynorsk text calls a wall topic a theme", "[lang]") {
    // "Tema" is the strategy's themes; a posted topic is an "emne".
    for (const auto& entry : catalogue()) {
        const std::string_view key(entry.key);
        if (key.starts_with("wall.") || key.starts_with("undo.wall.") || key == "column.title") {
            INFO(entry.key);
            CHECK(std::string_view(entry.nb).find("tema") == std::string_view::npos);
            CHECK(std::string_view(entry.nb).find("Tema") == std::string_view::npos);
            CHECK(std::string_view(entry.nn).find("tema") == std::string_view::npos);
            CHECK(std::string_view(entry.nn).find("Tema") == std::string_view::npos);
        }
    }
}
