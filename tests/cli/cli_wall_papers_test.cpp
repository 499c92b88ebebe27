// `innspill export --report sheets|wall|forms`: PDF only, one group or all,
// A3 or A4, named after the event in a folder; bad options said on one line
// with a non-zero exit and nothing written.
#include "cli/cli_run.hpp"
#include "io/json_archive.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"
#include "votes/pdf_read.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>

using namespace innspill;
using test::run;

namespace {

std::string eventFile(const test::TempDir& dir) {
    test::writeFile(dir / "in.json", io::writeJsonArchive(test::sampleEvent()));
    const auto file = (dir / "e.innspill").string();
    REQUIRE(run(dir, {"import-json", file, (dir / "in.json").string()}).exitCode == 0);
    return file;
}

} // namespace

TEST_CASE("cli: news-wall sheets, the wall and forms as PDF") {
    test::TempDir dir;
    const auto file = eventFile(dir);
    const auto sheet = (dir / "1.1.pdf").string();
    const auto one = run(dir, {"export", file, "--format", "pdf", "--report", "sheets", "--group",
                               "1.1", "--paper", "a3", "-o", sheet});
    CHECK(one.exitCode == 0);
    CHECK(one.out == sheet + "\n");
    CHECK(test::readFile(sheet).rfind("%PDF-", 0) == 0);

    std::filesystem::create_directory(dir / "out");
    const auto wall = run(
        dir, {"export", file, "--format", "pdf", "--report", "wall", "-o", (dir / "out").string()});
    CHECK(wall.exitCode == 0);
    CHECK(wall.out.find(" - vegg.pdf\n") != std::string::npos);
    const auto forms =
        run(dir, {"export", file, "--format", "pdf", "--report", "forms", "-o", "-"});
    CHECK(forms.exitCode == 0);
    CHECK(forms.out.rfind("%PDF-", 0) == 0);
}

TEST_CASE("cli: news-wall papers refuse what they cannot print, writing nothing") {
    test::TempDir dir;
    const auto file = eventFile(dir);
    const auto out = (dir / "x.pdf").string();
    const auto missing = run(dir, {"export", file, "--format", "pdf", "--report", "sheets",
                                   "--group", "9.9", "-o", out});
    CHECK(missing.exitCode != 0);
    CHECK(missing.err == "innspill: ingen gruppe med nummer «9.9» å skrive ut\n");
    const auto cancelled = run(
        dir, {"export", file, "--format", "pdf", "--report", "forms", "--group", "1.2", "-o", out});
    CHECK(cancelled.exitCode != 0);
    const auto html = run(dir, {"export", file, "--format", "html", "--report", "wall", "-o", out});
    CHECK(html.exitCode != 0);
    CHECK(html.err.find("--format pdf") != std::string::npos);
    const auto paper = run(dir, {"export", file, "--format", "pdf", "--paper", "a3", "-o", out});
    CHECK(paper.exitCode != 0);
    const auto wallGroup = run(
        dir, {"export", file, "--format", "pdf", "--report", "wall", "--group", "1.1", "-o", out});
    CHECK(wallGroup.exitCode != 0);
    CHECK_FALSE(std::filesystem::exists(out));
}

namespace {

uint32_t crc32(const std::string& bytes) {
    uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char c : bytes) {
        crc ^= c;
        for (int k = 0; k < 8; ++k) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

std::string bigEndian(uint32_t value) {
    return {static_cast<char>(value >> 24), static_cast<char>(value >> 16),
            static_cast<char>(value >> 8), static_cast<char>(value)};
}

std::string chunk(const std::string& type, const std::string& data) {
    return bigEndian(static_cast<uint32_t>(data.size())) + type + data +
           bigEndian(crc32(type + data));
}

// A small grey PNG written by hand (zlib "stored" blocks, no compression):
// a photo the CLI's `photo add` takes like any other.
std::string greyPng(uint32_t width, uint32_t height) {
    std::string raw;
    for (uint32_t y = 0; y < height; ++y) {
        raw += '\0'; // filter: none
        raw += std::string(width * 3, static_cast<char>(0x80 + y % 64));
    }
    std::string zlib = "\x78\x01";
    for (size_t at = 0; at < raw.size(); at += 65535) {
        const size_t n = std::min<size_t>(65535, raw.size() - at);
        zlib += static_cast<char>(at + n == raw.size() ? 1 : 0);
        zlib += static_cast<char>(n & 0xFF);
        zlib += static_cast<char>(n >> 8);
        zlib += static_cast<char>(~n & 0xFF);
        zlib += static_cast<char>((~n >> 8) & 0xFF);
        zlib += raw.substr(at, n);
    }
    uint32_t a = 1;
    uint32_t b = 0;
    for (unsigned char c : raw) {
        a = (a + c) % 65521;
        b = (b + a) % 65521;
    }
    zlib += bigEndian((b << 16) | a);
    const std::string header =
        bigEndian(width) + bigEndian(height) + "\x08\x02" + '\0' + '\0' + '\0'; // 8-bit RGB
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", header) + chunk("IDAT", zlib) +
           chunk("IEND", "");
}

// The image lines pdfimages lists for a PDF (after its two header lines).
size_t imagesIn(const std::string& pdf) {
    const auto listed = test::PdfFile(test::readFile(pdf)).run("pdfimages", "-list");
    size_t lines = 0;
    for (char c : listed) {
        lines += c == '\n' ? 1 : 0;
    }
    return lines >= 2 ? lines - 2 : 0;
}

} // namespace

TEST_CASE("cli: a group's sheet carries its public photo, internal photos stay off the wall") {
    REQUIRE_POPPLER();
    test::TempDir dir;
    const auto file = eventFile(dir);
    test::writeFile(dir / "flip.png", greyPng(64, 48));
    REQUIRE(run(dir, {"photo", "add", file, "1.1", (dir / "flip.png").string(), "--caption",
                      "Flippover", "--public"})
                .exitCode == 0);
    REQUIRE(
        run(dir, {"photo", "add", file, "2.1", (dir / "flip.png").string(), "--caption", "Intern"})
            .exitCode == 0);
    const auto withPhoto = (dir / "1.1.pdf").string();
    REQUIRE(run(dir, {"export", file, "--format", "pdf", "--report", "sheets", "--group", "1.1",
                      "-o", withPhoto})
                .exitCode == 0);
    CHECK(imagesIn(withPhoto) == 1);
    const auto internalOnly = (dir / "2.1.pdf").string();
    REQUIRE(run(dir, {"export", file, "--format", "pdf", "--report", "sheets", "--group", "2.1",
                      "-o", internalOnly})
                .exitCode == 0);
    CHECK(imagesIn(internalOnly) == 0);
}
