// The Syntese tab driven headless on a real event file: linking an input by
// dragging it onto a challenge and onto a measure, and with the L key;
// parking with P and a reason; following a source chip to its group; the
// text filter; coverage's "show untouched".
#include "setup_ui_support.hpp"

#include "app/edits_themes.hpp"
#include "model/input_index.hpp"
#include "support/sample_synthesis.hpp"
#include "ui/capture/capture_panel.hpp"
#include "ui/synthesis/synthesis_panel.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using test::SetupUi;

namespace {

// An input of the first theme that the sample synthesis leaves untouched.
model::Id untouchedInTheme(const model::Event& event, const model::Id& theme) {
    const auto coverage = model::coverageOf(event);
    const auto index = model::indexInputs(event);
    for (const auto& id : coverage.untouched) {
        const auto themes = model::themesOfInput(*index.at(id).input);
        if (std::find(themes.begin(), themes.end(), theme) != themes.end()) {
            return id;
        }
    }
    FAIL("no untouched input in the theme");
    return {};
}

model::Event tagged() {
    // Every input of the sample tagged with the first theme, so the list of
    // the first theme holds them all.
    model::Event event = test::sampleEventWithSynthesis();
    for (auto& group : event.groups) {
        for (auto& input : group.inputs) {
            if (input.themes.empty()) {
                input.themes.push_back(event.themes[0].id);
            }
        }
    }
    return event;
}

// A drag as a hand does it: press, move in steps, release, a frame between each.
void dragItem(test::UiHarness& ui, const std::string& from, const std::string& to) {
    const ui::ItemRect* source = ui.item(from);
    const ui::ItemRect* target = ui.item(to);
    REQUIRE(source);
    REQUIRE(target);
    const ImVec2 start = source->center();
    const ImVec2 end = target->center();
    ui.moveMouse(start);
    ImGui::GetIO().MouseDown[0] = true;
    ui.frame();
    for (int step = 1; step <= 4; ++step) {
        const float t = static_cast<float>(step) / 4.0f;
        ui.moveMouse(ImVec2(start.x + (end.x - start.x) * t, start.y + (end.y - start.y) * t));
    }
    ui.frame();
    ImGui::GetIO().MouseDown[0] = false;
    ui.frame(2);
}

bool rests(const model::Event& event, const model::Id& owner, const model::Id& input) {
    const model::Challenge* challenge = model::findChallenge(event.synthesis, owner);
    const std::vector<model::Id>* sources = challenge ? &challenge->inputs : nullptr;
    if (!sources) {
        const auto* measure = model::findMeasure(event.synthesis, owner);
        REQUIRE(measure);
        sources = &measure->inputs;
    }
    return std::find(sources->begin(), sources->end(), input) != sources->end();
}

} // namespace

TEST_CASE("synthesis tab: drag an input onto a challenge and onto a measure", "[ui]") {
    SetupUi setup(tagged(), ui::drawSynthesisPanel);
    auto& ui = setup.ui();
    ui.ctx().itemRects.setEnabled(true);
    ui.frame(2);
    const model::Id theme = setup.event().themes[0].id;
    const model::Id input = untouchedInTheme(setup.event(), theme);
    const model::Id challenge = setup.event().synthesis.challenges[0].id;
    const model::Id measure = setup.event().synthesis.challenges[0].measures[0].id;

    dragItem(ui, "synthesis.input/" + input.str(), "synthesis.target/" + challenge.str());
    CHECK(rests(setup.onDisk(), challenge, input));
    // The list says where it is used now; the chip is on the challenge.
    ui.frame();
    CHECK(ui.item("synthesis.chip/" + challenge.str() + "/" + input.str()));

    const model::Id another = untouchedInTheme(setup.event(), theme);
    dragItem(ui, "synthesis.input/" + another.str(), "synthesis.target/" + measure.str());
    CHECK(rests(setup.onDisk(), measure, another));
    CHECK_FALSE(rests(setup.onDisk(), challenge, another));
    // One undo each.
    REQUIRE(setup.session().undo());
    CHECK_FALSE(rests(setup.onDisk(), measure, another));
}

