// The command line, run as a user runs it: the real binary, its output,
// its exit code and the files it leaves.
#include "cli/cli_run.hpp"
#include "io/json_archive.hpp"
#include "store/backup.hpp"
#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <sqlite3.h>

using namespace innspill;

namespace {

using test::oneLine;
using test::Run;
using test::run;

} // namespace

TEST_CASE("cli: new, stats, check") {
    test::TempDir dir;
    const auto file = (dir / "ny.innspill").string();
    auto created = run(dir, {"new", file, "--title", "Åpen arena 2031"});
    REQUIRE(created.exitCode == 0);

    auto stats = run(dir, {"stats", file, "--json"});
    CHECK(stats.exitCode == 0);
    CHECK(stats.out == "{\"days\":0,\"rounds\":0,\"rooms\":0,\"groups\":0,\"inputs\":0,"
                       "\"subPoints\":0,\"people\":0,\"themes\":0,\"votedInputs\":0,\"votes\":0,"
                       "\"actions\":0,\"publicPhotos\":0,\"internalPhotos\":0}\n");
    auto check = run(dir, {"check", file});
    CHECK(check.exitCode == 0);
    CHECK(check.err.empty());

    SECTION("new refuses an existing file") {
        auto again = run(dir, {"new", file, "--title", "Annen"});
        CHECK(again.exitCode != 0);
        CHECK(oneLine(again.err));
        CHECK(again.err.find("finnes allerede") != std::string::npos);
    }
    SECTION("new needs a title and the .innspill extension") {
        CHECK(run(dir, {"new", (dir / "x.innspill").string()}).exitCode != 0);
        auto wrong = run(dir, {"new", (dir / "x.txt").string(), "--title", "X"});
        CHECK(wrong.exitCode != 0);
        CHECK(oneLine(wrong.err));
    }
}

TEST_CASE("cli: export json, import-json, export again is byte-identical") {
    test::TempDir dir;
    test::writeFile(dir / "in.json", io::writeJsonArchive(test::sampleEvent()));
    const auto file = (dir / "e.innspill").string();
    auto imported = run(dir, {"import-json", file, (dir / "in.json").string()});
    REQUIRE(imported.exitCode == 0);

    // The listing is for people, in their language (C: English).
    auto stats = run(dir, {"stats", file}, "C");
    CHECK(stats.exitCode == 0);
    CHECK(stats.out == "days 2\nrounds 3\nrooms 3\ngroups 5\ninputs 8\nsub-points 2\npeople 5\n"
                       "themes 5\ninputs with votes 0\nvotes (dots) 0\nactions 0\npublic photos 0\n"
                       "internal photos 0\n");

    REQUIRE(run(dir, {"export", file, "--format", "json", "-o", (dir / "out.json").string()})
                .exitCode == 0);
    CHECK(test::readFile(dir / "out.json") == test::readFile(dir / "in.json"));

    auto toStdout = run(dir, {"export", file, "--format", "json", "-o", "-"});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out == test::readFile(dir / "in.json"));

    const auto file2 = (dir / "e2.innspill").string();
    REQUIRE(run(dir, {"import-json", file2, (dir / "out.json").string()}).exitCode == 0);
    REQUIRE(run(dir, {"export", file2, "--format", "json", "-o", (dir / "out2.json").string()})
                .exitCode == 0);
    CHECK(test::readFile(dir / "out2.json") == test::readFile(dir / "in.json"));
    CHECK(run(dir, {"check", file2}).exitCode == 0);

    SECTION("import-json refuses to overwrite unless --force") {
        auto again = run(dir, {"import-json", file, (dir / "in.json").string()});
        CHECK(again.exitCode != 0);
        CHECK(oneLine(again.err));
        CHECK(run(dir, {"import-json", file, (dir / "in.json").string(), "--force"}).exitCode == 0);
    }
}

TEST_CASE("cli: a malformed archive creates nothing and names the position") {
    test::TempDir dir;
    test::writeFile(dir / "bad.json", "{\n  \"format\": \"innspill-event\",\n  \"version\": 1,\n  "
                                      "\"event\": {\"title\": \"x\",}\n}");
    const auto file = dir / "e.innspill";
    auto result = run(dir, {"import-json", file.string(), (dir / "bad.json").string()});
    CHECK(result.exitCode != 0);
    CHECK(oneLine(result.err));
    CHECK(result.err.find("linje 4") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(file));
    // Nothing half-made is left in the folder either.
    size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) {
        ++entries;
    }
    CHECK(entries == 2); // bad.json and stderr.txt

    auto missing = run(dir, {"import-json", file.string(), (dir / "nope.json").string()});
    CHECK(missing.exitCode != 0);
    CHECK(oneLine(missing.err));
}

