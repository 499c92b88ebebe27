// Data kept in assets/ and compiled into the binary: the five-pillar theme
// template (assets/templates/pillars.tsv) as model::pillarTemplate() gives it.
#include "model/theme.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>

using namespace innspill;

TEST_CASE("the pillar template is the five pillars, in order", "[model][assets]") {
    const auto themes = model::pillarTemplate();
    REQUIRE(themes.size() == 5);
    CHECK(themes[0].name == "Tilby tjenester som virker");
    CHECK(themes[0].description ==
          "Kvalitet gjennom forskning, fagutvikling og brukermedvirkning.");
    CHECK(themes[2].name == "Satse på de lokale aktørene");
    CHECK(themes[2].description == "Hele førstelinjen.");
    CHECK(themes[4].name == "Utnytte muligheter i digitale verktøy");
    CHECK(themes[4].description == "Digitale verktøy i tjenestene.");
    // Each call makes new themes: new ids, so a template applied twice never
    // collides with itself.
    const auto again = model::pillarTemplate();
    std::set<std::string> ids;
    for (size_t i = 0; i < themes.size(); ++i) {
        CHECK(themes[i].name == again[i].name);
        ids.insert(themes[i].id.str());
        ids.insert(again[i].id.str());
    }
    CHECK(ids.size() == 10);
}

TEST_CASE("the compiled-in template is the asset file's content", "[model][assets]") {
    std::ifstream file(INNSPILL_TEMPLATES_DIR "/pillars.tsv");
    REQUIRE(file);
    const auto themes = model::pillarTemplate();
    size_t index = 0;
    std::string line;
    while (std::getline(file, line)) {
        if (line.empty() || line.front() == '#') {
            continue;
        }
        REQUIRE(index < themes.size());
        const auto tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        CHECK(themes[index].name == line.substr(0, tab));
        CHECK(themes[index].description == line.substr(tab + 1));
        ++index;
    }
    CHECK(index == themes.size());
}
