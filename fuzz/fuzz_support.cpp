#include "fuzz_support.hpp"

#include "os/unique_names.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <system_error>

namespace innspill::fuzz {

namespace fs = std::filesystem;

namespace {

fs::path makeScratch() {
    std::error_code error;
    const fs::path made = os::makeUniqueFolder(fs::temp_directory_path(error), "innspill-fuzz-");
    if (made.empty()) {
        std::perror("innspill-fuzz scratch folder");
        std::abort();
    }
    return made;
}

void removeScratch() {
    std::error_code ignored;
    fs::remove_all(scratchDir(), ignored);
}

} // namespace

const fs::path& scratchDir() {
    static const fs::path dir = [] {
        fs::path made = makeScratch();
        std::atexit(removeScratch);
        return made;
    }();
    return dir;
}

void removeEventFile(const fs::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        fs::remove(path.string() + suffix, ignored);
    }
}

void writeFile(const fs::path& path, const uint8_t* data, size_t size) {
    removeEventFile(path);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!out.flush()) {
        fail("fuzz_support", "cannot write the scratch file");
    }
}

void fail(const char* target, const char* what) {
    std::fprintf(stderr, "\n%s: %s\n", target, what);
    std::fflush(stderr);
    std::abort();
}

} // namespace innspill::fuzz
