// open(O_EXCL)/write/fsync/close/rename, or their Windows equivalents.
#include "os/new_file.hpp"

#include "os/system_error.hpp"

#include <cerrno>

#ifdef _WIN32
#include <windows.h>
#else
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace innspill::os {

#ifdef _WIN32

namespace {
HANDLE handleOf(std::intptr_t value) {
    return reinterpret_cast<HANDLE>(value);
}
} // namespace

NewFile::NewFile(const std::filesystem::path& path) {
    HANDLE handle = ::CreateFileW(path.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                                  FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        m_error = lastError();
        return;
    }
    m_handle = reinterpret_cast<std::intptr_t>(handle);
}

int NewFile::write(std::string_view data) {
    while (!data.empty()) {
        const DWORD chunk = data.size() > 0x40000000 ? 0x40000000 : static_cast<DWORD>(data.size());
        DWORD written = 0;
        if (!::WriteFile(handleOf(m_handle), data.data(), chunk, &written, nullptr)) {
            return lastError();
        }
        data.remove_prefix(written);
    }
    return 0;
}

int NewFile::sync() {
    return ::FlushFileBuffers(handleOf(m_handle)) ? 0 : lastError();
}

int NewFile::close() {
    if (m_handle == -1) {
        return 0;
    }
    const bool closed = ::CloseHandle(handleOf(m_handle));
    m_handle = -1;
    return closed ? 0 : lastError();
}

int replaceFile(const std::filesystem::path& from, const std::filesystem::path& to) {
    return ::MoveFileExW(from.c_str(), to.c_str(),
                         MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
               ? 0
               : lastError();
}

#else

NewFile::NewFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        m_error = errno;
        return;
    }
    m_handle = fd;
}

int NewFile::write(std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(static_cast<int>(m_handle), data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        data.remove_prefix(static_cast<size_t>(n));
    }
    return 0;
}

int NewFile::sync() {
    return ::fsync(static_cast<int>(m_handle)) == 0 ? 0 : errno;
}

int NewFile::close() {
    if (m_handle == -1) {
        return 0;
    }
    const int result = ::close(static_cast<int>(m_handle));
    m_handle = -1;
    return result == 0 ? 0 : errno;
}

int replaceFile(const std::filesystem::path& from, const std::filesystem::path& to) {
    return std::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

#endif

NewFile::~NewFile() {
    close();
}

} // namespace innspill::os
