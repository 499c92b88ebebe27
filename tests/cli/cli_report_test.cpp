// What `innspill export` says about the groups it leaves out, and
// `import-notes` on a report extracted from a PDF: the page furniture it
// drops, line by line, and --names-published.
#include "cli/cli_run.hpp"
#include "io/json_archive.hpp"
#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace innspill;

namespace {

using test::oneLine;
using test::run;

const std::filesystem::path kNotes = INNSPILL_FIXTURES_DIR "/notes";

std::string eventFile(const test::TempDir& dir, const model::Event& event) {
    test::writeFile(dir / "in.json", io::writeJsonArchive(event));
    const auto file = (dir / "e.innspill").string();
    REQUIRE(run(dir, {"import-json", file, (dir / "in.json").string()}).exitCode == 0);
    return file;
}

} // namespace

TEST_CASE("cli: export says on stderr how many posted groups it leaves out, and why") {
    test::TempDir dir;
    const auto file = eventFile(dir, test::reportRulesEvent(model::NamePolicy::WithConsent));
    for (const char* format : {"md", "html", "docx", "pdf", "csv", "xlsx"}) {
        INFO(format);
        const auto out = (dir / (std::string("r.") + format)).string();
        const auto exported = run(dir, {"export", file, "--format", format, "-o", out});
        CHECK(exported.exitCode == 0);
        CHECK(exported.out == out + "\n");
        CHECK(exported.err ==
              "innspill: 2 grupper er ikke med: 1 slått opp, ikke gjennomført; 1 avlyst\n");
    }
    // To stdout: the file alone on stdout, the note on stderr; exit code 0.
    const auto piped = run(dir, {"export", file, "--format", "md", "-o", "-"}, "C");
    CHECK(piped.exitCode == 0);
    CHECK(piped.out.rfind("# ", 0) == 0);
    CHECK(piped.out.find("groups are left out") == std::string::npos);
    CHECK(piped.err == "innspill: 2 groups are left out: 1 posted, never met; 1 cancelled\n");
    CHECK(piped.out.find("Ingen innspill registrert.") != std::string::npos);
    CHECK(piped.out.find("gruppesesjon 4") == std::string::npos);
    // The archive holds every group: nothing is left out, nothing said.
    const auto json = run(dir, {"export", file, "--format", "json", "-o", "-"});
    CHECK(json.exitCode == 0);
    CHECK(json.err.empty());
}

TEST_CASE("cli: export says nothing when every posted group is printed") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    std::erase_if(event.groups, [](const model::Group& g) { return g.number == "1.2"; });
    const auto file = eventFile(dir, event);
    const auto exported = run(dir, {"export", file, "--format", "md", "-o", "-"});
    CHECK(exported.exitCode == 0);
    CHECK(exported.err.empty());
}

TEST_CASE("cli: import-notes --dry-run lists every line dropped as page furniture") {
    test::TempDir dir;
    const auto file = (dir / "notater.innspill").string();
    const auto dry =
        run(dir, {"import-notes", file, (kNotes / "footer-title-side.txt").string(), "--dry-run"});
    CHECK(dry.exitCode == 0);
    for (const auto& [line, text] : std::vector<std::pair<int, std::string>>{
             {18, "Innspill fra Åpen arena 2020 side 2"},
             {19, "https://arbeidoghelse.no/apen-arena-2020/"},
             {35, "Innspill fra Åpen arena 2020 side 3"},
             {50, "Innspill fra Åpen arena 2020 side 4"},
             {51, "https://arbeidoghelse.no/apen-arena-2020/"}}) {
        INFO(line);
        CHECK(dry.out.find("merk: linje " + std::to_string(line) +
                           ": utelatt som sidetall eller topp-/bunntekst: «" + text + "»") !=
              std::string::npos);
    }
    CHECK(dry.out.find("linje 32: utelatt") == std::string::npos); // "Trinn 1" is text
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("cli: import-notes --names-published records the initiators' and facilitators' consent") {
    test::TempDir dir;
    const auto file = (dir / "notater.innspill").string();
    const auto notes = (kNotes / "footer-n-av-m.txt").string();
    // Without the flag: nobody has consented, and the public report names nobody.
    REQUIRE(run(dir, {"import-notes", file, notes}).exitCode == 0);
    auto withheld = run(dir, {"export", file, "--format", "md", "-o", "-"});
    CHECK(withheld.out.find("Kari Nordmann") == std::string::npos);

    // Again with the flag: the same notes record consent, nothing else changes.
    const auto again = run(dir, {"import-notes", file, notes, "--names-published"});
    CHECK(again.exitCode == 0);
    CHECK(again.out.find("samtykke registrert for 4 initiativtakere og fasilitatorer") !=
          std::string::npos);
    const auto event = store::EventFile::open(file)->load();
    REQUIRE(event.people.size() == 4);
    for (const auto& person : event.people) {
        INFO(person.name);
        CHECK(person.consent);
    }
    const auto named = run(dir, {"export", file, "--format", "md", "-o", "-"});
    CHECK(named.out.find("Kari Nordmann") != std::string::npos);
    CHECK(named.out.find("Ola Nordmann") != std::string::npos);
}

TEST_CASE("cli: export --report challenges writes the challenge report in every format") {
    test::TempDir dir;
    const auto file = eventFile(dir, test::sampleEvent());
    for (const char* format : {"md", "html", "docx", "pdf", "csv", "xlsx"}) {
        INFO(format);
        const auto exported = run(dir, {"export", file, "--format", format, "--report",
                                        "challenges", "-o", dir.path().string()});
        CHECK(exported.exitCode == 0);
        CHECK(exported.out.find("utfordringsbilde." + std::string(format)) != std::string::npos);
    }
    const auto md =
        run(dir, {"export", file, "--format", "md", "--report", "challenges", "-o", "-"});
    CHECK(md.exitCode == 0);
    CHECK(md.out.find("**Utfordringsbilde**") != std::string::npos);
    const auto csv =
        run(dir, {"export", file, "--format", "csv", "--report", "challenges", "-o", "-"});
    CHECK(csv.out.find("Tema,Utfordring,Tiltak,Gruppenummer,Gruppetittel,Innspill,Merknad") !=
          std::string::npos);
    // An unknown kind: one line, non-zero, nothing written.
    const auto bad = run(dir, {"export", file, "--format", "md", "--report", "utfordring", "-o",
                               (dir / "x.md").string()});
    CHECK(bad.exitCode != 0);
    CHECK_FALSE(std::filesystem::exists(dir / "x.md"));
}
