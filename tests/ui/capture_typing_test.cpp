// Typing a group's inputs on the capture screen with the keyboard only, and
// what lands in the event file.
#include "app/edits_capture.hpp"
#include "capture_support.hpp"
#include "support/sample_event.hpp"
#include "ui/capture/capture_panel.hpp"
#include "ui/capture/text_edit.hpp"

#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::CaptureScreen;
using test::kAlt;
using test::kCtrl;
using test::kShift;
using test::outline;

namespace {

const model::Input& inputNamed(const model::Group& group, const std::string& text) {
    const model::Input* found = nullptr;
    for (const auto& top : group.inputs) {
        if (top.text == text) {
            found = &top;
        }
        for (const auto& child : top.children) {
            if (child.text == text) {
                found = &child;
            }
        }
    }
    REQUIRE(found != nullptr);
    return *found;
}

} // namespace

TEST_CASE("capture: a whole group typed from the keyboard is stored as typed") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.2"); // no inputs yet
    const model::Id groupId = screen.group("1.2").id;
    auto& ctx = screen.ctx();
    CHECK(ctx.capture.group == groupId);
    CHECK(ctx.selection.group == groupId);

    // The first character creates the first input.
    screen.type("Bedre samhandling mellom tjenester – æøå ÆØÅ");
    REQUIRE(screen.group("1.2").inputs.size() == 1);
    CHECK(screen.group("1.2").inputs[0].text == "Bedre samhandling mellom tjenester – æøå ÆØÅ");

    // Enter starts the next; Shift+Enter breaks the line inside one input.
    screen.press(GLFW_KEY_ENTER);
    screen.type("Ett sted å henvende seg");
    screen.press(GLFW_KEY_ENTER, kShift);
    screen.type("for alle");
    // Tab: a sub-point of the input above; the next one stays a sub-point.
    screen.press(GLFW_KEY_ENTER);
    screen.type("Felles journal");
    screen.press(GLFW_KEY_TAB);
    screen.press(GLFW_KEY_ENTER);
    screen.type("Én kontaktperson");
    CHECK(outline(screen.group("1.2")) ==
          "Bedre samhandling mellom tjenester – æøå ÆØÅ | Ett sted å henvende seg\nfor alle "
          ">Felles journal >Én kontaktperson");
    // Shift+Tab lifts it back; Alt+Up moves it above the input before it.
    screen.press(GLFW_KEY_TAB, kShift);
    screen.press(GLFW_KEY_UP, kAlt);
    CHECK(outline(screen.group("1.2")) ==
          "Bedre samhandling mellom tjenester – æøå ÆØÅ | Én kontaktperson | Ett sted å "
          "henvende seg\nfor alle >Felles journal");
    CHECK(ctx.capture.editor.text == "Én kontaktperson"); // still typing in it

    // Backspace on an empty input deletes it and goes back to the one before.
    screen.press(GLFW_KEY_ENTER);
    CHECK(screen.group("1.2").inputs.size() == 4);
    screen.press(GLFW_KEY_BACKSPACE);
    CHECK(screen.group("1.2").inputs.size() == 3);
    CHECK(ctx.capture.focus.input == inputNamed(screen.group("1.2"), "Én kontaktperson").id);
    CHECK(ctx.capture.editor.cursor.caret == std::string("Én kontaktperson").size());

    // Down at the last line goes on to the next input; End, Enter, Shift+Tab
    // give an empty top-level input at the end.
    screen.press(GLFW_KEY_DOWN);
    screen.press(GLFW_KEY_DOWN);
    screen.press(GLFW_KEY_DOWN);
    CHECK(ctx.capture.focus.input == inputNamed(screen.group("1.2"), "Felles journal").id);
    screen.press(GLFW_KEY_END);
    screen.press(GLFW_KEY_ENTER);
    screen.press(GLFW_KEY_TAB, kShift);

    // A pasted bulleted list becomes inputs and sub-points.
    screen.setClipboard("• Tiltak i kommunene\n"
                        "  o kommunale lavterskeltilbud\n"
                        "⋅ Digital inngang\n"
                        "1. Nummerert punkt\n");
    screen.press(GLFW_KEY_V, kCtrl);
    CHECK(outline(screen.group("1.2")) ==
          "Bedre samhandling mellom tjenester – æøå ÆØÅ | Én kontaktperson | Ett sted å "
          "henvende seg\nfor alle >Felles journal | Tiltak i kommunene >kommunale "
          "lavterskeltilbud | Digital inngang | Nummerert punkt");
    CHECK(ctx.capture.focus.input == inputNamed(screen.group("1.2"), "Nummerert punkt").id);

    // Esc selects the input; 1–9 toggle the event's themes on it.
    screen.press(GLFW_KEY_ESCAPE);
    CHECK_FALSE(ctx.capture.editing);
    screen.type("1");
    screen.type("3");
    screen.press(GLFW_KEY_UP);
    screen.type("2");
    screen.press(GLFW_KEY_L, kCtrl); // lead-in
    const auto& themes = screen.session().event().themes;
    CHECK(inputNamed(screen.group("1.2"), "Nummerert punkt").themes ==
          std::vector<model::Id>{themes[0].id, themes[2].id});
    CHECK(inputNamed(screen.group("1.2"), "Digital inngang").themes ==
          std::vector<model::Id>{themes[1].id});
    CHECK(inputNamed(screen.group("1.2"), "Digital inngang").kind == model::InputKind::LeadIn);
    // The digits went to the themes, not into the text.
    CHECK(outline(screen.group("1.2")).find("Nummerert punkt1") == std::string::npos);

    // Enter types again, at the end.
    screen.press(GLFW_KEY_ENTER);
    CHECK(ctx.capture.editing);
    screen.type(" nå");
    CHECK(inputNamed(screen.group("1.2"), "Digital inngang nå").kind == model::InputKind::LeadIn);

    // Everything is in the file, as it is in memory.
    const model::Event disk = screen.onDisk();
    const model::Group* stored = model::findGroup(disk, groupId);
    REQUIRE(stored != nullptr);
    CHECK(*stored == screen.group("1.2"));
    CHECK(outline(*stored) ==
          "Bedre samhandling mellom tjenester – æøå ÆØÅ | Én kontaktperson | Ett sted å "
          "henvende seg\nfor alle >Felles journal | Tiltak i kommunene >kommunale "
          "lavterskeltilbud | Digital inngang nå | Nummerert punkt");
}

