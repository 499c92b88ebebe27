// One writer per event file across processes: a second Innspill window (or
// a writing CLI command) on the same file is told so instead of both
// writing and each keeping a different event in memory. The lock is an
// open-file-description lock on a byte SQLite never locks, so it neither
// disturbs SQLite's own locks nor is dropped when SQLite closes a
// descriptor, and the system releases it when the process dies.
#pragma once

#include "os/byte_lock.hpp"

#include <filesystem>

namespace innspill::store {

class InstanceLock {
  public:
    // Throws FileError (Busy) when another open holds the file, naming that.
    // Where the lock cannot be taken at all (no OFD locks on this system or
    // file system), it quietly holds nothing: the check is a courtesy.
    explicit InstanceLock(const std::filesystem::path& path);
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    bool held() const { return m_lock.held(); }

    // Before the locked file is replaced or moved aside in one step. POSIX:
    // nothing, the lock holds on (a rename does not care who has the file
    // open). Windows: the lock lets go, for Windows moves no file anyone
    // holds open, this lock's own handle included; the app cannot slip in
    // meanwhile, for the same rule refuses the move while the app has it open.
    void releaseBeforeReplacing();

  private:
    os::ByteLock m_lock;
};

} // namespace innspill::store
