// A SQLite VFS for fault injection: it wraps the default VFS and, once armed,
// lets N write operations (xWrite, xTruncate, xSync) through and fails every
// one after that with SQLITE_IOERR, as a dying disk or a pulled USB stick
// would. It can also play a read-only file (opened for reading only, as the
// unix VFS does when the file may not be written) and a read-only folder (no
// new file — journal, WAL, shared memory — can be made beside it), which
// tests running as root could not see otherwise. While installed it is the
// default VFS, so the code under test opens its files through it.
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

    // Every file opened from now on is read-only; with `folder` too, no new
    // file can be created (SQLITE_CANTOPEN). heal() ends both.
    void readOnly(bool folder);

    // Write operations seen since the last failAfter()/heal().
    int64_t writesSeen() const;
    bool failing() const;
};

} // namespace innspill::test
