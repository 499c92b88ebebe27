// fcntl(F_OFD_SETLK) or LockFileEx.
#include "os/byte_lock.hpp"

#include <cerrno>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace innspill::os {

#ifdef _WIN32

ByteLock::Result ByteLock::lock(const std::filesystem::path& path, std::uint64_t offset) {
    release();
    // Others (SQLite in this process too) keep reading, writing and renaming.
    const DWORD share = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
    bool writable = true;
    HANDLE handle = ::CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, share, nullptr,
                                  OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        writable = false;
        handle = ::CreateFileW(path.c_str(), GENERIC_READ, share, nullptr, OPEN_EXISTING,
                               FILE_ATTRIBUTE_NORMAL, nullptr);
    }
    if (handle == INVALID_HANDLE_VALUE) {
        return Result::Unavailable;
    }
    OVERLAPPED where{};
    where.Offset = static_cast<DWORD>(offset & 0xFFFFFFFFu);
    where.OffsetHigh = static_cast<DWORD>(offset >> 32);
    const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (writable ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    if (!::LockFileEx(handle, flags, 0, 1, 0, &where)) {
        const DWORD code = ::GetLastError();
        ::CloseHandle(handle);
        return code == ERROR_LOCK_VIOLATION || code == ERROR_IO_PENDING ? Result::Busy
                                                                        : Result::Unavailable;
    }
    m_handle = reinterpret_cast<std::intptr_t>(handle);
    return Result::Held;
}

void ByteLock::release() {
    if (m_handle != -1) {
        ::CloseHandle(reinterpret_cast<HANDLE>(m_handle)); // releases the lock
        m_handle = -1;
    }
}

#else

ByteLock::Result ByteLock::lock(const std::filesystem::path& path, std::uint64_t offset) {
    release();
#ifdef F_OFD_SETLK
    // A write lock needs a descriptor open for writing; a file that cannot be
    // written gets a read lock and a look for anyone else's lock first.
    bool writable = true;
    int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        writable = false;
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    }
    if (fd < 0) {
        return Result::Unavailable;
    }
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = static_cast<off_t>(offset);
    lock.l_len = 1;
    bool busy = false;
    if (writable) {
        busy = ::fcntl(fd, F_OFD_SETLK, &lock) != 0 && (errno == EAGAIN || errno == EACCES);
    } else if (::fcntl(fd, F_OFD_GETLK, &lock) == 0) {
        busy = lock.l_type != F_UNLCK;
        lock.l_type = F_RDLCK;
        lock.l_start = static_cast<off_t>(offset);
        lock.l_len = 1;
        busy = busy || ::fcntl(fd, F_OFD_SETLK, &lock) != 0;
    }
    if (busy) {
        ::close(fd);
        return Result::Busy;
    }
    // As before the port: a lock the system refused for another reason is
    // kept as an open descriptor, which holds nothing but costs nothing.
    m_handle = fd;
    return Result::Held;
#else
    (void)path;
    (void)offset;
    return Result::Unavailable;
#endif
}

void ByteLock::release() {
    if (m_handle != -1) {
        ::close(static_cast<int>(m_handle));
        m_handle = -1;
    }
}

#endif

ByteLock::~ByteLock() {
    release();
}

} // namespace innspill::os
