// Font lookup and loading.
#include "platform/fonts.hpp"

#include "lang/catalogue.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstring>
#include <system_error>

#ifndef INNSPILL_ASSETS_DIR
#define INNSPILL_ASSETS_DIR ""
#endif

namespace innspill::platform {

namespace {

// Basic Latin + Latin-1 (æ ø å « »), Latin Extended-A (names from the rest of
// Europe), General Punctuation (– — “ ” ’ … •), the euro sign and U+FFFD, which
// ImGui shows for any glyph outside these ranges and model::repairUtf8 uses
// for broken bytes. ImGui keeps a pointer to this array until the atlas is
// built, hence static storage.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, // Basic Latin, Latin-1 Supplement
    0x0100, 0x017F, // Latin Extended-A
    0x2010, 0x205E, // General Punctuation
    0x20AC, 0x20AC, // €
    0xFFFD, 0xFFFD, // replacement character
    0,
};

constexpr float kHeadingScale = 1.35f;

const char* const kSystemFontDir = "/usr/share/fonts/truetype/dejavu";

// ImGui asserts (and Debian's build keeps asserts) when a font file cannot be
// read or is not a font, so both are checked here first: readable, and
// starting with a TrueType/OpenType signature.
bool isUsableFontFile(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        return false;
    }
    std::FILE* file = std::fopen(path.string().c_str(), "rb");
    if (file == nullptr) {
        return false;
    }
    unsigned char magic[4] = {};
    const bool complete = std::fread(magic, 1, sizeof magic, file) == sizeof magic;
    std::fclose(file);
    if (!complete) {
        return false;
    }
    const auto is = [&](const char* tag) { return std::memcmp(magic, tag, sizeof magic) == 0; };
    const bool trueType = magic[0] == 0 && magic[1] == 1 && magic[2] == 0 && magic[3] == 0;
    return trueType || is("true") || is("OTTO") || is("ttcf");
}

ImFont* addFont(ImFontAtlas& atlas, const std::filesystem::path& path, float pixelSize) {
    ImFontConfig config;
    // Slight horizontal oversampling keeps small text crisp at fractional
    // positions; 2 is ImGui's default, vertical oversampling buys nothing.
    config.OversampleH = 2;
    config.OversampleV = 1;
    return atlas.AddFontFromFileTTF(path.string().c_str(), pixelSize, &config, kGlyphRanges);
}

ui::FontRoles loadDefaultFont(ImFontAtlas& atlas, float pixelSize) {
    atlas.Clear();
    ImFontConfig config;
    // ProggyClean is drawn for 13 px; scaling it keeps the layout in
    // proportion with the DejaVu sizes.
    config.SizePixels = pixelSize * 13.0f / kBaseFontSize;
    ImFont* font = atlas.AddFontDefault(&config);
    atlas.Build();
    return ui::FontRoles{font, font, font};
}

} // namespace

std::optional<std::filesystem::path> findFontFile(std::string_view fileName) {
    const std::filesystem::path assets(INNSPILL_ASSETS_DIR);
    if (!assets.empty()) {
        const auto candidate = assets / "fonts" / fileName;
        if (isUsableFontFile(candidate)) {
            return candidate;
        }
    }
    const auto system = std::filesystem::path(kSystemFontDir) / fileName;
    if (isUsableFontFile(system)) {
        return system;
    }
    return std::nullopt;
}

ui::FontRoles loadFonts(ImFontAtlas& atlas, float pixelSize) {
    atlas.Clear();
    const auto regularPath = findFontFile("DejaVuSans.ttf");
    if (!regularPath) {
        const std::string warning =
            lang::format(lang::tr(lang::fromEnvironment(), "platform.fontMissing"),
                         {{"assets", INNSPILL_ASSETS_DIR}, {"system", kSystemFontDir}});
        std::fprintf(stderr, "innspill: %s\n", warning.c_str());
        return loadDefaultFont(atlas, pixelSize);
    }
    // Bold is a nicety: without it, emphasis and headings use the regular face.
    const auto boldPath = findFontFile("DejaVuSans-Bold.ttf").value_or(*regularPath);

    ui::FontRoles roles;
    roles.body = addFont(atlas, *regularPath, pixelSize); // first font: ImGui's default
    roles.bold = addFont(atlas, boldPath, pixelSize);
    roles.heading = addFont(atlas, boldPath, pixelSize * kHeadingScale);
    if (roles.body == nullptr || roles.bold == nullptr || roles.heading == nullptr ||
        !atlas.Build()) {
        std::fprintf(stderr,
                     "innspill: advarsel: kunne ikke lese %s; bruker ImGuis innebygde "
                     "skrift\n",
                     regularPath->string().c_str());
        return loadDefaultFont(atlas, pixelSize);
    }
    return roles;
}

} // namespace innspill::platform
