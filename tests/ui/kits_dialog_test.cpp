// Facilitator kits in the desktop app, driven headless against real event
// files: making kits from the dialog into a folder, merging them back
// through the merge dialog (one undo step), conflicts chosen side by side,
// refusals, files dropped onto the window, the hand-in history.
#include "harness.hpp"
#include "lang/message.hpp"

#include "app/event_session.hpp"
#include "app/merge/kits.hpp"
#include "app/merge/merge_plan.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"
#include "ui/kits/kits_dialog.hpp"
#include "ui/kits/merge_dialog.hpp"

#include <catch2/catch.hpp>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdlib>
#include <filesystem>
#include <functional>

using namespace innspill;
namespace fs = std::filesystem;
using test::UiHarness;

namespace {

using test::onDisk;

size_t handInsOnDisk(const fs::path& path) {
    auto file = store::EventFile::open(path, store::EventFile::Access::ReadOnly);
    return app::readHistory(*file).size();
}

// Edits an event file as a facilitator's laptop would: through a session.
void editFile(const fs::path& path, const std::function<void(model::Event&)>& edit) {
    auto opened = test::openEvent(path);
    model::Event after = opened.session->event();
    edit(after);
    REQUIRE(opened.session->apply(app::diffEvents(opened.session->event(), after)));
}

model::Group& groupNumbered(model::Event& event, const std::string& number) {
    for (auto& group : event.groups) {
        if (group.number == number) {
            return group;
        }
    }
    FAIL("no group " << number);
    return event.groups.front();
}

// A new group in the first round, as a facilitator captures it.
void addGroup(model::Event& event, const std::string& number, const std::string& title) {
    model::Group group;
    group.id = model::Id::generate();
    group.number = number;
    group.title = title;
    group.roundId = event.days.front().rounds.front().id;
    model::Input input;
    input.id = model::Id::generate();
    input.text = "Fra kitet";
    group.inputs.push_back(std::move(input));
    event.groups.push_back(std::move(group));
}

// A master event file open in a session, with the whole shell drawn headless.
struct Fixture {
    test::TempDir dir;
    fs::path master = dir / "arrangement.innspill";
    std::unique_ptr<app::EventSession> session;
    std::unique_ptr<UiHarness> ui;

    explicit Fixture(fs::path file = {}) {
        if (file.empty()) {
            store::EventFile::create(master, test::sampleEvent());
        } else {
            master = std::move(file);
        }
        openSession();
    }

    void openSession() {
        auto opened = test::openEvent(master);
        session = std::move(opened.session);
        ui = std::make_unique<UiHarness>(session.get());
        ui->frame(2);
    }

    ui::AppContext& ctx() { return ui->ctx(); }

    fs::path makeKit(const std::string& name) {
        const fs::path kit = dir / (name + ".innspill");
        app::makeKit(master, kit, name, false);
        return kit;
    }

    bool has(const std::string& key) const { return ui->item(key) != nullptr; }
};

} // namespace

