// Theme edits: add, edit, reorder, remove (untagging in the same step) and
// the five-pillar template; each on the model and through the event file.
#include "app/edits_themes.hpp"
#include "model/validate.hpp"
#include "setup_edits_support.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

namespace {

const model::Group& numbered(const model::Event& event, const char* number) {
    const model::Group* group = model::findGroupByNumber(event, number);
    REQUIRE(group != nullptr);
    return *group;
}

std::vector<std::string> names(const model::Event& event) {
    std::vector<std::string> result;
    for (const auto& theme : event.themes) {
        result.push_back(theme.name);
    }
    return result;
}

} // namespace

TEST_CASE("edits_themes: add, rename, describe, reorder") {
    model::Event event = test::sampleEvent();
    event.themes.clear();
    event.groups.clear(); // the sample's tags point at its themes
    test::EditFixture fixture(event);

    fixture.applyAndRoundTrip(app::addTheme(fixture.event(), "Læring"));
    fixture.applyAndRoundTrip(app::addTheme(fixture.event(), "Arbeid", "Å komme i jobb"));
    const model::Id learning = fixture.event().themes[0].id;
    fixture.applyAndRoundTrip(app::setThemeName(fixture.event(), learning, "Læring hele livet"));
    fixture.applyAndRoundTrip(
        app::setThemeDescription(fixture.event(), learning, "Fra skole til «etter- og videre»"));
    fixture.applyAndRoundTrip(app::moveTheme(fixture.event(), learning, 1));
    const auto onDisk = fixture.onDisk();
    CHECK(names(onDisk) == std::vector<std::string>{"Arbeid", "Læring hele livet"});
    CHECK(onDisk.themes[1].description == "Fra skole til «etter- og videre»");
    CHECK(onDisk.themes[0].description == "Å komme i jobb");

    CHECK_FALSE(app::setThemeName(fixture.event(), learning, "Læring hele livet"));
    CHECK_FALSE(app::moveTheme(fixture.event(), learning, 1));
    CHECK_FALSE(app::moveTheme(fixture.event(), learning, 2));
    CHECK_FALSE(app::setThemeName(fixture.event(), model::Id::generate(), "x"));
}

TEST_CASE("edits_themes: removing a tagged theme untags its inputs in the same step") {
    test::EditFixture fixture;
    const model::Event original = fixture.event();
    // Input 1 of group 1.1 carries pillars 1 and 3; tag a sub-point too.
    model::Group tagged = numbered(original, "1.1");
    const model::Id pillar3 = original.themes[2].id;
    tagged.inputs[1].children[0].themes = {pillar3};
    app::Change tag("Merk");
    tag.group(numbered(original, "1.1"), tagged);
    REQUIRE(fixture.session().apply(tag));
    const model::Event before = fixture.event();
    CHECK(app::taggedInputCount(before, pillar3) == 2);
    CHECK(app::taggedInputCount(before, original.themes[0].id) == 1);
    CHECK(app::taggedInputCount(before, original.themes[4].id) == 0);

    const auto change = app::removeTheme(before, pillar3);
    REQUIRE(change);
    CHECK(change->groups().size() == 1); // only the group that carried it
    fixture.applyAndRoundTrip(change);
    const auto onDisk = fixture.onDisk();
    CHECK(onDisk.themes.size() == 4);
    CHECK(model::findTheme(onDisk, pillar3) == nullptr);
    CHECK(numbered(onDisk, "1.1").inputs[0].themes ==
          std::vector<model::Id>{original.themes[0].id});
    CHECK(numbered(onDisk, "1.1").inputs[1].children[0].themes.empty());
    CHECK(model::validate(onDisk).empty());

    REQUIRE(fixture.session().undo());
    CHECK(test::sameEvent(fixture.onDisk(), before));
    CHECK(app::taggedInputCount(fixture.onDisk(), pillar3) == 2);
}

TEST_CASE("edits_themes: the pillar template appends what is missing, never replaces") {
    model::Event event = test::sampleEvent();
    event.themes.clear();
    event.groups.clear();
    test::EditFixture fixture(event);

    fixture.applyAndRoundTrip(app::addPillarTemplate(fixture.event()));
    std::vector<std::string> pillars;
    for (const auto& theme : model::pillarTemplate()) {
        pillars.push_back(theme.name);
    }
    CHECK(names(fixture.onDisk()) == pillars);
    CHECK(fixture.onDisk().themes[0].description == model::pillarTemplate()[0].description);
    // All there: nothing to add.
    CHECK(app::missingPillars(fixture.event()).empty());
    CHECK_FALSE(app::addPillarTemplate(fixture.event()));

    // Own themes stay first; a pillar typed by hand (other case, blanks) is not repeated.
    model::Event own = test::sampleEvent();
    own.groups.clear();
    own.themes = {model::Theme{model::Id::generate(), "Eget tema", "", {}},
                  model::Theme{model::Id::generate(), "  satse på de lokale aktørene ", "", {}}};
    test::EditFixture second(own);
    CHECK(app::missingPillars(second.event()).size() == 4);
    second.applyAndRoundTrip(app::addPillarTemplate(second.event()));
    const auto result = names(second.onDisk());
    REQUIRE(result.size() == 6);
    CHECK(result[0] == "Eget tema");
    CHECK(result[1] == "  satse på de lokale aktørene ");
    CHECK(result[2] == pillars[0]);
    CHECK(result[5] == pillars[4]);
}
