// A lock on one byte of a file, held until the lock is destroyed or the
// process ends (the system releases it then). POSIX: an open-file-description
// lock (fcntl F_OFD_SETLK), which SQLite closing its own descriptors does not
// drop; Windows: LockFileEx on a handle of our own.
#pragma once

#include <cstdint>
#include <filesystem>

namespace innspill::os {

class ByteLock {
  public:
    enum class Result {
        Held,       // the lock is ours
        Busy,       // another process (or another lock here) holds it
        Unavailable // no lock taken: the file cannot be opened, or the system
                    // or file system has no such locks
    };

    ByteLock() = default;
    ~ByteLock();
    ByteLock(const ByteLock&) = delete;
    ByteLock& operator=(const ByteLock&) = delete;

    // An exclusive lock on byte `offset` of `path`; a file that cannot be
    // opened for writing gets a shared lock, refused while anyone holds the
    // exclusive one.
    Result lock(const std::filesystem::path& path, std::uint64_t offset);

    bool held() const { return m_handle != -1; }
    void release();

  private:
    std::intptr_t m_handle = -1;
};

} // namespace innspill::os
