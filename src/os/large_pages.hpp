// The heap on large pages: a process that reads a whole event file and writes
// a report touches tens of megabytes of fresh heap once, and on a virtual
// machine each 4-KiB page fault costs microseconds (a third of a large
// export's time). Asking for 2-MiB pages (transparent huge pages, where the
// system allows them per region) and keeping freed memory in the process
// cuts the faults by three quarters. What glibc's `glibc.malloc.hugetlb=1`
// tunable does, without an environment variable set before start.
#pragma once

#include <cstddef>

namespace innspill::os {

// Reserves `bytes` of address space at the top of the heap, asks for large
// pages on it and has malloc keep big blocks and freed memory there instead
// of mapping and unmapping them. Nothing is touched, so memory in use grows
// only as the program uses it. Call once, early in main(). Does nothing
// where the system has no such pages (Windows, other kernels) or refuses.
void preferLargePages(std::size_t bytes);

} // namespace innspill::os
