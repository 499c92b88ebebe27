// Actions on a challenge of the synthesis ("a group, or with the synthesis
// a challenge, can hold actions"): in the event file (and a file from
// before them), the JSON archive, the edits with undo, kits and merge by
// id, and the reports (under the challenge, in the table of all actions,
// CSV/XLSX).
#include "voted_event.hpp"

#include "app/edits_people.hpp"
#include "app/edits_votes.hpp"
#include "app/event_session.hpp"
#include "io/json_archive.hpp"
#include "io/report/csv_writer.hpp"
#include "io/report/data_table.hpp"
#include "io/report/html_writer.hpp"
#include "io/report/markdown_writer.hpp"
#include "io/report/report_document.hpp"
#include "store/event_file.hpp"
#include "store/schema.hpp"
#include "support/merge_master.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/sample_synthesis.hpp"
#include "support/sqlite_exec.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace innspill;

namespace {

// The sample synthesis; its first challenge ("Utfordring A" of the first
// theme) holds two actions: one a consenting person is responsible for,
// one free text.
model::Event eventWithChallengeActions() {
    model::Event event = test::sampleEventWithSynthesis();
    auto& challenge = event.synthesis.challenges.front();
    challenge.actions = {
        model::Action{model::Id::generate(), "Etablere nettverk", event.people[0].id.str(),
                      "Invitere kommunene", "2031-06-01", "Ett årsverk"},
        model::Action{model::Id::generate(), "Utrede modell", "Direktoratet", "", "før jul", ""},
    };
    return event;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("challenge actions: written, read back, changed row by row in the event file") {
    test::TempDir dir;
    const auto path = dir / "c.innspill";
    model::Event event = eventWithChallengeActions();
    auto file = store::EventFile::create(path, event);
    CHECK(test::onDisk(path) == event);

    const model::Synthesis before = event.synthesis;
    auto& actions = event.synthesis.challenges.front().actions;
    actions[1].who = "Fylkeskommunen";
    actions.erase(actions.begin());
    event.synthesis.challenges.back().actions.push_back(
        model::Action{model::Id::generate(), "Nytt", "", "", "", ""});
    file->writeSynthesisChange(before, event.synthesis);
    CHECK(test::onDisk(path) == event);
    CHECK(file->integrityProblems().empty());

    // Removing the challenge takes its actions along.
    const model::Synthesis withActions = event.synthesis;
    event.synthesis.challenges.erase(event.synthesis.challenges.begin());
    event.synthesis.priorities.clear();
    file->writeSynthesisChange(withActions, event.synthesis);
    store::Statement count(file->connection(),
                           "SELECT count(*) FROM challenge_action WHERE what != 'Nytt'");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 0);
    CHECK(test::onDisk(path) == event);
}

TEST_CASE("challenge actions: a file from before them reads without, then migrates") {
    REQUIRE(store::currentSchemaVersion() >= store::kChallengeActionsVersion);
    test::TempDir dir;
    const auto path = dir / "c.innspill";
    const model::Event plain = test::sampleEventWithSynthesis();
    store::EventFile::create(path, plain);
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
        test::exec(db, "DROP TABLE challenge_action");
        test::exec(db,
                   "PRAGMA user_version=" + std::to_string(store::kChallengeActionsVersion - 1));
        sqlite3_close(db);
    }
    CHECK(test::onDisk(path) == plain); // read-only: as it is, no actions
    auto opened = test::openEvent(path);
    auto& session = *opened.session;
    const model::Id challenge = session.event().synthesis.challenges.front().id;
    model::Id added;
    REQUIRE(session.apply(app::addChallengeAction(session.event(), challenge, &added)));
    REQUIRE(session.apply(app::setChallengeActionField(session.event(), challenge, added,
                                                       app::ActionField::What, "Pilot")));
    const auto disk = test::onDisk(path);
    REQUIRE(disk.synthesis.challenges.front().actions.size() == 1);
    CHECK(disk.synthesis.challenges.front().actions[0].what == "Pilot");
}

