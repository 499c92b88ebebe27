// libFuzzer target: opening an event file (random or mutated SQLite files).
// The bytes go to a scratch file, opened read-write (older schemas are
// migrated) and loaded. It must be refused cleanly: store::FileError is the
// only exception that may escape; a crash, sanitizer report, bad_alloc from a
// huge size or a hang is a bug.
#include "fuzz_support.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"

using namespace innspill;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const auto path = fuzz::scratchDir() / "event.innspill";
    fuzz::writeFile(path, data, size);
    try {
        auto file = store::EventFile::open(path);
        (void)file->load();
    } catch (const store::FileError&) {
        // Refused: the expected way to say no.
    }
    fuzz::removeEventFile(path);
    return 0;
}
