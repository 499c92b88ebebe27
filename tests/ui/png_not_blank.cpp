// Checks a screenshot from the smoke test: a PNG of at least the expected
// size that shows more than a blank window. Usage:
//   png_not_blank FILE.png [MIN_WIDTH MIN_HEIGHT]
// Exit 0 when it looks drawn, 1 (with the reason on stderr) when not.
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <unordered_set>

namespace {

// Anti-aliased text alone yields dozens of shades; a blank or merely
// cleared window yields one or two.
constexpr size_t kMinColours = 16;

struct ImageFree {
    void operator()(unsigned char* pixels) const { stbi_image_free(pixels); }
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 2 && argc != 4) {
        std::fprintf(stderr, "usage: png_not_blank FILE.png [MIN_WIDTH MIN_HEIGHT]\n");
        return 2;
    }
    const int minWidth = argc == 4 ? std::atoi(argv[2]) : 1;
    const int minHeight = argc == 4 ? std::atoi(argv[3]) : 1;

    int width = 0;
    int height = 0;
    int channels = 0;
    std::unique_ptr<unsigned char, ImageFree> pixels(
        stbi_load(argv[1], &width, &height, &channels, 3));
    if (!pixels) {
        std::fprintf(stderr, "png_not_blank: cannot read %s: %s\n", argv[1], stbi_failure_reason());
        return 1;
    }
    if (width < minWidth || height < minHeight) {
        std::fprintf(stderr, "png_not_blank: %s is %dx%d, expected at least %dx%d\n", argv[1],
                     width, height, minWidth, minHeight);
        return 1;
    }
    std::unordered_set<unsigned> colours;
    const size_t count = static_cast<size_t>(width) * static_cast<size_t>(height);
    for (size_t i = 0; i < count && colours.size() < kMinColours; ++i) {
        const unsigned char* p = pixels.get() + i * 3;
        colours.insert(static_cast<unsigned>(p[0]) << 16 | static_cast<unsigned>(p[1]) << 8 | p[2]);
    }
    if (colours.size() < kMinColours) {
        std::fprintf(stderr, "png_not_blank: %s has only %zu colours; nothing was drawn?\n",
                     argv[1], colours.size());
        return 1;
    }
    std::printf("png_not_blank: %s is %dx%d with at least %zu colours\n", argv[1], width, height,
                colours.size());
    return 0;
}
