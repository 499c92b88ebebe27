#include "store/event_file.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace innspill;

TEST_CASE("a full disk refuses the write and keeps every earlier edit") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    auto file = store::EventFile::create(dir / "a.innspill", event);
    event.title = "Lagret før disken ble full";
    file->writeEventFields(event);

    // Cap the file at its current size: the next growing write is a full disk.
    const auto pages = file->connection().pragmaInteger("page_count");
    file->connection().exec("PRAGMA max_page_count=" + std::to_string(pages));

    auto big = event.groups[0];
    for (int i = 0; i < 2000; ++i) {
        big.inputs.push_back(model::Input{
            model::Id::generate(), std::string(200, 'x') + std::to_string(i), {}, {}, {}});
    }
    try {
        file->writeGroup(big);
        FAIL("expected the write to fail");
    } catch (const store::FileError& error) {
        CHECK(error.kind() == store::FileErrorKind::DiskFull);
        CHECK(std::string(error.what()).find("full") != std::string::npos);
    }
    CHECK(file->load() == event);
    CHECK(file->integrityProblems().empty());

    // Small edits that fit still go through after the failure.
    event.title = "Etter feilen";
    file->writeEventFields(event);
    file.reset();
    auto reopened = store::EventFile::open(dir / "a.innspill");
    CHECK(reopened->load() == event);
}
