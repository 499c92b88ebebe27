// Every input the fuzzers (fuzz/, scripts/fuzz.sh) found a bug with, replayed
// through the same checks in the normal suite: tests/fixtures/fuzz/<target>/
// holds one file per input, named after what it broke.
#include "fuzz_checks.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

using namespace innspill;
namespace fs = std::filesystem;

namespace {

const std::map<std::string, std::function<std::string(std::string_view)>> kChecks = {
    {"notes_import", fuzz::checkNotesImport},
    {"json_archive", fuzz::checkJsonArchive},
    {"participants_csv", fuzz::checkParticipantsCsv},
    {"event_file", fuzz::checkEventFile},
    {"kit_merge", fuzz::checkKitMerge},
    {"photo_image", fuzz::checkPhotoImage},
};

std::string bytesOf(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace

TEST_CASE("inputs the fuzzers found a bug with are handled as promised", "[fuzz]") {
    const fs::path root = INNSPILL_FUZZ_FIXTURES;
    size_t replayed = 0;
    for (const auto& [target, check] : kChecks) {
        if (!fs::is_directory(root / target)) {
            continue;
        }
        for (const auto& entry : fs::directory_iterator(root / target)) {
            DYNAMIC_SECTION(target << "/" << entry.path().filename().string()) {
                CHECK(check(bytesOf(entry.path())) == "");
            }
            ++replayed;
        }
    }
    CHECK(replayed > 0);
}
