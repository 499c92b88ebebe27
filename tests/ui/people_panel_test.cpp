// The people panel driven headless like a person would: import a participant
// list with a bad row through the dialog, filter, sort, edit in place, add,
// delete and merge. Each test checks the model and the event file.
#include "harness.hpp"

#include "app/edits_people.hpp"
#include "app/event_session.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"
#include "ui/people/people_panel.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace innspill;
using model::Perspective;
using test::UiHarness;

namespace {

// An event file with the sample event, opened as the app opens it.
struct FileSession {
    test::TempDir dir;
    std::filesystem::path path = dir / "arrangement.innspill";
    std::unique_ptr<app::EventSession> session;

    explicit FileSession(const model::Event& event = test::sampleEvent()) {
        auto opened = test::createAndOpen(path, event);
        session = std::move(opened.session);
    }

    model::Event onDisk() const { return test::onDisk(path); }
};

// Draws only the people panel, in a window filling the display.
void drawPanelOnly(UiHarness& ui) {
    ui.setDraw([](ui::AppContext& ctx) {
        ctx.itemRects.beginFrame();
        ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
        ImGui::SetNextWindowSize(ImVec2(UiHarness::kWidth, UiHarness::kHeight));
        ImGui::Begin("people", nullptr, ImGuiWindowFlags_NoDecoration);
        ui::drawPeoplePanel(ctx);
        ImGui::End();
    });
    ui.frame(2);
}

void type(UiHarness& ui, const std::string& text) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    ui.frame();
}

void clickOrFail(UiHarness& ui, const std::string& key) {
    INFO("item " << key);
    REQUIRE(ui.clickItem(key));
}

void pressCtrl(UiHarness& ui, int key) {
    ImGui::GetIO().KeyCtrl = true;
    ui.pressKey(key);
    ImGui::GetIO().KeyCtrl = false;
    ui.frame();
}

std::vector<std::string> shownNames(UiHarness& ui) {
    std::vector<std::string> names;
    const model::Event& event = ui.ctx().session->event();
    for (const auto& row : ui.ctx().people.view.rows) {
        names.push_back(event.people[row.index].name);
    }
    return names;
}

