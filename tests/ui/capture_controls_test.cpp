// The capture screen's controls after the look of issue 15: the toolbar's
// and the top bar's buttons at the control height on one line (labels drop
// to icons with tooltips before a button is cut or the row wraps), "Tema:"
// as one line of number badges with the full name on hover, and the actions
// as cards in the narrow notes column but a table where there is room.
#include "app/edits_capture.hpp"
#include "capture_support.hpp"
#include "shell_support.hpp"
#include "support/sample_event.hpp"
#include "ui/capture/actions_table.hpp"
#include "ui/shell/start_dialog.hpp"
#include "ui/widgets/tool_button.hpp"

#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

using namespace innspill;
using test::CaptureScreen;

namespace {

constexpr const char* kTools[] = {"new",     "leadIn", "subHeading", "indent",
                                  "outdent", "up",     "down",       "delete"};

// The capture screen's inputs column (a child window), found by its name
// (not the list inside it, whose name continues after another '/').
ImGuiWindow* inputsColumn() {
    for (ImGuiWindow* window : GImGui->Windows) {
        const std::string_view name(window->Name);
        const size_t at = name.find("/##inputsColumn_");
        if (at != std::string_view::npos && name.find('/', at + 1) == std::string_view::npos &&
            window->Active) {
            return window;
        }
    }
    return nullptr;
}

float height(const ui::ItemRect& rect) {
    return rect.max.y - rect.min.y;
}

float centreY(const ui::ItemRect& rect) {
    return (rect.min.y + rect.max.y) * 0.5f;
}

model::Event withEightLongThemes() {
    model::Event event = test::sampleEvent();
    const char* names[] = {
        "Tilby tjenester som virker for alle som trenger dem",
        "Ta virkningsfulle grep tidlig i livet og i skolelopet",
        "Satse pa de lokale aktorene i kommuner og fylker",
        "Sammenkoble tjenestene og skape flyt mellom dem",
        "Utnytte mulighetene i digitale verktoy og data",
        "Styrke kompetansen hos de ansatte i alle ledd",
        "Bygge broer mellom arbeidsliv og utdanning",
        "Lytte til ungdommen selv i alt som gjores for dem",
    };
    // The sample's themes renamed (its inputs carry them), then more.
    for (size_t i = 0; i < std::size(names); ++i) {
        if (i < event.themes.size()) {
            event.themes[i].name = names[i];
            continue;
        }
        model::Theme theme;
        theme.id = model::Id::generate();
        theme.name = names[i];
        event.themes.push_back(theme);
    }
    return event;
}

} // namespace

TEST_CASE("capture toolbar and top bar: every button at the control height, each row on one "
          "line; in a narrow column the labels give way to icons, never wrap",
          "[ui][capture]") {
    CaptureScreen screen(test::sampleEvent());
    auto& ui = screen.ui();
    for (const ImVec2 size :
         {ImVec2(1280.0f, 720.0f), ImVec2(1920.0f, 1080.0f), ImVec2(800.0f, 720.0f)}) {
        INFO("display " << size.x << "×" << size.y);
        ImGui::GetIO().DisplaySize = size;
        screen.open("1.1");
        ui.frame(3);
        const float control = ImGui::GetFrameHeight();
        ImGuiWindow* column = inputsColumn();
        REQUIRE(column != nullptr);
        const ui::ItemRect* first = ui.item("capture.tool/new");
        REQUIRE(first != nullptr);
        for (const char* tool : kTools) {
            INFO("tool " << tool);
            const ui::ItemRect* rect = ui.item(std::string("capture.tool/") + tool);
            REQUIRE(rect != nullptr);
            CHECK(height(*rect) == Approx(control));
            CHECK(rect->min.y == Approx(first->min.y)); // one line
            CHECK(rect->max.x <= column->InnerRect.Max.x + 0.5f);
        }
        // The top bar: switch group, "my group", both print buttons on one line,
        // at the control height; and "Legg til bilder".
        const ui::ItemRect* switchGroup = ui.item("capture.switchGroup");
        REQUIRE(switchGroup != nullptr);
        for (const char* key : {"capture.switchGroup", "capture.printSheet", "capture.printRound",
                                "capture.photos.add"}) {
            INFO(key);
            const ui::ItemRect* rect = ui.item(key);
            REQUIRE(rect != nullptr);
            CHECK(height(*rect) == Approx(control));
        }
        CHECK(centreY(*ui.item("capture.printSheet")) == Approx(centreY(*switchGroup)));
        CHECK(centreY(*ui.item("capture.printRound")) == Approx(centreY(*switchGroup)));
        CHECK(centreY(*ui.item("capture.pin")) == Approx(centreY(*switchGroup)).margin(1.0f));
    }
}

