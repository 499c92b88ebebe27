// Font lookup and loading: Inter for text (DejaVu Sans when Inter is
// missing), DejaVu Sans merged behind it for the glyphs Inter lacks, and the
// Material Icons merged in for the icons (ui/widgets/icons.hpp).
#include "platform/fonts.hpp"

#include "lang/catalogue.hpp"
#include "os/executable_folder.hpp"
#include "ui/widgets/icons.hpp"

#include <imgui.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <system_error>
#include <vector>

#ifndef INNSPILL_ASSETS_DIR
#define INNSPILL_ASSETS_DIR ""
#endif

namespace innspill::platform {

namespace {

// Basic Latin + Latin-1 (æ ø å « »), Latin Extended-A (names from the rest of
// Europe), General Punctuation (– — “ ” ’ … •), the euro sign and U+FFFD, which
// ImGui shows for any glyph outside these ranges and model::repairUtf8 uses
// for broken bytes. ImGui keeps a pointer to these arrays until the atlas is
// built, hence static storage.
constexpr ImWchar kTextRanges[] = {
    0x0020, 0x00FF, // Basic Latin, Latin-1 Supplement
    0x0100, 0x017F, // Latin Extended-A
    0x2010, 0x205E, // General Punctuation
    0x20AC, 0x20AC, // €
    0xFFFD, 0xFFFD, // replacement character
    0,
};

// What DejaVu adds behind the text face: Latin Extended-B (Sámi, Vietnamese
// names), arrows, the geometric symbols and the check marks people type into
// notes (→ ✓ ✗ ■ ☐). Not the Miscellaneous Technical block (⌘ ⏎ …): a
// quarter of these glyphs in each of the four roles, for characters nobody
// types into a workshop's notes; they show as the replacement box.
constexpr ImWchar kFallbackRanges[] = {
    0x0020, 0x024F, // Latin up to Extended-B
    0x2010, 0x205E, // General Punctuation
    0x20AC, 0x20AC, // €
    0x2190, 0x21FF, // Arrows
    0x25A0, 0x25FF, // Geometric Shapes
    0x2610, 0x2612, // ballot boxes
    0x2713, 0x2718, // check marks and crosses
    0xFFFD, 0xFFFD, 0,
};

// One range per icon: only the icons the UI uses go into the atlas.
constexpr std::array<ImWchar, ui::icon::kIconCodepoints.size() * 2 + 1> iconRanges() {
    std::array<ImWchar, ui::icon::kIconCodepoints.size() * 2 + 1> ranges{};
    for (size_t i = 0; i < ui::icon::kIconCodepoints.size(); ++i) {
        ranges[2 * i] = static_cast<ImWchar>(ui::icon::kIconCodepoints[i]);
        ranges[2 * i + 1] = static_cast<ImWchar>(ui::icon::kIconCodepoints[i]);
    }
    return ranges;
}
constexpr auto kIconRanges = iconRanges();

// The type scale: body and labels at the body size, section headings a
// step up, page titles two (a 1.25 ratio).
constexpr float kHeadingScale = 1.25f;
constexpr float kTitleScale = 1.56f;
// Glyphs this many pixels tall and up are rasterised without oversampling.
constexpr float kNoOversamplingFrom = 18.0f;

// Every folder a font is looked for in, after the project's assets/fonts and
// the program's own fonts folder (where the Windows build bundles them): one
// list, one place.
constexpr std::array<const char*, 4> kSystemFontDirs{
    "/usr/share/fonts/opentype/inter",
    "/usr/share/fonts/truetype/inter",
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/truetype/material-design-icons-iconfont",
};

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

// The files one weight is made of: the text face, DejaVu behind it, icons.
struct Face {
    std::filesystem::path text;
    std::optional<std::filesystem::path> fallback; // DejaVu, when text is not DejaVu
    std::optional<std::filesystem::path> icons;
};

ImFont* addFace(ImFontAtlas& atlas, const Face& face, float pixelSize) {
    ImFontConfig config;
    // Slight horizontal oversampling keeps small text crisp at fractional
    // positions; 2 is ImGui's default, vertical oversampling buys nothing.
    // From heading size up (and everything at 200 %) a pixel is small next
    // to a glyph's stems: no oversampling there halves those glyphs' share
    // of the atlas and its build time.
    config.OversampleH = pixelSize < kNoOversamplingFrom ? 2 : 1;
    config.OversampleV = 1;
    ImFont* font =
        atlas.AddFontFromFileTTF(face.text.string().c_str(), pixelSize, &config, kTextRanges);
    if (font == nullptr) {
        return nullptr;
    }
    ImFontConfig merge = config;
    merge.MergeMode = true;
    if (face.fallback) {
        atlas.AddFontFromFileTTF(face.fallback->string().c_str(), pixelSize, &merge,
                                 kFallbackRanges);
    }
    if (face.icons) {
        // Icons a little larger than the text, sitting on its baseline's
        // middle, and never narrower than they are tall (columns line up).
        ImFontConfig icons = merge;
        const float iconSize = pixelSize * 1.15f;
        icons.GlyphOffset = ImVec2(0.0f, pixelSize * 0.17f);
        icons.GlyphMinAdvanceX = iconSize;
        icons.OversampleH = 1;
        atlas.AddFontFromFileTTF(face.icons->string().c_str(), iconSize, &icons,
                                 kIconRanges.data());
    }
    return font;
}

ui::FontRoles loadDefaultFont(ImFontAtlas& atlas, float pixelSize) {
    atlas.Clear();
    ImFontConfig config;
    // ProggyClean is drawn for 13 px; scaling it keeps the layout in
    // proportion with the other sizes.
    config.SizePixels = pixelSize * 13.0f / kBaseFontSize;
    ImFont* font = atlas.AddFontDefault(&config);
    atlas.Build();
    return ui::FontRoles{font, font, font, font};
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
    // Beside the program: the Windows build ships assets/fonts as fonts\.
    if (const auto programFolder = os::executableFolder(); !programFolder.empty()) {
        const auto candidate = programFolder / "fonts" / fileName;
        if (isUsableFontFile(candidate)) {
            return candidate;
        }
    }
    for (const char* folder : kSystemFontDirs) {
        const auto candidate = std::filesystem::path(folder) / fileName;
        if (isUsableFontFile(candidate)) {
            return candidate;
        }
    }
    return std::nullopt;
}

ui::FontRoles loadFonts(ImFontAtlas& atlas, float pixelSize) {
    atlas.Clear();
    const auto dejaVu = findFontFile("DejaVuSans.ttf");
    const auto inter = findFontFile("Inter-Regular.otf");
    if (!dejaVu && !inter) {
        const std::string warning =
            lang::format(lang::tr(lang::fromEnvironment(), "platform.fontMissing"),
                         {{"assets", INNSPILL_ASSETS_DIR}, {"system", kSystemFontDirs[2]}});
        std::fprintf(stderr, "innspill: %s\n", warning.c_str());
        return loadDefaultFont(atlas, pixelSize);
    }
    const auto icons = findFontFile("MaterialIcons-Regular.ttf");
    // Inter when it is there, DejaVu (then the only face) when not. Bold is
    // a nicety: without it, emphasis and headings use the regular face.
    Face regular{inter ? *inter : *dejaVu, inter ? dejaVu : std::nullopt, icons};
    Face bold = regular;
    if (inter) {
        bold.text = findFontFile("Inter-SemiBold.otf").value_or(*inter);
        bold.fallback = findFontFile("DejaVuSans-Bold.ttf");
        if (!bold.fallback) {
            bold.fallback = dejaVu;
        }
    } else {
        bold.text = findFontFile("DejaVuSans-Bold.ttf").value_or(*dejaVu);
    }

    ui::FontRoles roles;
    roles.body = addFace(atlas, regular, pixelSize); // first font: ImGui's default
    roles.bold = addFace(atlas, bold, pixelSize);
    roles.heading = addFace(atlas, bold, pixelSize * kHeadingScale);
    roles.title = addFace(atlas, bold, pixelSize * kTitleScale);
    if (roles.body == nullptr || roles.bold == nullptr || roles.heading == nullptr ||
        roles.title == nullptr || !atlas.Build()) {
        std::fprintf(stderr,
                     "innspill: advarsel: kunne ikke lese %s; bruker ImGuis innebygde "
                     "skrift\n",
                     regular.text.string().c_str());
        return loadDefaultFont(atlas, pixelSize);
    }
    return roles;
}

} // namespace innspill::platform
