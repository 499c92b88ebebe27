// Papercuts of the capture screen (issue 15): Tab follows reading order
// through the header (title → count → note → initiators, and back), so a
// count typed under time pressure never becomes a bogus person.
#include "capture_support.hpp"
#include "support/sample_event.hpp"
#include "ui/capture/capture_panel.hpp"

#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include <string>
#include <string_view>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::CaptureScreen;
using test::kShift;

TEST_CASE("capture header: Tab from the participant count goes to its note, then on to the "
          "initiators; Shift+Tab comes back") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.2");
    auto& ctx = screen.ctx();
    const size_t people = screen.session().event().people.size();

    // Title → Tab → count.
    REQUIRE(screen.ui().clickItem("capture.title"));
    screen.ui().frame(2);
    REQUIRE(ctx.capture.focus.field == ui::CaptureField::Title);
    screen.press(GLFW_KEY_TAB);
    screen.ui().frame(2);
    screen.type("10");
    CHECK(screen.group("1.2").participantCount == 10);

    // Count → Tab → the note beside it ("Merknad"), not the initiator field.
    screen.press(GLFW_KEY_TAB);
    screen.ui().frame(2);
    CHECK(ctx.capture.focus.field == ui::CaptureField::ParticipantNote);
    screen.type("+ 2 på Teams");
    CHECK(screen.group("1.2").participantNote == "+ 2 på Teams");
    CHECK(screen.group("1.2").participantCount == 10);
    CHECK(ctx.capture.initiators.query.empty());

    // Note → Tab → the initiators' field.
    screen.press(GLFW_KEY_TAB);
    screen.ui().frame(2);
    CHECK(ctx.capture.focus.field == ui::CaptureField::None);
    screen.type("Kari");
    CHECK(ctx.capture.initiators.query == "Kari");
    CHECK(screen.group("1.2").participantNote == "+ 2 på Teams");

    // And back: Shift+Tab to the note, again to the count, again to the title.
    screen.press(GLFW_KEY_TAB, kShift);
    screen.ui().frame(2);
    CHECK(ctx.capture.focus.field == ui::CaptureField::ParticipantNote);
    screen.press(GLFW_KEY_TAB, kShift);
    screen.ui().frame(2);
    CHECK(ctx.capture.focus.field == ui::CaptureField::None);
    screen.press(GLFW_KEY_BACKSPACE);
    screen.press(GLFW_KEY_BACKSPACE);
    screen.type("12");
    CHECK(screen.group("1.2").participantCount == 12);
    screen.press(GLFW_KEY_TAB, kShift);
    screen.ui().frame(2);
    CHECK(ctx.capture.focus.field == ui::CaptureField::Title);

    // Nobody was created on the way.
    CHECK(screen.session().event().people.size() == people);
    CHECK(screen.onDisk() == screen.session().event());
}

namespace {

// The scrolling list of inputs (a child window of the capture window's
// inputs column), found by its name.
ImGuiWindow* inputsList() {
    for (ImGuiWindow* window : GImGui->Windows) {
        const std::string_view name(window->Name);
        if (name.starts_with("capture/") && name.find("/##inputs_") != std::string_view::npos &&
            window->Active) {
            return window;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("capture screen at 1280×720: a filled-in header folds to one line, the inputs get the "
          "height and \"+ Nytt innspill\" is in view") {
    model::Event event = test::sampleEvent();
    for (auto& group : event.groups) {
        if (group.number == "1.1") {
            for (int i = 0; i < 6; ++i) { // a full group, as in the demo
                model::Input input;
                input.id = model::Id::generate();
                input.text = "Et innspill som er langt nok til å fylle en god del av linjen " +
                             std::to_string(i);
                group.inputs.push_back(input);
            }
        }
    }
    CaptureScreen screen(event);
    for (const ImVec2 size : {ImVec2(1280.0f, 720.0f), ImVec2(3840.0f, 2160.0f)}) {
        INFO("display " << size.x << "×" << size.y);
        ImGui::GetIO().DisplaySize = size;
        screen.open("1.2"); // not filled in (no count): open
        screen.ui().frame(2);
        CHECK(screen.ctx().capture.headerOpen);
        screen.open("1.1"); // title, initiator and count: folded
        screen.ui().frame(3);
        auto& ui = screen.ui();
        CHECK_FALSE(screen.ctx().capture.headerOpen);
        const ui::ItemRect* header = ui.item("capture.header");
        REQUIRE(header != nullptr);
        CHECK(header->max.y - header->min.y < ImGui::GetFrameHeight() * 1.5f); // one line

        // The list takes what is left, and its "+ Nytt innspill" is fully in view.
        ImGuiWindow* list = inputsList();
        REQUIRE(list != nullptr);
        CHECK(list->Size.y > size.y * 0.55f);
        const ui::ItemRect* add = ui.item("capture.addInput");
        REQUIRE(add != nullptr);
        CHECK(add->min.y >= list->InnerClipRect.Min.y);
        CHECK(add->max.y <= list->InnerClipRect.Max.y);

        // A click on the summary line opens it; it stays open while typing inputs.
        REQUIRE(ui.clickItem("capture.header"));
        ui.frame(2);
        CHECK(screen.ctx().capture.headerOpen);
        screen.type("x");
        ui.frame(2);
        CHECK(screen.ctx().capture.headerOpen);
        REQUIRE(ui.clickItem("capture.header")); // and shut again
        ui.frame(2);
        CHECK_FALSE(screen.ctx().capture.headerOpen);
    }
}

TEST_CASE("capture header: folds once filled in and the typing moves on to the inputs") {
    CaptureScreen screen(test::sampleEvent());
    screen.open("1.2"); // an initiator, no count
    auto& ctx = screen.ctx();
    CHECK(ctx.capture.headerOpen);
    REQUIRE(screen.ui().clickItem("capture.count"));
    screen.type("8");
    screen.ui().frame(2);
    CHECK(ctx.capture.headerOpen); // still typing in it
    // Enter in the count, then a click in the inputs list: the header folds.
    screen.press(GLFW_KEY_ENTER);
    REQUIRE(screen.ui().clickItem("capture.row/first"));
    screen.ui().frame(3);
    CHECK_FALSE(ctx.capture.headerOpen);
    CHECK(ctx.capture.focus.field == ui::CaptureField::Input);
    // F6 round to the title unfolds it again.
    for (int i = 0; i < 8 && ctx.capture.focus.field != ui::CaptureField::Title; ++i) {
        screen.press(GLFW_KEY_F6);
    }
    CHECK(ctx.capture.focus.field == ui::CaptureField::Title);
    CHECK(ctx.capture.headerOpen);
}
