// os::preferLargePages: fresh heap memory is faulted in 2-MiB pages where
// the kernel offers transparent huge pages on request.
#include "os/large_pages.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <memory>
#include <string>

#ifdef __linux__
#include <sys/resource.h>
#endif

namespace {

// AddressSanitizer's allocator is not glibc's: the reserve does not apply.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kOwnAllocator = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kOwnAllocator = true;
#else
constexpr bool kOwnAllocator = false;
#endif
#else
constexpr bool kOwnAllocator = false;
#endif

#ifdef __linux__
long minorFaults() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// "always [madvise] never": huge pages are given when asked for.
bool hugePagesOnRequest() {
    std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string setting((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return setting.find("[always]") != std::string::npos ||
           setting.find("[madvise]") != std::string::npos;
}
#endif

} // namespace

TEST_CASE("heap memory touched after preferLargePages comes in large pages", "[os]") {
#ifdef __linux__
    innspill::os::preferLargePages(std::size_t{128} << 20);
    // Below glibc's mapping threshold, so it comes from the heap's reserve.
    constexpr std::size_t kBytes = std::size_t{24} << 20;
    const long before = minorFaults();
    auto block = std::make_unique<char[]>(kBytes);
    std::memset(block.get(), 1, kBytes);
    const long faults = minorFaults() - before;
    CHECK(block[kBytes - 1] == 1);
    if (!hugePagesOnRequest() || kOwnAllocator) {
        WARN("no transparent huge pages on request here (or a sanitizer's allocator): only "
             "checked that memory works");
        return;
    }
    // 6,144 faults in 4-KiB pages; a dozen in 2-MiB pages (plus the edges).
    CHECK(faults < 1024);
#else
    innspill::os::preferLargePages(std::size_t{128} << 20);
    auto block = std::make_unique<char[]>(1 << 20);
    CHECK(block != nullptr);
#endif
}
