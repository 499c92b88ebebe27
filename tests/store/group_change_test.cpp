// Writing a group edit as only the rows that changed must leave the file
// exactly as writing the whole group would: random edits, checked each time.
#include "store/event_file.hpp"
#include "support/random_edits.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using namespace innspill;

TEST_CASE("writing only what changed gives the same file as writing the whole group") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    auto file = store::EventFile::create(dir / "e.innspill", event);
    std::mt19937 rng(7);
    auto& group = event.groups[1];
    for (int step = 0; step < 400; ++step) {
        const auto before = group;
        test::randomEdit(group, event.themes, rng);
        file->writeGroupChange(before, group);
        const auto loaded = file->load();
        const auto* back = model::findGroup(loaded, group.id);
        REQUIRE(back);
        INFO("step " << step);
        REQUIRE(*back == group);
    }
    CHECK(file->integrityProblems().empty());
}

TEST_CASE("typing one character rewrites no other row") {
    test::TempDir dir;
    auto event = test::sampleEvent();
    auto file = store::EventFile::create(dir / "e.innspill", event);
    auto& connection = file->connection();
    const auto rows = [&] {
        // seq is the rowid: a row deleted and inserted again gets a new one.
        std::vector<std::pair<int64_t, std::string>> result;
        store::Statement query(connection, "SELECT seq, text FROM input ORDER BY seq");
        while (query.step()) {
            result.emplace_back(query.integer(0), query.text(1));
        }
        return result;
    };
    const auto start = rows();
    auto before = event.groups[1];
    auto after = before;
    after.inputs[1].text += "æ";
    file->writeGroupChange(before, after);
    const auto end = rows();
    REQUIRE(end.size() == start.size());
    size_t changed = 0;
    for (size_t i = 0; i < end.size(); ++i) {
        CHECK(end[i].first == start[i].first);
        changed += end[i].second != start[i].second ? 1 : 0;
    }
    CHECK(changed == 1);
}
