// A SQLite VFS for fault injection: it wraps the default VFS and, once armed,
// lets N write operations (xWrite, xTruncate, xSync) through and fails every
// one after that with SQLITE_IOERR, as a dying disk or a pulled USB stick
// would. While installed it is the default VFS, so the code under test opens
// its files through it without knowing.
#pragma once

#include <cstdint>

namespace innspill::test {

class FailingVfs {
  public:
    FailingVfs();  // registers itself as the default VFS
    ~FailingVfs(); // puts the previous default back
    FailingVfs(const FailingVfs&) = delete;
    FailingVfs& operator=(const FailingVfs&) = delete;

    // From now on, `writes` more write operations succeed, then all fail.
    void failAfter(int64_t writes);
    // Writes succeed again (and are counted from zero).
    void heal();

    // Write operations seen since the last failAfter()/heal().
    int64_t writesSeen() const;
    bool failing() const;
};

} // namespace innspill::test
