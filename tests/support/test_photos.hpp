// Photo files made in memory for the tests: JPEG (with an EXIF orientation
// when asked) and PNG, left half red and right half blue, so a test can tell
// which way up a decoded photo is.
#pragma once

#include <string>

namespace innspill::test {

// orientation 0: no EXIF segment; 1–8: an APP1 "Exif" segment with that tag.
std::string makeJpeg(int width, int height, int orientation = 0, bool bigEndianExif = false);
std::string makePng(int width, int height, bool transparent = false);
// The same JPEG with the size in its frame header replaced (a "bomb").
std::string withJpegSize(std::string jpeg, int width, int height);

// The colour at (x, y) of RGBA pixels `width` wide.
struct Colour {
    int r, g, b;
};
Colour pixelAt(const std::string& rgba, int width, int x, int y);

} // namespace innspill::test
