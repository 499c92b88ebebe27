// `innspill synthesis` run as a user (or a script) runs it: coverage as text
// and JSON, --require-complete, --similar, and bad input.
#include "cli_run.hpp"

#include "io/json_archive.hpp"
#include "model/synthesis_coverage.hpp"
#include "support/sample_synthesis.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <set>

using namespace innspill;
using test::run;

namespace {

std::string makeEvent(const test::TempDir& dir, const model::Event& event) {
    const auto archive = dir / "e.json";
    test::writeFile(archive, io::writeJsonArchive(event));
    const std::string file = (dir / "e.innspill").string();
    REQUIRE(run(dir, {"import-json", file, archive.string()}).exitCode == 0);
    return file;
}

// Garbage over the pages --similar and the coverage read first: the roots
// of the input table, its indexes and the input index's tables.
void scribbleOverInputs(const std::string& file) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* query = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT rootpage FROM sqlite_master WHERE rootpage > 1 AND "
                               "(tbl_name = 'input' OR name LIKE 'input_search%')",
                               -1, &query, nullptr) == SQLITE_OK);
    std::set<int64_t> pages;
    while (sqlite3_step(query) == SQLITE_ROW) {
        pages.insert(sqlite3_column_int64(query, 0));
    }
    sqlite3_finalize(query);
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &query, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(query) == SQLITE_ROW);
    const auto pageSize = static_cast<size_t>(sqlite3_column_int64(query, 0));
    sqlite3_finalize(query);
    sqlite3_close(db);
    REQUIRE(pages.size() >= 3);
    std::string bytes = test::readFile(file);
    for (const int64_t page : pages) {
        const size_t from = static_cast<size_t>(page - 1) * pageSize;
        for (size_t i = from; i < from + pageSize && i < bytes.size(); ++i) {
            bytes[i] = static_cast<char>(i * 7919 % 251);
        }
    }
    test::writeFile(file, bytes);
}

} // namespace

TEST_CASE("cli: synthesis prints coverage and the inputs with no home") {
    test::TempDir dir;
    const model::Event event = test::sampleEventWithSynthesis();
    const auto file = makeEvent(dir, event);
    const auto coverage = model::coverageOf(event);

    auto text = run(dir, {"synthesis", file});
    CHECK(text.exitCode == 0);
    CHECK(text.out.find("Syntese: 3 utfordringer, 2 muligheter, 2 prioritert") != std::string::npos);
    CHECK(text.out.find("4 brukt, 1 parkert") != std::string::npos);
    CHECK(text.out.find("Innspill uten hjem (" + std::to_string(coverage.untouched.size()) +
                        "):") != std::string::npos);
    CHECK(text.out.find("Uten tema:") != std::string::npos);

    auto json = run(dir, {"synthesis", file, "--json"});
    CHECK(json.exitCode == 0);
    CHECK(json.out.find("\"complete\":false,\"challenges\":3,\"measures\":2,\"priorities\":2,"
                        "\"deletedSources\":0,\"overall\":{\"used\":4,\"parked\":1,") !=
          std::string::npos);
    CHECK(json.out.find("\"untouched\":[{\"input\":\"" + coverage.untouched[0].str() + "\"") !=
          std::string::npos);

    auto english = run(dir, {"synthesis", file}, "C");
    CHECK(english.out.find("Synthesis: 3 challenges") != std::string::npos);

    // --require-complete: exit 1 with one line while anything is untouched.
    auto incomplete = run(dir, {"synthesis", file, "--require-complete"});
    CHECK(incomplete.exitCode == 1);
    CHECK(test::oneLine(incomplete.err));
    CHECK(incomplete.err.find("er verken brukt eller parkert") != std::string::npos);
}

TEST_CASE("cli: synthesis --require-complete passes once every input has a home") {
    test::TempDir dir;
    model::Event event = test::sampleEventWithSynthesis();
    for (const auto& id : model::coverageOf(event).untouched) {
        event.synthesis.parked.push_back({id, "Ikke relevant"});
    }
    const auto file = makeEvent(dir, event);
    auto done = run(dir, {"synthesis", file, "--require-complete"});
    CHECK(done.exitCode == 0);
    CHECK(done.out.find("Alle innspill er brukt eller parkert.") != std::string::npos);
}

TEST_CASE("cli: synthesis --similar lists inputs sharing rare words; bad input is refused") {
    test::TempDir dir;
    model::Event event = test::sampleEventWithSynthesis();
    event.groups[0].inputs[0].text = "Lærlingordningen i kommunene må styrkes";
    event.groups[1].inputs[0].text = "Flere lærlingplasser: lærlingordningen må styrkes";
    const auto file = makeEvent(dir, event);
    auto similar = run(dir, {"synthesis", file, "--similar", event.groups[0].inputs[0].id.str()});
    CHECK(similar.exitCode == 0);
    CHECK(similar.out.find("Flere lærlingplasser") != std::string::npos);
    CHECK(similar.out.find("i kommunene må styrkes") == std::string::npos);

    auto badId = run(dir, {"synthesis", file, "--similar", "nope"});
    CHECK(badId.exitCode != 0);
    CHECK(test::oneLine(badId.err));
    auto unknown = run(dir, {"synthesis", file, "--similar", model::Id::generate().str()});
    CHECK(unknown.exitCode != 0);
    CHECK(test::oneLine(unknown.err));
    auto missing = run(dir, {"synthesis", (dir / "nothing.innspill").string()});
    CHECK(missing.exitCode != 0);
    CHECK(test::oneLine(missing.err));
}

TEST_CASE("cli: synthesis on a damaged file: one line, non-zero exit, the file untouched") {
    // Read-only: checked as far as it is read (no whole-file check first),
    // so garbage over the pages it reads still stops it.
    test::TempDir dir;
    const model::Event event = test::sampleEventWithSynthesis();
    const auto file = makeEvent(dir, event);
    const std::string input = event.groups[0].inputs[0].id.str();
    const std::string challenge = event.synthesis.challenges[0].id.str();
    REQUIRE(run(dir, {"synthesis", file, "--similar", input}).exitCode == 0);
    scribbleOverInputs(file);
    const std::string damaged = test::readFile(file);
    const std::vector<std::vector<std::string>> commands{
        {"synthesis", file, "--similar", input},
        {"synthesis", file, "--similar", input, "--json"},
        {"synthesis", file, "--similar", challenge, "--json"},
        {"synthesis", file, "--json"},
        {"synthesis", file}};
    for (const auto& command : commands) {
        auto result = run(dir, command);
        INFO(command.back() << " " << command.size());
        CHECK(result.exitCode != 0);
        CHECK(test::oneLine(result.err));
        CHECK(result.err.find("skadet") != std::string::npos);
        CHECK(result.out.empty());
    }
    CHECK(test::readFile(file) == damaged);
}
