// The OOXML package's ZIP writer, read back with libzip: every part's bytes,
// names and order, compressed and stored parts, and each part's CRC.
#include "io/report/zip_package.hpp"

#include <catch2/catch.hpp>
#include <zip.h>

#include <random>

using namespace innspill;
using io::report::PackagePart;
using io::report::zipPackage;

namespace {

struct Entry {
    std::string name;
    std::string content;
    bool compressed = false;
};

// Every entry in archive order; reading each to its end makes libzip check
// its CRC (a mismatch fails the read).
std::vector<Entry> readBack(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    REQUIRE(source != nullptr);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_source_free(source);
        FAIL("not a ZIP archive: " << zip_error_strerror(&error));
    }
    std::vector<Entry> entries;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        REQUIRE(zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) == 0);
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(file != nullptr);
        std::string content(stat.size + 1, '\0');
        const zip_int64_t read = zip_fread(file, content.data(), content.size());
        CHECK(read == static_cast<zip_int64_t>(stat.size)); // -1 on a bad CRC
        CHECK(zip_fread(file, content.data(), 1) == 0);
        zip_fclose(file);
        content.resize(stat.size);
        entries.push_back({stat.name, std::move(content), stat.comp_method == ZIP_CM_DEFLATE});
    }
    zip_close(archive);
    return entries;
}

std::string randomBytes(size_t size) {
    std::mt19937 engine(7);
    std::string bytes(size, '\0');
    for (auto& byte : bytes) {
        byte = static_cast<char>(engine() & 0xFF);
    }
    return bytes;
}

} // namespace

TEST_CASE("a package reads back part for part, in order") {
    std::string xml;
    for (int i = 0; i < 20000; ++i) {
        xml += "<w:p><w:r><w:t>Innspill nr. " + std::to_string(i) + " – æøå</w:t></w:r></w:p>";
    }
    const std::vector<PackagePart> parts{
        {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
        {"word/document.xml", xml},
        {"word/empty.xml", ""},
        {"media/noise.bin", randomBytes(100000)},
    };
    const std::string bytes = zipPackage(parts);
    const auto entries = readBack(bytes);
    REQUIRE(entries.size() == parts.size());
    for (size_t i = 0; i < parts.size(); ++i) {
        CHECK(entries[i].name == parts[i].name);
        CHECK(entries[i].content == parts[i].content);
    }
    // The XML is deflated; bytes deflating cannot shrink are stored as they are.
    CHECK(entries[1].compressed);
    CHECK_FALSE(entries[3].compressed);
    CHECK(bytes.size() < xml.size() / 5 + 100000 + 1000);
}

TEST_CASE("an empty package is still a ZIP archive") {
    CHECK(readBack(zipPackage({})).empty());
}
