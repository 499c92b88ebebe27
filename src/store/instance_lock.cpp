// The cross-process lock of an open event file.
#include "store/instance_lock.hpp"

#include "store/errors.hpp"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace innspill::store {

namespace {
// SQLite locks bytes 0x40000000 to 0x400001FF of the database file; this one
// is well clear of them. Locks past the end of a file are allowed.
constexpr off_t kLockByte = 0x40000000 + 0x1000;
} // namespace

InstanceLock::InstanceLock(const std::filesystem::path& path) {
#ifdef F_OFD_SETLK
    // A write lock needs a descriptor open for writing; a file that cannot be
    // written gets a read lock and a look for anyone else's lock first.
    bool writable = true;
    m_fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0) {
        writable = false;
        m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    }
    if (m_fd < 0) {
        return; // SQLite will say what is wrong with the file
    }
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = kLockByte;
    lock.l_len = 1;
    bool busy = false;
    if (writable) {
        busy = ::fcntl(m_fd, F_OFD_SETLK, &lock) != 0 && (errno == EAGAIN || errno == EACCES);
    } else if (::fcntl(m_fd, F_OFD_GETLK, &lock) == 0) {
        busy = lock.l_type != F_UNLCK;
        lock.l_type = F_RDLCK;
        lock.l_start = kLockByte;
        lock.l_len = 1;
        busy = busy || ::fcntl(m_fd, F_OFD_SETLK, &lock) != 0;
    }
    if (busy) {
        ::close(m_fd);
        m_fd = -1;
        throw FileError(FileErrorKind::Busy, path, lang::message("fileError.alreadyOpen"));
    }
#else
    (void)path;
#endif
}

InstanceLock::~InstanceLock() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

} // namespace innspill::store
