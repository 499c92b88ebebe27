// The event panel driven by clicks and typing: the title saved as it is
// typed (one undo step), guiding questions and organisers, checked dates,
// the report language and its words. Asserts on the model and the event file.
#include "setup_ui_support.hpp"

#include "app/edits_event.hpp"
#include "ui/setup/event_panel.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using test::SetupUi;

TEST_CASE("event panel: typing the title saves every keystroke as one undo step", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel);
    auto& ui = setup.ui();
    const std::string original = setup.event().title;

    setup.click("event.title");
    setup.selectAll();
    setup.type("Åpen arena");
    // On disk while the field is still being typed in.
    CHECK(setup.onDisk().title == "Åpen arena");
    setup.type(" 2032 – «læring»");
    ui.pressKey(GLFW_KEY_TAB);
    CHECK(setup.event().title == "Åpen arena 2032 – «læring»");
    CHECK(setup.onDisk().title == "Åpen arena 2032 – «læring»");

    // The subtitle is a new step: leaving the title ended its burst.
    setup.replaceText("event.subtitle", "Ny undertittel");
    CHECK(setup.onDisk().subtitle == "Ny undertittel");
    REQUIRE(setup.session().undo());
    CHECK(setup.onDisk().title == "Åpen arena 2032 – «læring»");
    REQUIRE(setup.session().undo());
    CHECK(setup.onDisk().title == original);
    CHECK(setup.event().title == original);
}

TEST_CASE("event panel: the last key and leaving the field in one frame still end the step",
          "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel);
    auto& ui = setup.ui();
    const std::string original = setup.event().title;
    const std::string subtitle = setup.event().subtitle;

    setup.click("event.title");
    setup.selectAll();
    setup.type("Ny tittel");
    // A fast typist: the last letter and Enter arrive in the same frame.
    ImGui::GetIO().AddInputCharactersUTF8("!");
    ImGui::GetIO().KeysDown[GLFW_KEY_ENTER] = true;
    ui.frame();
    ImGui::GetIO().KeysDown[GLFW_KEY_ENTER] = false;
    ui.frame();
    CHECK(setup.onDisk().title == "Ny tittel!");

    // At once into the next field: its typing is a step of its own.
    setup.replaceText("event.subtitle", "Ny undertittel");
    REQUIRE(setup.session().undo());
    CHECK(setup.onDisk().subtitle == subtitle);
    CHECK(setup.onDisk().title == "Ny tittel!");
    REQUIRE(setup.session().undo());
    CHECK(setup.onDisk().title == original);
}

TEST_CASE("event panel: place, about text and report labels are written as typed", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel);
    setup.replaceText("event.place", "Rauland");
    setup.click("event.about");
    setup.selectAll();
    setup.type("Første avsnitt.");
    setup.ui().pressKey(GLFW_KEY_ENTER); // a line break: the field is prose
    setup.type("Andre.");
    setup.replaceText("event.label/inputs", "Innspill til rådet");
    const model::Event saved = setup.onDisk();
    CHECK(saved.place == "Rauland");
    CHECK(saved.about == "Første avsnitt.\nAndre.");
    CHECK(saved.labels.inputs == "Innspill til rådet");
}

TEST_CASE("event panel: guiding questions: add with Enter, edit, reorder, remove", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel);
    auto& ui = setup.ui();
    const auto original = setup.event().guidingQuestions;
    REQUIRE(original.size() == 2);

    setup.click("event.question/new");
    setup.type("Hva trenger lærlingen?");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    // Still in the field: the next question goes straight in.
    setup.type("Hva trenger bedriften?");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    CHECK(setup.onDisk().guidingQuestions == std::vector<std::string>{original[0], original[1],
                                                                      "Hva trenger lærlingen?",
                                                                      "Hva trenger bedriften?"});
    CHECK(ui.ctx().eventPanel.newQuestion.text.empty());

    setup.replaceText("event.question/2", "Hva trenger lærlingen mest?");
    setup.click("event.question/2/up");
    ui.frame();
    setup.click("event.question/0/remove");
    ui.frame();
    CHECK(setup.onDisk().guidingQuestions == std::vector<std::string>{"Hva trenger lærlingen mest?",
                                                                      original[1],
                                                                      "Hva trenger bedriften?"});
    // The first cannot move up, the last cannot move down.
    setup.click("event.question/0/up");
    setup.click("event.question/2/down");
    CHECK(setup.onDisk().guidingQuestions.front() == "Hva trenger lærlingen mest?");

    // A blank line is not added.
    setup.click("event.question/new");
    setup.type("   ");
    ui.pressKey(GLFW_KEY_ENTER);
    CHECK(setup.onDisk().guidingQuestions.size() == 3);
}

