// `innspill kit`, `merge` and `history`, run as a user runs them: the real
// binary, its output and exit code, and the master it leaves (checked with
// `innspill check` and `stats` every time). Facilitators' captures are made
// by writing to the kit files the way the app's session does.
#include "app/event_session.hpp"
#include "app/merge/merge_plan.hpp"
#include "cli/cli_run.hpp"
#include "store/event_file.hpp"
#include "store/kit_tables.hpp"
#include "support/on_disk.hpp"
#include "support/opened_event.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <tuple>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

using test::oneLine;
using test::Run;
using test::run;

size_t lines(const std::string& text) {
    return static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

model::Event load(const fs::path& path) {
    return test::onDisk(path);
}

// A facilitator's capture: one change written to the kit as the app writes it.
template <typename Edit> void capture(const fs::path& kit, Edit edit) {
    auto opened = test::openEvent(kit);
    auto& session = *opened.session;
    auto after = session.event();
    edit(after);
    REQUIRE(session.apply(app::diffEvents(session.event(), after)));
}

model::Group& numbered(model::Event& event, const std::string& number) {
    auto found = std::find_if(event.groups.begin(), event.groups.end(),
                              [&](const model::Group& g) { return g.number == number; });
    REQUIRE(found != event.groups.end());
    return *found;
}

// `check` says ok and `stats` counts `groups` groups.
void checkMaster(const test::TempDir& dir, const fs::path& master, size_t groups) {
    const auto check = run(dir, {"check", master.string()});
    INFO(check.err);
    CHECK(check.exitCode == 0);
    const auto stats = run(dir, {"stats", master.string()});
    CHECK(stats.exitCode == 0);
    CHECK(contains(stats.out, "grupper " + std::to_string(groups) + "\n"));
}

model::Event canonical(model::Event event) {
    const auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
    std::sort(event.people.begin(), event.people.end(), byId);
    std::sort(event.groups.begin(), event.groups.end(), byId);
    return event;
}

struct Fixture {
    test::TempDir dir;
    fs::path master = dir / "master.innspill";
    size_t groups = 0;

    Fixture() {
        store::EventFile::create(master, test::sampleEvent());
        groups = load(master).groups.size();
    }

    fs::path kit(const std::string& name, const std::string& facilitator) {
        const auto path = dir / (name + ".innspill");
        const auto made =
            run(dir, {"kit", master.string(), "-o", path.string(), "--facilitator", facilitator});
        INFO(made.err);
        REQUIRE(made.exitCode == 0);
        return path;
    }

    fs::path copyOfMaster(const std::string& name) {
        const auto path = dir / (name + ".innspill");
        fs::copy_file(master, path);
        return path;
    }
};

} // namespace

TEST_CASE("cli kits: two kits with disjoint groups come in, and history lists them") {
    Fixture f;
    const auto kari = f.kit("kari", "Kari Nordmann");
    const auto ola = f.kit("ola", "Ola Åsen");
    CHECK(contains(run(f.dir, {"history", kari.string()}).out, "delt ut"));
    capture(kari, [](model::Event& e) { e.groups.push_back(test::capturedGroup(e, "1.20", 10)); });
    capture(ola, [](model::Event& e) {
        e.groups.push_back(test::capturedGroup(e, "2.5", 4));
        numbered(e, "1.1").notes.challenges = "Skrevet av Ola";
    });

    const auto merged = run(f.dir, {"merge", f.master.string(), kari.string(), ola.string()});
    INFO(merged.err);
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.err.empty());
    CHECK(contains(merged.out, "1 ny gruppe, 10 nye innspill"));
    CHECK(contains(merged.out, "1 ny gruppe, 1 endret gruppe, 4 nye innspill"));
    checkMaster(f.dir, f.master, f.groups + 2);
    auto event = load(f.master);
    CHECK(numbered(event, "1.1").notes.challenges == "Skrevet av Ola");
    CHECK(numbered(event, "1.20").inputs.size() == 10);

    const auto history = run(f.dir, {"history", f.master.string()});
    CHECK(history.exitCode == 0);
    CHECK(lines(history.out) == 2);
    CHECK(contains(history.out, "Kari Nordmann: 1 ny gruppe, 10 nye innspill"));
    CHECK(contains(history.out, "Ola Åsen"));

    // The same history for an English reader: the counts are worded too.
    const auto english = run(f.dir, {"history", f.master.string()}, "en_GB.UTF-8");
    CHECK(english.exitCode == 0);
    CHECK(contains(english.out, "Kari Nordmann: 1 new group, 10 new inputs"));
    CHECK_FALSE(contains(english.out, "nye"));
}

