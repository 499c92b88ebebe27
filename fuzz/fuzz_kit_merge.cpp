// libFuzzer target: handing a kit in. The fuzz bytes are the kit file; the
// master is made once per process from tests/fixtures/small-event.json
// (fixed ids, so the seed kits made by make_corpus are kits of it). readKit and
// planHandIns may refuse only with the project's own errors (app::KitError,
// store::FileError, io::ParseError); a run they accept must merge into a
// valid event.
#include "fuzz_checks.hpp"
#include "fuzz_support.hpp"

INNSPILL_FUZZ_TARGET("fuzz_kit_merge", innspill::fuzz::checkKitMerge)
