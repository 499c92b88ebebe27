// mallopt() and madvise(MADV_HUGEPAGE) on the heap's reserve (glibc, Linux).
#include "os/large_pages.hpp"

#if defined(__linux__) && defined(__GLIBC__)
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace innspill::os {

void preferLargePages(std::size_t bytes) {
#if defined(__linux__) && defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kLargePage = std::uintptr_t{2} << 20;
    // glibc's ceiling for the mapping threshold (32 MiB on 64-bit).
    constexpr std::size_t kLargestHeapBlock = std::size_t{32} << 20;
    constexpr int kDefaultTopPad = 128 << 10;
    // Big blocks (a report's text, a vector of rows) come from the heap,
    // not from mappings of their own that are faulted in afresh each time;
    // freed memory stays for the next block instead of going back.
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(kLargestHeapBlock));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(2 * bytes + kLargestHeapBlock));
    // The next time the heap grows, it grows by the whole reserve: make
    // it grow now with one block (never touched), then free the block.
    mallopt(M_TOP_PAD, static_cast<int>(bytes));
    void* block = std::malloc(kLargestHeapBlock - 4096);
    mallopt(M_TOP_PAD, kDefaultTopPad);
    if (block == nullptr) {
        return;
    }
    const auto begin =
        (reinterpret_cast<std::uintptr_t>(block) + kLargePage - 1) & ~(kLargePage - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(::sbrk(0)) & ~(kLargePage - 1);
    if (end > begin) {
        ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
    }
    std::free(block);
#else
    (void)bytes;
#endif
}

} // namespace innspill::os
