// The CLI speaks the language of the environment (LANG, LC_MESSAGES, LC_ALL):
// Norwegian for nb/no, nynorsk (or its bokmål fallback) for nn, English for
// everything else, including C and an unset LANG. Errors included.
#include "cli/cli_run.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Letters and quotes only Norwegian text has here.
bool looksNorwegian(const std::string& text) {
    for (const char* mark : {"æ", "ø", "å", "Æ", "Ø", "Å", "«", "»"}) {
        if (contains(text, mark)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("cli language: new and stats follow LANG") {
    test::TempDir dir;
    const auto file = (dir / "e.innspill").string();

    const auto english = test::run(dir, {"new", file, "--title", "Arena"}, "en_US.UTF-8");
    REQUIRE(english.exitCode == 0);
    CHECK(english.out == "created " + file + "\n");

    CHECK(test::run(dir, {"stats", file}, "C").out.rfind("days 0\n", 0) == 0);
    CHECK(test::run(dir, {"stats", file}, "nb_NO.UTF-8").out.rfind("dager 0\n", 0) == 0);
    CHECK(test::run(dir, {"stats", file}, "no_NO.UTF-8").out.rfind("dager 0\n", 0) == 0);
    // Nynorsk, or bokmål where a text is not translated yet: never English.
    const auto nynorsk = test::run(dir, {"stats", file}, "nn_NO.UTF-8");
    CHECK(nynorsk.exitCode == 0);
    CHECK_FALSE(contains(nynorsk.out, "days"));
    CHECK(contains(nynorsk.out, "grupper 0\n"));
}

TEST_CASE("cli language: errors are one line in the environment's language") {
    test::TempDir dir;
    const auto missing = (dir / "finnes-ikke.innspill").string();

    const auto english = test::run(dir, {"stats", missing}, "C");
    CHECK(english.exitCode != 0);
    CHECK(test::oneLine(english.err));
    CHECK(contains(english.err, "cannot use"));
    CHECK(contains(english.err, "the file does not exist"));
    CHECK_FALSE(looksNorwegian(english.err));

    const auto norwegian = test::run(dir, {"stats", missing}, "nb_NO.UTF-8");
    CHECK(norwegian.exitCode == english.exitCode);
    CHECK(test::oneLine(norwegian.err));
    CHECK(contains(norwegian.err, "kan ikke bruke «"));
    CHECK(contains(norwegian.err, "filen finnes ikke"));

    const auto nynorsk = test::run(dir, {"stats", missing}, "nn_NO.UTF-8");
    CHECK(nynorsk.exitCode != 0);
    CHECK(test::oneLine(nynorsk.err));
    CHECK(looksNorwegian(nynorsk.err));
    CHECK_FALSE(contains(nynorsk.err, "cannot use"));

    SECTION("a usage error from the CLI itself") {
        const auto wrong = test::run(dir, {"new", (dir / "x.txt").string(), "--title", "X"}, "C");
        CHECK(wrong.exitCode != 0);
        CHECK(contains(wrong.err, "an event file must end in .innspill"));
        CHECK_FALSE(looksNorwegian(wrong.err));
        const auto rett = test::run(dir, {"new", (dir / "x.txt").string(), "--title", "X"});
        CHECK(contains(rett.err, "en arrangementsfil må slutte på .innspill"));
    }
    SECTION("a malformed archive: line and column in English") {
        test::writeFile(dir / "bad.json", "{\n  \"format\": ,\n}");
        const auto bad = test::run(
            dir, {"import-json", (dir / "new.innspill").string(), (dir / "bad.json").string()},
            "C");
        CHECK(bad.exitCode != 0);
        CHECK(test::oneLine(bad.err));
        CHECK(contains(bad.err, "cannot read"));
        CHECK(contains(bad.err, "line 2, column"));
        CHECK(contains(bad.err, "invalid JSON"));
        CHECK_FALSE(looksNorwegian(bad.err));
    }
}
