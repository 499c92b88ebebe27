// Messages that reach a person, worded in the reader's language: lang::Message
// itself (nesting, words as arguments), store::FileError and io::ParseError
// through app::describe, undo labels and merge words. English must carry no
// Norwegian and the other way round.
#include "app/change.hpp"
#include "app/merge/merge_plan.hpp"
#include "app/messages.hpp"
#include "io/atomic_write.hpp"
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "io/read_file.hpp"
#include "lang/message.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using lang::Language;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

bool hasNorwegianLetters(const std::string& text) {
    for (const char* mark : {"æ", "ø", "å", "Æ", "Ø", "Å", "«", "»"}) {
        if (contains(text, mark)) {
            return true;
        }
    }
    return false;
}

// Words that give away the other language even without æøå.
bool hasNorwegianWords(const std::string& text) {
    for (const char* word : {"filen", "ikke", "kan ", "linje", "kolonne", "mappen", "gruppe"}) {
        if (contains(text, word)) {
            return true;
        }
    }
    return false;
}

bool hasEnglishWords(const std::string& text) {
    for (const char* word : {"the ", "cannot", "file ", "line ", "column", "folder", "does not"}) {
        if (contains(text, word)) {
            return true;
        }
    }
    return false;
}

// Both wordings of one message: the English one free of Norwegian, the
// bokmål one free of English, and the two different.
void checkBothWays(const std::string& nb, const std::string& en) {
    INFO("nb: " << nb);
    INFO("en: " << en);
    CHECK(nb != en);
    CHECK_FALSE(hasNorwegianLetters(en));
    CHECK_FALSE(hasNorwegianWords(en));
    CHECK_FALSE(hasEnglishWords(nb));
}

} // namespace

TEST_CASE("messages: a message is a key and arguments, worded per language") {
    const auto message = lang::message("fileError.tooNew", {{"version", "9"}, {"supported", "6"}});
    CHECK(lang::render(Language::Nb, message) ==
          "laget av en nyere versjon av Innspill (skjema 9, denne versjonen kan 6); oppdater "
          "Innspill");
    CHECK(lang::render(Language::En, message) ==
          "made by a newer version of Innspill (schema 9, this version reads up to 6); update "
          "Innspill");
    // Missing nynorsk falls back to bokmål, never to English.
    CHECK_FALSE(hasEnglishWords(lang::render(Language::Nn, message)));
}

TEST_CASE("messages: words and nested messages as arguments") {
    SECTION("a word argument is worded in the sentence's language") {
        auto message = lang::Message{"fileError.unknownValue", {}}
                           .withWord("what", "fileError.word.perspective")
                           .with("value", "x");
        CHECK(lang::render(Language::Nb, message) == "ukjent perspektiv «x»");
        CHECK(lang::render(Language::En, message) == "unknown perspective “x”");
    }
    SECTION("a nested message keeps its own arguments apart from the outer ones") {
        const auto inner = lang::message("fileError.cannotRead", {{"detail", "inner"}});
        auto outer = lang::Message{"fileError.backupFailedCheck", {}}.withMessage("cause", inner);
        outer.with("detail", "outer");
        CHECK(lang::render(Language::En, outer) ==
              "the backup did not pass the check (cannot read the file (inner))");
    }
    SECTION("a plain value that starts with @ stays plain text") {
        const auto message = lang::message("fileError.system", {{"detail", "@fileError.empty"}});
        CHECK(lang::render(Language::En, message) == "@fileError.empty");
    }
    SECTION("a message that names itself does not recurse forever") {
        lang::Message message{"fileError.system", {{"detail", "@fileError.system"}}};
        CHECK_FALSE(lang::render(Language::En, message).empty());
    }
}

TEST_CASE("messages: every kind of file error, in English and in bokmål") {
    test::TempDir dir;
    const auto path = dir / "x.innspill";
    std::vector<lang::Message> reasons = {
        lang::message("fileError.notFound"),
        lang::message("fileError.exists"),
        lang::message("fileError.notInnspill"),
        lang::message("fileError.truncated"),
        lang::message("fileError.tooNew", {{"version", "9"}, {"supported", "6"}}),
        lang::message("fileError.alreadyOpen"),
        lang::message("fileError.notWritable"),
        lang::message("fileError.diskFull"),
        lang::message("fileError.cannotOpen"),
        lang::message("fileError.subPointTooDeep"),
        lang::Message{"fileError.damagedBecause", {}}.withMessage("cause",
                                                                  lang::message("fileError.busy")),
    };
    for (const auto& reason : reasons) {
        const store::FileError error(store::FileErrorKind::Io, path, reason);
        const auto nb = app::describe(error, Language::Nb);
        const auto en = app::describe(error, Language::En);
        CHECK(contains(nb, "«" + path.string() + "»"));
        CHECK(contains(en, path.string()));
        checkBothWays(nb, en);
        // what() is the bokmål reason, for logs.
        CHECK(std::string(error.what()) == lang::render(Language::Nb, reason));
    }
}

