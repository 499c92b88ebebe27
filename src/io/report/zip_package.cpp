// libzip in memory: a buffer source opened as an archive, parts added as
// buffer sources that borrow the caller's strings, the result read back.
#include "io/report/zip_package.hpp"

#include "io/atomic_write.hpp"

#include <zip.h>

#include <memory>

namespace innspill::io::report {

namespace {

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    const std::string reason = error ? zip_error_strerror(error) : "unknown error";
    throw WriteError(
        lang::message("writeError.documentPart", {{"part", what}, {"detail", reason}}));
}

struct SourceDeleter {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceDeleter>;

} // namespace

std::string zipPackage(const std::vector<PackagePart>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        fail("buffer", &error);
    }
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (!archive) {
        fail("open", &error);
    }
    // The archive now holds a reference; keep ours so the bytes outlive zip_close.
    zip_source_keep(buffer.get());

    for (const auto& part : parts) {
        // freep = 0: libzip borrows part.content, which lives until zip_close below.
        zip_source_t* data =
            zip_source_buffer(archive, part.content.data(), part.content.size(), 0);
        if (!data) {
            const std::string reason = zip_strerror(archive);
            zip_discard(archive);
            throw WriteError(lang::message("writeError.documentPart",
                                           {{"part", part.name}, {"detail", reason}}));
        }
        const zip_int64_t index =
            zip_file_add(archive, part.name.c_str(), data, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            const std::string reason = zip_strerror(archive);
            zip_source_free(data);
            zip_discard(archive);
            throw WriteError(lang::message("writeError.documentPart",
                                           {{"part", part.name}, {"detail", reason}}));
        }
        // Level 1: deflate at zlib's default level (6) was half of a big
        // report's export time; level 1 takes a third of that for a file
        // about a fifth larger (XML compresses well either way).
        // JPEG is compressed already: stored as it is (deflating a hundred
        // photos would cost a second and gain nothing).
        const bool jpeg =
            part.name.size() > 4 && part.name.compare(part.name.size() - 4, 4, ".jpg") == 0;
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                                 jpeg ? ZIP_CM_STORE : ZIP_CM_DEFLATE, jpeg ? 0 : 1);
    }
    if (zip_close(archive) != 0) {
        const std::string reason = zip_strerror(archive);
        zip_discard(archive);
        throw WriteError(lang::message("writeError.document", {{"detail", reason}}));
    }

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        zip_source_open(buffer.get()) != 0) {
        fail("read back", zip_source_error(buffer.get()));
    }
    std::string bytes(stat.size, '\0');
    const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
    zip_source_close(buffer.get());
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
        fail("read back", zip_source_error(buffer.get()));
    }
    return bytes;
}

} // namespace innspill::io::report