TEST_CASE("event panel: organisers are a list like the questions", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel);
    setup.click("event.organiser/new");
    setup.type("Nasjonalt senter");
    setup.click("event.organiser/add");
    setup.ui().frame();
    setup.click("event.organiser/0/down");
    CHECK(setup.onDisk().organisers ==
          std::vector<std::string>{"Ola Åsen", "Kari Nordmann", "Nasjonalt senter"});
}

TEST_CASE("event panel: a wrong date stays in the field, unsaved, with a message", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel); // 2031-01-22 to 2031-01-23
    auto& ui = setup.ui();
    auto& drafts = ui.ctx().eventPanel.drafts;

    setup.replaceText("event.startDate", "2031-02-30");
    CHECK(setup.onDisk().startDate == "2031-01-22");
    REQUIRE(drafts.contains("event.startDate"));
    CHECK(drafts.at("event.startDate") == "2031-02-30");
    ui.frame(3);
    CHECK(drafts.at("event.startDate") == "2031-02-30");

    // After the end date: also kept back.
    setup.replaceText("event.startDate", "2031-01-24");
    CHECK(setup.onDisk().startDate == "2031-01-22");

    // Norwegian style is understood and stored as ISO.
    setup.replaceText("event.startDate", "21.1.2031");
    CHECK(setup.onDisk().startDate == "2031-01-21");
    CHECK_FALSE(drafts.contains("event.startDate"));

    // Moving the end later lets a waiting start date through.
    setup.replaceText("event.startDate", "2031-01-25");
    CHECK(drafts.contains("event.startDate"));
    setup.replaceText("event.endDate", "2031-01-26");
    ui.frame(2);
    CHECK(setup.onDisk().startDate == "2031-01-25");
    CHECK(setup.onDisk().endDate == "2031-01-26");
}

TEST_CASE("event panel: report language switches the default words; the example follows", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel);
    auto& ui = setup.ui();
    CHECK(ui.item("event.useDefaultLabels") == nullptr); // bokmål defaults already

    setup.click("event.language/nn");
    CHECK(setup.onDisk().language == "nn");
    CHECK(setup.onDisk().labels == app::defaultLabels("nn"));

    setup.replaceText("event.label/roundHeading", "Dag {day}, økt {roundInDay}: {title}");
    CHECK(setup.onDisk().labels.roundHeading == "Dag {day}, økt {roundInDay}: {title}");
    CHECK(app::roundHeadingExamples(setup.event(), setup.event().labels.roundHeading).back() ==
          "Dag 2, økt 1: Fordypning");
    CHECK(ui.item("event.headingExample") != nullptr);

    // Own words now: switching to English keeps them, and offers the defaults.
    setup.click("event.language/en");
    CHECK(setup.onDisk().language == "en");
    CHECK(setup.onDisk().labels.roundHeading == "Dag {day}, økt {roundInDay}: {title}");
    ui.frame();
    setup.click("event.useDefaultLabels");
    CHECK(setup.onDisk().labels == app::defaultLabels("en"));
    ui.frame();
    CHECK(ui.item("event.useDefaultLabels") == nullptr);
}

TEST_CASE("event panel: every field is drawn, in English too, inside the window", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel);
    auto& ui = setup.ui();
    ui.ctx().language = ui::Language::En;
    ui.frame(2);
    for (const char* key : {"event.title", "event.subtitle", "event.question/0", "event.place",
                            "event.organiser/1", "event.about", "event.label/roundHeading"}) {
        CAPTURE(key);
        const ui::ItemRect* rect = ui.item(key);
        REQUIRE(rect != nullptr);
        // Inside the window and wide enough to type a sentence in.
        CHECK(rect->min.x >= 0.0f);
        CHECK(rect->max.x <= test::UiHarness::kWidth);
        CHECK(rect->max.x - rect->min.x > 250.0f);
    }
    // Dates are narrow fields, but wide enough for a whole date.
    for (const char* key : {"event.startDate", "event.endDate"}) {
        CAPTURE(key);
        const ui::ItemRect* rect = ui.item(key);
        REQUIRE(rect != nullptr);
        CHECK(rect->max.x - rect->min.x > ImGui::CalcTextSize("0000-00-00").x);
    }
    for (const char* code : {"nb", "nn", "en"}) {
        CHECK(ui.item(std::string("event.language/") + code) != nullptr);
    }
}