TEST_CASE("challenge actions: the JSON archive carries them, an archive without imports") {
    const model::Event event = eventWithChallengeActions();
    const std::string json = io::writeJsonArchive(event);
    CHECK(has(json, "\"what\": \"Etablere nettverk\""));
    const model::Event read = io::readJsonArchive(json);
    CHECK(read.synthesis == event.synthesis);
    CHECK(io::writeJsonArchive(read) == json);

    // As an archive from before: challenges without "actions".
    std::string old = io::writeJsonArchive(test::sampleEventWithSynthesis());
    size_t removed = 0;
    for (size_t at = old.find("\"actions\": []"); at != std::string::npos;
         at = old.find("\"actions\": []")) {
        size_t from = at;
        while (from > 0 && old[from - 1] != ',') {
            --from;
        }
        old.erase(from - 1, at + std::string("\"actions\": []").size() - (from - 1));
        ++removed;
    }
    CHECK(removed >= 3); // the groups' and the challenges'
    const model::Event imported = io::readJsonArchive(old);
    for (const auto& challenge : imported.synthesis.challenges) {
        CHECK(challenge.actions.empty());
    }
}

TEST_CASE("challenge actions: added, edited, given a person, removed, each one undo step") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    auto opened = test::createAndOpen(path, test::sampleEventWithSynthesis());
    auto& session = *opened.session;
    const model::Id challenge = session.event().synthesis.challenges.back().id;
    const auto actions = [&]() -> const std::vector<model::Action>& {
        return model::findChallenge(session.event().synthesis, challenge)->actions;
    };
    model::Id action;
    REQUIRE(session.apply(app::addChallengeAction(session.event(), challenge, &action)));
    REQUIRE(session.apply(app::setChallengeActionField(session.event(), challenge, action,
                                                       app::ActionField::NextStep, "Møte")));
    const model::Person silje = session.event().people[0];
    REQUIRE(
        session.apply(app::setChallengeActionPerson(session.event(), challenge, action, silje.id)));
    auto disk = test::onDisk(path);
    const auto& written = model::findChallenge(disk.synthesis, challenge)->actions;
    REQUIRE(written.size() == 1);
    CHECK(written[0].nextStep == "Møte");
    CHECK(model::actionWho(disk, written[0]) == "Silje Mæland");

    // A challenge that is gone: nothing to change.
    CHECK(app::addChallengeAction(session.event(), model::Id::generate()).empty());

    // Deleting the person keeps who it was as text; undo brings the link back.
    REQUIRE(session.apply(app::deletePeople(session.event(), {silje.id})));
    CHECK(actions()[0].who == "Silje Mæland");
    REQUIRE(session.undo());
    CHECK(actions()[0].who == silje.id.str());

    REQUIRE(session.apply(app::removeChallengeAction(session.event(), challenge, action)));
    CHECK(model::findChallenge(test::onDisk(path).synthesis, challenge)->actions.empty());
    REQUIRE(session.undo());
    CHECK(model::findChallenge(test::onDisk(path).synthesis, challenge)->actions.size() == 1);
    REQUIRE(session.undo()); // the person
    REQUIRE(session.undo()); // the next step
    REQUIRE(session.undo()); // the row
    CHECK(actions().empty());
    CHECK(model::findChallenge(test::onDisk(path).synthesis, challenge)->actions.empty());
}

