// Every synthesis edit: on the model, through the event file, and undone.
#include "app/edits_capture.hpp"
#include "app/edits_synthesis.hpp"
#include "app/setup_edits_support.hpp"
#include "model/synthesis_coverage.hpp"
#include "support/sample_synthesis.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

TEST_CASE("synthesis edits: introductions, challenges, measures — each undoable") {
    test::EditFixture fixture;
    const model::Id theme = fixture.event().themes[0].id;
    fixture.applyAndRoundTrip(app::setIntroduction(fixture.event(), theme, "Innledning"));
    CHECK(model::introductionOf(fixture.event().synthesis, theme) == "Innledning");
    CHECK_FALSE(app::setIntroduction(fixture.event(), theme, "Innledning"));

    auto first = app::addChallenge(fixture.event(), theme);
    fixture.applyAndRoundTrip(first.change);
    auto second = app::addChallenge(fixture.event(), theme);
    fixture.applyAndRoundTrip(second.change);
    auto between = app::addChallenge(fixture.event(), theme, first.id);
    fixture.applyAndRoundTrip(between.change);
    const auto& s = fixture.event().synthesis;
    CHECK(model::challengeLetterOf(s, first.id) == "A");
    CHECK(model::challengeLetterOf(s, between.id) == "B");
    CHECK(model::challengeLetterOf(s, second.id) == "C");

    fixture.applyAndRoundTrip(app::setChallengeTitle(fixture.event(), first.id, "Samarbeid"));
    fixture.applyAndRoundTrip(
        app::setChallengeDescription(fixture.event(), first.id, "Linje 1\nLinje 2"));
    fixture.applyAndRoundTrip(app::moveChallenge(fixture.event(), first.id, +1));
    CHECK(model::challengeLetterOf(fixture.event().synthesis, first.id) == "B");
    CHECK_FALSE(app::moveChallenge(fixture.event(), second.id, +1));

    auto measure = app::addMeasure(fixture.event(), first.id);
    fixture.applyAndRoundTrip(measure.change);
    auto other = app::addMeasure(fixture.event(), first.id);
    fixture.applyAndRoundTrip(other.change);
    fixture.applyAndRoundTrip(app::setMeasureLead(fixture.event(), measure.id, "Et løft"));
    fixture.applyAndRoundTrip(app::setMeasureText(fixture.event(), measure.id, "Forklaring"));
    fixture.applyAndRoundTrip(app::moveMeasure(fixture.event(), measure.id, +1));
    CHECK(model::findChallenge(fixture.event().synthesis, first.id)->measures[1].id == measure.id);
    CHECK_FALSE(app::moveMeasure(fixture.event(), measure.id, +1));

    fixture.applyAndRoundTrip(app::addPriority(fixture.event(), first.id));
    CHECK(fixture.event().synthesis.priorities.at(0).measure == other.id);
    fixture.applyAndRoundTrip(app::addPriority(fixture.event(), second.id));
    CHECK_FALSE(app::addPriority(fixture.event(), second.id));
    fixture.applyAndRoundTrip(app::movePriority(fixture.event(), second.id, -1));
    CHECK(fixture.event().synthesis.priorities[0].challenge == second.id);
    fixture.applyAndRoundTrip(app::setPriorityMeasure(fixture.event(), first.id, measure.id));
    CHECK_FALSE(app::setPriorityMeasure(fixture.event(), first.id, model::Id::generate()));
    fixture.applyAndRoundTrip(
        app::setPriorityRecommendation(fixture.event(), second.id, "Bygge kompetanse"));
    fixture.applyAndRoundTrip(app::removePriority(fixture.event(), second.id));

    // Removing the measure a priority names keeps its lead as the sentence.
    fixture.applyAndRoundTrip(app::removeMeasure(fixture.event(), measure.id));
    const auto& priority = fixture.event().synthesis.priorities.at(0);
    CHECK_FALSE(priority.measure.has_value());
    CHECK(priority.recommendation == "Et løft");
    // Removing a challenge takes its priority along.
    fixture.applyAndRoundTrip(app::removeChallenge(fixture.event(), first.id));
    CHECK(fixture.event().synthesis.priorities.empty());
    CHECK(fixture.event().synthesis.challenges.size() == 2);
}

TEST_CASE("synthesis edits: linking, unlinking, parking — each undoable") {
    test::EditFixture fixture(test::sampleEventWithSynthesis());
    const auto inputs = test::topLevelInputs(fixture.event());
    const model::Id challenge = fixture.event().synthesis.challenges[1].id;
    const model::Id measure = fixture.event().synthesis.challenges[0].measures[1].id;
    const model::Id parked = fixture.event().synthesis.parked[0].input;

    fixture.applyAndRoundTrip(app::linkSource(fixture.event(), challenge, inputs[4]));
    CHECK_FALSE(app::linkSource(fixture.event(), challenge, inputs[4]));
    CHECK_FALSE(app::linkSource(fixture.event(), model::Id::generate(), inputs[4]));
    // Linking a parked input uses it: it is no longer parked.
    fixture.applyAndRoundTrip(app::linkSource(fixture.event(), measure, parked));
    CHECK_FALSE(model::findParked(fixture.event().synthesis, parked));
    fixture.applyAndRoundTrip(app::unlinkSource(fixture.event(), measure, parked));
    fixture.applyAndRoundTrip(app::parkInput(fixture.event(), inputs[5], "Dublett"));
    fixture.applyAndRoundTrip(app::parkInput(fixture.event(), inputs[5], "Dublett av 1.1"));
    CHECK(model::findParked(fixture.event().synthesis, inputs[5])->reason == "Dublett av 1.1");
    fixture.applyAndRoundTrip(app::unparkInput(fixture.event(), inputs[5]));
    CHECK_FALSE(app::unparkInput(fixture.event(), inputs[5]));
}

TEST_CASE("deleting an input a challenge rests on leaves a hole that undo fills") {
    test::EditFixture fixture(test::sampleEventWithSynthesis());
    const model::Id challenge = fixture.event().synthesis.challenges[0].id;
    const model::Id source = fixture.event().synthesis.challenges[0].inputs[0];
    const model::Group* group = nullptr;
    for (const auto& g : fixture.event().groups) {
        if (app::findInputById(g, source)) {
            group = &g;
        }
    }
    REQUIRE(group);
    REQUIRE(fixture.session().apply(app::deleteInput(*group, source).change));
    CHECK(model::coverageOf(fixture.event()).deletedSources == 1);
    CHECK(model::coverageOf(fixture.onDisk()).deletedSources == 1);
    REQUIRE(fixture.session().undo());
    CHECK(model::coverageOf(fixture.event()).deletedSources == 0);
    CHECK(model::coverageOf(fixture.onDisk()).deletedSources == 0);
    // Forgetting the holes is an edit of its own.
    REQUIRE(fixture.session().redo());
    fixture.applyAndRoundTrip(app::dropDeletedSources(fixture.event(), challenge));
    CHECK(model::coverageOf(fixture.event()).deletedSources == 0);
    CHECK(model::findChallenge(fixture.event().synthesis, challenge)->inputs.size() == 1);
}
