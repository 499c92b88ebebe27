// The workspace: the one open event, replaced by New and Open, kept when
// they fail.
#include "app/workspace.hpp"

#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

TEST_CASE("creating an event writes the file and opens it", "[workspace]") {
    test::TempDir dir;
    app::Workspace workspace;
    CHECK(workspace.session() == nullptr);
    CHECK(workspace.create(dir / "ny.innspill", "Åpen arena 2032", false).empty());
    REQUIRE(workspace.session() != nullptr);
    CHECK(workspace.session()->event().title == "Åpen arena 2032");
    CHECK(workspace.isOpen(dir / "ny.innspill"));
    CHECK(store::EventFile::open(dir / "ny.innspill")->load().title == "Åpen arena 2032");
}

TEST_CASE("creating refuses an empty title, a wrong extension, an existing file", "[workspace]") {
    test::TempDir dir;
    app::Workspace workspace;
    CHECK(lang::render(lang::Language::Nb, workspace.create(dir / "a.innspill", "  ", false))
              .find("tittelen") != std::string::npos);
    CHECK(lang::render(lang::Language::Nb, workspace.create(dir / "a.txt", "Tittel", false))
              .find(".innspill") != std::string::npos);
    CHECK(workspace.session() == nullptr);

    const model::Event sample = test::sampleEvent();
    store::EventFile::create(dir / "b.innspill", sample);
    CHECK_FALSE(workspace.create(dir / "b.innspill", "Ny", false).empty());
    CHECK(workspace.session() == nullptr);
    CHECK(store::EventFile::open(dir / "b.innspill")->load() == sample);
    CHECK(workspace.create(dir / "b.innspill", "Ny", true).empty());
    CHECK(workspace.session()->event().title == "Ny");
    // The open event's own file is never overwritten from under it.
    CHECK(lang::render(lang::Language::Nb, workspace.create(dir / "b.innspill", "Enda en", true))
              .find("åpent") != std::string::npos);
    CHECK(workspace.session()->event().title == "Ny");
}

TEST_CASE("a file that will not open leaves the open event open", "[workspace]") {
    test::TempDir dir;
    store::EventFile::create(dir / "a.innspill", test::sampleEvent());
    test::writeFile(dir / "skadet.innspill", "ikke en database");
    app::Workspace workspace;
    REQUIRE(workspace.open(dir / "a.innspill").empty());
    app::EventSession* before = workspace.session();

    const std::string error =
        lang::render(lang::Language::Nb, workspace.open(dir / "skadet.innspill"));
    CHECK_FALSE(error.empty());
    CHECK(error.find("skadet.innspill") != std::string::npos);
    CHECK(workspace.session() == before);
    CHECK_FALSE(workspace.open(dir / "borte.innspill").empty());
    CHECK(workspace.session() == before);

    // Opening what is open is a no-op, also through another spelling.
    CHECK(workspace.open(dir.path() / "." / "a.innspill").empty());
    CHECK(workspace.session() == before);
    workspace.close();
    CHECK(workspace.session() == nullptr);
}

TEST_CASE("save a copy writes the event as it is in memory, never over itself", "[workspace]") {
    test::TempDir dir;
    const model::Event sample = test::sampleEvent();
    store::EventFile::create(dir / "a.innspill", sample);
    app::Workspace workspace;
    REQUIRE(workspace.open(dir / "a.innspill").empty());
    CHECK(workspace.saveCopyAs(dir / "kopi.innspill", false).empty());
    CHECK(store::EventFile::open(dir / "kopi.innspill")->load() == sample);
    CHECK_FALSE(workspace.saveCopyAs(dir / "kopi.innspill", false).empty());
    CHECK(workspace.saveCopyAs(dir / "kopi.innspill", true).empty());
    CHECK(lang::render(lang::Language::Nb, workspace.saveCopyAs(dir / "a.innspill", true))
              .find("egen fil") != std::string::npos);
    CHECK(store::EventFile::open(dir / "a.innspill")->load() == sample);
}