TEST_CASE("cli kits: ten kits give the same master in either order") {
    Fixture f;
    std::vector<std::string> kits;
    for (int i = 0; i < 10; ++i) {
        const auto kit = f.kit("kit" + std::to_string(i), "Fasilitator " + std::to_string(i));
        capture(kit, [i](model::Event& e) {
            e.groups.push_back(test::capturedGroup(e, "1." + std::to_string(20 + i), 5));
            e.people.push_back(model::Person{model::Id::generate(), "Deltaker " + std::to_string(i),
                                             "", model::Perspective::User, false});
            e.groups.back().participants = {e.people.back().id};
        });
        kits.push_back(kit.string());
    }
    const auto reversedMaster = f.copyOfMaster("baklengs");

    std::vector<std::string> args{"merge", f.master.string()};
    args.insert(args.end(), kits.begin(), kits.end());
    const auto forward = run(f.dir, args);
    INFO(forward.err);
    REQUIRE(forward.exitCode == 0);

    std::vector<std::string> backwards{"merge", reversedMaster.string()};
    backwards.insert(backwards.end(), kits.rbegin(), kits.rend());
    REQUIRE(run(f.dir, backwards).exitCode == 0);

    checkMaster(f.dir, f.master, f.groups + 10);
    checkMaster(f.dir, reversedMaster, f.groups + 10);
    CHECK(canonical(load(f.master)) == canonical(load(reversedMaster)));
    CHECK(lines(run(f.dir, {"history", f.master.string()}).out) == 10);
}

TEST_CASE("cli kits: the same kit handed in twice changes nothing the second time") {
    Fixture f;
    const auto kit = f.kit("kari", "Kari");
    capture(kit, [](model::Event& e) { e.groups.push_back(test::capturedGroup(e, "1.20", 3)); });
    REQUIRE(run(f.dir, {"merge", f.master.string(), kit.string()}).exitCode == 0);
    const auto before = test::readFile(f.master);

    const auto again = run(f.dir, {"merge", f.master.string(), kit.string()});
    CHECK(again.exitCode == 0);
    CHECK(contains(again.out, "ingenting nytt"));
    CHECK(test::readFile(f.master) == before);
    CHECK(contains(run(f.dir, {"merge", f.master.string(), kit.string()}, "C").out, "nothing new"));
    // Named twice in one call: the same.
    CHECK(run(f.dir, {"merge", f.master.string(), kit.string(), kit.string()}).exitCode == 0);
    CHECK(test::readFile(f.master) == before);
    checkMaster(f.dir, f.master, f.groups + 1);
    CHECK(lines(run(f.dir, {"history", f.master.string()}).out) == 1);
}

TEST_CASE("cli kits: handed in, edited more, handed in again") {
    Fixture f;
    const auto kit = f.kit("kari", "Kari");
    capture(kit, [](model::Event& e) { e.groups.push_back(test::capturedGroup(e, "1.20", 3)); });
    REQUIRE(run(f.dir, {"merge", f.master.string(), kit.string()}).exitCode == 0);
    capture(kit, [](model::Event& e) {
        numbered(e, "1.20").inputs.push_back(
            model::Input{model::Id::generate(), "Etter første innlevering", {}, {}, {}});
        numbered(e, "1.20").participantCount = 9;
    });

    const auto again = run(f.dir, {"merge", f.master.string(), kit.string()});
    INFO(again.err);
    REQUIRE(again.exitCode == 0);
    CHECK(contains(again.out, "1 endret gruppe, 1 nytt innspill"));
    checkMaster(f.dir, f.master, f.groups + 1);
    auto event = load(f.master);
    CHECK(numbered(event, "1.20").inputs.size() == 4);
    CHECK(numbered(event, "1.20").participantCount == 9);
    CHECK(lines(run(f.dir, {"history", f.master.string()}).out) == 2);
}

