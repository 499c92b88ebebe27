// Decoding, turning upright, scaling and encoding photos (see photo_image.hpp
// for why libjpeg-turbo for JPEG and stb for PNG and resampling).
#include "io/photo/photo_image.hpp"

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include <jerror.h>
#include <jpeglib.h>
#include <stb_image.h>
#include <stb_image_resize.h>

namespace innspill::io::photo {

namespace {

// An RGB image, rows top-down, 3 bytes a pixel.
struct Pixels {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgb;
};

[[noreturn]] void refuse(const char* key) {
    throw PhotoError(lang::message(key));
}

[[noreturn]] void refuseSize(uint64_t width, uint64_t height) {
    throw PhotoError(lang::message("photoError.tooLarge", {{"width", std::to_string(width)},
                                                           {"height", std::to_string(height)}}));
}

void checkSize(uint64_t width, uint64_t height, uint64_t maxPixels) {
    if (width == 0 || height == 0) {
        refuse("photoError.damaged");
    }
    if (width > kMaxInputSide || height > kMaxInputSide || width * height > maxPixels) {
        refuseSize(width, height);
    }
}

// libjpeg reports errors through a callback that must not return: jump back.
struct JpegError {
    jpeg_error_mgr manager{};
    std::jmp_buf jump{};
    bool truncated = false; // a warning that the data ran out or was corrupt
};

void onJpegError(j_common_ptr info) {
    auto* error = reinterpret_cast<JpegError*>(info->err);
    std::longjmp(error->jump, 1);
}

void onJpegMessage(j_common_ptr info, int level) {
    // The data ran out: libjpeg fills the rest with grey. Other warnings
    // (extraneous bytes before a marker) are common in phones' files and harmless.
    if (level < 0 && info->err->msg_code == JWRN_JPEG_EOF) {
        reinterpret_cast<JpegError*>(info->err)->truncated = true;
    }
}

void installErrors(jpeg_decompress_struct& info, JpegError& error) {
    info.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = onJpegError;
    error.manager.emit_message = onJpegMessage;
}

// Decodes a JPEG so that its longest side is about `target` (never below it
// unless the image is smaller), using libjpeg-turbo's DCT scaling (N/8).
// `maxPixels` is checked on the header before any pixel is decoded. The
// pixels live in the caller's frame: nothing that longjmp returns to changes
// after setjmp but the volatile flag.
void decodeJpeg(std::string_view bytes, int target, uint64_t maxPixels, J_COLOR_SPACE space,
                int channels, Pixels& pixels) {
    jpeg_decompress_struct info{};
    JpegError error;
    installErrors(info, error);
    volatile bool headerRead = false;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        refuse(headerRead ? "photoError.truncated" : "photoError.damaged");
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.data()),
                 static_cast<unsigned long>(bytes.size()));
    if (jpeg_read_header(&info, TRUE) != JPEG_HEADER_OK) {
        jpeg_destroy_decompress(&info);
        refuse("photoError.damaged");
    }
    headerRead = true;
    // A refusal (a decompression bomb) or running out of memory must not
    // leave libjpeg's memory behind: destroy, then let it go on.
    const auto destroyed = [&](auto&& step) {
        try {
            step();
        } catch (...) {
            jpeg_destroy_decompress(&info);
            throw;
        }
    };
    destroyed([&] { checkSize(info.image_width, info.image_height, maxPixels); });
    const unsigned longest = std::max(info.image_width, info.image_height);
    if (target > 0 && longest > static_cast<unsigned>(target)) {
        info.scale_num = std::clamp<unsigned>(8u * static_cast<unsigned>(target) / longest, 1u, 8u);
        info.scale_denom = 8;
    }
    info.out_color_space = space;
    info.dct_method = JDCT_ISLOW;
    jpeg_start_decompress(&info);
    pixels.width = static_cast<int>(info.output_width);
    pixels.height = static_cast<int>(info.output_height);
    const size_t stride = static_cast<size_t>(pixels.width) * static_cast<size_t>(channels);
    destroyed([&] { pixels.rgb.resize(stride * static_cast<size_t>(pixels.height)); });
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels.rgb.data() + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    if (error.truncated) {
        refuse("photoError.truncated");
    }
}

Pixels decodeJpeg(std::string_view bytes, int target, uint64_t maxPixels, J_COLOR_SPACE space,
                  int channels) {
    Pixels pixels;
    decodeJpeg(bytes, target, maxPixels, space, channels, pixels);
    return pixels;
}

Pixels decodePng(std::string_view bytes) {
    int width = 0;
    int height = 0;
    int channels = 0;
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int length = static_cast<int>(bytes.size());
    if (!stbi_info_from_memory(data, length, &width, &height, &channels)) {
        refuse("photoError.damaged");
    }
    // stb decodes the whole image at once (4 bytes a pixel): a lower limit.
    constexpr uint64_t kMaxPngPixels = 60'000'000;
    checkSize(static_cast<uint64_t>(width), static_cast<uint64_t>(height), kMaxPngPixels);
    std::unique_ptr<stbi_uc, void (*)(void*)> rgba(
        stbi_load_from_memory(data, length, &width, &height, &channels, 4), stbi_image_free);
    if (!rgba) {
        refuse("photoError.truncated");
    }
    Pixels pixels;
    pixels.width = width;
    pixels.height = height;
    const size_t count = static_cast<size_t>(width) * static_cast<size_t>(height);
    pixels.rgb.resize(count * 3);
    const stbi_uc* in = rgba.get();
    // Transparent areas on white paper, as a viewer shows them.
    for (size_t i = 0; i < count; ++i) {
        const unsigned alpha = in[i * 4 + 3];
        for (size_t c = 0; c < 3; ++c) {
            pixels.rgb[i * 3 + c] =
                static_cast<unsigned char>((in[i * 4 + c] * alpha + 255u * (255u - alpha)) / 255u);
        }
    }
    return pixels;
}

