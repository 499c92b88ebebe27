// The synthesis in the JSON archive: shape, round trip, old archives.
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "support/sample_event.hpp"
#include "support/sample_synthesis.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

TEST_CASE("the synthesis round-trips through the archive, byte for byte") {
    const auto event = test::sampleEventWithSynthesis();
    const std::string first = io::writeJsonArchive(event);
    const auto imported = io::readJsonArchive(first);
    CHECK(imported.synthesis == event.synthesis);
    CHECK(io::writeJsonArchive(imported) == first);
}

TEST_CASE("the archive carries the synthesis under event.synthesis with the documented names") {
    const auto event = test::sampleEventWithSynthesis();
    const std::string json = io::writeJsonArchive(event);
    for (const char* name :
         {"\"synthesis\": {", "\"introductions\": [", "\"challenges\": [", "\"measures\": [",
          "\"priorities\": [", "\"parked\": [", "\"lead\": ", "\"recommendation\": ",
          "\"reason\": \"Utenfor mandatet\"", "\"challenge\": ", "\"input\": "}) {
        CHECK(json.find(name) != std::string::npos);
    }
    // No letters are stored: they come from the order.
    CHECK(json.find("\"letter\"") == std::string::npos);
}

TEST_CASE("an archive without a synthesis imports, and writes no synthesis back") {
    const auto event = test::sampleEvent();
    const std::string old = io::writeJsonArchive(event);
    CHECK(old.find("\"synthesis\"") == std::string::npos);
    const auto imported = io::readJsonArchive(old);
    CHECK(imported.synthesis == model::Synthesis{});
    CHECK(io::writeJsonArchive(imported) == old);
}

TEST_CASE("a bad id in the synthesis names its path") {
    const auto event = test::sampleEventWithSynthesis();
    std::string json = io::writeJsonArchive(event);
    const std::string source = event.synthesis.challenges[0].inputs[0].str();
    const auto at = json.find("\"" + source + "\"", json.find("\"synthesis\""));
    REQUIRE(at != std::string::npos);
    json.replace(at, source.size() + 2, "\"not-an-id\"");
    try {
        io::readJsonArchive(json);
        FAIL("expected a parse error");
    } catch (const io::ParseError& error) {
        const std::string text = lang::render(lang::Language::En, error.reason());
        CHECK(text.find("event.synthesis.challenges[0].inputs") != std::string::npos);
    }
}
