// `innspill export --report sheets|wall|forms`: PDF only, one group or all,
// A3 or A4, named after the event in a folder; bad options said on one line
// with a non-zero exit and nothing written.
#include "cli/cli_run.hpp"
#include "io/json_archive.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace innspill;
using test::run;

namespace {

std::string eventFile(const test::TempDir& dir) {
    test::writeFile(dir / "in.json", io::writeJsonArchive(test::sampleEvent()));
    const auto file = (dir / "e.innspill").string();
    REQUIRE(run(dir, {"import-json", file, (dir / "in.json").string()}).exitCode == 0);
    return file;
}

} // namespace

TEST_CASE("cli: news-wall sheets, the wall and forms as PDF") {
    test::TempDir dir;
    const auto file = eventFile(dir);
    const auto sheet = (dir / "1.1.pdf").string();
    const auto one = run(dir, {"export", file, "--format", "pdf", "--report", "sheets", "--group",
                               "1.1", "--paper", "a3", "-o", sheet});
    CHECK(one.exitCode == 0);
    CHECK(one.out == sheet + "\n");
    CHECK(test::readFile(sheet).rfind("%PDF-", 0) == 0);

    std::filesystem::create_directory(dir / "out");
    const auto wall = run(
        dir, {"export", file, "--format", "pdf", "--report", "wall", "-o", (dir / "out").string()});
    CHECK(wall.exitCode == 0);
    CHECK(wall.out.find(" - vegg.pdf\n") != std::string::npos);
    const auto forms =
        run(dir, {"export", file, "--format", "pdf", "--report", "forms", "-o", "-"});
    CHECK(forms.exitCode == 0);
    CHECK(forms.out.rfind("%PDF-", 0) == 0);
}

TEST_CASE("cli: news-wall papers refuse what they cannot print, writing nothing") {
    test::TempDir dir;
    const auto file = eventFile(dir);
    const auto out = (dir / "x.pdf").string();
    const auto missing = run(dir, {"export", file, "--format", "pdf", "--report", "sheets",
                                   "--group", "9.9", "-o", out});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err == "innspill: ingen gruppe med nummer «9.9» å skrive ut\n");
    const auto cancelled = run(
        dir, {"export", file, "--format", "pdf", "--report", "forms", "--group", "1.2", "-o", out});
    CHECK(cancelled.exitCode != 0);
    const auto html = run(dir, {"export", file, "--format", "html", "--report", "wall", "-o", out});
    CHECK(html.exitCode != 0);
    CHECK(html.err.find("--format pdf") != std::string::npos);
    const auto paper = run(dir, {"export", file, "--format", "pdf", "--paper", "a3", "-o", out});
    CHECK(paper.exitCode != 0);
    const auto wallGroup = run(
        dir, {"export", file, "--format", "pdf", "--report", "wall", "--group", "1.1", "-o", out});
    CHECK(wallGroup.exitCode != 0);
    CHECK_FALSE(std::filesystem::exists(out));
}
