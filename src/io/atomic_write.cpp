// Temporary file, fsync, rename.
#include "io/atomic_write.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace innspill::io {

namespace {
// "kan ikke skrive «x»: <reason>"; the reason a catalogue word, or the
// system's own text for the rare ones.
WriteError refusal(const std::filesystem::path& path, int code) {
    lang::Message message = lang::message("writeError.cannotWrite", {{"file", path.string()}});
    switch (code) {
    case ENOSPC:
    case EDQUOT:
        return WriteError(message.withWord("reason", "fileError.diskFull"));
    case EACCES:
    case EPERM:
    case EROFS:
        return WriteError(message.withWord("reason", "writeError.folderNotWritable"));
    case ENOENT:
        return WriteError(message.withWord("reason", "fileError.folderMissing"));
    default:
        return WriteError(message.with("reason", std::strerror(code)));
    }
}
} // namespace

void writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
    std::random_device device;
    const std::string part = path.string() + ".part-" + std::to_string(device());
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        throw refusal(path, errno);
    }
    const auto fail = [&](int code) {
        ::close(fd);
        ::unlink(part.c_str());
        throw refusal(path, code);
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
        throw refusal(path, code);
    }
    if (::rename(part.c_str(), path.c_str()) != 0) {
        const int code = errno;
        ::unlink(part.c_str());
        throw refusal(path, code);
    }
}

} // namespace innspill::io
