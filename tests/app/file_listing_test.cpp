// The file browser's folder listing and file-system helpers.
#include "app/file_listing.hpp"

#include "support/native_path.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#ifndef _WIN32
#include <unistd.h>
#endif

using namespace innspill;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names(const app::FolderListing& listing) {
    std::vector<std::string> result;
    for (const auto& entry : listing.entries) {
        result.push_back(entry.isFolder ? entry.name + "/" : entry.name);
    }
    return result;
}

} // namespace

TEST_CASE("a listing shows folders first, then matching files, in natural order", "[files]") {
    test::TempDir dir;
    fs::create_directory(dir / "arkiv");
    fs::create_directory(dir / "Bilder");
    fs::create_directory(dir / ".skjult");
    test::writeFile(dir / "dag 10.innspill", "x");
    test::writeFile(dir / "dag 2.innspill", "xy");
    test::writeFile(dir / "Åpen arena.INNSPILL", "x");
    test::writeFile(dir / "notater.txt", "x");
    test::writeFile(dir / ".gammel.innspill", "x");

    const auto listing = app::listFolder(dir.path(), {".innspill"}, false);
    CHECK(listing.error.empty());
    CHECK(names(listing) == std::vector<std::string>{"arkiv/", "Bilder/", "dag 2.innspill",
                                                     "dag 10.innspill", "Åpen arena.INNSPILL"});
    CHECK(listing.entries[2].size == 2);
    CHECK(listing.entries[2].modified > 0);

    const auto everything = app::listFolder(dir.path(), {}, true);
    CHECK(names(everything) == std::vector<std::string>{".skjult/", "arkiv/", "Bilder/",
                                                        ".gammel.innspill", "dag 2.innspill",
                                                        "dag 10.innspill", "notater.txt",
                                                        "Åpen arena.INNSPILL"});

    const auto twoKinds = app::listFolder(dir.path(), {".txt", ".innspill"}, false);
    CHECK(twoKinds.entries.size() == 6);
}

TEST_CASE("a folder that cannot be read says why", "[files]") {
    test::TempDir dir;
    const auto missing = app::listFolder(dir / "borte", {}, false);
    CHECK(missing.entries.empty());
    CHECK(lang::render(lang::Language::Nb, missing.error).find("finnes ikke") != std::string::npos);
    CHECK(lang::render(lang::Language::Nb, missing.error).find("borte") != std::string::npos);

    test::writeFile(dir / "fil.txt", "x");
    CHECK(lang::render(lang::Language::Nb, app::listFolder(dir / "fil.txt", {}, false).error)
              .find("ikke en mappe") != std::string::npos);

#ifndef _WIN32            // Windows: permissions are ACLs, which fs::permissions does not set
    if (geteuid() != 0) { // root reads everything
        fs::create_directory(dir / "låst");
        fs::permissions(dir / "låst", fs::perms::none);
        CHECK(lang::render(lang::Language::Nb, app::listFolder(dir / "låst", {}, false).error)
                  .find("ingen tilgang") != std::string::npos);
        fs::permissions(dir / "låst", fs::perms::owner_all);
    }
#endif
}

TEST_CASE("new folders: made, and refused with a reason", "[files]") {
    test::TempDir dir;
    CHECK(app::createFolder(dir.path(), "Åpen arena 2031").empty());
    CHECK(app::pathKind(dir / "Åpen arena 2031") == app::PathKind::Folder);
    CHECK(lang::render(lang::Language::Nb, app::createFolder(dir.path(), "Åpen arena 2031"))
              .find("finnes allerede") != std::string::npos);
    CHECK_FALSE(app::createFolder(dir.path(), "").empty());
    CHECK_FALSE(app::createFolder(dir.path(), "a/b").empty());
    CHECK_FALSE(app::createFolder(dir.path(), "..").empty());
    CHECK(lang::render(lang::Language::Nb, app::createFolder(dir / "finnes-ikke", "x"))
              .find("finnes ikke") != std::string::npos);
}

TEST_CASE("paths: kinds, normalising, extensions", "[files]") {
    test::TempDir dir;
    test::writeFile(dir / "a.innspill", "x");
    CHECK(app::pathKind(dir / "a.innspill") == app::PathKind::File);
    CHECK(app::pathKind(dir.path()) == app::PathKind::Folder);
    CHECK(app::pathKind(dir / "b") == app::PathKind::Missing);
    CHECK(app::absoluteFolderPath(test::nativeAbsolute("/a/./b/../c/")) ==
          test::nativeAbsolute("/a/c"));
    CHECK(app::absoluteFolderPath(test::nativeAbsolute("/")) == test::nativeAbsolute("/"));
    CHECK(app::absoluteFolderPath("rel").is_absolute());
    CHECK(app::matchesExtension("X.Innspill", {".innspill"}));
    CHECK_FALSE(app::matchesExtension("innspill", {".innspill"}));
    CHECK(app::matchesExtension("anything", {}));
}