TEST_CASE("kits are made from the dialog into a chosen folder, one per name", "[ui][kits]") {
    Fixture f;
    const fs::path usb = f.dir / "minnepinne";
    fs::create_directory(usb);

    ui::openMakeKitsDialog(f.ctx());
    f.ui->frame(2);
    REQUIRE(f.has("kits.names"));
    // Prefilled with the event's support facilitators, in register order.
    CHECK(f.ctx().makeKits.names == "Pernille Ødegård\nÅse Berg\n");
    f.ctx().makeKits.names = "Pernille Ødegård\n\n  Ola/Nordmann  \n";

    REQUIRE(f.ui->clickItem("kits.chooseFolder"));
    f.ui->frame(2);
    REQUIRE(f.has("browser.confirm"));
    ui::browseTo(f.ctx().makeKits.browser, usb);
    f.ui->frame();
    REQUIRE(f.ui->clickItem("browser.confirm")); // picks the folder shown
    f.ui->frame(2);
    CHECK(f.ctx().makeKits.folder == fs::absolute(usb));
    // The file names come from the event and the name, made safe.
    const std::string title = f.session->event().title;
    const fs::path pernille =
        fs::absolute(usb) / os::pathFromUtf8(title + " (kit Pernille Ødegård).innspill");
    const fs::path ola =
        fs::absolute(usb) / os::pathFromUtf8(title + " (kit OlaNordmann).innspill");
    CHECK(f.has("kits.target/Pernille Ødegård"));
    CHECK(f.has("kits.target/Ola/Nordmann"));

    REQUIRE(f.ui->clickItem("kits.make"));
    f.ui->frame();
    REQUIRE(f.ctx().makeKits.outcomes.size() == 2);
    CHECK(f.has("kits.done"));
    CHECK(f.has("kits.written/" + pernille.filename().string()));
    CHECK(f.has("kits.written/" + ola.filename().string()));
    const auto first = app::readKit(pernille, f.session->event(), f.master);
    CHECK(first.record.facilitator == "Pernille Ødegård");
    CHECK(first.event == f.session->event());
    CHECK(app::readKit(ola, f.session->event(), f.master).record.facilitator == "Ola/Nordmann");

    SECTION("making them again asks before overwriting") {
        REQUIRE(f.ui->clickItem("kits.make"));
        f.ui->frame();
        REQUIRE(f.has("kits.overwriteCancel"));
        REQUIRE(f.ui->clickItem("kits.overwriteCancel"));
        f.ui->frame();
        CHECK(app::readKit(pernille, f.session->event(), f.master).record.kitId ==
              first.record.kitId);
        REQUIRE(f.ui->clickItem("kits.make"));
        f.ui->frame();
        REQUIRE(f.ui->clickItem("kits.overwrite"));
        f.ui->frame();
        CHECK(f.ctx().makeKits.outcomes.size() == 2);
        CHECK(app::readKit(pernille, f.session->event(), f.master).record.kitId !=
              first.record.kitId);
    }
    SECTION("two names that give one file are not made") {
        f.ctx().makeKits.names = "Ola:Nordmann\nOla/Nordmann\n";
        f.ui->frame();
        CHECK(ui::makeKitsNow(f.ctx(), true) == 0);
        REQUIRE(f.ctx().makeKits.outcomes.size() == 2);
        CHECK_FALSE(f.ctx().makeKits.outcomes[0].error.empty());
    }
}

TEST_CASE("a kit open in the app cannot give kits, nor take them in", "[ui][kits]") {
    Fixture master;
    const fs::path kit = master.makeKit("Kari");
    Fixture f(kit);
    ui::openMakeKitsDialog(f.ctx());
    f.ui->frame(2);
    CHECK(f.has("kits.refusal"));
    CHECK_FALSE(f.has("kits.make"));
    CHECK(f.ctx().makeKits.refusal.find("kit") != std::string::npos);
    REQUIRE(f.ui->clickItem("kits.close"));
    f.ui->frame();

    ui::openMergeKitsDialog(f.ctx(), {master.makeKit("Ola")});
    f.ui->frame(2);
    CHECK(f.has("merge.refusal"));
    CHECK_FALSE(f.has("merge.merge"));
}

TEST_CASE("a kit with new groups is merged through the dialog and undone as one step",
          "[ui][merge]") {
    Fixture f;
    const fs::path kit = f.makeKit("Kari");
    editFile(kit, [](model::Event& event) {
        addGroup(event, "1.3", "Ny gruppe fra Kari");
        addGroup(event, "1.4", "Enda en");
    });
    const model::Event before = f.session->event();

    ui::openMergeKitsDialog(f.ctx(), {kit});
    f.ui->frame(2);
    REQUIRE(f.has("merge.kit/Kari.innspill"));
    REQUIRE(f.ctx().mergeKits.run.has_value());
    CHECK(f.ctx().mergeKits.run->kits.at(0).plan.summary.groupsAdded == 2);
    CHECK(f.ctx().mergeKits.run->undecided() == 0);
    CHECK(f.session->event() == before); // nothing before Merge

    REQUIRE(f.ui->clickItem("merge.merge"));
    f.ui->frame();
    CHECK(f.has("merge.merged"));
    CHECK(f.session->event().groups.size() == before.groups.size() + 2);
    const model::Event merged = onDisk(f.master);
    CHECK(merged == f.session->event());
    CHECK(model::findGroupByNumber(merged, "1.3") != nullptr);
    CHECK(handInsOnDisk(f.master) == 1);
    // Handing the same kit in again brings nothing.
    CHECK(f.ctx().mergeKits.run->bringsNothing());

    REQUIRE(f.ui->clickItem("merge.close"));
    f.ui->frame(2);
    ImGui::GetIO().KeyCtrl = true;
    f.ui->pressKey(GLFW_KEY_Z);
    ImGui::GetIO().KeyCtrl = false;
    CHECK(f.session->event() == before);
    CHECK(onDisk(f.master) == before);
    CHECK(handInsOnDisk(f.master) == 0);
    CHECK_FALSE(f.session->canUndo());
}

