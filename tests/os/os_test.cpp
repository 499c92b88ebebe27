// src/os: the file primitives behave the same on POSIX and Windows (this
// test runs in both builds; under Wine for Windows).
#include "os/byte_lock.hpp"
#include "os/executable_folder.hpp"
#include "os/folder_access.hpp"
#include "os/link_no_replace.hpp"
#include "os/new_file.hpp"
#include "os/remote_drive.hpp"
#include "os/sync_roots.hpp"
#include "os/unique_names.hpp"
#include "os/user_folders.hpp"
#include "os/utf8_path.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#ifdef _WIN32
#include <windows.h>
#endif

#include <algorithm>
#include <cerrno>
#include <set>

using namespace innspill;
namespace fs = std::filesystem;

namespace {
// A name with letters outside ASCII and Windows' ANSI code page (æ, «», Greek).
fs::path unicodeName(const test::TempDir& dir, const char8_t* name) {
    return dir.path() / fs::path(name);
}
} // namespace

TEST_CASE("linkNoReplace gives a second name and refuses an existing one", "[os]") {
    test::TempDir dir;
    const fs::path from = unicodeName(dir, u8"Møte «2026» α.part");
    const fs::path to = unicodeName(dir, u8"Møte «2026» α.innspill");
    test::writeFile(from, "one");
    REQUIRE(os::linkNoReplace(from, to) == 0);
    CHECK(test::readFile(to) == "one");
    CHECK(fs::exists(from));

    const fs::path other = dir / "other";
    test::writeFile(other, "two");
    CHECK(os::linkNoReplace(other, to) == EEXIST);
    CHECK(test::readFile(to) == "one");
    CHECK(os::linkNoReplace(dir / "missing", dir / "anything") == ENOENT);
}

TEST_CASE("NewFile makes only new files, writes, syncs and closes", "[os]") {
    test::TempDir dir;
    const fs::path path = unicodeName(dir, u8"Åpen arena.json");
    {
        os::NewFile file(path);
        REQUIRE(file.error() == 0);
        CHECK(file.write("hei, ") == 0);
        CHECK(file.write("verden") == 0);
        CHECK(file.sync() == 0);
        CHECK(file.close() == 0);
    }
    CHECK(test::readFile(path) == "hei, verden");

    os::NewFile again(path);
    CHECK(again.error() == EEXIST);
    CHECK(test::readFile(path) == "hei, verden");

    os::NewFile nowhere(dir / "no such folder" / "file");
    CHECK(nowhere.error() == ENOENT);
}

TEST_CASE("replaceFile puts a file in place of another", "[os]") {
    test::TempDir dir;
    const fs::path part = dir / "report.part";
    const fs::path target = unicodeName(dir, u8"rapport æøå.md");
    test::writeFile(target, "old");
    test::writeFile(part, "new");
    REQUIRE(os::replaceFile(part, target) == 0);
    CHECK(test::readFile(target) == "new");
    CHECK_FALSE(fs::exists(part));
    CHECK(os::replaceFile(part, target) == ENOENT);
}

TEST_CASE("ByteLock: a second lock on the same byte is refused until the first goes", "[os]") {
    test::TempDir dir;
    const fs::path path = unicodeName(dir, u8"Møte «2026».innspill");
    test::writeFile(path, "event");
    constexpr std::uint64_t kByte = 0x40001000;

    os::ByteLock first;
    REQUIRE(first.lock(path, kByte) == os::ByteLock::Result::Held);
    CHECK(first.held());
    {
        os::ByteLock second;
        CHECK(second.lock(path, kByte) == os::ByteLock::Result::Busy);
        CHECK_FALSE(second.held());
        // Another byte is free.
        CHECK(second.lock(path, kByte + 1) == os::ByteLock::Result::Held);
    }
    {
        // The file stays readable and writable for others meanwhile.
        test::writeFile(path, "changed");
        CHECK(test::readFile(path) == "changed");
    }
}