TEST_CASE("capture: Enter splits at the caret, Backspace and Delete join, Alt+Down moves") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.10"); // lead-in, item, sub-heading, item; caret at the end of the last
    auto& ctx = screen.ctx();
    CHECK(ctx.capture.editor.text == "Holdninger hos arbeidsgiver");

    // Ctrl+Left twice: before "arbeidsgiver"... then before "hos".
    screen.press(GLFW_KEY_LEFT, kCtrl);
    screen.press(GLFW_KEY_LEFT, kCtrl);
    screen.press(GLFW_KEY_ENTER);
    CHECK(outline(screen.group("1.10")) == "Lærlingordningen må styrkes: | Mentorordning i bedrift "
                                           "| Rekruttering | Holdninger  | hos arbeidsgiver");
    // Backspace at the start joins it back.
    screen.press(GLFW_KEY_BACKSPACE);
    CHECK(outline(screen.group("1.10")) == "Lærlingordningen må styrkes: | Mentorordning i bedrift "
                                           "| Rekruttering | Holdninger hos arbeidsgiver");
    CHECK(ctx.capture.editor.cursor.caret == std::string("Holdninger ").size());

    // Up on the first line goes to the input above; Delete at its end joins the next.
    screen.press(GLFW_KEY_UP);
    CHECK(ctx.capture.editor.text == "Rekruttering");
    screen.press(GLFW_KEY_DELETE);
    CHECK(outline(screen.group("1.10")) == "Lærlingordningen må styrkes: | Mentorordning i bedrift "
                                           "| RekrutteringHoldninger hos arbeidsgiver");
    screen.press(GLFW_KEY_UP, kAlt);
    screen.press(GLFW_KEY_DOWN, kAlt);
    screen.press(GLFW_KEY_UP, kAlt);
    CHECK(outline(screen.group("1.10")) == "Lærlingordningen må styrkes: | RekrutteringHoldninger "
                                           "hos arbeidsgiver | Mentorordning i bedrift");
    CHECK(screen.onDisk() == screen.session().event());
}

