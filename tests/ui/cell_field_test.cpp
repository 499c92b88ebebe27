// Editable table cells look editable before they are clicked (issue 15): in
// every table whose cells are edited in place (Personer, Program, Tema,
// Stemmer, the capture screen's actions) the cell draws a field's frame in
// the token border colour at rest, and an accent frame with a tinted field
// under the mouse. Read from what the frame drew (the draw lists), not from
// pixels.
#include "capture_support.hpp"
#include "setup_ui_support.hpp"

#include "model/colour.hpp"
#include "ui/people/people_panel.hpp"
#include "ui/setup/programme_editor.hpp"
#include "ui/setup/themes_panel.hpp"
#include "ui/votes/voting_panel.hpp"
#include "ui/widgets/cell_field.hpp"
#include "ui/widgets/tokens.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <string>

using namespace innspill;

namespace {

// How many vertices of `colour` the last frame drew on the edges of `rect`
// (within a pixel of one of its sides, inside its extent).
int edgeVertices(const ui::ItemRect& rect, ImU32 colour) {
    const ImDrawData* data = ImGui::GetDrawData();
    REQUIRE(data != nullptr);
    int count = 0;
    for (int list = 0; list < data->CmdListsCount; ++list) {
        for (const ImDrawVert& vertex : data->CmdLists[list]->VtxBuffer) {
            if (vertex.col != colour) {
                continue;
            }
            const ImVec2 p = vertex.pos;
            const bool inX = p.x >= rect.min.x - 1.5f && p.x <= rect.max.x + 1.5f;
            const bool inY = p.y >= rect.min.y - 1.5f && p.y <= rect.max.y + 1.5f;
            const bool onVertical =
                std::abs(p.x - rect.min.x) <= 1.5f || std::abs(p.x - rect.max.x) <= 1.5f;
            const bool onHorizontal =
                std::abs(p.y - rect.min.y) <= 1.5f || std::abs(p.y - rect.max.y) <= 1.5f;
            if (inX && inY && (onVertical || onHorizontal)) {
                ++count;
            }
        }
    }
    return count;
}

// The cell recorded under `key` draws a field's frame at rest and the hover
// state under the mouse; the mouse is moved away again afterwards.
void checkCellField(test::UiHarness& ui, const std::string& key) {
    INFO("cell " << key);
    ui.moveMouse(ImVec2(2.0f, test::UiHarness::kHeight - 2.0f));
    ui.frame(2);
    const ui::ItemRect* rect = ui.item(key);
    REQUIRE(rect != nullptr);
    const ui::cell::FieldColours colours = ui::cell::fieldColours();
    CHECK(edgeVertices(*rect, colours.border) >= 4);
    CHECK(edgeVertices(*rect, colours.borderHovered) == 0);

    const ImVec2 centre((rect->min.x + rect->max.x) * 0.5f, (rect->min.y + rect->max.y) * 0.5f);
    ui.moveMouse(centre);
    ui.frame(2);
    rect = ui.item(key);
    REQUIRE(rect != nullptr);
    CHECK(edgeVertices(*rect, colours.borderHovered) >= 4);
    CHECK(edgeVertices(*rect, colours.border) == 0);
    ui.moveMouse(ImVec2(2.0f, test::UiHarness::kHeight - 2.0f));
    ui.frame(2);
}

} // namespace

TEST_CASE("cell fields: the hover state keeps 3:1 too, in both appearances") {
    // The resting border's 3:1 is the tokens' (design_system_test.cpp).
    const auto rgb = [](const ImVec4& c) {
        return model::Rgb{static_cast<uint8_t>(c.x * 255.0f + 0.5f),
                          static_cast<uint8_t>(c.y * 255.0f + 0.5f),
                          static_cast<uint8_t>(c.z * 255.0f + 0.5f)};
    };
    for (const auto appearance : {ui::Appearance::Light, ui::Appearance::Dark}) {
        const ui::Tokens& t = ui::tokens(appearance);
        CHECK(model::contrastRatio(rgb(t.accent), rgb(t.surfaceHover)) >= 3.0);
    }
}

TEST_CASE("cell fields: the people register's name, organisation and perspective cells",
          "[ui][people]") {
    test::SetupUi setup(test::sampleEvent(), ui::drawPeoplePanel);
    const model::Person& person = setup.event().people.front();
    checkCellField(setup.ui(), "people.name/" + person.name);
    checkCellField(setup.ui(), "people.organisation/" + person.name);
    checkCellField(setup.ui(), "people.perspective/" + person.name);
}

TEST_CASE("cell fields: the themes table's name and description cells", "[ui]") {
    test::SetupUi setup(test::sampleEvent(), ui::drawThemesPanel);
    const std::string prefix = "themes.theme/" + setup.event().themes.front().id.str();
    checkCellField(setup.ui(), prefix + "/name");
    checkCellField(setup.ui(), prefix + "/description");
}

TEST_CASE("cell fields: the programme's round title, times and room names", "[ui]") {
    test::SetupUi setup(test::sampleEvent(), ui::drawProgrammeEditor);
    const model::Round& round = setup.event().days.front().rounds.front();
    const std::string prefix = "programmeEditor.round/" + round.id.str();
    checkCellField(setup.ui(), prefix + "/title");
    checkCellField(setup.ui(), prefix + "/start");
    checkCellField(setup.ui(), prefix + "/end");
    checkCellField(setup.ui(),
                   "programmeEditor.room/" + setup.event().rooms.front().id.str() + "/name");
}

TEST_CASE("cell fields: the vote counts, the chosen row's and the others'", "[ui]") {
    test::SetupUi setup(test::sampleEvent(), ui::drawVotingPanel);
    checkCellField(setup.ui(), "voting.value/1");
    // The chosen row's count is a real field with the same look.
    const ui::ItemRect* count = setup.ui().item("voting.count");
    REQUIRE(count != nullptr);
    CHECK(edgeVertices(*count, ui::cell::fieldColours().borderHovered) >= 4); // it has the keyboard
}

TEST_CASE("cell fields: the capture screen's actions table", "[ui]") {
    test::CaptureScreen screen(test::sampleEvent());
    screen.open("2.1");
    screen.ui().frame(2);
    REQUIRE(screen.ui().clickItem("capture.action/add"));
    screen.ui().frame(2);
    checkCellField(screen.ui(), "capture.action/actions.what/0");
    checkCellField(screen.ui(), "capture.action/who/0");
}
