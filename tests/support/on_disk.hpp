// The event as its file holds it now, read back read-only: what a test
// compares the session with after an edit, undo, save or crash. One copy for
// every test (header-only: the test binaries link the store through app).
#pragma once

#include "model/event.hpp"
#include "store/event_file.hpp"

#include <filesystem>

namespace innspill::test {

inline model::Event onDisk(const std::filesystem::path& path) {
    return store::EventFile::open(path, store::EventFile::Access::ReadOnly)->load();
}

} // namespace innspill::test
