#include "app/event_session.hpp"
#include "app/search.hpp"
#include "store/event_file.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

namespace {

std::vector<std::string> hitTexts(const app::SearchResults& results) {
    std::vector<std::string> texts;
    for (const auto& group : results.groups) {
        for (const auto& hit : group.hits) {
            texts.push_back(group.number + ": " + hit.text);
        }
    }
    return texts;
}

std::string highlighted(const app::SearchHit& hit) {
    std::string out;
    size_t at = 0;
    for (const auto& [from, to] : hit.matches) {
        out += hit.text.substr(at, from - at) + "[" + hit.text.substr(from, to - from) + "]";
        at = to;
    }
    return out + hit.text.substr(at);
}

} // namespace

TEST_CASE("search: prefix words across inputs, titles and notes, grouped in report order") {
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", test::sampleEvent());
    const auto results = app::search(*session, "koord");
    CHECK(hitTexts(results) ==
          std::vector<std::string>{"1.1: 1.1 Hvem skal koordinere læring der folk bor?",
                                   "3.1: 3.1 Fordypning: koordinering",
                                   "3.1: Koordinator i hver kommune"});
    CHECK(results.total == 3);
    CHECK(highlighted(results.groups[1].hits[1]) == "[Koord]inator i hver kommune");
}

TEST_CASE("search: case folding for æøå, several words, people") {
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", test::sampleEvent());
    const auto upper = app::search(*session, "ÉN DIGITAL");
    REQUIRE(upper.total == 1);
    CHECK(highlighted(upper.groups[0].hits[0]) == "[Én] [digital] inngang");
    const auto people = app::search(*session, "ødegård");
    // Pernille facilitates 1.1 and 1.10.
    std::vector<std::string> numbers;
    for (const auto& group : people.groups) {
        numbers.push_back(group.number);
        CHECK(group.hits[0].kind == app::HitKind::Person);
    }
    CHECK(numbers == std::vector<std::string>{"1.1", "1.10"});
    CHECK(app::search(*session, "aktører").total == 1); // discussion notes
}

TEST_CASE("search: follows every edit, and odd queries are plain text") {
    test::TempDir dir;
    auto session = test::createSession(dir / "e.innspill", test::sampleEvent());
    CHECK(app::search(*session, "blåbærsyltetøy").total == 0);
    app::Change change("Skriv");
    auto after = session->event().groups[0];
    after.inputs[0].text = "Blåbærsyltetøy til alle";
    change.group(session->event().groups[0], after);
    REQUIRE(session->apply(change));
    CHECK(app::search(*session, "BLÅBÆR").total == 1);
    REQUIRE(session->undo());
    CHECK(app::search(*session, "blåbær").total == 0);
    for (const char* odd : {"\"", "*", "AND", "OR NOT", "(", "a\"b", "-", "^", "NEAR(x y)", ""}) {
        INFO(odd);
        CHECK_NOTHROW(app::search(*session, odd));
    }
    CHECK(app::search(*session, "   ").total == 0);
}