TEST_CASE("cli kits: a conflicting edit is reported and nothing is written") {
    Fixture f;
    const auto kit = f.kit("kari", "Kari");
    capture(kit, [](model::Event& e) {
        numbered(e, "1.1").title = "Kitets tittel";
        e.groups.push_back(test::capturedGroup(e, "1.20", 2));
    });
    capture(f.master, [](model::Event& e) { numbered(e, "1.1").title = "Hovedfilens tittel"; });
    const auto before = test::readFile(f.master);

    const auto refused = run(f.dir, {"merge", f.master.string(), kit.string()});
    CHECK(refused.exitCode == 2);
    CHECK(lines(refused.err) == 2); // the conflict, then the verdict
    CHECK(contains(refused.err, "gruppe 1.1"));
    CHECK(contains(refused.err, "tittel: hovedfilen «Hovedfilens tittel», kitet «Kitets tittel»"));
    CHECK(contains(refused.err, "ingenting er skrevet"));
    CHECK(test::readFile(f.master) == before);
    CHECK(run(f.dir, {"merge", f.master.string(), kit.string(), "--dry-run"}).exitCode == 2);
    CHECK(test::readFile(f.master) == before);
    checkMaster(f.dir, f.master, f.groups);

    SECTION("--prefer kit") {
        const auto merged =
            run(f.dir, {"merge", f.master.string(), kit.string(), "--prefer", "kit"});
        INFO(merged.err);
        REQUIRE(merged.exitCode == 0);
        CHECK(contains(merged.out, "løst: gruppe 1.1"));
        auto event = load(f.master);
        CHECK(numbered(event, "1.1").title == "Kitets tittel");
        checkMaster(f.dir, f.master, f.groups + 1);
    }
    SECTION("--prefer master") {
        REQUIRE(
            run(f.dir, {"merge", f.master.string(), kit.string(), "--prefer", "master"}).exitCode ==
            0);
        auto event = load(f.master);
        CHECK(numbered(event, "1.1").title == "Hovedfilens tittel");
        checkMaster(f.dir, f.master, f.groups + 1);
        // Settled: handing the kit in again brings nothing and asks nothing.
        const auto again = run(f.dir, {"merge", f.master.string(), kit.string()});
        CHECK(again.exitCode == 0);
        CHECK(contains(again.out, "ingenting nytt"));
    }
}

TEST_CASE("cli kits: the same number posted in two kits") {
    Fixture f;
    const auto kari = f.kit("kari", "Kari");
    const auto ola = f.kit("ola", "Ola");
    capture(kari, [](model::Event& e) { e.groups.push_back(test::capturedGroup(e, "1.20", 1)); });
    capture(ola, [](model::Event& e) {
        auto group = test::capturedGroup(e, "1.20", 2);
        group.title = "Olas tema";
        e.groups.push_back(group);
    });
    const auto before = test::readFile(f.master);

    const auto refused = run(f.dir, {"merge", f.master.string(), kari.string(), ola.string()});
    CHECK(refused.exitCode == 2);
    CHECK(contains(refused.err, "samme gruppenummer to steder"));
    CHECK(test::readFile(f.master) == before);

    REQUIRE(
        run(f.dir, {"merge", f.master.string(), kari.string(), ola.string(), "--prefer", "master"})
            .exitCode == 0);
    checkMaster(f.dir, f.master, f.groups + 2);
    auto event = load(f.master);
    CHECK(numbered(event, "1.20").title == "Gruppe 1.20");
    CHECK(numbered(event, "1.21").title == "Olas tema");
}

TEST_CASE("cli kits: deleted in a kit, edited in the master") {
    Fixture f;
    const auto kit = f.kit("kari", "Kari");
    capture(kit, [](model::Event& e) {
        const auto id = numbered(e, "1.2").id;
        e.groups.erase(std::remove_if(e.groups.begin(), e.groups.end(),
                                      [&](const model::Group& g) { return g.id == id; }),
                       e.groups.end());
    });
    capture(f.master, [](model::Event& e) { numbered(e, "1.2").reportNote = "Likevel holdt"; });
    const auto before = test::readFile(f.master);

    const auto refused = run(f.dir, {"merge", f.master.string(), kit.string()});
    CHECK(refused.exitCode == 2);
    CHECK(contains(refused.err, "slettet i kitet, endret i hovedfilen"));
    CHECK(test::readFile(f.master) == before);

    REQUIRE(run(f.dir, {"merge", f.master.string(), kit.string(), "--prefer", "kit"}).exitCode ==
            0);
    checkMaster(f.dir, f.master, f.groups - 1);
}

