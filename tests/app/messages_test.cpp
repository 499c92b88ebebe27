// Messages that reach a person, worded in the reader's language: lang::Message
// itself (nesting, words as arguments), store::FileError and io::ParseError
// through app::describe, undo labels and merge words. English must carry no
// Norwegian and the other way round.
#include "app/change.hpp"
#include "app/merge/merge_plan.hpp"
#include "app/messages.hpp"
#include "app/settings.hpp"
#include "io/atomic_write.hpp"
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "io/read_file.hpp"
#include "lang/message.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
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

namespace {

// The sample event with every name, title and text made neutral (no word of
// either language), so that what the checks find is the merge's own words.
model::Event neutralEvent() {
    auto event = test::sampleEvent();
    int n = 0;
    const auto next = [&] { return "X" + std::to_string(++n); };
    for (auto& person : event.people) {
        person.name = next();
        person.organisation = next();
    }
    for (auto& theme : event.themes) {
        theme.name = next();
        theme.description.clear();
    }
    for (auto& room : event.rooms) {
        room.name = next();
    }
    for (auto& group : event.groups) {
        group.title = next();
        for (auto& input : group.inputs) {
            input.text = next();
            for (auto& child : input.children) {
                child.text = next();
            }
        }
    }
    return event;
}

app::KitContents kitOf(const model::Event& master) {
    return app::KitContents{model::KitRecord{model::Id::generate(), master.id, "K",
                                             "2031-01-22T09:00:00Z", io::writeJsonArchive(master)},
                            master};
}

model::Group& numbered(model::Event& event, const std::string& number) {
    auto found = std::find_if(event.groups.begin(), event.groups.end(),
                              [&](const model::Group& group) { return group.number == number; });
    REQUIRE(found != event.groups.end());
    return *found;
}

void eraseGroup(model::Event& event, const std::string& number) {
    const auto id = numbered(event, number).id;
    event.groups.erase(std::find_if(event.groups.begin(), event.groups.end(),
                                    [&](const model::Group& group) { return group.id == id; }));
}

// More Norwegian words the merge used to bake into its conflicts.
bool hasNorwegianMergeWords(const std::string& text) {
    for (const char* word : {"ingen", "slettet", "tittel", "kitets", "hovedfilens", "innspill",
                             "nummer", "samme", "navn", "organisasjon", "tomt"}) {
        if (contains(text, word)) {
            return true;
        }
    }
    return false;
}

bool hasEnglishMergeWords(const std::string& text) {
    for (const char* word : {"group", "deleted", "title", "kit's", "master's", "input", "number",
                             "same", "name", "organisation", "none", "empty"}) {
        if (contains(text, word)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("messages: every conflict of a real merge, in English and in bokmål") {
    auto original = neutralEvent();
    REQUIRE(original.people.size() >= 2);
    numbered(original, "1.1").participantCount = 3;
    numbered(original, "1.1")
        .inputs.push_back(
            model::Input{model::Id::generate(), "X0", model::InputKind::Item, {}, {}});
    auto master = original;
    auto first = kitOf(original);
    auto second = kitOf(original);
    // A first kit posts group 1.20; the second posts it too (number taken).
    first.event.groups.push_back(test::capturedGroup(first.event, "1.20", 1));
    second.event.groups.push_back(test::capturedGroup(second.event, "1.20", 2));
    for (auto* added : {&first.event.groups.back(), &second.event.groups.back()}) {
        added->title = "X" + added->id.str().substr(0, 4);
        for (auto& input : added->inputs) {
            input.text = "X";
        }
    }
    {
        const auto plan = app::planMerge(master, first, {});
        REQUIRE(plan.ready());
        app::applyToModel(master, plan.change);
    }
    // The same group title changed differently, and an input's text.
    numbered(master, "1.1").title = "M1";
    numbered(second.event, "1.1").title = "K1";
    numbered(master, "1.1").inputs.back().text = "M2";
    numbered(second.event, "1.1").inputs.back().text = "K2";
    // Deleted in the kit, changed in the master.
    numbered(master, "1.10").title = "M3";
    eraseGroup(second.event, "1.10");
    // Deleted in the master, changed in the kit.
    eraseGroup(master, "2.1");
    numbered(second.event, "2.1").title = "K3";
    // A person's organisation changed differently; a participant count.
    master.people[0].organisation = "M4";
    second.event.people[0].organisation = "K4";
    numbered(master, "1.1").participantCount = 5;
    numbered(second.event, "1.1").participantCount = std::nullopt;
    // A new person in the kit with the name of one in the master, from
    // another organisation (with an agreeing one they would be one person).
    auto twin = original.people[1];
    twin.id = model::Id::generate();
    master.people[1].organisation = "Organisasjon M";
    twin.organisation = "Organisasjon K";
    second.event.people.push_back(twin);

    std::vector<model::HandIn> history;
    const auto plan = app::planMerge(master, second, history);
    const auto has = [&](app::ConflictKind kind) {
        return std::any_of(
            plan.conflicts.begin(), plan.conflicts.end(),
            [&](const app::MergeConflict& conflict) { return conflict.kind == kind; });
    };
    CHECK(has(app::ConflictKind::BothChanged));
    CHECK(has(app::ConflictKind::DeletedInKit));
    CHECK(has(app::ConflictKind::DeletedInMaster));
    CHECK(has(app::ConflictKind::NumberTaken));
    CHECK(has(app::ConflictKind::SamePerson));
    REQUIRE(plan.conflicts.size() >= 7);

    for (const auto& conflict : plan.conflicts) {
        for (const auto* part : {&conflict.where, &conflict.fieldLabel, &conflict.masterValue,
                                 &conflict.kitValue, &conflict.masterMeans, &conflict.kitMeans}) {
            const auto en = lang::render(Language::En, *part);
            const auto nb = lang::render(Language::Nb, *part);
            INFO("conflict " << conflict.key << " (" << conflict.field << ")");
            INFO("en: " << en);
            INFO("nb: " << nb);
            CHECK_FALSE(hasNorwegianLetters(en));
            CHECK_FALSE(hasNorwegianWords(en));
            CHECK_FALSE(hasNorwegianMergeWords(en));
            CHECK_FALSE(hasEnglishWords(nb));
            CHECK_FALSE(hasEnglishMergeWords(nb));
            CHECK_FALSE(contains(en, "{")); // every placeholder filled
            CHECK_FALSE(contains(nb, "{"));
        }
        // The words around the values differ by language.
        CHECK(lang::render(Language::En, conflict.fieldLabel) !=
              lang::render(Language::Nb, conflict.fieldLabel));
    }
}

TEST_CASE("messages: a note of the merge, in English and in bokmål") {
    auto master = neutralEvent();
    const auto person =
        model::Person{model::Id::generate(), "X0", "", model::Perspective::User, false};
    master.people.push_back(person);
    auto kit = kitOf(master);
    kit.event.people.pop_back(); // deleted in the kit, while the master uses them
    numbered(master, "1.1").participants.push_back(person.id);
    const auto plan = app::planMerge(master, kit, {});
    REQUIRE(plan.notes.size() == 1);
    const auto nb = lang::render(Language::Nb, plan.notes[0]);
    const auto en = lang::render(Language::En, plan.notes[0]);
    CHECK(nb == "person «X0» er ikke slettet: gruppe 1.1 «" + numbered(master, "1.1").title +
                    "» viser fortsatt til den");
    checkBothWays(nb, en);
    CHECK_FALSE(hasNorwegianMergeWords(en));
}

TEST_CASE("messages: settings warnings, in English and in bokmål") {
    test::TempDir dir;
    const auto path = dir / "settings.json";
    SECTION("a bad field") {
        io::writeFileAtomically(path, R"({"language": "sv", "zoom": 40})");
        const auto loaded = app::loadSettings(path);
        REQUIRE(loaded.warnings.size() == 2);
        for (const auto& warning : loaded.warnings) {
            const auto nb = lang::render(Language::Nb, warning);
            const auto en = lang::render(Language::En, warning);
            CHECK(contains(nb, "innstillingene"));
            CHECK(contains(en, "settings"));
            CHECK_FALSE(contains(en, "bruker"));
            CHECK_FALSE(contains(en, "ikke"));
            checkBothWays(nb, en);
        }
        CHECK(contains(lang::render(Language::En, loaded.warnings[0]), "“sv”"));
    }
    SECTION("a damaged file") {
        io::writeFileAtomically(path, "[1,2]");
        const auto loaded = app::loadSettings(path);
        REQUIRE(loaded.warnings.size() == 1);
        const auto nb = lang::render(Language::Nb, loaded.warnings[0]);
        const auto en = lang::render(Language::En, loaded.warnings[0]);
        CHECK(contains(nb, "er skadet"));
        CHECK(contains(en, "is damaged"));
        CHECK(contains(en, path.string()));
        CHECK_FALSE(contains(en, "skade"));
        checkBothWays(nb, en);
    }
}