TEST_CASE("two kits naming the same new person: the dialog lists her as unified, no question",
          "[ui][merge]") {
    Fixture f;
    const fs::path kari = f.makeKit("Kari");
    const fs::path per = f.makeKit("Per");
    const auto nameInitiator = [](const std::string& number, const std::string& organisation) {
        return [=](model::Event& event) {
            model::Person ola{model::Id::generate(), "Ola Normann", organisation,
                              model::Perspective::Unspecified, false};
            event.people.push_back(ola);
            addGroup(event, number, "Gruppe " + number);
            event.groups.back().initiators = {ola.id};
        };
    };
    editFile(kari, nameInitiator("1.3", ""));
    editFile(per, nameInitiator("1.4", "NAV"));

    ui::openMergeKitsDialog(f.ctx(), {kari, per});
    f.ui->frame(2);
    REQUIRE(f.ctx().mergeKits.run.has_value());
    CHECK(f.ctx().mergeKits.run->undecided() == 0);
    CHECK(f.has("merge.note/1 person slått sammen med registeret: Ola Normann"));

    REQUIRE(f.ui->clickItem("merge.merge"));
    f.ui->frame(2);
    CHECK(f.has("merge.merged"));
    // Still said once merged: the summary of what came in.
    CHECK(f.has("merge.note/1 person slått sammen med registeret: Ola Normann"));
    size_t olas = 0;
    for (const auto& person : f.session->event().people) {
        olas += person.name == "Ola Normann" && person.organisation == "NAV" ? 1 : 0;
    }
    CHECK(olas == 1);
    CHECK(f.session->event().people.size() == test::sampleEvent().people.size() + 1);
}

TEST_CASE("a conflict is shown side by side and Merge waits for a choice", "[ui][merge]") {
    Fixture f;
    const fs::path kit = f.makeKit("Kari");
    editFile(kit, [](model::Event& event) { groupNumbered(event, "1.10").title = "Karis tittel"; });
    editFile(kit, [](model::Event& event) { addGroup(event, "1.3", "Uten konflikt"); });
    // The master changes the same title meanwhile, through its own session.
    model::Event edited = f.session->event();
    groupNumbered(edited, "1.10").title = "Hovedfilens tittel";
    REQUIRE(f.session->apply(app::diffEvents(f.session->event(), edited)));
    const model::Event before = f.session->event();

    ui::openMergeKitsDialog(f.ctx(), {kit});
    f.ui->frame(2);
    REQUIRE(f.has("merge.conflicts"));
    REQUIRE(f.has("merge.conflict/0.0"));
    const auto& conflict = f.ctx().mergeKits.run->kits.at(0).plan.conflicts.at(0);
    CHECK(lang::render(lang::Language::Nb, conflict.masterValue) == "Hovedfilens tittel");
    CHECK(lang::render(lang::Language::Nb, conflict.kitValue) == "Karis tittel");
    CHECK(f.has("merge.choice/0.0/master"));
    CHECK(f.has("merge.choice/0.0/kit"));
    CHECK(f.has("merge.blocked"));

    // Merge is disabled: clicking it changes nothing.
    REQUIRE(f.ui->clickItem("merge.merge"));
    CHECK(f.session->event() == before);
    CHECK_FALSE(ui::mergeKitsNow(f.ctx()));
    CHECK(onDisk(f.master) == before);

    REQUIRE(f.ui->clickItem("merge.choice/0.0/kit"));
    f.ui->frame();
    CHECK(f.ctx().mergeKits.run->undecided() == 0);
    CHECK_FALSE(f.has("merge.blocked"));
    REQUIRE(f.ui->clickItem("merge.merge"));
    f.ui->frame();
    model::Event after = f.session->event();
    CHECK(groupNumbered(after, "1.10").title == "Karis tittel");
    CHECK(model::findGroupByNumber(after, "1.3") != nullptr);
    CHECK(onDisk(f.master) == after);

    SECTION("undo takes the whole hand-in back, the choice included") {
        REQUIRE(f.session->undo());
        CHECK(f.session->event() == before);
        CHECK(onDisk(f.master) == before);
    }
    SECTION("the history lists the hand-in") {
        REQUIRE(f.ui->clickItem("merge.close"));
        f.ui->frame();
        ui::openHandInHistory(f.ctx());
        f.ui->frame(2);
        REQUIRE(f.ctx().handInHistory.handIns.size() == 1);
        CHECK(f.ctx().handInHistory.handIns[0].facilitator == "Kari");
        CHECK(f.ctx().handInHistory.handIns[0].counts.groupsAdded == 1);
        CHECK(f.ctx().handInHistory.handIns[0].counts.groupsChanged == 1);
        CHECK(f.has("history.row/0"));
    }
}