TEST_CASE("ByteLock is released with its owner", "[os]") {
    test::TempDir dir;
    const fs::path path = dir / "event.innspill";
    test::writeFile(path, "event");
    {
        os::ByteLock first;
        REQUIRE(first.lock(path, 7) == os::ByteLock::Result::Held);
    }
    os::ByteLock again;
    CHECK(again.lock(path, 7) == os::ByteLock::Result::Held);
    os::ByteLock missing;
    CHECK(missing.lock(dir / "missing", 7) == os::ByteLock::Result::Unavailable);
}

TEST_CASE("makeUniqueFile and makeUniqueFolder make new names each time", "[os]") {
    test::TempDir dir;
    std::set<fs::path> seen;
    for (int i = 0; i < 20; ++i) {
        const fs::path file = os::makeUniqueFile(dir.path(), "innspill-", ".xlsx");
        REQUIRE_FALSE(file.empty());
        CHECK(fs::is_regular_file(file));
        CHECK(fs::file_size(file) == 0);
        CHECK(file.filename().string().rfind("innspill-", 0) == 0);
        CHECK(file.extension() == ".xlsx");
        CHECK(seen.insert(file).second);

        const fs::path folder = os::makeUniqueFolder(dir.path(), "innspill-hand-in-");
        REQUIRE_FALSE(folder.empty());
        CHECK(fs::is_directory(folder));
        CHECK(seen.insert(folder).second);
    }
    CHECK(os::makeUniqueFile(dir / "missing", "x", ".y").empty());
    CHECK(os::makeUniqueFolder(dir / "missing", "x").empty());
}

TEST_CASE("folderWritable and the user's home folder", "[os]") {
    test::TempDir dir;
    CHECK(os::folderWritable(dir.path()));
    CHECK_FALSE(os::folderWritable(dir / "missing"));
    const fs::path home = os::userFolder(os::UserFolder::Home);
    CHECK_FALSE(home.empty());
    CHECK(home.is_absolute());
#ifdef _WIN32
    CHECK_FALSE(os::userFolder(os::UserFolder::ApplicationData).empty());
    CHECK_FALSE(os::userFolder(os::UserFolder::Documents).empty());
#else
    CHECK(os::userFolder(os::UserFolder::ApplicationData).empty());
#endif
}

TEST_CASE("pathFromUtf8 reads UTF-8 text as the name it spells", "[os]") {
    const fs::path path = os::pathFromUtf8("Åpen arena/Møte «2026» α.innspill");
    CHECK(path == fs::path(u8"Åpen arena/Møte «2026» α.innspill"));
    CHECK(path.filename().string() == "Møte «2026» α.innspill");
    CHECK(os::pathFromUtf8(path.string()) == path);
    test::TempDir dir;
    test::writeFile(dir / "Åpen.txt", "x");
    CHECK(fs::exists(dir.path() / fs::path(u8"Åpen.txt")));
}

TEST_CASE("executableFolder is the folder of this test program", "[os]") {
    const fs::path folder = os::executableFolder();
    REQUIRE_FALSE(folder.empty());
    CHECK(folder.is_absolute());
    bool found = false;
    for (const auto& entry : fs::directory_iterator(folder)) {
        found = found || entry.path().stem() == "test_os";
    }
    CHECK(found);
}

TEST_CASE("onRemoteDrive: local folders and paths without a drive are not remote", "[os]") {
    test::TempDir dir;
    CHECK_FALSE(os::onRemoteDrive(fs::absolute(dir.path())));
    CHECK_FALSE(os::onRemoteDrive("relative/a.innspill"));
}

TEST_CASE("cloudSyncRoots: OneDrive's folders as the system names them", "[os]") {
#ifdef _WIN32
    REQUIRE(
        SetEnvironmentVariableW(L"OneDriveCommercial", L"C:\\Users\\kari\\OneDrive - Kommunen"));
    const auto roots = os::cloudSyncRoots();
    SetEnvironmentVariableW(L"OneDriveCommercial", nullptr);
    CHECK(std::find(roots.begin(), roots.end(),
                    fs::path(L"C:\\Users\\kari\\OneDrive - Kommunen")) != roots.end());
#else
    // Elsewhere the sync clients are known by their folders' names.
    CHECK(os::cloudSyncRoots().empty());
#endif
}
