// Turning a photo file (JPEG or PNG, as a phone or scanner writes it) into
// what an event keeps: a JPEG scaled so its longest side is at most 2,400 px,
// turned upright by its EXIF orientation, and a small JPEG thumbnail. The
// header is read first, so a "decompression bomb" is refused before any pixel
// is decoded; a large photo is scaled, never refused for its size alone.
//
// JPEG goes through libjpeg-turbo (Debian's libjpeg62-turbo): it decodes at
// 1/2, 1/4 or 1/8 scale in the DCT domain, which makes a 12-megapixel phone
// photo several times cheaper than a full decode, and its SIMD encoder is fast.
// PNG decoding and the final resampling use stb (stb_image, stb_image_resize),
// already linked through Debian's libstb for the screenshots.
#pragma once

#include "lang/message.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace innspill::io::photo {

inline constexpr int kMaxSide = 2400;      // the stored photo's longest side
inline constexpr int kThumbnailSide = 240; // the thumbnail's longest side
// Refused before decoding: more pixels than any camera makes, or a side no
// camera makes (30,000 × 30,000 is 900 megapixels).
inline constexpr uint64_t kMaxPixels = 200'000'000;
inline constexpr int kMaxInputSide = 40'000;
// The largest file read at all (a 40 MB photo is scaled, not refused).
inline constexpr uint64_t kMaxFileBytes = 200ull * 1024 * 1024;

// Thrown for bytes that are not a usable photo; message() is one line
// ("photoError.notImage", "photoError.truncated", "photoError.tooLarge").
class PhotoError : public lang::MessageError {
  public:
    using lang::MessageError::MessageError;
};

enum class ImageFormat { Unknown, Jpeg, Png };
ImageFormat sniffFormat(std::string_view bytes);

// The EXIF orientation (1–8) in a JPEG's APP1 segment; 1 when there is none
// or it cannot be read.
int exifOrientation(std::string_view jpeg);

struct PreparedPhoto {
    int width = 0; // of `jpeg`, upright
    int height = 0;
    std::string jpeg;
    std::string thumbnail; // JPEG, longest side kThumbnailSide
};

// Throws PhotoError. Thread-safe: the app calls it off the UI thread.
PreparedPhoto preparePhoto(std::string_view bytes);

// Decodes a stored JPEG (a photo or thumbnail) to RGBA for a texture; empty
// on failure. width/height receive its size.
std::string decodeRgba(std::string_view jpeg, int& width, int& height);

} // namespace innspill::io::photo