TEST_CASE("\"all master\" settles every conflict the master's way", "[ui][merge]") {
    Fixture f;
    const fs::path kit = f.makeKit("Kari");
    editFile(kit, [](model::Event& event) {
        groupNumbered(event, "1.10").title = "Kit 1";
        groupNumbered(event, "2.1").title = "Kit 2";
        addGroup(event, "1.3", "Uten konflikt");
    });
    model::Event edited = f.session->event();
    groupNumbered(edited, "1.10").title = "Master 1";
    groupNumbered(edited, "2.1").title = "Master 2";
    REQUIRE(f.session->apply(app::diffEvents(f.session->event(), edited)));

    ui::openMergeKitsDialog(f.ctx(), {kit});
    f.ui->frame(2);
    REQUIRE(f.ctx().mergeKits.run->undecided() == 2);
    REQUIRE(f.ui->clickItem("merge.allMaster"));
    f.ui->frame();
    CHECK(f.ctx().mergeKits.run->undecided() == 0);
    REQUIRE(ui::mergeKitsNow(f.ctx()));
    model::Event after = f.session->event();
    CHECK(groupNumbered(after, "1.10").title == "Master 1");
    CHECK(groupNumbered(after, "2.1").title == "Master 2");
    CHECK(model::findGroupByNumber(after, "1.3") != nullptr);
    CHECK(handInsOnDisk(f.master) == 1);
    // The choices stay made: the same kit handed in again asks nothing.
    CHECK(f.ctx().mergeKits.run->undecided() == 0);
    CHECK(f.ctx().mergeKits.run->bringsNothing());
}

TEST_CASE("dropped files open the merge dialog; what is not a kit of this event is refused",
          "[ui][merge]") {
    Fixture f;
    const fs::path kit = f.makeKit("Kari");
    editFile(kit, [](model::Event& event) { addGroup(event, "1.3", "Fra Kari"); });
    // A kit of another event, an event file that is not a kit, and a text file.
    Fixture other;
    const fs::path otherKit = other.makeKit("Annen");
    const fs::path notKit = f.dir / "vanlig.innspill";
    store::EventFile::create(notKit, model::makeEvent("Vanlig"));
    const fs::path text = f.dir / "notater.txt";
    test::writeFile(text, "ikke et kit\n");
    const model::Event before = f.session->event();

    SECTION("only bad files: refused, each with its reason, and nothing changes") {
        f.ctx().dropped = {otherKit, notKit, text};
        f.ui->frame(2);
        REQUIRE(f.has("merge.refused/Annen.innspill"));
        REQUIRE(f.has("merge.refused/vanlig.innspill"));
        REQUIRE(f.has("merge.refused/notater.txt"));
        const auto& refused = f.ctx().mergeKits.refused;
        REQUIRE(refused.size() == 3);
        CHECK(lang::render(lang::Language::Nb, refused[0].refusal).find("annet arrangement") !=
              std::string::npos);
        CHECK(lang::render(lang::Language::Nb, refused[1].refusal).find("ikke et kit") !=
              std::string::npos);
        CHECK_FALSE(refused[2].refusal.empty());
        CHECK(f.has("merge.blocked"));
        CHECK_FALSE(ui::mergeKitsNow(f.ctx()));
        CHECK(f.session->event() == before);
        CHECK(onDisk(f.master) == before);
        CHECK(handInsOnDisk(f.master) == 0);
    }
    SECTION("a good kit among them is merged on its own") {
        f.ctx().dropped = {kit, text};
        f.ui->frame(2);
        REQUIRE(f.has("merge.kit/Kari.innspill"));
        REQUIRE(f.has("merge.refused/notater.txt"));
        // A second drop while the dialog is open adds to it.
        f.ctx().dropped = {otherKit};
        f.ui->frame(2);
        CHECK(f.has("merge.kit/Kari.innspill"));
        CHECK(f.has("merge.refused/Annen.innspill"));
        REQUIRE(f.ui->clickItem("merge.remove/notater.txt"));
        f.ui->frame();
        CHECK_FALSE(f.has("merge.refused/notater.txt"));
        REQUIRE(f.ui->clickItem("merge.merge"));
        CHECK(model::findGroupByNumber(f.session->event(), "1.3") != nullptr);
        CHECK(handInsOnDisk(f.master) == 1);
    }
}

