// Temporary file, fsync, rename.
#include "io/atomic_write.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace innspill::io {

namespace {
std::string reasonFor(int code) {
    switch (code) {
    case ENOSPC:
    case EDQUOT:
        return "disken er full";
    case EACCES:
    case EPERM:
    case EROFS:
        return "mappen kan ikke skrives til";
    case ENOENT:
        return "mappen finnes ikke";
    default:
        return std::strerror(code);
    }
}
} // namespace

void writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
    std::random_device device;
    const std::string part = path.string() + ".part-" + std::to_string(device());
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        throw WriteError("kan ikke skrive «" + path.string() + "»: " + reasonFor(errno));
    }
    const auto fail = [&](int code) {
        ::close(fd);
        ::unlink(part.c_str());
        throw WriteError("kan ikke skrive «" + path.string() + "»: " + reasonFor(code));
    };
    size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail(errno);
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) {
        fail(errno);
    }
    if (::close(fd) != 0) {
        const int code = errno;
        ::unlink(part.c_str());
        throw WriteError("kan ikke skrive «" + path.string() + "»: " + reasonFor(code));
    }
    if (::rename(part.c_str(), path.c_str()) != 0) {
        const int code = errno;
        ::unlink(part.c_str());
        throw WriteError("kan ikke skrive «" + path.string() + "»: " + reasonFor(code));
    }
}

} // namespace innspill::io