TEST_CASE("messages: a real store failure is worded in the reader's language") {
    test::TempDir dir;
    const auto path = dir / "mangler.innspill";
    try {
        store::EventFile::open(path);
        FAIL("opened a file that does not exist");
    } catch (const store::FileError& error) {
        CHECK(error.kind() == store::FileErrorKind::NotFound);
        CHECK(app::describe(error, Language::Nb) ==
              "kan ikke bruke «" + path.string() + "»: filen finnes ikke");
        CHECK(app::describe(error, Language::En) ==
              "cannot use “" + path.string() + "”: the file does not exist");
    }
}

TEST_CASE("messages: a parse error with its line and column") {
    try {
        io::readJsonArchive("{\n  \"format\": ,\n}");
        FAIL("read a malformed archive");
    } catch (const io::ParseError& error) {
        REQUIRE(error.line() == 2);
        const auto nb = app::describe(error, "arkiv.json", Language::Nb);
        const auto en = app::describe(error, "arkiv.json", Language::En);
        CHECK(contains(nb, "«arkiv.json» linje 2, kolonne "));
        CHECK(contains(en, "“arkiv.json” line 2, column "));
        CHECK(contains(en, "invalid JSON"));
        checkBothWays(nb, en);
    }
    SECTION("a field of the archive") {
        try {
            io::readJsonArchive(R"({"format": "noe annet", "version": 1})");
            FAIL("read an archive of another format");
        } catch (const io::ParseError& error) {
            checkBothWays(app::describe(error, "a.json", Language::Nb),
                          app::describe(error, "a.json", Language::En));
        }
    }
}

TEST_CASE("messages: read and write errors of other files") {
    test::TempDir dir;
    try {
        io::readInputFile(dir / "borte.txt", 1024);
        FAIL("read a missing file");
    } catch (const io::ReadError& error) {
        checkBothWays(app::describe(error, Language::Nb), app::describe(error, Language::En));
        CHECK(app::describe(error, Language::En) ==
              "cannot read “" + (dir / "borte.txt").string() + "”: the file does not exist");
    }
    try {
        io::writeFileAtomically(dir / "ingen-mappe" / "ut.md", "x");
        FAIL("wrote into a missing folder");
    } catch (const io::WriteError& error) {
        checkBothWays(app::describe(error, Language::Nb), app::describe(error, Language::En));
    }
}

TEST_CASE("messages: undo labels are worded when shown") {
    const app::Change plain("undo.changeTitle");
    CHECK(plain.labelText(Language::Nb) == "Endre tittel");
    CHECK(plain.labelText(Language::En) == "Change title");
    const app::Change withNumber(lang::message("undo.wall.cancel", {{"number", "1.1"}}));
    CHECK(withNumber.labelText() == "Merk 1.1 som avlyst");
    CHECK(withNumber.labelText(Language::En) == "Mark 1.1 as cancelled");
    const app::Change about("undo.changeAbout");
    checkBothWays(about.labelText(Language::Nb), about.labelText(Language::En));
}

TEST_CASE("messages: merge words") {
    for (const auto kind : {app::ConflictKind::BothChanged, app::ConflictKind::DeletedInKit,
                            app::ConflictKind::DeletedInMaster, app::ConflictKind::NumberTaken,
                            app::ConflictKind::SamePerson}) {
        const auto nb = app::describeKind(kind, Language::Nb);
        const auto en = app::describeKind(kind, Language::En);
        CHECK_FALSE(nb.empty());
        CHECK(nb != en);
        CHECK_FALSE(hasNorwegianLetters(en));
    }
    model::HandInCounts counts;
    counts.groupsAdded = 1;
    counts.inputsAdded = 3;
    CHECK(app::describeCounts(counts, Language::Nb) == "1 ny gruppe, 3 nye innspill");
    CHECK(app::describeCounts(counts, Language::En) == "1 new group, 3 new inputs");
    CHECK(app::describeCounts({}, Language::En) == "no groups, inputs or people");
}