TEST_CASE("event panel: a very long about text is drawn and edited without trouble", "[ui]") {
    // Debian's ImGui trips over one wrapped paragraph of ~16,000 characters;
    // a pasted report chapter must not take the panel down.
    model::Event event = test::sampleEvent();
    std::string paragraph;
    while (paragraph.size() < 40000) {
        paragraph += "Deltakerne drøftet utfordringer og muligheter i læring og arbeid. ";
    }
    event.about = paragraph + "\n\n" + paragraph;
    SetupUi setup(event, ui::drawEventPanel);
    setup.ui().frame(3);
    setup.click("event.about");
    ImGui::GetIO().KeyCtrl = true;
    setup.ui().pressKey(GLFW_KEY_END);
    ImGui::GetIO().KeyCtrl = false;
    setup.type(" Slutt.");
    CHECK(setup.onDisk().about == event.about + " Slutt.");
}

TEST_CASE("event panel: the name policy is chosen with a click, saved, one undo step", "[ui]") {
    SetupUi setup(test::sampleEvent(), ui::drawEventPanel);
    auto& ui = setup.ui();
    for (const char* code : {"everyone", "consent", "none"}) {
        CHECK(ui.item(std::string("event.namePolicy/") + code) != nullptr);
    }
    REQUIRE(setup.onDisk().namePolicy == model::NamePolicy::WithConsent);

    setup.click("event.namePolicy/everyone");
    CHECK(setup.event().namePolicy == model::NamePolicy::Everyone);
    CHECK(setup.onDisk().namePolicy == model::NamePolicy::Everyone);
    setup.click("event.namePolicy/none");
    CHECK(setup.onDisk().namePolicy == model::NamePolicy::Nobody);
    // Clicking the chosen one again changes nothing.
    setup.click("event.namePolicy/none");
    REQUIRE(setup.session().undo());
    CHECK(setup.onDisk().namePolicy == model::NamePolicy::Everyone);
    REQUIRE(setup.session().undo());
    CHECK(setup.onDisk().namePolicy == model::NamePolicy::WithConsent);
    CHECK_FALSE(setup.session().canUndo());
}

TEST_CASE("event panel: the about text wraps at the field's width and grows with it", "[ui]") {
    model::Event event = test::sampleEvent();
    event.about.clear();
    while (event.about.size() < 3000) {
        event.about += "Et langt avsnitt om arrangementet uten et eneste linjeskift. ";
    }
    SetupUi setup(event, ui::drawEventPanel);
    auto& ui = setup.ui();
    ui.frame(2);
    const ui::ItemRect* rect = ui.item("event.about");
    REQUIRE(rect != nullptr);
    // Never wider than the window: the text wraps instead of scrolling sideways.
    CHECK(rect->max.x <= test::UiHarness::kWidth);
    const float lines = (rect->max.y - rect->min.y) / ImGui::GetTextLineHeight();
    const float oneLine = ImGui::CalcTextSize(event.about.c_str()).x;
    CHECK(oneLine > (rect->max.x - rect->min.x) * 10.0f); // it would not fit on ten lines
    CHECK(lines > 10.0f);

    // Typed at the end, wrapped as it is typed, saved.
    setup.click("event.about");
    ImGui::GetIO().KeyCtrl = true;
    ui.pressKey(GLFW_KEY_END);
    ImGui::GetIO().KeyCtrl = false;
    setup.type(" Slutt.");
    ui.pressKey(GLFW_KEY_ESCAPE);
    ui.frame();
    CHECK(setup.onDisk().about == event.about + " Slutt.");
    CHECK(ui.item("event.about")->max.x <= test::UiHarness::kWidth);
}
