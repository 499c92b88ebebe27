#include "store/event_file.hpp"

#include "os/utf8_path.hpp"
#include "store/backup.hpp"
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

// Killed in the middle of a checkpoint, SQLite has written the new first page
// (and its page count) before the pages after it; the write-ahead log beside
// the file still holds them all and is put back on the next open.
TEST_CASE("a file stopped in the middle of a checkpoint opens whole from its log") {
    test::TempDir dir;
    const auto path = dir / "e.innspill";
    model::Event event = test::sampleEvent();
    EventFile::create(path, event);
    const auto copy = dir / "stopped.innspill";
    {
        auto file = EventFile::open(path);
        EventFile::Transaction transaction(*file); // one commit: no checkpoint on the way
        const std::vector<model::Group> originals = event.groups;
        for (int k = 0; k < 30; ++k) {
            for (model::Group group : originals) {
                group.id = model::Id::generate();
                group.number += "0" + std::to_string(k);
                group.followUpOf.reset();
                group.mergedWith.clear();
                for (auto& input : group.inputs) {
                    input.id = model::Id::generate();
                    input.children.clear();
                }
                file->writeGroup(group);
                event.groups.push_back(group);
            }
        }
        transaction.commit();
        // The file as a kill would leave it: everything in the log, none checkpointed.
        std::filesystem::copy_file(path, copy);
        std::filesystem::copy_file(os::withSuffix(path, "-wal"), os::withSuffix(copy, "-wal"));
    }
    // The checkpoint's first write: the log's last copy of page 1 over page 1.
    std::string main = test::readFile(copy);
    const std::string log = test::readFile(os::withSuffix(copy, "-wal"));
    const auto be32 = [](const std::string& bytes, size_t at) {
        return (uint32_t{static_cast<unsigned char>(bytes[at])} << 24) |
               (uint32_t{static_cast<unsigned char>(bytes[at + 1])} << 16) |
               (uint32_t{static_cast<unsigned char>(bytes[at + 2])} << 8) |
               uint32_t{static_cast<unsigned char>(bytes[at + 3])};
    };
    REQUIRE(log.size() > 32);
    const size_t pageSize = be32(log, 8);
    size_t lastFirstPage = 0;
    for (size_t frame = 32; frame + 24 + pageSize <= log.size(); frame += 24 + pageSize) {
        if (be32(log, frame) == 1) {
            lastFirstPage = frame + 24;
        }
    }
    REQUIRE(lastFirstPage != 0);
    main.replace(0, pageSize, log, lastFirstPage, pageSize);
    REQUIRE(be32(main, 28) * pageSize > main.size()); // the header promises pages not there yet
    test::writeFile(copy, main);

    CHECK_FALSE(store::checkEventFile(copy).has_value());
    CHECK(EventFile::open(copy)->load().groups.size() == event.groups.size());
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
