// Kits carry the synthesis like everything else: by UUID, three-way.
#include "app/edits_synthesis.hpp"
#include "support/merge_master.hpp"
#include "support/sample_synthesis.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

namespace {

void edit(model::Event& event, const std::optional<app::Change>& change) {
    REQUIRE(change);
    app::applyToModel(event, *change);
}

} // namespace

TEST_CASE("synthesis edits from two kits both come in") {
    test::Master master{test::sampleEventWithSynthesis(), {}};
    auto kitA = test::handOut(master.event, "Kari");
    auto kitB = test::handOut(master.event, "Ola");
    const auto inputs = test::topLevelInputs(master.event);
    const model::Id theme = master.event.themes[2].id;
    const model::Id first = master.event.synthesis.challenges[0].id;
    const model::Id measure = master.event.synthesis.challenges[0].measures[1].id;

    // Kit A: a new challenge with a measure, a source on the first challenge.
    auto added = app::addChallenge(kitA.event, theme);
    app::applyToModel(kitA.event, added.change);
    edit(kitA.event, app::setChallengeDescription(kitA.event, added.id, "Fra kit A"));
    auto measureA = app::addMeasure(kitA.event, added.id);
    app::applyToModel(kitA.event, measureA.change);
    edit(kitA.event, app::setMeasureLead(kitA.event, measureA.id, "Tiltak fra A"));
    edit(kitA.event, app::linkSource(kitA.event, first, inputs[4]));
    // Kit B: another source on the same challenge, a measure edited, an input parked.
    edit(kitB.event, app::linkSource(kitB.event, first, inputs[5]));
    edit(kitB.event, app::setMeasureText(kitB.event, measure, "Tekst fra B"));
    edit(kitB.event, app::parkInput(kitB.event, inputs[6], "Dublett"));

    const auto planA = master.handIn(kitA);
    CHECK(planA.conflicts.empty());
    const auto planB = master.handIn(kitB);
    CHECK(planB.conflicts.empty());

    const auto& s = master.event.synthesis;
    const auto* challenge = model::findChallenge(s, added.id);
    REQUIRE(challenge);
    CHECK(challenge->description == "Fra kit A");
    REQUIRE(challenge->measures.size() == 1);
    CHECK(challenge->measures[0].lead == "Tiltak fra A");
    const auto& sources = model::findChallenge(s, first)->inputs;
    CHECK(std::find(sources.begin(), sources.end(), inputs[4]) != sources.end());
    CHECK(std::find(sources.begin(), sources.end(), inputs[5]) != sources.end());
    CHECK(model::findMeasure(s, measure)->text == "Tekst fra B");
    CHECK(model::findParked(s, inputs[6]));
    // The hand-in is one undo step: undoing B takes B's edits away only.
    app::applyToModel(master.event, planB.change.inverse());
    CHECK(model::findMeasure(master.event.synthesis, measure)->text.empty());
    CHECK(model::findChallenge(master.event.synthesis, added.id));
}

TEST_CASE("the same challenge edited differently in master and kit is a conflict") {
    test::Master master{test::sampleEventWithSynthesis(), {}};
    auto kit = test::handOut(master.event, "Kari");
    const model::Id first = master.event.synthesis.challenges[0].id;
    edit(kit.event, app::setChallengeTitle(kit.event, first, "Kitets tittel"));
    edit(master.event, app::setChallengeTitle(master.event, first, "Hovedfilens tittel"));
    auto plan = master.plan(kit);
    REQUIRE(plan.conflicts.size() == 1);
    CHECK(plan.conflicts[0].entity == app::MergeEntity::Synthesis);
    CHECK(plan.conflicts[0].field == "title");
    CHECK_FALSE(plan.ready());
    const auto resolved = app::resolveAll(plan, app::MergeChoice::Kit);
    master.apply(resolved);
    CHECK(model::findChallenge(master.event.synthesis, first)->title == "Kitets tittel");
}

TEST_CASE("a challenge deleted in the kit goes, with its priority") {
    test::Master master{test::sampleEventWithSynthesis(), {}};
    auto kit = test::handOut(master.event, "Kari");
    const model::Id first = master.event.synthesis.challenges[0].id;
    edit(kit.event, app::removeChallenge(kit.event, first));
    master.handIn(kit);
    CHECK_FALSE(model::findChallenge(master.event.synthesis, first));
    for (const auto& priority : master.event.synthesis.priorities) {
        CHECK(priority.challenge != first);
    }
}
