// A theme's colour is kept: in the event file (schema migration), in the JSON
// archive (written only when set, so older archives still round-trip), and a
// bad colour in an archive is refused with a message.
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "model/validate.hpp"
#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

namespace {

model::Event colouredEvent() {
    model::Event event = test::sampleEvent();
    REQUIRE(event.themes.size() >= 2);
    event.themes[0].colour = "#7A2E9E";
    event.themes[1].colour.clear(); // the palette's colour for its place
    return event;
}

} // namespace

TEST_CASE("a theme's colour survives the event file") {
    test::TempDir dir;
    const model::Event event = colouredEvent();
    store::EventFile::create(dir / "c.innspill", event);
    auto reopened = store::EventFile::open(dir / "c.innspill");
    const model::Event loaded = reopened->load();
    CHECK(loaded.themes[0].colour == "#7A2E9E");
    CHECK(loaded.themes[1].colour.empty());
    CHECK(loaded == event);
}

TEST_CASE("a theme's colour survives the JSON archive, byte for byte") {
    const model::Event event = colouredEvent();
    const std::string json = io::writeJsonArchive(event);
    CHECK(json.find("\"colour\": \"#7A2E9E\"") != std::string::npos);
    const model::Event back = io::readJsonArchive(json);
    CHECK(back.themes[0].colour == "#7A2E9E");
    CHECK(io::writeJsonArchive(back) == json);
}

TEST_CASE("an archive without theme colours still round-trips unchanged") {
    model::Event event = test::sampleEvent();
    for (auto& theme : event.themes) {
        theme.colour.clear();
    }
    const std::string json = io::writeJsonArchive(event);
    CHECK(json.find("\"colour\"") == std::string::npos);
    CHECK(io::writeJsonArchive(io::readJsonArchive(json)) == json);
}

TEST_CASE("an unreadable theme colour in an archive is refused") {
    const std::string good = io::writeJsonArchive(colouredEvent());
    std::string bad = good;
    const std::string from = "\"#7A2E9E\"";
    bad.replace(bad.find(from), from.size(), "\"#FFFF00\"");
    try {
        io::readJsonArchive(bad);
        FAIL("expected a parse error");
    } catch (const io::ParseError& error) {
        CHECK(std::string(error.what()).find("#FFFF00") != std::string::npos);
    }
}

TEST_CASE("validation names a bad theme colour") {
    model::Event event = colouredEvent();
    event.themes[0].colour = "#12345";
    const auto problems = model::validate(event);
    CHECK_FALSE(problems.empty());
}