TEST_CASE("several kits are picked at once in the file browser", "[ui][merge][browser]") {
    Fixture f;
    const fs::path kari = f.makeKit("Kari");
    const fs::path ola = f.makeKit("Ola");
    editFile(kari, [](model::Event& event) { addGroup(event, "1.3", "Fra Kari"); });
    editFile(ola, [](model::Event& event) { addGroup(event, "1.4", "Fra Ola"); });

    ui::openMergeKitsDialog(f.ctx());
    f.ui->frame(2);
    CHECK(f.has("merge.none"));
    REQUIRE(f.ui->clickItem("merge.addKits"));
    f.ui->frame(2);
    ui::browseTo(f.ctx().mergeKits.browser, f.dir.path());
    f.ui->frame();
    REQUIRE(f.ui->clickItem("browser.entry/Kari.innspill"));
    ImGui::GetIO().KeyCtrl = true;
    REQUIRE(f.ui->clickItem("browser.entry/Ola.innspill"));
    ImGui::GetIO().KeyCtrl = false;
    f.ui->frame();
    CHECK(f.ctx().mergeKits.browser.marked.size() == 2);
    REQUIRE(f.ui->clickItem("browser.confirm"));
    f.ui->frame(2);
    REQUIRE(f.ctx().mergeKits.accepted.size() == 2);
    CHECK(f.has("merge.kit/Kari.innspill"));
    CHECK(f.has("merge.kit/Ola.innspill"));
    REQUIRE(f.ui->clickItem("merge.merge"));
    CHECK(model::findGroupByNumber(f.session->event(), "1.3") != nullptr);
    CHECK(model::findGroupByNumber(f.session->event(), "1.4") != nullptr);
    CHECK(handInsOnDisk(f.master) == 2);
    REQUIRE(f.session->undo());
    CHECK(handInsOnDisk(f.master) == 0);
    CHECK(model::findGroupByNumber(onDisk(f.master), "1.3") == nullptr);
}

// Not a test: writes a master and a kit with a conflict into
// $INNSPILL_MERGE_FIXTURE_DIR for the merge dialog's screenshot
// (screenshot_smoke.sh merge-dialog).
TEST_CASE("write the merge screenshot fixture", "[.merge-fixture]") {
    const char* folder = std::getenv("INNSPILL_MERGE_FIXTURE_DIR");
    REQUIRE(folder != nullptr);
    const fs::path master = fs::path(folder) / "master.innspill";
    const fs::path kit = fs::path(folder) / "kari.innspill";
    store::EventFile::create(master, test::sampleEvent(), true);
    app::makeKit(master, kit, "Kari Nordmann", true);
    editFile(kit, [](model::Event& event) {
        groupNumbered(event, "1.10").title = "Unge i lære – Karis tittel etter gruppemøtet";
        groupNumbered(event, "2.1").notes.challenges =
            "Kari skrev dette i kitet: mange verktøy, lite opplæring, og ingen felles inngang.";
        addGroup(event, "1.3", "Ny gruppe fra Kari");
    });
    editFile(master, [](model::Event& event) {
        groupNumbered(event, "1.10").title = "Unge i lære (hovedfilen)";
        groupNumbered(event, "2.1").notes.challenges = "Hovedfilen: for mange verktøy.";
    });
}