TEST_CASE("synthesis tab: link with L, park with P, from the keyboard", "[ui]") {
    SetupUi setup(tagged(), ui::drawSynthesisPanel);
    auto& ui = setup.ui();
    ui.ctx().itemRects.setEnabled(true);
    ui.frame(2);
    const model::Id theme = setup.event().themes[0].id;
    const model::Id challenge = setup.event().synthesis.challenges[2].id; // theme 0's "B"
    const model::Id input = untouchedInTheme(setup.event(), theme);

    setup.click("synthesis.target/" + challenge.str());
    CHECK(ui.ctx().synthesis.target == challenge);
    setup.click("synthesis.input/" + input.str());
    CHECK(ui.ctx().synthesis.selected == input);
    ui.pressKey(GLFW_KEY_L);
    CHECK(rests(setup.onDisk(), challenge, input));

    // Down to the next input, then P and a reason parks it.
    ui.pressKey(GLFW_KEY_DOWN);
    const model::Id next = ui.ctx().synthesis.selected;
    REQUIRE(next != input);
    ui.pressKey(GLFW_KEY_P);
    ui.frame();
    setup.type("Utenfor mandatet");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    const model::Event onDisk = setup.onDisk();
    const auto* parked = model::findParked(onDisk.synthesis, next);
    REQUIRE(parked);
    CHECK(parked->reason == "Utenfor mandatet");
}

TEST_CASE("synthesis tab: a source chip opens the input in its group", "[ui]") {
    SetupUi setup(test::sampleEventWithSynthesis(), ui::drawSynthesisPanel);
    auto& ui = setup.ui();
    ui.ctx().itemRects.setEnabled(true);
    ui.frame(2);
    const auto& challenge = setup.event().synthesis.challenges[0];
    const model::Id source = challenge.inputs[0];
    const auto place = model::indexInputs(setup.event()).at(source);
    const model::Id group = place.group->id;
    setup.click("synthesis.chip/" + challenge.id.str() + "/" + source.str());
    CHECK(ui.ctx().selection.group == group);
    CHECK(ui.ctx().mainWindow.tabToSelect == ui::kCaptureTabId);
    CHECK(ui.ctx().capture.group == group);
}

TEST_CASE("synthesis tab: a deleted source shows as a hole until undone", "[ui]") {
    SetupUi setup(test::sampleEventWithSynthesis(), ui::drawSynthesisPanel);
    auto& ui = setup.ui();
    ui.ctx().itemRects.setEnabled(true);
    ui.frame(2);
    const auto& challenge = setup.event().synthesis.challenges[0];
    const model::Id id = challenge.id;
    const model::Id source = challenge.inputs[0];
    model::Group group = *model::indexInputs(setup.event()).at(source).group;
    const model::Group before = group;
    std::erase_if(group.inputs, [&](const model::Input& input) { return input.id == source; });
    app::Change removal("x");
    removal.group(before, group);
    REQUIRE(setup.session().apply(removal));
    ui.frame(2);
    CHECK_FALSE(ui.item("synthesis.chip/" + id.str() + "/" + source.str()));
    CHECK(ui.ctx().synthesis.cache.coverage.deletedSources == 1);
    REQUIRE(setup.session().undo());
    ui.frame(2);
    CHECK(ui.item("synthesis.chip/" + id.str() + "/" + source.str()));
}