TEST_CASE("tool rows: labels dropped in order until the row fits, icons alone are square",
          "[ui][capture]") {
    test::UiHarness harness;
    bool drawn = false;
    harness.setDraw([&](ui::AppContext&) {
        drawn = true;
        const ui::ToolButton row[] = {
            {nullptr, "+ Nytt", nullptr, ui::ButtonKind::Primary, false, 0},
            {"\xEE\x89\xA1", "Innledning", nullptr, ui::ButtonKind::Secondary, false, 1},
            {"\xEE\x97\x98", "Opp", nullptr, ui::ButtonKind::Secondary, false, 3},
            {"\xEE\xA1\xB2", "Slett", nullptr, ui::ButtonKind::Secondary, false, 3},
        };
        const std::vector<bool> all = ui::fitToolRow(row, 10000.0f);
        CHECK(all == std::vector<bool>{true, true, true, true});
        const float full = ui::toolRowWidth(row, all);
        // A little short: the highest dropLabel goes first, from the end.
        const std::vector<bool> some = ui::fitToolRow(row, full - 1.0f);
        CHECK(some == std::vector<bool>{true, true, true, false});
        CHECK(ui::toolRowWidth(row, some) <= full - 1.0f);
        CHECK(ui::toolButtonWidth(row[3], false) == Approx(ImGui::GetFrameHeight()));
        // Nothing left to drop: the icon-less button keeps its words.
        const std::vector<bool> none = ui::fitToolRow(row, 1.0f);
        CHECK(none == std::vector<bool>{true, false, false, false});
    });
    harness.frame();
    CHECK(drawn);
}

TEST_CASE("capture \"Tema:\" row: eight long themes fit on one line at 1280×720 as number "
          "badges, the tooltip names the theme in full, a click tags the input",
          "[ui][capture]") {
    CaptureScreen screen(withEightLongThemes());
    auto& ui = screen.ui();
    ImGui::GetIO().DisplaySize = ImVec2(1280.0f, 720.0f);
    screen.open("1.1");
    ui.frame(3);
    ImGuiWindow* column = inputsColumn();
    REQUIRE(column != nullptr);
    const auto& themes = screen.session().event().themes;
    const ui::ItemRect* first = ui.item("capture.theme/1");
    REQUIRE(first != nullptr);
    for (size_t i = 1; i <= themes.size(); ++i) {
        INFO("theme " << i);
        const ui::ItemRect* badge = ui.item("capture.theme/" + std::to_string(i));
        REQUIRE(badge != nullptr);
        CHECK(badge->min.y == Approx(first->min.y)); // one line
        CHECK(badge->max.x <= column->InnerRect.Max.x + 0.5f);
        CHECK(height(*badge) == Approx(ImGui::GetFrameHeight()));
        // A badge, not a cut name: no wider than a few digits.
        CHECK(badge->max.x - badge->min.x < ImGui::GetFrameHeight() * 1.5f);
    }
    CHECK(ui.item("capture.theme/9") == nullptr);

    // The full name on hover, however long.
    const ui::ItemRect last = *ui.item("capture.theme/8");
    ui.moveMouse(last.center());
    ui.frame(3);
    std::string shown = test::screenText(ui);
    INFO(shown);
    CHECK(shown.find(themes[7].name) != std::string::npos);

    // A click tags the input being typed in with the theme, again untags it.
    REQUIRE(screen.ctx().capture.focus.field == ui::CaptureField::Input);
    const model::Id input = screen.ctx().capture.focus.input;
    ui.click(ui.item("capture.theme/3")->center());
    ui.frame(2);
    const auto tagged = [&] {
        for (const auto& row : app::flattenInputs(screen.group("1.1").inputs)) {
            if (row.input.id == input) {
                return std::find(row.input.themes.begin(), row.input.themes.end(), themes[2].id) !=
                       row.input.themes.end();
            }
        }
        return false;
    };
    CHECK(tagged());
    ui.click(ui.item("capture.theme/3")->center());
    ui.frame(2);
    CHECK_FALSE(tagged());
}

TEST_CASE("capture \"Tema:\" row: with room for every name, the names stand beside the badges",
          "[ui][capture]") {
    model::Event event = test::sampleEvent();
    event.themes.resize(3);
    event.themes[0].name = "Skole";
    event.themes[1].name = "Arbeid";
    event.themes[2].name = "Helse";
    CaptureScreen screen(event);
    auto& ui = screen.ui();
    ImGui::GetIO().DisplaySize = ImVec2(1920.0f, 1080.0f);
    screen.open("1.1");
    ui.frame(3);
    const ui::ItemRect* badge = ui.item("capture.theme/2");
    REQUIRE(badge != nullptr);
    CHECK(badge->max.x - badge->min.x > ImGui::CalcTextSize("Arbeid").x);
    CHECK(test::screenText(ui).find("Arbeid") != std::string::npos);
}

