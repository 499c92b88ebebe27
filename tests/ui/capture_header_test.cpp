// The capture screen's header and notes: title, people picked as you type
// or new, participant count, participants from the register, notes, links.
#include "capture_support.hpp"
#include "support/sample_event.hpp"
#include "ui/capture/capture_panel.hpp"

#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::CaptureScreen;
using test::kCtrl;
using test::kShift;

namespace {

const model::Person* personNamed(const model::Event& event, const std::string& name) {
    for (const auto& person : event.people) {
        if (person.name == name) {
            return &person;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("capture header: the title is typed like an input, Enter goes back to the inputs") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.10");
    auto& ctx = screen.ctx();
    CHECK_FALSE(ctx.capture.headerOpen); // filled in: folded to its summary line
    REQUIRE(screen.ui().clickItem("capture.header"));
    REQUIRE(screen.ui().clickItem("capture.title"));
    screen.ui().frame(2);
    CHECK(ctx.capture.focus.field == ui::CaptureField::Title);
    screen.press(GLFW_KEY_A, kCtrl);
    screen.type("Unge i lære – hva nå?");
    CHECK(screen.group("1.10").title == "Unge i lære – hva nå?");
    screen.press(GLFW_KEY_ENTER);
    CHECK(ctx.capture.focus.field == ui::CaptureField::Input);
    CHECK(screen.onDisk() == screen.session().event());
}

TEST_CASE("capture header: initiators and facilitators picked as you type, or new") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.2");
    auto& ctx = screen.ctx();
    const size_t people = screen.session().event().people.size();

    REQUIRE(screen.ui().clickItem("capture.facilitator/add"));
    screen.type("pernille");
    REQUIRE(screen.ui().item("capture.facilitator/suggestion/0") != nullptr);
    screen.press(GLFW_KEY_ENTER);
    const model::Person* pernille = personNamed(screen.session().event(), "Pernille Ødegård");
    REQUIRE(pernille != nullptr);
    CHECK(screen.group("1.2").facilitators == std::vector<model::Id>{pernille->id});

    // A new person, with an organisation, in the same step as the group.
    REQUIRE(screen.ui().clickItem("capture.initiator/add"));
    screen.type("Kari Nordmann, NAV Vest");
    screen.press(GLFW_KEY_ENTER);
    const model::Person* kari = personNamed(screen.session().event(), "Kari Nordmann");
    REQUIRE(kari != nullptr);
    CHECK(kari->organisation == "NAV Vest");
    CHECK_FALSE(kari->consent);
    CHECK(screen.session().event().people.size() == people + 1);
    CHECK(screen.group("1.2").initiators.back() == kari->id);
    // One undo removes both the person and the role.
    REQUIRE(screen.session().undo());
    CHECK(screen.session().event().people.size() == people);
    CHECK(screen.group("1.2").initiators.size() == 1);
    REQUIRE(screen.session().redo());
    screen.ui().frame(2);

    // Remove a chip.
    REQUIRE(screen.ui().clickItem("capture.facilitator/0"));
    (void)ctx;
    CHECK(screen.onDisk() == screen.session().event());
}

TEST_CASE("capture header: participant count and note, participants from the register") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.2");
    REQUIRE(screen.ui().clickItem("capture.count"));
    screen.type("12");
    CHECK(screen.group("1.2").participantCount == 12);
    screen.press(GLFW_KEY_BACKSPACE);
    screen.press(GLFW_KEY_BACKSPACE);
    CHECK(screen.group("1.2").participantCount == std::nullopt); // empty: unknown
    screen.type("9");
    screen.press(GLFW_KEY_ENTER);

    REQUIRE(screen.ui().clickItem("capture.participantNote"));
    screen.type("7 + 2");
    CHECK(screen.group("1.2").participantNote == "7 + 2");
    CHECK(screen.group("1.2").participantCount == 9);

    REQUIRE(screen.ui().clickItem("capture.register"));
    screen.ui().frame(2); // the register pops up
    REQUIRE(screen.ui().clickItem("capture.tick/Jørgen Æsøy"));
    REQUIRE(screen.ui().clickItem("capture.tick/Åse Berg"));
    const auto& event = screen.session().event();
    CHECK(screen.group("1.2").participants ==
          std::vector<model::Id>{personNamed(event, "Jørgen Æsøy")->id,
                                 personNamed(event, "Åse Berg")->id});

    // Someone not in the register yet, typed into the register's filter.
    REQUIRE(screen.ui().clickItem("capture.registerFilter"));
    screen.type("Ny Deltaker");
    REQUIRE(screen.ui().clickItem("capture.addParticipant"));
    const model::Person* added = personNamed(screen.session().event(), "Ny Deltaker");
    REQUIRE(added != nullptr);
    CHECK_FALSE(added->consent);
    CHECK(screen.group("1.2").participants.back() == added->id);
    CHECK(screen.onDisk() == screen.session().event());
}

TEST_CASE("capture notes: multi-line notes, F6 between fields, links to other groups") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("2.1");
    auto& ctx = screen.ctx();
    // F6: from the inputs to the challenges.
    screen.press(GLFW_KEY_F6);
    CHECK(ctx.capture.focus.field == ui::CaptureField::Challenges);
    screen.type("Mange aktører");
    screen.press(GLFW_KEY_ENTER); // a line break in a note
    screen.type("og lite tid");
    CHECK(screen.group("2.1").notes.challenges == "Mange aktører\nog lite tid");
    screen.press(GLFW_KEY_F6);
    screen.type("Felles mål");
    CHECK(screen.group("2.1").notes.opportunities == "Felles mål");
    screen.press(GLFW_KEY_F6, kShift);
    CHECK(ctx.capture.focus.field == ui::CaptureField::Challenges);

    REQUIRE(screen.ui().clickItem("capture.notes/report"));
    screen.type("Fordypning til innspill nr 1.1");
    CHECK(screen.group("2.1").reportNote == "Fordypning til innspill nr 1.1");

    // 2.1 is filled in, so "Om gruppen" is folded to its summary line: open it.
    CHECK_FALSE(ctx.capture.headerOpen);
    REQUIRE(screen.ui().clickItem("capture.header"));
    screen.ui().frame();
    REQUIRE(screen.ui().clickItem("capture.followUp"));
    ctx.capture.linkPicker.roundChosen = true;
    ctx.capture.linkPicker.round = {};
    screen.ui().frame(2);
    screen.type("1.1");
    screen.press(GLFW_KEY_ENTER);
    CHECK(screen.group("2.1").followUpOf == screen.group("1.1").id);
    CHECK(screen.onDisk() == screen.session().event());
}
