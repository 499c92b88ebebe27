// The EXIF orientation tag (0x0112) of a JPEG: the APP1 "Exif" segment holds
// a TIFF header (byte order, then the offset of IFD0), and IFD0 holds the tag
// as a SHORT. Every offset is checked against the segment, so any bytes are safe.
#include "io/photo/photo_image.hpp"

#include <cstddef>
#include <cstdint>

namespace innspill::io::photo {

namespace {

class TiffReader {
  public:
    TiffReader(std::string_view tiff, bool bigEndian) : m_tiff(tiff), m_big(bigEndian) {}

    bool has(size_t offset, size_t size) const {
        return offset <= m_tiff.size() && size <= m_tiff.size() - offset;
    }
    uint16_t u16(size_t offset) const {
        const auto a = static_cast<uint8_t>(m_tiff[offset]);
        const auto b = static_cast<uint8_t>(m_tiff[offset + 1]);
        return static_cast<uint16_t>(m_big ? (a << 8) | b : (b << 8) | a);
    }
    uint32_t u32(size_t offset) const {
        const uint32_t hi = u16(offset);
        const uint32_t lo = u16(offset + 2);
        return m_big ? (hi << 16) | lo : (lo << 16) | hi;
    }

  private:
    std::string_view m_tiff;
    bool m_big;
};

int orientationInTiff(std::string_view tiff) {
    if (tiff.size() < 8) {
        return 1;
    }
    bool big = false;
    if (tiff.substr(0, 2) == "MM") {
        big = true;
    } else if (tiff.substr(0, 2) != "II") {
        return 1;
    }
    const TiffReader reader(tiff, big);
    if (reader.u16(2) != 42) {
        return 1;
    }
    const size_t ifd = reader.u32(4);
    if (!reader.has(ifd, 2)) {
        return 1;
    }
    const size_t count = reader.u16(ifd);
    for (size_t i = 0; i < count; ++i) {
        const size_t entry = ifd + 2 + i * 12;
        if (!reader.has(entry, 12)) {
            return 1;
        }
        constexpr uint16_t kOrientationTag = 0x0112;
        constexpr uint16_t kShort = 3;
        if (reader.u16(entry) == kOrientationTag && reader.u16(entry + 2) == kShort) {
            const int value = reader.u16(entry + 8);
            return value >= 1 && value <= 8 ? value : 1;
        }
    }
    return 1;
}

} // namespace

int exifOrientation(std::string_view jpeg) {
    if (sniffFormat(jpeg) != ImageFormat::Jpeg) {
        return 1;
    }
    size_t at = 2;
    while (at + 4 <= jpeg.size()) {
        if (static_cast<uint8_t>(jpeg[at]) != 0xFF) {
            return 1;
        }
        const auto marker = static_cast<uint8_t>(jpeg[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        constexpr uint8_t kStartOfScan = 0xDA;
        if (marker == kStartOfScan || marker == 0xD9) {
            return 1;
        }
        const size_t length = (static_cast<size_t>(static_cast<uint8_t>(jpeg[at + 2])) << 8) |
                              static_cast<uint8_t>(jpeg[at + 3]);
        if (length < 2 || at + 2 + length > jpeg.size()) {
            return 1;
        }
        constexpr uint8_t kApp1 = 0xE1;
        const std::string_view segment = jpeg.substr(at + 4, length - 2);
        constexpr std::string_view kExif("Exif\0\0", 6);
        if (marker == kApp1 && segment.substr(0, kExif.size()) == kExif) {
            return orientationInTiff(segment.substr(kExif.size()));
        }
        at += 2 + length;
    }
    return 1;
}

} // namespace innspill::io::photo
