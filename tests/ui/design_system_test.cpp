// The design system's behaviour, headless: a theme's colour chosen in the
// Tema tab (and undone), a custom colour too light to carry a white number
// refused, the empty states' buttons leading to the next step, one primary
// button per dialog, and the focus ring on the field being typed in.
#include "setup_ui_support.hpp"

#include "app/edits_themes.hpp"
#include "ui/overview/programme_panel.hpp"
#include "ui/people/people_panel.hpp"
#include "ui/setup/themes_panel.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/wall/wall_panel.hpp"
#include "ui/widgets/buttons.hpp"
#include "ui/widgets/imgui_ext.hpp"
#include "ui/widgets/tokens.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using test::SetupUi;

namespace {

std::string colourKey(const model::Theme& theme) {
    return "themes.theme/" + theme.id.str() + "/colour";
}

} // namespace

TEST_CASE("design system: a theme's colour is picked from the palette and undone", "[ui]") {
    model::Event event = test::sampleEvent();
    REQUIRE(!event.themes.empty());
    event.themes[0].colour.clear();
    SetupUi setup(event, ui::drawThemesPanel);
    const model::Theme theme = setup.event().themes[0];
    CHECK(model::themeColour(setup.event().themes, 0) == model::kThemePalette[0]);

    setup.click(colourKey(theme));
    setup.ui().frame();
    setup.click(colourKey(theme) + "/palette/3");
    setup.ui().frame();
    CHECK(setup.onDisk().themes[0].colour == model::colourText(model::kThemePalette[3]));
    CHECK(setup.session().undoLabel().find("temafarge") != std::string::npos);

    REQUIRE(setup.session().undo());
    setup.ui().frame();
    CHECK(setup.onDisk().themes[0].colour.empty());
    CHECK(model::themeColour(setup.onDisk().themes, 0) == model::kThemePalette[0]);
}

TEST_CASE("design system: a theme colour too light for a white number is refused", "[ui]") {
    model::Event event = test::sampleEvent();
    CHECK_FALSE(app::setThemeColour(event, event.themes[0].id, "#FFEE00"));
    CHECK_FALSE(app::setThemeColour(event, event.themes[0].id, "nonsense"));
    const auto change = app::setThemeColour(event, event.themes[0].id, "#00727A");
    REQUIRE(change);
}

TEST_CASE("design system: moving a theme keeps the colours the themes are drawn in", "[ui]") {
    model::Event event = test::sampleEvent();
    REQUIRE(event.themes.size() >= 2);
    for (auto& theme : event.themes) {
        theme.colour.clear();
    }
    const model::Rgb first = model::themeColour(event.themes, 0);
    const model::Rgb second = model::themeColour(event.themes, 1);
    auto change = app::moveTheme(event, event.themes[0].id, 1);
    REQUIRE(change);
    app::applyToModel(event, *change);
    CHECK(model::themeColour(event.themes, 0) == second);
    CHECK(model::themeColour(event.themes, 1) == first);
}

TEST_CASE("design system: an overview with no days offers to set up the programme", "[ui]") {
    model::Event event = test::sampleEvent();
    event.days.clear();
    event.groups.clear(); // no rounds to hold them
    SetupUi setup(event, ui::drawProgrammePanel);
    REQUIRE(setup.ui().item("overview.setUpProgramme") != nullptr);
    setup.click("overview.setUpProgramme");
    CHECK(setup.ui().ctx().mainWindow.tabToSelect == "programme");
}

TEST_CASE("design system: an empty register offers to import a participant list", "[ui]") {
    model::Event event = test::sampleEvent();
    event.people.clear();
    for (auto& group : event.groups) {
        group.initiators.clear();
        group.facilitators.clear();
        group.participants.clear();
    }
    SetupUi setup(event, ui::drawPeoplePanel);
    REQUIRE(setup.ui().item("people.emptyImport") != nullptr);
    setup.click("people.emptyImport");
    setup.ui().frame(2);
    // The import dialog is up: its source choice is on screen.
    CHECK(setup.ui().item("people.import.fromFile") != nullptr);
}

TEST_CASE("design system: a wall with no rounds offers to set up the programme", "[ui]") {
    model::Event event = test::sampleEvent();
    event.days.clear();
    event.groups.clear(); // no rounds to hold them
    SetupUi setup(event, ui::drawWallPanel);
    setup.click("wall.setUpProgramme");
    CHECK(setup.ui().ctx().mainWindow.tabToSelect == "programme");
}

TEST_CASE("design system: the text field being typed in has a focus ring", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawThemesPanel);
    const model::Theme theme = setup.event().themes[0];
    ImVec2 min;
    ImVec2 max;
    CHECK_FALSE(ui::ext::editedFieldRect(min, max));
    setup.click("themes.theme/" + theme.id.str() + "/name");
    setup.ui().frame();
    REQUIRE(ui::ext::editedFieldRect(min, max));
    const ui::ItemRect* field = setup.ui().item("themes.theme/" + theme.id.str() + "/name");
    REQUIRE(field != nullptr);
    CHECK(min.x == Approx(field->min.x).margin(1.0));
    CHECK(max.y == Approx(field->max.y).margin(1.0));
}

TEST_CASE("design system: the tokens keep their contrast in both appearances") {
    for (const auto appearance : {ui::Appearance::Light, ui::Appearance::Dark}) {
        const ui::Tokens& t = ui::tokens(appearance);
        const auto rgb = [](const ImVec4& c) {
            return model::Rgb{static_cast<uint8_t>(c.x * 255.0f + 0.5f),
                              static_cast<uint8_t>(c.y * 255.0f + 0.5f),
                              static_cast<uint8_t>(c.z * 255.0f + 0.5f)};
        };
        INFO((appearance == ui::Appearance::Dark ? "dark" : "light"));
        CHECK(model::contrastRatio(rgb(t.text), rgb(t.surface)) >= 7.0);
        CHECK(model::contrastRatio(rgb(t.text), rgb(t.background)) >= 7.0);
        CHECK(model::contrastRatio(rgb(t.textSubtle), rgb(t.surface)) >= 4.5);
        CHECK(model::contrastRatio(rgb(t.textSubtle), rgb(t.background)) >= 4.5);
        CHECK(model::contrastRatio(rgb(t.textOnAccent), rgb(t.accent)) >= 4.5);
        CHECK(model::contrastRatio(rgb(t.border), rgb(t.surface)) >= 3.0);
        CHECK(model::contrastRatio(rgb(t.focus), rgb(t.surface)) >= 3.0);
        CHECK(model::contrastRatio(rgb(t.danger), rgb(t.surface)) >= 4.5);
        CHECK(model::contrastRatio(rgb(t.success), rgb(t.surface)) >= 4.5);
        CHECK(model::contrastRatio(rgb(t.textOnAccent), rgb(t.danger)) >= 4.5);
    }
}

TEST_CASE("design system: a primary button is counted in its window", "[ui]") {
    int counted = -1;
    SetupUi setup(test::sampleEvent(), [](ui::AppContext&) {});
    setup.ui().setDraw([&counted](ui::AppContext&) {
        ImGui::Begin("dialog", nullptr, ImGuiWindowFlags_NoSavedSettings);
        ui::primaryButton("Eksporter");
        ImGui::Button("Avbryt");
        counted = ui::primaryButtonsThisFrame();
        ImGui::End();
    });
    setup.ui().frame(2);
    CHECK(counted == 1);
}