// Turns the pixels as EXIF orientation 1–8 says (rotate, mirror or both).
Pixels upright(Pixels in, int orientation) {
    if (orientation <= 1 || orientation > 8) {
        return in;
    }
    const int w = in.width;
    const int h = in.height;
    const bool swap = orientation >= 5;
    Pixels out;
    out.width = swap ? h : w;
    out.height = swap ? w : h;
    out.rgb.resize(in.rgb.size());
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            int sx = x;
            int sy = y;
            switch (orientation) {
            case 2:
                sx = w - 1 - x;
                break;
            case 3:
                sx = w - 1 - x;
                sy = h - 1 - y;
                break;
            case 4:
                sy = h - 1 - y;
                break;
            case 5:
                sx = y;
                sy = x;
                break;
            case 6:
                sx = y;
                sy = h - 1 - x;
                break;
            case 7:
                sx = w - 1 - y;
                sy = h - 1 - x;
                break;
            case 8:
                sx = w - 1 - y;
                sy = x;
                break;
            default:
                break;
            }
            const size_t from =
                (static_cast<size_t>(sy) * static_cast<size_t>(w) + static_cast<size_t>(sx)) * 3;
            const size_t to =
                (static_cast<size_t>(y) * static_cast<size_t>(out.width) + static_cast<size_t>(x)) *
                3;
            std::copy_n(in.rgb.begin() + static_cast<std::ptrdiff_t>(from), 3,
                        out.rgb.begin() + static_cast<std::ptrdiff_t>(to));
        }
    }
    return out;
}

// Scales down so the longest side is at most `side`; smaller images stay.
Pixels fitWithin(const Pixels& in, int side) {
    const int longest = std::max(in.width, in.height);
    if (longest <= side) {
        return in;
    }
    const double factor = static_cast<double>(side) / longest;
    Pixels out;
    out.width = std::max(1, static_cast<int>(in.width * factor + 0.5));
    out.height = std::max(1, static_cast<int>(in.height * factor + 0.5));
    out.rgb.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height) * 3);
    stbir_resize_uint8(in.rgb.data(), in.width, in.height, 0, out.rgb.data(), out.width, out.height,
                       0, 3);
    return out;
}

std::string encodeJpeg(const Pixels& pixels, int quality) {
    jpeg_compress_struct info{};
    jpeg_error_mgr error{};
    info.err = jpeg_std_error(&error);
    jpeg_create_compress(&info);
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = static_cast<JDIMENSION>(pixels.width);
    info.image_height = static_cast<JDIMENSION>(pixels.height);
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    const size_t stride = static_cast<size_t>(pixels.width) * 3;
    while (info.next_scanline < info.image_height) {
        auto* row = const_cast<JSAMPROW>(pixels.rgb.data() + stride * info.next_scanline);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    std::string out(reinterpret_cast<const char*>(buffer), size);
    std::free(buffer);
    return out;
}

} // namespace

ImageFormat sniffFormat(std::string_view bytes) {
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xFF\xD8\xFF") {
        return ImageFormat::Jpeg;
    }
    if (bytes.size() >= 8 && bytes.substr(0, 8) == "\x89PNG\r\n\x1A\n") {
        return ImageFormat::Png;
    }
    return ImageFormat::Unknown;
}

PreparedPhoto preparePhoto(std::string_view bytes) {
    Pixels pixels;
    switch (sniffFormat(bytes)) {
    case ImageFormat::Jpeg:
        pixels =
            upright(decodeJpeg(bytes, kMaxSide, kMaxPixels, JCS_RGB, 3), exifOrientation(bytes));
        break;
    case ImageFormat::Png:
        pixels = decodePng(bytes);
        break;
    case ImageFormat::Unknown:
        refuse("photoError.notImage");
    }
    pixels = fitWithin(pixels, kMaxSide);
    PreparedPhoto prepared;
    prepared.width = pixels.width;
    prepared.height = pixels.height;
    // Flipcharts are mostly paper and compress well; a busy photo steps the
    // quality down so that one photo stays within the event file's budget.
    constexpr size_t kBudget = 600 * 1024;
    for (const int quality : {82, 72, 62, 50}) {
        prepared.jpeg = encodeJpeg(pixels, quality);
        if (prepared.jpeg.size() <= kBudget) {
            break;
        }
    }
    prepared.thumbnail = encodeJpeg(fitWithin(pixels, kThumbnailSide), 75);
    return prepared;
}

std::string decodeRgba(std::string_view jpeg, int& width, int& height) {
    width = 0;
    height = 0;
    if (sniffFormat(jpeg) != ImageFormat::Jpeg) {
        return {};
    }
    try {
        Pixels pixels = decodeJpeg(jpeg, 0, kMaxPixels, JCS_EXT_RGBA, 4);
        width = pixels.width;
        height = pixels.height;
        return std::string(pixels.rgb.begin(), pixels.rgb.end());
    } catch (const PhotoError&) {
        return {};
    }
}

} // namespace innspill::io::photo