TEST_CASE("challenge actions: kits merge them by id, both editing one field is a conflict") {
    test::Master master{eventWithChallengeActions(), {}};
    auto kit = test::handOut(master.event, "Kari");
    auto& kitActions = kit.event.synthesis.challenges.front().actions;
    kitActions[0].resources = "To årsverk"; // the kit edited an action
    kitActions.push_back(model::Action{model::Id::generate(), "Fra kitet", "", "", "", ""});
    kit.event.synthesis.challenges.back().actions.push_back(
        model::Action{model::Id::generate(), "Ny under C", "", "", "", ""});
    master.event.synthesis.challenges.front().actions[1].due = "i morgen"; // master edited another

    auto plan = master.handIn(kit);
    CHECK(plan.conflicts.empty());
    const auto& merged = master.event.synthesis.challenges.front().actions;
    REQUIRE(merged.size() == 3);
    CHECK(merged[0].resources == "To årsverk");
    CHECK(merged[1].due == "i morgen");
    CHECK(merged[2].what == "Fra kitet");
    REQUIRE(master.event.synthesis.challenges.back().actions.size() == 1);

    // A kit that changed nothing else keeps the master's actions as they are.
    auto quiet = test::handOut(master.event, "Per");
    quiet.event.synthesis.challenges.front().title = "Ny tittel";
    master.event.synthesis.challenges.front().actions[0].what = "Etablere nettverk nå";
    master.handIn(quiet);
    CHECK(master.event.synthesis.challenges.front().actions[0].what == "Etablere nettverk nå");
    CHECK(master.event.synthesis.challenges.front().title == "Ny tittel");

    auto second = test::handOut(master.event, "Ola");
    second.event.synthesis.challenges.front().actions[0].who = "Kommunen";
    master.event.synthesis.challenges.front().actions[0].who = "Staten";
    const auto conflicted = master.plan(second);
    REQUIRE(conflicted.conflicts.size() == 1);
    CHECK(conflicted.conflicts[0].field == "who");
    CHECK(conflicted.conflicts[0].entity == app::MergeEntity::Synthesis);
    const auto kitWins = app::resolveAll(conflicted, app::MergeChoice::Kit);
    REQUIRE(kitWins.ready());
    auto event = master.event;
    app::applyToModel(event, kitWins.change);
    CHECK(event.synthesis.challenges.front().actions[0].who == "Kommunen");
}

TEST_CASE("challenge actions in the reports: under the challenge, and in all actions") {
    const model::Event event = eventWithChallengeActions();
    io::report::ReportOptions options;
    options.kind = io::report::ReportKind::Challenges;
    const auto doc = io::report::buildReport(event, options);
    const auto& first = doc.challengeThemes.at(0).challenges.at(0);
    REQUIRE(first.actions.size() == 2);
    CHECK(first.actions[0].what == "Etablere nettverk");
    CHECK(first.actions[1].who == "Direktoratet");
    REQUIRE(doc.challengeActions.size() == 1);
    CHECK(doc.challengeActions[0].label == "Utfordring A (" + event.themes[0].name + ")");
    CHECK(doc.challengeActions[0].title == "Mangel på strukturert samarbeid");

    const std::string html = io::report::writeHtml(doc);
    const auto article = html.find("id=\"" + first.anchor + "\"");
    REQUIRE(article != std::string::npos);
    const auto end = html.find("</article>", article);
    CHECK(html.substr(article, end - article).find("Tiltak og ansvar") != std::string::npos);
    CHECK(has(html.substr(article, end - article), "Etablere nettverk"));
    const std::string markdown = io::report::writeMarkdown(doc);
    CHECK(has(markdown, "| Utfordring A (" + event.themes[0].name + ") | Etablere nettverk |"));

    // The proceedings: the table of all actions at the end names the challenge.
    const auto proceedings = io::report::buildReport(event, io::report::ReportOptions{});
    const auto all = io::report::allActions(proceedings);
    REQUIRE(all.size() == 2);
    CHECK(all[0].groupNumber == "Utfordring A (" + event.themes[0].name + ")");
    CHECK(has(io::report::writeHtml(proceedings), "Utfordring A (" + event.themes[0].name + ")"));

    const auto table = io::report::buildDataTable(event, io::report::ReportOptions{});
    REQUIRE(table.actionRows.size() == 2);
    CHECK(table.actionRows[0] ==
          std::vector<std::string>{"Utfordring A (" + event.themes[0].name + ")",
                                   "Mangel på strukturert samarbeid", "Etablere nettverk",
                                   "Silje Mæland", "Invitere kommunene", "2031-06-01",
                                   "Ett årsverk"});
    CHECK(has(io::report::writeCsv(table), "Utfordring A (" + event.themes[0].name + ")"));
}