TEST_CASE("actions: cards in the capture screen's notes column, a table with room; both edit "
          "the same action",
          "[ui][capture]") {
    model::Event event = test::sampleEvent();
    for (auto& group : event.groups) {
        if (group.number == "2.1") {
            model::Action action;
            action.id = model::Id::generate();
            action.what = "Felles digital inngang";
            action.who = "Kari Nordmann";
            action.nextStep = "Mote med kommunene";
            action.due = "2027-03-01";
            action.resources = "Ett arsverk";
            group.actions.push_back(action);
        }
    }
    CaptureScreen screen(event);
    auto& ui = screen.ui();

    // 1280 wide: the notes column is narrow, the action is a card.
    ImGui::GetIO().DisplaySize = ImVec2(1280.0f, 1400.0f);
    screen.open("2.1");
    ui.frame(3);
    REQUIRE(ui.item("capture.action/card/0") != nullptr);
    const ui::ItemRect what = *ui.item("capture.action/actions.what/0");
    const ui::ItemRect who = *ui.item("capture.action/who/0");
    const ui::ItemRect due = *ui.item("capture.action/actions.due/0");
    const ui::ItemRect next = *ui.item("capture.action/actions.nextStep/0");
    const ui::ItemRect resources = *ui.item("capture.action/actions.resources/0");
    CHECK(who.min.y >= what.max.y);        // who under what
    CHECK(due.min.y == Approx(who.min.y)); // and when beside who
    CHECK(next.min.y >= who.max.y);
    CHECK(resources.min.y == Approx(next.min.y));
    // "Ansvarlig" has room for a name, not a character or two.
    CHECK(who.max.x - who.min.x > ImGui::CalcTextSize("Kari Nordmann").x);
    CHECK(what.max.x - what.min.x > ImGui::CalcTextSize("Felles digital inngang").x);
    const ui::ItemRect* card = ui.item("capture.action/card/0");
    CHECK(card->min.y <= what.min.y);
    CHECK(card->max.y >= resources.max.y);
    // Typing in the card's "who" writes the action.
    ui.click(who.center());
    ui.frame();
    test::replaceText(ui, "Ola");
    ui.frame(2);
    CHECK(screen.group("2.1").actions.at(0).who == "Ola");
    CHECK(screen.onDisk() == screen.session().event());
    // Its × removes it.
    ui.pressKey(GLFW_KEY_ESCAPE);
    ui.frame(2);
    REQUIRE(ui.clickItem("capture.action/remove/0"));
    ui.frame(2);
    CHECK(screen.group("2.1").actions.empty());
    REQUIRE(screen.session().undo());
    ui.frame(2);

    // 3840 wide: the column has room for the five columns side by side.
    ImGui::GetIO().DisplaySize = ImVec2(3840.0f, 1400.0f);
    screen.ctx().itemRects.beginFrame(); // this harness keeps items between frames
    ui.frame(3);
    CHECK(ui.item("capture.action/card/0") == nullptr);
    const ui::ItemRect wideWhat = *ui.item("capture.action/actions.what/0");
    const ui::ItemRect wideWho = *ui.item("capture.action/who/0");
    CHECK(wideWho.min.y == Approx(wideWhat.min.y)); // one row
    CHECK(wideWho.min.x > wideWhat.max.x);
    CHECK(ui.item("capture.action/actions.resources/0")->min.y == Approx(wideWhat.min.y));
    CHECK_FALSE(ui::stackActions(ImGui::GetFontSize() * 80.0f));
    CHECK(ui::stackActions(ImGui::GetFontSize() * 40.0f));
}

TEST_CASE("the projector view opens at start with --dialog projector, as View → Projector does",
          "[ui]") {
    CaptureScreen screen(test::sampleEvent());
    CHECK(std::find(ui::kStartDialogs.begin(), ui::kStartDialogs.end(), "projector") !=
          ui::kStartDialogs.end());
    CHECK_FALSE(screen.ctx().wantProjector);
    CHECK(ui::openStartDialog(screen.ctx(), "projector"));
    CHECK(screen.ctx().wantProjector);
    CHECK_FALSE(ui::openStartDialog(screen.ctx(), "beamer"));
}