TEST_CASE("cli kits: what is not a kit of this master is refused and nothing changes") {
    Fixture f;
    const auto kit = f.kit("kari", "Kari");
    capture(kit, [](model::Event& e) { e.groups.push_back(test::capturedGroup(e, "1.20", 1)); });
    const auto before = test::readFile(f.master);
    const auto refusedWith = [&](const std::vector<std::string>& args, const std::string& reason) {
        const auto refused = run(f.dir, args);
        INFO(refused.err);
        CHECK(refused.exitCode == 1);
        CHECK(oneLine(refused.err));
        CHECK(contains(refused.err, reason));
        CHECK(test::readFile(f.master) == before);
    };

    SECTION("a kit of another event") {
        const auto other = f.dir / "annet.innspill";
        store::EventFile::create(other, test::sampleEvent());
        const auto otherKit = f.dir / "annet-kit.innspill";
        REQUIRE(run(f.dir, {"kit", other.string(), "-o", otherKit.string()}).exitCode == 0);
        refusedWith({"merge", f.master.string(), kit.string(), otherKit.string()},
                    "et kit av et annet arrangement");
    }
    SECTION("a truncated kit") {
        const auto truncated = f.dir / "avkortet.innspill";
        const auto bytes = test::readFile(kit);
        test::writeFile(truncated, bytes.substr(0, bytes.size() / 2 + 100));
        refusedWith({"merge", f.master.string(), truncated.string()}, "skadet");
    }
    SECTION("a file that is not a kit") {
        refusedWith({"merge", f.master.string(), f.copyOfMaster("kopi").string()},
                    "er ikke et kit");
    }
    SECTION("the master itself") {
        refusedWith({"merge", f.master.string(), f.master.string()}, "hovedfilen selv");
        refusedWith({"kit", f.master.string(), "-o", f.master.string(), "--force"},
                    "hovedfilen selv");
    }
    SECTION("a kit in place of the master") {
        const auto kitBefore = test::readFile(kit);
        const auto refused = run(f.dir, {"merge", kit.string(), kit.string()});
        CHECK(refused.exitCode == 1);
        CHECK(test::readFile(kit) == kitBefore);
    }
    SECTION("an existing kit file is not overwritten without --force") {
        refusedWith({"kit", f.master.string(), "-o", kit.string()}, "finnes allerede");
        CHECK(run(f.dir, {"kit", f.master.string(), "-o", kit.string(), "--force"}).exitCode == 0);
    }
    checkMaster(f.dir, f.master, f.groups);
}

TEST_CASE("cli kits: --dry-run shows what would come in and writes nothing") {
    Fixture f;
    const auto kit = f.kit("kari", "Kari");
    capture(kit, [](model::Event& e) { e.groups.push_back(test::capturedGroup(e, "1.20", 2)); });
    const auto before = test::readFile(f.master);
    const auto dry = run(f.dir, {"merge", f.master.string(), kit.string(), "--dry-run"});
    CHECK(dry.exitCode == 0);
    CHECK(contains(dry.out, "1 ny gruppe, 2 nye innspill"));
    CHECK(contains(dry.out, "ingenting er skrevet"));
    CHECK(test::readFile(f.master) == before);
    checkMaster(f.dir, f.master, f.groups);
}

TEST_CASE("cli kits: two kits naming the same new person and round give one of each") {
    Fixture f;
    const auto kari = f.kit("kari", "Kari");
    const auto per = f.kit("per", "Per");
    // Each facilitator adds day 2's second round (round 4 of the event) and
    // types the same new initiator; one of them knows her organisation.
    const auto addRoundAndGroup = [](const fs::path& kit, const std::string& number,
                                     const std::string& organisation) {
        capture(kit, [&](model::Event& e) {
            model::Round round{model::Id::generate(), "", "11:00", "12:30"};
            e.days.at(1).rounds.push_back(round);
            model::Person person{model::Id::generate(), "Ola Normann", organisation,
                                 model::Perspective::Unspecified, false};
            e.people.push_back(person);
            auto group = test::capturedGroup(e, number, 2);
            group.title = "Gruppe fra " + number;
            group.roundId = round.id;
            group.initiators = {person.id};
            e.groups.push_back(group);
        });
    };
    addRoundAndGroup(kari, "4.1", "");
    addRoundAndGroup(per, "4.2", "NAV");

    const auto merged = run(f.dir, {"merge", f.master.string(), kari.string(), per.string()});
    INFO(merged.err);
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.err.empty());
    CHECK(contains(merged.out, "1 person slått sammen med registeret: Ola Normann"));
    checkMaster(f.dir, f.master, f.groups + 2);
    auto event = load(f.master);
    CHECK(std::count_if(event.people.begin(), event.people.end(),
                        [](const model::Person& p) { return p.name == "Ola Normann"; }) == 1);
    CHECK(event.days.at(1).rounds.size() == 2);
    CHECK(numbered(event, "4.1").roundId == numbered(event, "4.2").roundId);

    // In the report both groups stand under one heading, the right one.
    const auto report = run(f.dir, {"export", f.master.string(), "--format", "md", "-o", "-"});
    REQUIRE(report.exitCode == 0);
    const std::string title = "</a>DAG 2, gruppesesjon 4\n"; // the heading, not the contents
    const auto heading = report.out.find(title);
    REQUIRE(heading != std::string::npos);
    CHECK(report.out.find(title, heading + 1) == std::string::npos);
    CHECK_FALSE(contains(report.out, "gruppesesjon 5"));
    CHECK(report.out.find("Gruppe fra 4.1", heading) != std::string::npos);
    CHECK(report.out.find("Gruppe fra 4.2", heading) != std::string::npos);

    // Handing both in again changes nothing.
    const auto again = run(f.dir, {"merge", f.master.string(), kari.string(), per.string()});
    CHECK(again.exitCode == 0);
    CHECK(load(f.master) == event);
}

