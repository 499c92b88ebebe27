// libFuzzer target: opening an event file (random or mutated SQLite files).
// The bytes go to a scratch file, opened read-write (older schemas are
// migrated) and loaded. It must be refused cleanly: store::FileError is the
// only exception that may escape; a crash, sanitizer report, bad_alloc from a
// huge size or a hang is a bug.
#include "fuzz_checks.hpp"
#include "fuzz_support.hpp"

INNSPILL_FUZZ_TARGET("fuzz_event_file", innspill::fuzz::checkEventFile)
