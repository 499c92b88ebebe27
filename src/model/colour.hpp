// Colours the model knows about: a theme's colour ("#RRGGBB", chosen in the
// Tema tab or taken from the palette) and the brand colours the app and the
// reports share, after Digdir's Designsystemet. The UI's full set of tokens
// (src/ui/widgets/tokens.*) and the reports' styling start from these, so the
// app and its reports stay in step.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace innspill::model {

struct Rgb {
    uint8_t r = 0;
    uint8_t g = 0;
    uint8_t b = 0;

    bool operator==(const Rgb&) const = default;
};

constexpr Rgb rgb(uint32_t hex) {
    return Rgb{static_cast<uint8_t>(hex >> 16), static_cast<uint8_t>(hex >> 8),
               static_cast<uint8_t>(hex)};
}

// "#0062BA" (either case) as a colour; nothing for anything else.
std::optional<Rgb> parseColour(std::string_view text);
// "#0062BA" (upper case, as stored and archived).
std::string colourText(Rgb colour);

// WCAG 2.1 relative luminance and contrast ratio (1–21).
double relativeLuminance(Rgb colour);
double contrastRatio(Rgb a, Rgb b);

// The brand colours (Designsystemet's default theme: accent #0062BA on a
// neutral #1E2B3C). Text colours have ≥ 4.5:1 on white.
namespace brand {
inline constexpr Rgb kAccent = rgb(0x0062BA);
inline constexpr Rgb kAccentStrong = rgb(0x004A8F); // headings, pressed
inline constexpr Rgb kNeutralText = rgb(0x1E2B3C);
inline constexpr Rgb kSubtleText = rgb(0x5B6675);
inline constexpr Rgb kBorder = rgb(0x8C94A0); // 3:1 on white: field borders
inline constexpr Rgb kDivider = rgb(0xD8DDE3);
inline constexpr Rgb kSuccess = rgb(0x0B6B1E);
inline constexpr Rgb kWarning = rgb(0xA15C00);
inline constexpr Rgb kDanger = rgb(0xC01B1B);
inline constexpr Rgb kWhite = rgb(0xFFFFFF);
} // namespace brand

// Eight theme colours, each with ≥ 5:1 contrast to white (the number on a
// badge) and told apart by hue: blue, green, orange, purple, raspberry,
// teal, olive, ochre.
inline constexpr std::array<Rgb, 8> kThemePalette{
    rgb(0x0062BA), rgb(0x0E7C3A), rgb(0xB2410B), rgb(0x7A2E9E),
    rgb(0xC0174B), rgb(0x00727A), rgb(0x6B6300), rgb(0x8A5A00),
};

// The minimum contrast a theme colour needs against white, so the white
// number on its badge (and its bar in a chart, as text) stays readable.
inline constexpr double kThemeColourMinContrast = 4.5;

} // namespace innspill::model
