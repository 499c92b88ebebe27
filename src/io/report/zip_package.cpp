// A ZIP archive written straight into a string: for each part a local header,
// the deflated bytes (stored as they are when deflating does not make them
// smaller), then the central directory and its end record (PKWARE APPNOTE
// 4.3). No ZIP64: a report is far below its limits, which are checked.
#include "io/report/zip_package.hpp"

#include "io/atomic_write.hpp"

#include <libdeflate.h>

#include <cstdint>
#include <ctime>
#include <limits>
#include <memory>

namespace innspill::io::report {

namespace {

// Level 1: a big report's document.xml (10 MB) deflates to about a tenth
// of its size; higher levels gain little on XML for much more time.
constexpr int kLevel = 1;

constexpr uint16_t kVersionNeeded = 20; // deflate
constexpr uint16_t kUtf8Names = 1 << 11;
constexpr uint16_t kStored = 0;
constexpr uint16_t kDeflated = 8;

struct CompressorDeleter {
    void operator()(libdeflate_compressor* compressor) const {
        libdeflate_free_compressor(compressor);
    }
};

void put16(std::string& out, uint16_t value) {
    out.push_back(static_cast<char>(value & 0xFF));
    out.push_back(static_cast<char>(value >> 8));
}

void put32(std::string& out, uint32_t value) {
    put16(out, static_cast<uint16_t>(value & 0xFFFF));
    put16(out, static_cast<uint16_t>(value >> 16));
}

// The local time in MS-DOS form (what unzip and Word show as the parts' date).
struct DosTime {
    uint16_t time = 0;
    uint16_t date = (1 << 5) | 1; // 1980-01-01
};

DosTime dosNow() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    DosTime dos;
    if (localtime_r(&now, &local) != nullptr && local.tm_year >= 80) {
        dos.time =
            static_cast<uint16_t>((local.tm_hour << 11) | (local.tm_min << 5) | (local.tm_sec / 2));
        dos.date = static_cast<uint16_t>(((local.tm_year - 80) << 9) | ((local.tm_mon + 1) << 5) |
                                         local.tm_mday);
    }
    return dos;
}

struct Entry {
    uint16_t method = kStored;
    uint32_t crc = 0;
    uint32_t compressedSize = 0;
    uint32_t size = 0;
    uint32_t offset = 0;
};

// The fields a local header and a central directory entry share, from
// "version needed" to the extra field's length.
void putCommon(std::string& out, const Entry& entry, const DosTime& when, size_t nameLength) {
    put16(out, kVersionNeeded);
    put16(out, kUtf8Names);
    put16(out, entry.method);
    put16(out, when.time);
    put16(out, when.date);
    put32(out, entry.crc);
    put32(out, entry.compressedSize);
    put32(out, entry.size);
    put16(out, static_cast<uint16_t>(nameLength));
    put16(out, 0); // no extra field
}

[[noreturn]] void tooLarge() {
    throw WriteError(
        lang::message("writeError.document", {{"detail", "too large for a ZIP archive (4 GiB)"}}));
}

uint32_t checked32(size_t value) {
    if (value > std::numeric_limits<uint32_t>::max()) {
        tooLarge();
    }
    return static_cast<uint32_t>(value);
}

} // namespace

std::string zipPackage(const std::vector<PackagePart>& parts) {
    if (parts.size() > std::numeric_limits<uint16_t>::max()) {
        tooLarge();
    }
    std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
        libdeflate_alloc_compressor(kLevel));
    if (!compressor) {
        throw WriteError(lang::message("writeError.document", {{"detail", "out of memory"}}));
    }
    const DosTime when = dosNow();
    size_t bound = 0;
    for (const auto& part : parts) {
        bound += 30 + part.name.size() + 46 + part.name.size() +
                 libdeflate_deflate_compress_bound(compressor.get(), part.content.size());
    }
    std::string out;
    out.reserve(bound + 22);
    std::vector<Entry> entries;
    entries.reserve(parts.size());
    for (const auto& part : parts) {
        if (part.name.empty() || part.name.size() > std::numeric_limits<uint16_t>::max()) {
            throw WriteError(lang::message("writeError.documentPart",
                                           {{"part", part.name}, {"detail", "bad name"}}));
        }
        Entry entry;
        entry.offset = checked32(out.size());
        entry.size = checked32(part.content.size());
        entry.crc = libdeflate_crc32(0, part.content.data(), part.content.size());
        // The header first, its sizes filled in once the part is deflated.
        const size_t header = out.size();
        put32(out, 0x04034b50);
        putCommon(out, entry, when, part.name.size());
        out += part.name;
        const size_t data = out.size();
        // JPEG is compressed already: stored without trying (deflating a
        // hundred photos would cost a second and gain nothing).
        const bool jpeg =
            part.name.size() > 4 && part.name.compare(part.name.size() - 4, 4, ".jpg") == 0;
        const size_t room =
            jpeg ? 0 : libdeflate_deflate_compress_bound(compressor.get(), part.content.size());
        out.resize(data + room);
        const size_t deflated =
            jpeg ? 0
                 : libdeflate_deflate_compress(compressor.get(), part.content.data(),
                                               part.content.size(), out.data() + data, room);
        if (deflated > 0 && deflated < part.content.size()) {
            entry.method = kDeflated;
            out.resize(data + deflated);
        } else {
            // Deflating made it no smaller (or could not fit): stored as it is.
            entry.method = kStored;
            out.resize(data);
            out += part.content;
        }
        entry.compressedSize = checked32(out.size() - data);
        std::string fixed;
        putCommon(fixed, entry, when, part.name.size());
        out.replace(header + 4, fixed.size(), fixed);
        entries.push_back(entry);
    }
    const size_t directory = out.size();
    for (size_t i = 0; i < parts.size(); ++i) {
        put32(out, 0x02014b50);
        put16(out, (3 << 8) | kVersionNeeded); // made by: Unix, 2.0
        putCommon(out, entries[i], when, parts[i].name.size());
        put16(out, 0);              // no comment
        put16(out, 0);              // disk 0
        put16(out, 0);              // internal attributes
        put32(out, 0100644u << 16); // external: a plain file, rw-r--r--
        put32(out, entries[i].offset);
        out += parts[i].name;
    }
    const uint32_t directorySize = checked32(out.size() - directory);
    put32(out, 0x06054b50);
    put16(out, 0); // this disk
    put16(out, 0); // the directory's disk
    put16(out, static_cast<uint16_t>(parts.size()));
    put16(out, static_cast<uint16_t>(parts.size()));
    put32(out, directorySize);
    put32(out, checked32(directory));
    put16(out, 0); // no comment
    return out;
}

} // namespace innspill::io::report