TEST_CASE("capture: a burst of typing undoes as one step, and the editor follows undo") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("3.1"); // "Koordinator i hver kommune", caret at the end
    auto& ctx = screen.ctx();
    auto& session = screen.session();
    const model::Event before = session.event();

    screen.typeSlowly(" og bydel");
    CHECK(screen.group("3.1").inputs[0].text == "Koordinator i hver kommune og bydel");
    CHECK(session.undoLabel() == "Skriv innspill");
    REQUIRE(session.undo());
    screen.ui().frame(2);
    CHECK(session.event() == before);
    CHECK(screen.onDisk() == before);
    CHECK(ctx.capture.editor.text == "Koordinator i hver kommune");
    CHECK_FALSE(session.canUndo());

    // Two inputs typed: two bursts, plus the new input between them.
    screen.typeSlowly(" nå");
    screen.press(GLFW_KEY_ENTER);
    screen.typeSlowly("Nytt");
    CHECK(outline(screen.group("3.1")) == "Koordinator i hver kommune nå | Nytt");
    REQUIRE(session.undo());
    screen.ui().frame(2);
    CHECK(outline(screen.group("3.1")) == "Koordinator i hver kommune nå | ");
    REQUIRE(session.undo());
    screen.ui().frame(2);
    // The focused input is gone: the focus moves to the one left in its place.
    CHECK(outline(screen.group("3.1")) == "Koordinator i hver kommune nå");
    CHECK(ctx.capture.focus.input == screen.group("3.1").inputs[0].id);
    REQUIRE(session.undo());
    CHECK(session.event() == before);
    // Typing goes on normally after all that undoing.
    screen.ui().frame(2);
    screen.type("!");
    CHECK(screen.group("3.1").inputs[0].text.back() == '!');
}

TEST_CASE("capture: clicking an input puts the caret there; long inputs are cut with a notice") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.1");
    auto& ctx = screen.ctx();
    const auto* row = screen.ui().item("capture.row/0");
    REQUIRE(row != nullptr);
    // The left edge of the first input's text: the caret goes before its first word.
    screen.ui().click(ImVec2(row->min.x + 24.0f, row->min.y + 9.0f));
    screen.ui().frame(2);
    CHECK(ctx.capture.focus.input == screen.group("1.1").inputs[0].id);
    CHECK(ctx.capture.editor.cursor.caret <= 2);
    screen.type("X");
    CHECK(screen.group("1.1").inputs[0].text.starts_with("X") ==
          (ctx.capture.editor.cursor.caret == 1));

    screen.press(GLFW_KEY_END);
    screen.type(std::string(9000, 'a'));
    CHECK(ui::countCharacters(screen.group("1.1").inputs[0].text) == 8000);
    REQUIRE(screen.ui().item("capture.notice") != nullptr);
    CHECK_FALSE(ctx.capture.notice.empty());
}

TEST_CASE("capture: the picker opens a group by number, title or name; my group is pinned") {
    CaptureScreen screen(test::sampleEvent());
    auto& ctx = screen.ctx();
    // No group open: the picker list with the caret in its filter.
    screen.ui().frame(2);
    REQUIRE(screen.ui().item("capture.pickerFilter") != nullptr);
    // "All rounds", so that a round running today does not hide the others.
    ctx.capture.picker.roundChosen = true;
    ctx.capture.picker.round = {};
    screen.type("ødegård");
    CHECK(ctx.capture.picker.matches.size() == 2); // facilitator of 1.1 and 1.10
    screen.press(GLFW_KEY_DOWN);
    screen.press(GLFW_KEY_ENTER);
    CHECK(ctx.capture.group == screen.group("1.10").id);

    // Ctrl+G and a number.
    screen.press(GLFW_KEY_G, kCtrl);
    ctx.capture.picker.roundChosen = true;
    ctx.capture.picker.round = {};
    screen.ui().frame();
    screen.press(GLFW_KEY_A, kCtrl);
    screen.type("2.1");
    screen.press(GLFW_KEY_ENTER);
    CHECK(ctx.capture.group == screen.group("2.1").id);

    REQUIRE(screen.ui().clickItem("capture.pin"));
    CHECK(ctx.capturePin.group == screen.group("2.1").id);
    CHECK(ctx.capturePin.event == screen.session().event().id);
    CHECK(ctx.settingsDirty);

    // Next time (another context, same settings): straight on the pinned group.
    const ui::CapturePin pin = ctx.capturePin;
    ctx.resetEventState();
    CHECK(ctx.capture.group.empty());
    ctx.capturePin = pin;
    CHECK(ui::openPinnedGroup(ctx));
    CHECK(ctx.capture.group == screen.group("2.1").id);
    CHECK(ctx.mainWindow.tabToSelect == ui::kCaptureTabId);
}

TEST_CASE("capture: a group chosen elsewhere opens on the capture screen") {
    CaptureScreen screen(test::sampleEvent());
    auto& ctx = screen.ctx();
    ctx.selection.group = screen.group("3.1").id;
    screen.ui().frame(3);
    CHECK(ctx.capture.group == screen.group("3.1").id);
    CHECK(ctx.capture.focus.input == screen.group("3.1").inputs[0].id);
    CHECK(ctx.capture.editing);
    screen.type("!");
    CHECK(screen.group("3.1").inputs[0].text == "Koordinator i hver kommune!");
}