TEST_CASE("cli kits: the same name with another organisation is one conflict") {
    Fixture f;
    const auto kari = f.kit("kari", "Kari");
    const auto per = f.kit("per", "Per");
    for (const auto& entry : {std::tuple{kari, "NAV", "1.20"}, std::tuple{per, "Sintef", "1.21"}}) {
        // Named, not bound: clang 14 cannot capture a structured binding.
        const auto& kit = std::get<0>(entry);
        const char* organisation = std::get<1>(entry);
        const char* number = std::get<2>(entry);
        capture(kit, [&](model::Event& e) {
            model::Person person{model::Id::generate(), "Ola Normann", organisation,
                                 model::Perspective::Unspecified, false};
            e.people.push_back(person);
            auto group = test::capturedGroup(e, number, 1);
            group.initiators = {person.id};
            e.groups.push_back(group);
        });
    }
    const auto before = load(f.master);
    const auto merged = run(f.dir, {"merge", f.master.string(), kari.string(), per.string()});
    CHECK(merged.exitCode != 0);
    CHECK(lines(merged.err) == 2); // the conflict and "1 konflikt …"
    CHECK(load(f.master) == before);
}

TEST_CASE("cli writers refuse a file the app has open") {
    Fixture f;
    const auto kit = f.kit("kari", "Kari");
    capture(kit, [](model::Event& e) { e.groups.push_back(test::capturedGroup(e, "1.20", 1)); });
    const auto notes = f.dir / "notater.txt";
    test::writeFile(notes, "DAG 1, gruppesesjon 1\n\n1.30 Fra notater\nInnspill til strategien:\n"
                           "• Et innspill\n");
    const auto archive = f.dir / "arkiv.json";
    REQUIRE(run(f.dir, {"export", f.master.string(), "--format", "json", "-o", archive.string()})
                .exitCode == 0);
    const auto before = load(f.master);

    auto opened = test::openEvent(f.master); // the app has the master open
    const auto refused = [&](const std::vector<std::string>& args) {
        const auto result = run(f.dir, args);
        INFO(result.out + result.err);
        CHECK(result.exitCode != 0);
        CHECK(oneLine(result.err));
        CHECK(contains(result.err, "allerede åpen"));
        CHECK(load(f.master) == before);
    };
    refused({"merge", f.master.string(), kit.string()});
    refused({"import-notes", f.master.string(), notes.string()});
    refused({"import-json", f.master.string(), archive.string(), "--force"});
    refused({"restore", f.master.string(), "--backup", archive.string()});
    // Reading is fine meanwhile.
    CHECK(run(f.dir, {"merge", f.master.string(), kit.string(), "--dry-run"}).exitCode == 0);
    CHECK(run(f.dir, {"import-notes", f.master.string(), notes.string(), "--dry-run"}).exitCode ==
          0);
    CHECK(load(f.master) == before);

    opened.session.reset(); // the app closes it
    const auto merged = run(f.dir, {"merge", f.master.string(), kit.string()});
    INFO(merged.err);
    CHECK(merged.exitCode == 0);
    CHECK(run(f.dir, {"import-notes", f.master.string(), notes.string()}).exitCode == 0);
}
