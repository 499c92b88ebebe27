// Test photos written with stb_image_write (Debian's libstb).
#include "support/test_photos.hpp"

#include <stb_image_write.h>

#include <stdexcept>
#include <vector>

namespace innspill::test {

namespace {

std::vector<unsigned char> halves(int width, int height, int channels) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * channels);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            unsigned char* p = &pixels[(static_cast<size_t>(y) * width + x) * channels];
            const bool left = x < width / 2;
            p[0] = left ? 230 : 20;
            p[1] = 20;
            p[2] = left ? 20 : 230;
            if (channels == 4) {
                p[3] = 255;
            }
        }
    }
    return pixels;
}

void append(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<size_t>(size));
}

std::string u16(int value, bool big) {
    const char hi = static_cast<char>((value >> 8) & 0xFF);
    const char lo = static_cast<char>(value & 0xFF);
    return big ? std::string{hi, lo} : std::string{lo, hi};
}

std::string u32(int value, bool big) {
    return big ? u16(value >> 16, big) + u16(value & 0xFFFF, big)
               : u16(value & 0xFFFF, big) + u16(value >> 16, big);
}

} // namespace

std::string makeJpeg(int width, int height, int orientation, bool big) {
    const auto pixels = halves(width, height, 3);
    std::string jpeg;
    if (!stbi_write_jpg_to_func(append, &jpeg, width, height, 3, pixels.data(), 95)) {
        throw std::runtime_error("stbi_write_jpg failed");
    }
    if (orientation == 0) {
        return jpeg;
    }
    // TIFF header, IFD0 with one entry: Orientation (0x0112), SHORT, count 1.
    std::string tiff = std::string(big ? "MM" : "II") + u16(42, big) + u32(8, big) + u16(1, big) +
                       u16(0x0112, big) + u16(3, big) + u32(1, big) + u16(orientation, big) +
                       u16(0, big) + u32(0, big);
    const std::string payload = std::string("Exif\0\0", 6) + tiff;
    const std::string segment =
        std::string("\xFF\xE1", 2) + u16(static_cast<int>(payload.size()) + 2, true) + payload;
    return jpeg.substr(0, 2) + segment + jpeg.substr(2);
}

std::string makePng(int width, int height, bool transparent) {
    auto pixels = halves(width, height, 4);
    if (transparent) {
        for (size_t i = 3; i < pixels.size(); i += 4) {
            pixels[i] = 0;
        }
    }
    std::string png;
    if (!stbi_write_png_to_func(append, &png, width, height, 4, pixels.data(), width * 4)) {
        throw std::runtime_error("stbi_write_png failed");
    }
    return png;
}

std::string withJpegSize(std::string jpeg, int width, int height) {
    for (size_t i = 2; i + 9 < jpeg.size(); ++i) {
        const auto marker = static_cast<unsigned char>(jpeg[i + 1]);
        if (static_cast<unsigned char>(jpeg[i]) == 0xFF && (marker == 0xC0 || marker == 0xC2)) {
            jpeg.replace(i + 5, 2, u16(height, true));
            jpeg.replace(i + 7, 2, u16(width, true));
            return jpeg;
        }
    }
    throw std::runtime_error("no frame header");
}

Colour pixelAt(const std::string& rgba, int width, int x, int y) {
    const size_t at = (static_cast<size_t>(y) * width + x) * 4;
    return {static_cast<unsigned char>(rgba[at]), static_cast<unsigned char>(rgba[at + 1]),
            static_cast<unsigned char>(rgba[at + 2])};
}

} // namespace innspill::test