const model::Person* personNamed(const model::Event& event, const std::string& name) {
    const auto it = std::find_if(event.people.begin(), event.people.end(),
                                 [&](const model::Person& p) { return p.name == name; });
    return it == event.people.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("people panel: importing a list with one bad row through the dialog", "[ui][people]") {
    FileSession file;
    app::EventSession& session = *file.session;
    const model::Event before = session.event();
    const auto csv = file.dir / "deltakere.csv";
    test::writeFile(csv, "Navn;Organisasjon;Perspektiv;Samtykke\n"
                         "Silje Mæland;Universitetet i Oslo;;ja\n" // known: organisation updated
                         "Henrik Ødegaard;Sykehuset Innlandet;praktiker;ja\n"
                         "Sofie Aasen;KS;leder;nei\n"
                         "Mads Kristiansen;NHO Geo;arbeidsgiver;kanskje\n" // bad consent
                         "Nora Bjerke;OsloMet;forsker;x\n");

    UiHarness ui(&session);
    drawPanelOnly(ui);
    clickOrFail(ui, "people.import");
    ui.frame();
    clickOrFail(ui, "people.import.path");
    type(ui, csv.string());
    clickOrFail(ui, "people.import.read");
    ui.frame();

    // The preview: four good rows, the bad one with its line, nothing written yet.
    const auto& plan = ui.ctx().people.import.plan;
    REQUIRE(plan.has_value());
    CHECK(plan->creates == 3);
    CHECK(plan->updates == 1);
    REQUIRE(plan->errors.size() == 1);
    CHECK(plan->errors[0].line == 5);
    CHECK(plan->errors[0].problem == io::RowProblem::BadConsent);
    CHECK(ui.item("people.import.error/5") != nullptr);
    CHECK(ui.item("people.import.row/2") != nullptr);
    CHECK(ui.item("people.import.row/6") != nullptr);
    CHECK(session.event() == before);
    CHECK(file.onDisk() == before);

    clickOrFail(ui, "people.import.confirm");
    ui.frame();
    CHECK(ui.item("people.import.confirm") == nullptr); // the dialog closed
    const model::Event& after = session.event();
    CHECK(after.people.size() == before.people.size() + 3);
    CHECK(personNamed(after, "Mads Kristiansen") == nullptr);
    REQUIRE(personNamed(after, "Nora Bjerke") != nullptr);
    CHECK(personNamed(after, "Nora Bjerke")->perspective == Perspective::Researcher);
    CHECK(personNamed(after, "Nora Bjerke")->consent);
    CHECK(personNamed(after, "Silje Mæland")->organisation == "Universitetet i Oslo");
    CHECK(personNamed(after, "Silje Mæland")->id == before.people[0].id);
    CHECK(file.onDisk().people.size() == after.people.size());
    CHECK(session.undoLabel() == "Importer deltakere");
    CHECK_FALSE(ui.ctx().people.notice.empty());

    // One undo takes the whole import back, in memory and in the file.
    REQUIRE(session.undo());
    CHECK(session.event() == before);
    CHECK(file.onDisk() == before);
}

TEST_CASE("people panel: pasted text is previewed as it is typed", "[ui][people]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    drawPanelOnly(ui);
    clickOrFail(ui, "people.import");
    ui.frame();
    clickOrFail(ui, "people.import.fromPaste");
    ui.frame();
    clickOrFail(ui, "people.import.pasted");
    type(ui, "Fornavn\tEtternavn\tPerspektiv\nAnne\tLie\tastronaut\nPer\tPaulsen\tforsker\n");
    const auto& plan = ui.ctx().people.import.plan;
    REQUIRE(plan.has_value());
    CHECK(plan->csv.delimiter == '\t');
    CHECK(plan->creates == 1);
    REQUIRE(plan->errors.size() == 1);
    CHECK(plan->errors[0].problem == io::RowProblem::UnknownPerspective);
    CHECK(ui.item("people.import.error/2") != nullptr);
}

TEST_CASE("people panel: unreadable and hostile files are refused and nothing changes",
          "[ui][people]") {
    FileSession file;
    app::EventSession& session = *file.session;
    const model::Event before = session.event();
    UiHarness ui(&session);
    drawPanelOnly(ui);

    const auto tryFile = [&](const std::filesystem::path& path) {
        clickOrFail(ui, "people.import");
        ui.frame();
        clickOrFail(ui, "people.import.path");
        pressCtrl(ui, GLFW_KEY_A); // typing replaces the path tried before
        type(ui, path.string());
        ui.pressKey(GLFW_KEY_ENTER);
        ui.frame();
    };

    std::string binary = "PK\x03\x04";
    binary.append(4000, '\0');
    test::writeFile(file.dir / "list.xlsx", binary);
    tryFile(file.dir / "list.xlsx");
    REQUIRE(ui.ctx().people.import.plan.has_value());
    CHECK(ui.ctx().people.import.plan->csv.problem == io::CsvProblem::Binary);
    CHECK_FALSE(ui.ctx().people.import.plan->canImport());
    clickOrFail(ui, "people.import.confirm"); // disabled: does nothing
    ui.pressKey(GLFW_KEY_ESCAPE);

    std::string huge = "navn;organisasjon\n";
    for (int i = 0; i < 100'000; ++i) {
        huge += "Person " + std::to_string(i) + ";" + std::string(100, 'x') + "\n";
    }
    test::writeFile(file.dir / "huge.csv", huge);
    tryFile(file.dir / "huge.csv");
    REQUIRE(ui.ctx().people.import.plan.has_value());
    CHECK(ui.ctx().people.import.plan->csv.problem == io::CsvProblem::TooManyRows);
    ui.pressKey(GLFW_KEY_ESCAPE);

    test::writeFile(file.dir / "long.csv", "navn\n" + std::string(10'000, 'a') + "\nKari\n");
    tryFile(file.dir / "long.csv");
    REQUIRE(ui.ctx().people.import.plan.has_value());
    CHECK(ui.ctx().people.import.plan->errors.size() == 1);
    CHECK(ui.ctx().people.import.plan->creates == 1);
    ui.pressKey(GLFW_KEY_ESCAPE);

    tryFile(file.dir / "missing.csv");
    CHECK_FALSE(ui.ctx().people.import.plan.has_value());
    CHECK_FALSE(ui.ctx().people.import.readError.empty());
    ui.pressKey(GLFW_KEY_ESCAPE);

    CHECK(session.event() == before);
    CHECK(file.onDisk() == before);
    CHECK_FALSE(session.canUndo());
}

TEST_CASE("people panel: the filter ignores case, æøå included, and sorting follows the headers",
          "[ui][people]") {
    auto session = app::EventSession::inMemory(test::sampleEvent());
    UiHarness ui(session.get());
    drawPanelOnly(ui);
    CHECK(shownNames(ui).size() == 5);
    // Norwegian order: Å after Æ and Ø, which come after Z.
    CHECK(shownNames(ui) == std::vector<std::string>{"Hemmelig Deltaker", "Jørgen Æsøy",
                                                     "Pernille Ødegård", "Silje Mæland",
                                                     "Åse Berg"});

    clickOrFail(ui, "people.filter");
    type(ui, "ØDEG");
    CHECK(shownNames(ui) == std::vector<std::string>{"Pernille Ødegård"});
    CHECK(ui.item("people.name/Pernille Ødegård") != nullptr);
    CHECK(ui.item("people.name/Silje Mæland") == nullptr);
    ui.pressKey(GLFW_KEY_ENTER); // leaves the filter field, keeping the filter
    CHECK(ui.ctx().people.filter == "ØDEG");

    // Several words: each must match the name, the organisation or the perspective.
    ui.ctx().people.filter = "åse lærling";
    ui.frame();
    CHECK(shownNames(ui) == std::vector<std::string>{"Åse Berg"});
    ui.ctx().people.filter = "forsker";
    ui.frame();
    CHECK(shownNames(ui) == std::vector<std::string>{"Silje Mæland"});
    ui.ctx().people.filter = "nobody";
    ui.frame();
    CHECK(shownNames(ui).empty());
    clickOrFail(ui, "people.clearFilter");
    ui.frame();
    CHECK(shownNames(ui).size() == 5);

    clickOrFail(ui, "people.header/initiates"); // most first
    ui.frame();
    CHECK(ui.ctx().people.sortColumn == ui::PeopleColumn::Initiates);
    CHECK(shownNames(ui).front() == "Silje Mæland"); // initiates three groups
    clickOrFail(ui, "people.header/name");
    ui.frame();
    clickOrFail(ui, "people.header/name");
    ui.frame();
    CHECK(ui.ctx().people.sortDescending);
    CHECK(shownNames(ui).front() == "Åse Berg");
}

TEST_CASE("people panel: typing into a cell is one undo step and is on disk at once",
          "[ui][people]") {
    FileSession file;
    app::EventSession& session = *file.session;
    const model::Event before = session.event();
    UiHarness ui(&session);
    drawPanelOnly(ui);

    clickOrFail(ui, "people.organisation/Silje Mæland");
    type(ui, "Uni");
    type(ui, "versitetet i Oslo");
    CHECK(personNamed(session.event(), "Silje Mæland")->organisation == "Universitetet i Oslo");
    CHECK(personNamed(file.onDisk(), "Silje Mæland")->organisation == "Universitetet i Oslo");
    ui.pressKey(GLFW_KEY_ENTER); // leaves the field
    CHECK(session.undoLabel() == "Endre organisasjon");

    // A person always has a name: an emptied field writes nothing, and the
    // name is back when the field is left.
    clickOrFail(ui, "people.name/Åse Berg");
    pressCtrl(ui, GLFW_KEY_A);
    ui.pressKey(GLFW_KEY_BACKSPACE);
    CHECK(ui.ctx().people.nameCleared);
    CHECK(session.event().people[4].name == "Åse Berg");
    ui.pressKey(GLFW_KEY_ENTER);
    CHECK(session.event().people[4].name == "Åse Berg");
    CHECK(session.undoLabel() == "Endre organisasjon");

    // Blanks are tidied when the field is left, in the same undo step.
    clickOrFail(ui, "people.name/Åse Berg");
    ui.pressKey(GLFW_KEY_END);
    type(ui, "  Nilsen ");
    CHECK(session.event().people[4].name == "Åse Berg  Nilsen ");
    ui.pressKey(GLFW_KEY_ENTER);
    CHECK(session.event().people[4].name == "Åse Berg Nilsen");
    CHECK(file.onDisk().people[4].name == "Åse Berg Nilsen");
    REQUIRE(session.undo());
    CHECK(session.event().people[4].name == "Åse Berg");

    REQUIRE(session.undo()); // the organisation, all of it in one step
    CHECK(session.event() == before);
    CHECK(file.onDisk() == before);
}

TEST_CASE("people panel: perspective and consent are changed in the row", "[ui][people]") {
    FileSession file;
    app::EventSession& session = *file.session;
    UiHarness ui(&session);
    drawPanelOnly(ui);
    clickOrFail(ui, "people.consent/Jørgen Æsøy");
    CHECK(personNamed(session.event(), "Jørgen Æsøy")->consent);
    CHECK(personNamed(file.onDisk(), "Jørgen Æsøy")->consent);
    CHECK(session.undoLabel() == "Endre samtykke");

    clickOrFail(ui, "people.perspective/Jørgen Æsøy");
    ui.frame();
    clickOrFail(ui, "people.perspectiveOption/researcher");
    ui.frame();
    CHECK(personNamed(session.event(), "Jørgen Æsøy")->perspective == Perspective::Researcher);
    CHECK(personNamed(file.onDisk(), "Jørgen Æsøy")->perspective == Perspective::Researcher);
}

TEST_CASE("people panel: adding a person by name and Enter", "[ui][people]") {
    FileSession file;
    app::EventSession& session = *file.session;
    UiHarness ui(&session);
    drawPanelOnly(ui);
    ui.ctx().people.filter = "ødegård";
    ui.frame();
    clickOrFail(ui, "people.newName");
    type(ui, "  Nils  Nilsen ");
    ui.pressKey(GLFW_KEY_ENTER);
    ui.frame();
    const model::Person* nils = personNamed(session.event(), "Nils Nilsen");
    REQUIRE(nils != nullptr);
    CHECK(personNamed(file.onDisk(), "Nils Nilsen") != nullptr);
    // Shown although the filter does not match, so the organiser sees it landed.
    CHECK(ui.item("people.name/Nils Nilsen") != nullptr);
    CHECK(ui.ctx().people.newName.empty());
    // The field keeps the keyboard for the next name.
    type(ui, "Nina Nilsen");
    ui.pressKey(GLFW_KEY_ENTER);
    CHECK(personNamed(session.event(), "Nina Nilsen") != nullptr);
}

TEST_CASE("people panel: deleting someone in groups asks, then removes them from the groups",
          "[ui][people]") {
    FileSession file;
    app::EventSession& session = *file.session;
    const model::Event before = session.event();
    const model::Id silje = personNamed(before, "Silje Mæland")->id;
    UiHarness ui(&session);
    drawPanelOnly(ui);

    clickOrFail(ui, "people.select/Silje Mæland");
    clickOrFail(ui, "people.delete");
    ui.frame();
    CHECK(session.event() == before); // asked first
    clickOrFail(ui, "setup.confirm.no");
    ui.frame();
    CHECK(session.event() == before);

    clickOrFail(ui, "people.delete");
    ui.frame();
    clickOrFail(ui, "setup.confirm.yes");
    ui.frame();
    CHECK(model::findPerson(session.event(), silje) == nullptr);
    CHECK(app::usageOf(session.event(), silje).groups == 0);
    const model::Event saved = file.onDisk();
    CHECK(model::findPerson(saved, silje) == nullptr);
    CHECK(app::usageOf(saved, silje).groups == 0);
    CHECK(saved.groups.size() == before.groups.size());
    CHECK(ui.ctx().people.selected.empty());
    REQUIRE(session.undo());
    CHECK(app::usageOf(session.event(), silje) == app::usageOf(before, silje));
    CHECK(app::usageOf(file.onDisk(), silje) == app::usageOf(before, silje));

    // Nobody in a group: deleted at once (Delete key), undo is enough of a safety net.
    clickOrFail(ui, "people.newName");
    type(ui, "Midlertidig");
    ui.pressKey(GLFW_KEY_ENTER);
    clickOrFail(ui, "people.select/Midlertidig");
    ui.pressKey(GLFW_KEY_DELETE);
    ui.frame();
    CHECK(personNamed(session.event(), "Midlertidig") == nullptr);
    CHECK(personNamed(file.onDisk(), "Midlertidig") == nullptr);
}

TEST_CASE("people panel: merging two entries of one person", "[ui][people]") {
    model::Event event = test::sampleEvent();
    // A second entry for Pernille, as an import of notes would make it:
    // no organisation, and she facilitates 1.1 under this entry too.
    model::Person duplicate{model::Id::generate(), "pernille ødegård", "", Perspective::Unspecified,
                            false};
    event.people.push_back(duplicate);
    for (auto& group : event.groups) {
        if (group.number == "2.1") {
            group.participants.push_back(duplicate.id);
        }
        if (group.number == "1.1") {
            group.facilitators.push_back(duplicate.id); // now named twice as facilitator
        }
    }
    const model::Id pernille = personNamed(event, "Pernille Ødegård")->id;
    FileSession file(event);
    app::EventSession& session = *file.session;
    UiHarness ui(&session);
    drawPanelOnly(ui);
    CHECK(ui.ctx().people.view.duplicateNames == 2);

    clickOrFail(ui, "people.select/Pernille Ødegård");
    clickOrFail(ui, "people.select/pernille ødegård");
    clickOrFail(ui, "people.merge");
    ui.frame();
    // The entry in more groups stays, filled-in values win: nothing to change.
    CHECK(ui.ctx().people.merge.kept == ui::MergeSide::First);
    clickOrFail(ui, "people.merge.confirm");
    ui.frame();

    const model::Event& after = session.event();
    CHECK(model::findPerson(after, duplicate.id) == nullptr);
    const model::Person* kept = model::findPerson(after, pernille);
    REQUIRE(kept != nullptr);
    CHECK(kept->name == "Pernille Ødegård");
    CHECK(kept->organisation == "Nasjonal kompetansetjeneste");
    CHECK_FALSE(kept->consent); // the entries disagreed: no consent until someone says so
    for (const auto& group : after.groups) {
        CAPTURE(group.number);
        CHECK(std::count(group.facilitators.begin(), group.facilitators.end(), pernille) <= 1);
        CHECK(std::count(group.participants.begin(), group.participants.end(), duplicate.id) == 0);
        if (group.number == "2.1") {
            CHECK(std::count(group.participants.begin(), group.participants.end(), pernille) == 1);
        }
    }
    CHECK(ui.ctx().people.view.duplicateNames == 0);
    const model::Event saved = file.onDisk();
    CHECK(model::findPerson(saved, duplicate.id) == nullptr);
    CHECK(app::usageOf(saved, pernille) == app::usageOf(after, pernille));
    CHECK(session.undoLabel() == "Slå sammen personer");

    REQUIRE(session.undo());
    CHECK(model::findPerson(session.event(), duplicate.id) != nullptr);
    CHECK(app::usageOf(file.onDisk(), duplicate.id) == app::usageOf(event, duplicate.id));
}

TEST_CASE("people panel: choosing the other entry and its values in the merge dialog",
          "[ui][people]") {
    model::Event event = test::sampleEvent();
    model::Person other{model::Id::generate(), "Åse  Berg", "Lærlingkontoret i Telemark",
                        Perspective::Leader, true};
    event.people.push_back(other);
    const model::Id aase = personNamed(event, "Åse Berg")->id;
    FileSession file(event);
    app::EventSession& session = *file.session;
    UiHarness ui(&session);
    drawPanelOnly(ui);
    clickOrFail(ui, "people.select/Åse Berg");
    clickOrFail(ui, "people.select/Åse  Berg");
    clickOrFail(ui, "people.merge");
    ui.frame();
    clickOrFail(ui, "people.merge.keep/second");
    clickOrFail(ui, "people.merge.organisation/second");
    clickOrFail(ui, "people.merge.name/first");
    clickOrFail(ui, "people.merge.confirm");
    ui.frame();
    // Which entry is "first" depends on the table order; find the survivor.
    const model::Event& after = session.event();
    REQUIRE(after.people.size() == event.people.size() - 1);
    const model::Person* survivor = personNamed(after, "Åse Berg");
    if (survivor == nullptr) {
        survivor = personNamed(after, "Åse  Berg");
    }
    REQUIRE(survivor != nullptr);
    CHECK(model::findPerson(after, survivor->id == aase ? other.id : aase) == nullptr);
    CHECK(file.onDisk().people.size() == after.people.size());
}

TEST_CASE("people panel: 2,000 people draw only the rows on screen", "[ui][people]") {
    model::Event event = model::makeEvent("Stort");
    for (int i = 0; i < 2000; ++i) {
        event.people.push_back(model::Person{model::Id::generate(), "Person " + std::to_string(i),
                                             "Org", Perspective::Other, i % 2 == 0});
    }
    auto session = app::EventSession::inMemory(event);
    UiHarness ui(session.get());
    drawPanelOnly(ui);
    CHECK(ui.ctx().people.view.rows.size() == 2000);
    const size_t drawn = ui.ctx().itemRects.countWithPrefix("people.name/");
    CHECK(drawn > 5);
    CHECK(drawn < 60);
}

TEST_CASE("people panel: mark everyone ticked, or everyone shown, as consenting; one undo",
          "[ui][people]") {
    // Jørgen Æsøy and Hemmelig Deltaker have not consented.
    FileSession file;
    app::EventSession& session = *file.session;
    const model::Event before = session.event();
    UiHarness ui(&session);
    drawPanelOnly(ui);
    REQUIRE(ui.item("people.markConsenting") != nullptr);

    // Ticked rows: only they are marked.
    clickOrFail(ui, "people.select/Jørgen Æsøy");
    clickOrFail(ui, "people.select/Åse Berg"); // consented already
    clickOrFail(ui, "people.markConsenting");
    ui.frame();
    CHECK(personNamed(session.event(), "Jørgen Æsøy")->consent);
    CHECK_FALSE(personNamed(session.event(), "Hemmelig Deltaker")->consent);
    CHECK(personNamed(file.onDisk(), "Jørgen Æsøy")->consent);
    CHECK(ui.ctx().people.notice == "1 person merket med samtykke. Angre med Ctrl+Z.");
    REQUIRE(session.undo());
    CHECK(file.onDisk().people == before.people);

    // Nothing ticked: everyone the filter shows.
    clickOrFail(ui, "people.clearSelection");
    ui.ctx().people.filter = "hemmelig";
    ui.frame(2);
    clickOrFail(ui, "people.markConsenting");
    ui.frame();
    CHECK(personNamed(file.onDisk(), "Hemmelig Deltaker")->consent);
    CHECK_FALSE(personNamed(file.onDisk(), "Jørgen Æsøy")->consent);
    REQUIRE(session.undo());

    // No filter: the whole register, as one step.
    ui.ctx().people.filter.clear();
    ui.frame(2);
    clickOrFail(ui, "people.markConsenting");
    ui.frame();
    for (const auto& person : file.onDisk().people) {
        INFO(person.name);
        CHECK(person.consent);
    }
    CHECK(ui.ctx().people.notice == "2 personer merket med samtykke. Angre med Ctrl+Z.");
    REQUIRE(session.undo());
    CHECK(file.onDisk().people == before.people);
    CHECK(session.event().people == before.people);

    // Everyone has consented: the button does nothing (it is disabled).
    REQUIRE(session.apply(
        app::markConsenting(session.event(), {before.people[2].id, before.people[3].id})));
    ui.frame();
    const model::Event all = session.event();
    clickOrFail(ui, "people.markConsenting");
    ui.frame();
    CHECK(session.event() == all);
}
