// Temporary file, fsync, rename.
#include "io/atomic_write.hpp"

#include "os/new_file.hpp"

#include <cerrno>
#include <cstring>
#include <random>

namespace innspill::io {

namespace {
// "kan ikke skrive «x»: <reason>"; the reason a catalogue word, or the
// system's own text for the rare ones.
WriteError refusal(const std::filesystem::path& path, int code, bool replacing = false) {
    lang::Message message = lang::message("writeError.cannotWrite", {{"file", path.string()}});
    if (replacing && (code == EACCES || code == EPERM || code == EBUSY)) {
        // The folder took the new file, so a refusal now is the old file's:
        // open in another program (Word on Windows lets nobody replace its
        // file), or read-only.
        return WriteError(message.withWord("reason", "writeError.fileInUse"));
    }
    switch (code) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
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
    std::filesystem::path part = path;
    part += ".part-" + std::to_string(device());
    os::NewFile file(part);
    if (file.error() != 0) {
        throw refusal(path, file.error());
    }
    const auto fail = [&](int code, bool replacing = false) {
        file.close();
        std::error_code ignored;
        std::filesystem::remove(part, ignored);
        throw refusal(path, code, replacing);
    };
    if (const int code = file.write(content); code != 0) {
        fail(code);
    }
    if (const int code = file.sync(); code != 0) {
        fail(code);
    }
    if (const int code = file.close(); code != 0) {
        fail(code);
    }
    if (const int code = os::replaceFile(part, path); code != 0) {
        fail(code, true);
    }
}

} // namespace innspill::io
