// The cross-process lock of an open event file.
#include "store/instance_lock.hpp"

#include "store/errors.hpp"

namespace innspill::store {

namespace {
// SQLite locks bytes 0x40000000 to 0x400001FF of the database file; this one
// is well clear of them. Locks past the end of a file are allowed.
constexpr std::uint64_t kLockByte = 0x40000000 + 0x1000;
} // namespace

InstanceLock::InstanceLock(const std::filesystem::path& path) {
    // Unavailable (the file cannot be opened: SQLite will say what is wrong
    // with it; or no such locks here) holds nothing: the check is a courtesy.
    if (m_lock.lock(path, kLockByte) == os::ByteLock::Result::Busy) {
        throw FileError(FileErrorKind::Busy, path, lang::message("fileError.alreadyOpen"));
    }
}

InstanceLock::~InstanceLock() = default;

void InstanceLock::releaseBeforeReplacing() {
#ifdef _WIN32
    m_lock.release();
#endif
}

} // namespace innspill::store
