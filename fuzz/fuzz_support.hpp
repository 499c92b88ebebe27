// Shared by the libFuzzer targets: a scratch folder per process, writing the
// fuzz bytes to a file, and the one way a target reports a broken promise
// (an exception the product never should let out, a failed invariant).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace innspill::fuzz {

// A private folder in $TMPDIR for this process, removed at exit.
const std::filesystem::path& scratchDir();

// Replaces `path` with exactly these bytes (no -wal/-shm/-journal left beside it).
void writeFile(const std::filesystem::path& path, const uint8_t* data, size_t size);

// Removes an event file and its SQLite sidecars.
void removeEventFile(const std::filesystem::path& path);

// Prints `what` and aborts: libFuzzer records the input as a crash.
[[noreturn]] void fail(const char* target, const char* what);

} // namespace innspill::fuzz

// Defines libFuzzer's entry point for one target: runs `check` (fuzz_checks.hpp)
// on the input and aborts with the broken promise it reports.
#define INNSPILL_FUZZ_TARGET(name, check)                                                          \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {                      \
        const std::string problem = check({reinterpret_cast<const char*>(data), size});            \
        if (!problem.empty()) {                                                                    \
            ::innspill::fuzz::fail(name, problem.c_str());                                         \
        }                                                                                          \
        return 0;                                                                                  \
    }
