// Reading photos: formats, EXIF orientation, scaling, and bad images refused
// with one reason before anything is decoded.
#include "io/photo/photo_image.hpp"
#include "support/test_photos.hpp"

#include <catch2/catch.hpp>

using namespace innspill;
using io::photo::decodeRgba;
using io::photo::exifOrientation;
using io::photo::PhotoError;
using io::photo::preparePhoto;

namespace {

bool reddish(test::Colour c) {
    return c.r > 150 && c.b < 100;
}
bool bluish(test::Colour c) {
    return c.b > 150 && c.r < 100;
}

std::string refusal(const std::string& bytes) {
    try {
        preparePhoto(bytes);
    } catch (const PhotoError& error) {
        return error.message().key;
    }
    return "accepted";
}

} // namespace

TEST_CASE("the EXIF orientation tag is read in either byte order") {
    CHECK(exifOrientation(test::makeJpeg(16, 8)) == 1);
    for (int orientation = 1; orientation <= 8; ++orientation) {
        CHECK(exifOrientation(test::makeJpeg(16, 8, orientation, false)) == orientation);
        CHECK(exifOrientation(test::makeJpeg(16, 8, orientation, true)) == orientation);
    }
    CHECK(exifOrientation("not a jpeg") == 1);
    CHECK(exifOrientation(std::string("\xFF\xD8\xFF\xE1\x00", 5)) == 1); // cut short
}

TEST_CASE("a photo is turned upright by its EXIF orientation") {
    // 80 × 40, left half red, right half blue.
    struct Case {
        int orientation;
        int width, height;
        bool redFirst; // red at the top (portrait) or the left (landscape)
    };
    const Case cases[] = {{1, 80, 40, true},  {3, 80, 40, false}, {6, 40, 80, true},
                          {8, 40, 80, false}, {2, 80, 40, false}, {5, 40, 80, true}};
    for (const auto& c : cases) {
        CAPTURE(c.orientation);
        const auto prepared = preparePhoto(test::makeJpeg(80, 40, c.orientation));
        CHECK(prepared.width == c.width);
        CHECK(prepared.height == c.height);
        int w = 0;
        int h = 0;
        const std::string rgba = decodeRgba(prepared.jpeg, w, h);
        REQUIRE(w == c.width);
        const bool portrait = c.height > c.width;
        const auto first =
            portrait ? test::pixelAt(rgba, w, w / 2, h / 8) : test::pixelAt(rgba, w, w / 8, h / 2);
        const auto second = portrait ? test::pixelAt(rgba, w, w / 2, h * 7 / 8)
                                     : test::pixelAt(rgba, w, w * 7 / 8, h / 2);
        CHECK(reddish(c.redFirst ? first : second));
        CHECK(bluish(c.redFirst ? second : first));
    }
}

TEST_CASE("PNG photos are read, transparency on white") {
    const auto prepared = preparePhoto(test::makePng(60, 30));
    CHECK(prepared.width == 60);
    CHECK(prepared.height == 30);
    CHECK(io::photo::sniffFormat(prepared.jpeg) == io::photo::ImageFormat::Jpeg);
    int w = 0;
    int h = 0;
    const auto rgba = decodeRgba(preparePhoto(test::makePng(60, 30, true)).jpeg, w, h);
    const auto colour = test::pixelAt(rgba, w, 5, 5);
    CHECK(colour.r > 240);
    CHECK(colour.g > 240);
    CHECK(colour.b > 240);
}

TEST_CASE("a large photo is scaled to 2,400 px on its longest side, with a thumbnail") {
    const auto prepared = preparePhoto(test::makeJpeg(4800, 120));
    CHECK(prepared.width == 2400);
    CHECK(prepared.height == 60);
    int w = 0;
    int h = 0;
    decodeRgba(prepared.thumbnail, w, h);
    CHECK(std::max(w, h) == io::photo::kThumbnailSide);
    const auto small = preparePhoto(test::makeJpeg(300, 200));
    CHECK(small.width == 300); // never enlarged
    CHECK(small.height == 200);
}

TEST_CASE("bad images are refused with one reason") {
    CHECK(refusal("") == "photoError.notImage");
    CHECK(refusal("hello, this is a text file") == "photoError.notImage");
    CHECK(refusal("%PDF-1.7\n") == "photoError.notImage");

    const std::string jpeg = test::makeJpeg(400, 300);
    CHECK(refusal(jpeg.substr(0, jpeg.size() / 2)) == "photoError.truncated");
    CHECK(refusal(jpeg.substr(0, 40)) != "accepted");
    const std::string png = test::makePng(200, 100);
    CHECK(refusal(png.substr(0, png.size() / 2)) == "photoError.truncated");
    CHECK(refusal(png.substr(0, 20)) == "photoError.damaged");

    // A decompression bomb: 30,000 × 30,000 in the header, refused from the
    // header alone (decoding would need 2.7 GB).
    CHECK(refusal(test::withJpegSize(jpeg, 30000, 30000)) == "photoError.tooLarge");
    CHECK(refusal(test::withJpegSize(jpeg, 60000, 10)) == "photoError.tooLarge");
    std::string bombPng = png;
    // IHDR's width and height (bytes 16–23), big-endian.
    bombPng.replace(16, 8, std::string("\x00\x00\x75\x30\x00\x00\x75\x30", 8));
    CHECK(refusal(bombPng) != "accepted");
    try {
        preparePhoto(test::withJpegSize(jpeg, 30000, 30000));
    } catch (const PhotoError& error) {
        CHECK(std::string(error.what()).find("30000") != std::string::npos);
    }
}
