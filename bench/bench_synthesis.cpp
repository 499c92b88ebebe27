// The synthesis (issue 16) at scale: 5,000 inputs and 200 challenges (40 in
// each of the five pillars, two measures each, three sources each).
//  - one frame of the Syntese tab (headless harness, CPU time), target < 2 ms;
//  - the frame after an edit (the tab's cache rebuilt), for comparison;
//  - "find similar" for an input and for a challenge, in this process,
//    target < 20 ms;
//  - `innspill synthesis FILE --similar ID` and `innspill synthesis FILE`
//    as whole processes, as a user (or a script) runs them, beside the
//    start-up floor (`innspill --version`) and what --similar adds to it.
// Usage: bench_synthesis [--runs N] [--tsv]
#include "harness.hpp"
#include "run_process.hpp"
#include "synthetic_event.hpp"
#include "timing.hpp"
#include "ui_frames.hpp"

#include "app/edits_synthesis.hpp"
#include "app/event_session.hpp"
#include "app/find_similar.hpp"
#include "store/event_file.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/synthesis/synthesis_panel.hpp"

#include <filesystem>
#include <iostream>
#include <random>

using namespace innspill;

namespace {

constexpr size_t kChallengesPerTheme = 40;

model::Event synthesisEvent() {
    model::Event event = bench::makeSyntheticEvent(bench::EventSize{"5,000 inputs", 500, 10, 600});
    std::vector<model::Id> inputs;
    for (const auto& group : event.groups) {
        for (const auto& input : group.inputs) {
            inputs.push_back(input.id);
        }
    }
    std::mt19937 rng(16);
    std::uniform_int_distribution<size_t> anyInput(0, inputs.size() - 1);
    for (const auto& theme : event.themes) {
        for (size_t c = 0; c < kChallengesPerTheme; ++c) {
            model::Challenge challenge;
            challenge.id = model::Id::generate();
            challenge.theme = theme.id;
            challenge.title = "Utfordring om samhandling " + std::to_string(c);
            challenge.description = "Tjenestene samarbeider for lite om den sykmeldte, og "
                                    "kompetansen varierer mellom kommunene.";
            for (int s = 0; s < 3; ++s) {
                challenge.inputs.push_back(inputs[anyInput(rng)]);
            }
            for (int m = 0; m < 2; ++m) {
                model::Measure measure{model::Id::generate(),
                                       "Etablere et nasjonalt praksisnettverk",
                                       "Et nettverk som deler kunnskap på tvers av sektorer.",
                                       {inputs[anyInput(rng)], inputs[anyInput(rng)]}};
                challenge.measures.push_back(std::move(measure));
            }
            event.synthesis.challenges.push_back(std::move(challenge));
        }
        event.synthesis.introductions.push_back({theme.id, "Innledning til " + theme.name});
    }
    for (size_t i = 0; i < 10; ++i) {
        event.synthesis.priorities.push_back({event.synthesis.challenges[i * 17].id, {}, "x"});
    }
    for (size_t i = 0; i < 300; ++i) {
        const auto& id = inputs[anyInput(rng)];
        if (!model::findParked(event.synthesis, id)) {
            event.synthesis.parked.push_back({id, "Utenfor mandatet"});
        }
    }
    return event;
}

void drawTab(ui::AppContext& ctx) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("synthesis", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
    ui::drawSynthesisPanel(ctx);
    ImGui::End();
}

} // namespace

int main(int argc, char** argv) {
    int runs = 200;
    std::string sizes;
    bench::readSizesAndRuns(argc, argv, sizes, runs);
    const auto dir = std::filesystem::temp_directory_path() /
                     ("innspill-bench-synthesis-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const auto path = dir / "synthesis.innspill";
    const model::Event built = synthesisEvent();
    store::EventFile::create(path, built);
    auto opened = app::openEvent(path);
    if (!opened) {
        std::cerr << "cannot open the benchmark event\n";
        return 2;
    }
    auto& session = *opened.session;
    const model::Event& event = session.event();
    size_t inputCount = 0;
    for (const auto& group : event.groups) {
        inputCount += group.inputs.size();
    }
    const std::string subject = std::to_string(inputCount) + " inputs, " +
                                std::to_string(event.synthesis.challenges.size()) + " challenges";
    bench::Table table;
    {
        test::UiHarness ui(&session);
        ui.ctx().itemRects.setEnabled(false); // as in the app
        ui.setDraw(drawTab);
        ui.frame(5);
        table.add(subject, "Syntese tab frame, 1280x800", bench::cpuFrames(ui, runs, [] {}),
                  bench::below(2));
        ui.ctx().synthesis.usage = ui::SynthesisPanelState::Usage::NotUsed;
        ui.frame(2);
        table.add(subject, "Syntese tab frame, not yet used", bench::cpuFrames(ui, runs, [] {}),
                  bench::below(2));
        // After an edit the tab derives its lists again (once).
        const model::Id challenge = event.synthesis.challenges.front().id;
        int n = 0;
        table.add(subject, "frame after an edit (cache rebuilt)",
                  bench::cpuFrames(ui, std::max(5, runs / 10), [&] {
                      session.apply(*app::setChallengeTitle(session.event(), challenge,
                                                            "Tittel " + std::to_string(++n)));
                  }));
    }
    std::vector<model::Id> inputs;
    for (const auto& group : event.groups) {
        for (const auto& input : group.inputs) {
            inputs.push_back(input.id);
        }
    }
    size_t next = 0;
    table.add(subject, "find similar, an input (in-process)",
              bench::measure(runs,
                             [&] {
                                 const auto found = app::findSimilarToInput(
                                     session, inputs[(next += 37) % inputs.size()]);
                                 bench::keep(found);
                             }),
              bench::below(20));
    table.add(subject, "find similar, a challenge (in-process)",
              bench::measure(runs,
                             [&] {
                                 const auto& challenges = session.event().synthesis.challenges;
                                 const auto found = app::findSimilarToChallenge(
                                     session, challenges[(next += 7) % challenges.size()].id);
                                 bench::keep(found);
                             }),
              bench::below(20));
    const std::string file = path.string();
    const std::string item = inputs[inputs.size() / 2].str();
    opened.session.reset(); // the commands below open the file themselves
    const int processRuns = std::max(5, runs / 20);
    // The floor under every whole-process figure: the program started and
    // ended (the dynamic loader mapping its shared libraries), no file read.
    const auto floor = bench::measure(processRuns * 2, [&] {
        bench::runProcess({INNSPILL_BINARY, "--version"});
    });
    table.add(subject, "innspill --version (whole process: the start-up floor)", floor);
    const auto similarProcess = bench::measure(processRuns, [&] {
        if (!bench::runProcess({INNSPILL_BINARY, "synthesis", file, "--similar", item})) {
            std::cerr << "innspill synthesis --similar failed\n";
            std::exit(2);
        }
    });
    table.add(subject, "innspill synthesis --similar (whole process)", similarProcess,
              bench::below(20));
    // What the command itself adds: the read-only open (header, then the
    // pages read), the vocabulary look-ups, the bm25 query, the rows.
    table.add(subject, "innspill synthesis --similar above the start-up floor",
              std::max(0.0, similarProcess.medianMs - floor.medianMs), "ms", bench::below(20));
    table.add(subject, "innspill synthesis --json (whole process)",
              bench::measure(processRuns, [&] {
                  bench::runProcess({INNSPILL_BINARY, "synthesis", file, "--json"});
              }));
    std::filesystem::remove_all(dir);
    return table.finish(argc, argv);
}
