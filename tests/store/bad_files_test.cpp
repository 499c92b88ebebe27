#include "store/event_file.hpp"
#include "store/schema.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#ifndef _WIN32
#include <unistd.h>
#endif

using namespace innspill;
using store::EventFile;
using store::FileErrorKind;

namespace {

// The app opens through openAndLoad (which loads while quick_check runs),
// export and stats read through read() checking only what is read; every
// way must refuse the same files the same way.
enum class Way { Open, OpenAndLoad, ReadOnly };

FileErrorKind openFailure(const std::filesystem::path& path, Way way = Way::Open) {
    try {
        if (way == Way::Open) {
            EventFile::open(path);
        } else if (way == Way::OpenAndLoad) {
            EventFile::openAndLoad(path);
        } else {
            EventFile::read(path, EventFile::Check::Read);
        }
    } catch (const store::FileError& error) {
        CHECK(error.path() == path);
        CHECK_FALSE(error.reason().empty());
        return error.kind();
    }
    FAIL("expected " << path << " to be refused");
    return FileErrorKind::Io;
}

// The refusal must leave the file exactly as it was.
void requireRefusedUntouched(const std::filesystem::path& path, FileErrorKind expected) {
    const std::string before = test::readFile(path);
    CHECK(openFailure(path) == expected);
    CHECK(test::readFile(path) == before);
    CHECK(openFailure(path, Way::OpenAndLoad) == expected);
    CHECK(test::readFile(path) == before);
    CHECK(openFailure(path, Way::ReadOnly) == expected);
    CHECK(test::readFile(path) == before);
}

std::filesystem::path validFile(const test::TempDir& dir) {
    const auto path = dir / "event.innspill";
    EventFile::create(path, test::sampleEvent());
    return path;
}

} // namespace

TEST_CASE("a missing file is named as missing") {
    test::TempDir dir;
    CHECK(openFailure(dir / "nope.innspill") == FileErrorKind::NotFound);
}

TEST_CASE("files that are not Innspill events are refused untouched") {
    test::TempDir dir;
    SECTION("empty") {
        test::writeFile(dir / "empty.innspill", "");
        requireRefusedUntouched(dir / "empty.innspill", FileErrorKind::NotInnspill);
    }
    SECTION("text") {
        test::writeFile(dir / "notes.innspill", "1.1 Hvem skal koordinere?\nInitiativtaker: X\n");
        requireRefusedUntouched(dir / "notes.innspill", FileErrorKind::NotInnspill);
    }
    SECTION("another program's SQLite database") {
        const auto path = dir / "other.innspill";
        sqlite3* db = nullptr;
        sqlite3_open(path.string().c_str(), &db);
        sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        requireRefusedUntouched(path, FileErrorKind::NotInnspill);
    }
    SECTION("a folder") {
        std::filesystem::create_directory(dir / "folder.innspill");
        CHECK(openFailure(dir / "folder.innspill") == FileErrorKind::NotInnspill);
    }
}

TEST_CASE("damaged files are refused untouched") {
    test::TempDir dir;
    const auto path = validFile(dir);
    const std::string good = test::readFile(path);
    REQUIRE(good.size() >= 8192);
    SECTION("truncated to half") {
        test::writeFile(path, good.substr(0, good.size() / 2));
        requireRefusedUntouched(path, FileErrorKind::Damaged);
    }
    SECTION("truncated mid-page") {
        test::writeFile(path, good.substr(0, 4096 + 100));
        requireRefusedUntouched(path, FileErrorKind::Damaged);
    }
    SECTION("garbage over the middle pages") {
        test::scribbleOverMiddle(path);
        requireRefusedUntouched(path, FileErrorKind::Damaged);
    }
    SECTION("a free list longer than the file (header)") {
        std::string bad = good;
        for (size_t i = 36; i < 40; ++i) {
            bad[i] = '\x7f'; // the free list's page count, big-endian
        }
        test::writeFile(path, bad);
        requireRefusedUntouched(path, FileErrorKind::Damaged);
    }
}

TEST_CASE("reading only what is read still refuses a damaged table") {
    // One page of the input table overwritten: reading the event loads it.
    test::TempDir dir;
    const auto path = validFile(dir);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.string().c_str(), &db, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_schema WHERE name = 'input'", -1,
                               &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const auto root = static_cast<size_t>(sqlite3_column_int64(statement, 0));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    std::string bad = test::readFile(path);
    const auto pageSize = size_t{static_cast<unsigned char>(bad[16])} << 8 |
                          size_t{static_cast<unsigned char>(bad[17])};
    REQUIRE(bad.size() >= root * pageSize);
    for (size_t i = (root - 1) * pageSize + 8; i < root * pageSize; ++i) {
        bad[i] = static_cast<char>(i * 7919 % 251);
    }
    test::writeFile(path, bad);
    CHECK(openFailure(path, Way::ReadOnly) == FileErrorKind::Damaged);
    CHECK(test::readFile(path) == bad);
}

TEST_CASE("a file from a newer version is refused untouched") {
    test::TempDir dir;
    const auto path = validFile(dir);
    {
        sqlite3* db = nullptr;
        sqlite3_open(path.string().c_str(), &db);
        const std::string sql =
            "PRAGMA user_version=" + std::to_string(store::currentSchemaVersion() + 1);
        sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    requireRefusedUntouched(path, FileErrorKind::TooNew);
}

TEST_CASE("an unreadable file gets a clear error") {
#ifdef _WIN32
    SUCCEED("Windows: permissions are ACLs, which fs::permissions does not set");
    return;
#else
    if (::geteuid() == 0) {
        SUCCEED("root reads every file; permission checks do not apply");
        return;
    }
#endif
    test::TempDir dir;
    const auto path = validFile(dir);
    std::filesystem::permissions(path, std::filesystem::perms::none);
    CHECK(openFailure(path) == FileErrorKind::ReadOnly);
}