TEST_CASE("synthesis tab: actions under a challenge in the capture screen's table", "[ui]") {
    SetupUi setup(tagged(), ui::drawSynthesisPanel);
    auto& ui = setup.ui();
    ui.ctx().itemRects.setEnabled(true);
    ui.frame(2);
    const model::Id challenge = setup.event().synthesis.challenges[0].id; // theme 0's "A"
    const std::string key = "synthesis.challenge/" + challenge.str() + "/action";
    const auto actions = [&](const model::Event& event) {
        return model::findChallenge(event.synthesis, challenge)->actions;
    };
    setup.click(key + "/add");
    ui.frame(2);
    REQUIRE(actions(setup.onDisk()).size() == 1);
    setup.click(key + "/actions.what/0");
    setup.type("Felles kompetansemodell");
    ui.frame(2);
    setup.click(key + "/actions.due/0");
    setup.type("2032");
    ui.frame(2);
    const auto written = actions(setup.onDisk());
    REQUIRE(written.size() == 1);
    CHECK(written[0].what == "Felles kompetansemodell");
    CHECK(written[0].due == "2032");
    // Undo: the due date, the typing, then the row.
    REQUIRE(setup.session().undo());
    CHECK(actions(setup.event())[0].due.empty());
    REQUIRE(setup.session().undo());
    CHECK(actions(setup.event())[0].what.empty());
    REQUIRE(setup.session().undo());
    CHECK(actions(setup.onDisk()).empty());
    ui.frame(2); // the table is gone: the button moved up

    // × removes the row.
    setup.click(key + "/add");
    ui.frame(2);
    REQUIRE(actions(setup.event()).size() == 1);
    setup.click(key + "/remove/0");
    ui.frame(2);
    CHECK(actions(setup.onDisk()).empty());
}

TEST_CASE("synthesis tab: a removed theme's challenges wait under untagged, move to a theme",
          "[ui]") {
    SetupUi setup(test::sampleEventWithSynthesis(), ui::drawSynthesisPanel);
    auto& ui = setup.ui();
    ui.ctx().itemRects.setEnabled(true);
    ui.frame(2);
    const model::Id removed = setup.event().themes[0].id;
    const model::Id other = setup.event().themes[1].id;
    std::vector<model::Id> orphans;
    for (const auto* challenge : model::challengesOfTheme(setup.event().synthesis, removed)) {
        orphans.push_back(challenge->id);
    }
    REQUIRE(orphans.size() >= 2);
    const auto title = [](const model::Id& id) {
        return "synthesis.challenge/" + id.str() + "/title";
    };

    // Removing the theme (undoable) keeps its challenges: they wait in the
    // untagged bucket, lettered as the report letters them.
    REQUIRE(setup.session().apply(*app::removeTheme(setup.event(), removed)));
    ui.frame(2);
    CHECK(ui.ctx().synthesis.cache.orphans == orphans);
    setup.click("synthesis.theme/untagged");
    ui.frame(2);
    CHECK(ui.ctx().synthesis.untagged);
    for (const auto& id : orphans) {
        CHECK(ui.item(title(id)));
    }
    CHECK(ui.ctx().synthesis.cache.labels.at(orphans[0]) == "A");
    CHECK(ui.ctx().synthesis.cache.labels.at(orphans[1]) == "B");

    // Moved to another theme: last there, gone from the bucket.
    const size_t before = model::challengesOfTheme(setup.event().synthesis, other).size();
    setup.click("synthesis.challenge/" + orphans[0].str() + "/moveToTheme");
    ui.frame(2);
    setup.click("synthesis.moveToTheme/" + orphans[0].str() + "/" + other.str());
    ui.frame(2);
    const auto moved = model::challengesOfTheme(setup.event().synthesis, other);
    REQUIRE(moved.size() == before + 1);
    CHECK(moved.back()->id == orphans[0]);
    CHECK_FALSE(ui.item(title(orphans[0])));
    CHECK(ui.item(title(orphans[1])));
    CHECK(ui.ctx().synthesis.cache.labels.at(orphans[1]) == "A");
    CHECK(setup.onDisk().synthesis.challenges.back().theme == other);
    setup.click("synthesis.theme/" + other.str());
    ui.frame(2);
    CHECK(ui.item(title(orphans[0])));

    // Undo: back in the bucket; undo again: the theme and its challenges are back.
    REQUIRE(setup.session().undo());
    ui.frame(2);
    CHECK(model::findChallenge(setup.event().synthesis, orphans[0])->theme == removed);
    CHECK(ui.ctx().synthesis.cache.orphans == orphans);
    REQUIRE(setup.session().undo());
    ui.frame(2);
    CHECK(ui.ctx().synthesis.cache.orphans.empty());
    CHECK(model::findTheme(setup.event(), removed));
}