TEST_CASE("cli: bad event files give one line and a non-zero exit, untouched") {
    test::TempDir dir;
    test::writeFile(dir / "text.innspill", "Dette er bare tekst.\n");
    for (const std::string command : {"stats", "check", "export"}) {
        std::vector<std::string> args{command, (dir / "text.innspill").string()};
        if (command == "export") {
            args.insert(args.end(), {"--format", "json", "-o", (dir / "o.json").string()});
        }
        auto result = run(dir, args);
        INFO(command);
        CHECK(result.exitCode != 0);
        CHECK(oneLine(result.err));
        CHECK(result.err.find("text.innspill") != std::string::npos);
        CHECK(result.err.find("ikke en Innspill-fil") != std::string::npos);
    }
    CHECK(test::readFile(dir / "text.innspill") == "Dette er bare tekst.\n");
    CHECK_FALSE(std::filesystem::exists(dir / "o.json"));
    auto missing = run(dir, {"stats", (dir / "nope.innspill").string()});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err.find("finnes ikke") != std::string::npos);
}

TEST_CASE("cli: a damaged event file is not exported: one line, non-zero exit, untouched") {
    // export and stats check the file only as far as they read it (no
    // whole-file check first): garbage over the pages they read still stops them.
    test::TempDir dir;
    const auto file = dir / "e.innspill";
    store::EventFile::create(file, test::sampleEvent());
    test::scribbleOverMiddle(file);
    const std::string damaged = test::readFile(file);
    for (const std::string format : {"html", "docx", "pdf", "json"}) {
        auto result = run(dir, {"export", file.string(), "--format", format, "-o",
                                (dir / ("o." + format)).string()});
        INFO(format);
        CHECK(result.exitCode != 0);
        CHECK(oneLine(result.err));
        CHECK(result.err.find("skadet") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(dir / ("o." + format)));
    }
    auto stats = run(dir, {"stats", file.string()});
    CHECK(stats.exitCode != 0);
    CHECK(oneLine(stats.err));
    CHECK(stats.err.find("skadet") != std::string::npos);
    CHECK(test::readFile(file) == damaged);
}

TEST_CASE("cli: check finds an inconsistent file") {
    test::TempDir dir;
    test::writeFile(dir / "in.json", io::writeJsonArchive(test::sampleEvent()));
    const auto file = dir / "e.innspill";
    REQUIRE(run(dir, {"import-json", file.string(), (dir / "in.json").string()}).exitCode == 0);
    // Break a rule the schema cannot express: a person with no name.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.string().c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE person SET name = '' WHERE seq = 1", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto result = run(dir, {"check", file.string()});
    CHECK(result.exitCode != 0);
    CHECK(result.err.find("mangler navn") != std::string::npos);
}

TEST_CASE("cli: usage errors and help") {
    test::TempDir dir;
    auto help = run(dir, {"--help"});
    CHECK(help.exitCode == 0);
    for (const char* command : {"open", "new", "import-json", "export", "stats", "check"}) {
        CHECK(help.out.find(command) != std::string::npos);
        auto sub = run(dir, {command, "--help"});
        INFO(command);
        CHECK(sub.exitCode == 0);
        CHECK_FALSE(sub.out.empty());
    }
    auto unknown = run(dir, {"frobnicate"});
    CHECK(unknown.exitCode != 0);
    CHECK(oneLine(unknown.err));
    auto format = run(dir, {"export", "x.innspill", "--format", "odt", "-o", "x.odt"});
    CHECK(format.exitCode != 0);
    CHECK(oneLine(format.err));
}

TEST_CASE("cli: restore lists backups and puts the newest good one back") {
    test::TempDir dir;
    const auto file = dir / "e.innspill";
    const model::Event sample = test::sampleEvent();
    store::EventFile::create(file, sample);

    auto none = run(dir, {"restore", file.string(), "--list"});
    CHECK(none.exitCode != 0);
    CHECK(oneLine(none.err));
    CHECK(none.err.find("fant ingen sikkerhetskopier") != std::string::npos);

    const auto older = store::makeBackup(file, store::BackupClock::now() - std::chrono::hours(2));
    const auto newer = store::makeBackup(file, store::BackupClock::now() - std::chrono::hours(1));
    test::scribbleOverMiddle(newer.path);
    auto list = run(dir, {"restore", file.string(), "--list"});
    CHECK(list.exitCode == 0);
    CHECK(list.out.find(newer.path.filename().string()) <
          list.out.find(older.path.filename().string()));
    CHECK(list.out.find("skadet") != std::string::npos);
    CHECK(list.out.find(std::to_string(sample.groups.size()) + " grupper") != std::string::npos);

    test::scribbleOverMiddle(file);
    const std::string damaged = test::readFile(file);
    auto restored = run(dir, {"restore", file.string()});
    CHECK(restored.exitCode == 0);
    CHECK(restored.out.find(older.path.filename().string()) != std::string::npos);
    CHECK(store::EventFile::open(file)->load() == sample);
    CHECK(test::readFile(restored.out.substr(restored.out.rfind("«") + 2,
                                             restored.out.rfind("»") - restored.out.rfind("«") -
                                                 2)) == damaged);

    auto bad = run(dir, {"restore", file.string(), "--backup", newer.path.string()});
    CHECK(bad.exitCode != 0);
    CHECK(oneLine(bad.err));
    CHECK(bad.err.find("ikke hel") != std::string::npos);
}
