// Coverage of the inputs by the synthesis, and the holes deleted inputs leave.
#include "model/input_index.hpp"
#include "model/synthesis_coverage.hpp"
#include "model/validate.hpp"
#include "support/sample_event.hpp"
#include "support/sample_synthesis.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using namespace innspill::model;

TEST_CASE("coverage counts used, parked and untouched inputs per theme and overall") {
    Event event = test::sampleEventWithSynthesis();
    const Coverage coverage = coverageOf(event);
    size_t counted = 0;
    for (const auto* group : sortedGroups(event)) {
        for (const auto& input : group->inputs) {
            counted += countsForCoverage(input) ? 1 : 0;
        }
    }
    CHECK(coverage.overall.total() == counted);
    CHECK(coverage.overall.used == 4);
    CHECK(coverage.overall.parked == 1);
    CHECK(coverage.overall.untouched == counted - 5);
    CHECK(coverage.untouched.size() == coverage.overall.untouched);
    CHECK(coverage.challenges == 3);
    CHECK(coverage.measures == 2);
    CHECK(coverage.deletedSources == 0);
    CHECK_FALSE(coverage.overall.complete());
    // The first input carries themes 1 and 3: used in both.
    REQUIRE(coverage.themes.size() >= event.themes.size());
    CHECK(coverage.themes[0].theme == event.themes[0].id);
    CHECK(coverage.themes[0].count.used >= 1);
    CHECK(coverage.themes[2].count.used >= 1);
    // Untagged inputs have their own bucket, last.
    CHECK_FALSE(coverage.themes.back().theme.has_value());

    // Park every untouched input: done.
    for (const auto& id : coverage.untouched) {
        event.synthesis.parked.push_back({id, "Ikke relevant"});
    }
    const Coverage done = coverageOf(event);
    CHECK(done.overall.complete());
    CHECK(done.overall.percentDone() == 100);
    CHECK(done.untouched.empty());
}

TEST_CASE("a used sub-point makes its input used; sub-headings do not count") {
    Event event = test::sampleEvent();
    const Group* first = sortedGroups(event).front();
    const Input& withChildren = first->inputs.at(1);
    REQUIRE_FALSE(withChildren.children.empty());
    Challenge challenge;
    challenge.id = Id::generate();
    challenge.theme = event.themes[0].id;
    challenge.inputs = {withChildren.children[0].id};
    event.synthesis.challenges.push_back(challenge);
    const auto uses = sourceUses(event.synthesis);
    CHECK(standingOf(withChildren, uses, parkedInputs(event.synthesis)) == Standing::Used);
    CHECK(standingOf(first->inputs.at(0), uses, parkedInputs(event.synthesis)) ==
          Standing::Untouched);
    Input heading;
    heading.kind = InputKind::SubHeading;
    heading.text = "Rekruttering";
    CHECK_FALSE(countsForCoverage(heading));
}

TEST_CASE("a deleted source stays a link and is counted as a hole, not a problem") {
    Event event = test::sampleEventWithSynthesis();
    const Id source = event.synthesis.challenges[0].inputs[0];
    const auto place = indexInputs(event).at(source);
    Group& group = *std::find_if(event.groups.begin(), event.groups.end(),
                                 [&](const Group& g) { return g.id == place.group->id; });
    std::erase_if(group.inputs, [&](const Input& input) { return input.id == source; });
    const Coverage coverage = coverageOf(event);
    CHECK(coverage.deletedSources == 1);
    CHECK(event.synthesis.challenges[0].inputs[0] == source);
    CHECK(deletedSources(inputIds(event), event.synthesis.challenges[0].inputs) == 1);
    CHECK(validate(event).empty());
}

TEST_CASE("validation finds a priority without its challenge and duplicate ids") {
    Event event = test::sampleEventWithSynthesis();
    CHECK(validate(event).empty());
    event.synthesis.priorities.push_back({Id::generate(), std::nullopt, "x"});
    event.synthesis.challenges[1].measures.push_back(event.synthesis.challenges[0].measures[0]);
    const auto problems = validate(event);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].what.find("id brukt mer enn én gang") != std::string::npos);
    CHECK(problems[1].what.find("utfordring som ikke finnes") != std::string::npos);
}

TEST_CASE("lookups and letters") {
    const Event event = test::sampleEventWithSynthesis();
    const auto& synthesis = event.synthesis;
    // challenges are [a (theme 0), c (theme 1), b (theme 0)]: b is "B".
    CHECK(challengeLetterOf(synthesis, synthesis.challenges[0].id) == "A");
    CHECK(challengeLetterOf(synthesis, synthesis.challenges[1].id) == "A");
    CHECK(challengeLetterOf(synthesis, synthesis.challenges[2].id) == "B");
    const Challenge* owner = nullptr;
    const auto* measure = findMeasure(synthesis, synthesis.challenges[0].measures[1].id, &owner);
    REQUIRE(measure);
    CHECK(owner == &synthesis.challenges[0]);
    CHECK(introductionOf(synthesis, event.themes[0].id) == "Samarbeid på tvers av sektorer.");
    CHECK(introductionOf(synthesis, event.themes[1].id).empty());
    CHECK(findParked(synthesis, synthesis.parked[0].input));
}
