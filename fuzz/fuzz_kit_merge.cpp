// libFuzzer target: handing a kit in. The fuzz bytes are the kit file; the
// master is made once per process from tests/fixtures/small-event.json
// (fixed ids, so the seed kits made by make_corpus are kits of it). readKit and
// planHandIns may refuse only with the project's own errors (app::KitError,
// store::FileError, io::ParseError); a run they accept must merge into a
// valid event.
#include "app/kits.hpp"
#include "fuzz_support.hpp"
#include "io/parse_error.hpp"
#include "model/validate.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "io/json_archive.hpp"
#include "io/read_file.hpp"

using namespace innspill;

namespace {

struct Master {
    std::filesystem::path path = innspill::fuzz::scratchDir() / "master.innspill";
    model::Event event;
    Master() {
        store::EventFile::create(path, io::readJsonArchive(io::readInputFile(INNSPILL_FUZZ_MASTER_JSON, 1u << 20)), true);
        event = store::EventFile::open(path, store::EventFile::Access::ReadOnly)->load();
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const Master master;
    static const auto kit = fuzz::scratchDir() / "kit.innspill";
    fuzz::writeFile(kit, data, size);
    try {
        (void)app::readKit(kit, master.event, master.path);
        const auto run = app::planHandIns(master.path, {kit}, app::MergeChoice::Kit);
        if (!model::validate(run.merged).empty()) {
            fuzz::fail("fuzz_kit_merge", "a hand-in it accepted merges into an invalid event");
        }
    } catch (const app::KitError&) {
    } catch (const store::FileError&) {
    } catch (const io::ParseError&) {
    }
    fuzz::removeEventFile(kit);
    return 0;
}
