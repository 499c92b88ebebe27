// The UI fonts: finding Inter, DejaVu Sans and the Material icons (the
// project's assets, then the system's font folders: one lookup for all), the
// glyph ranges Norwegian text needs, and loading them at a pixel size.
#pragma once

#include "ui/widgets/font_roles.hpp"

#include <filesystem>
#include <optional>
#include <string_view>

struct ImFontAtlas;

namespace innspill::platform {

// The body text size at scale 1, in pixels: Inter at 15 px reads like
// DejaVu at 16 and makes 32-px controls with the style's padding.
inline constexpr float kBaseFontSize = 15.0f;

// `fileName` (e.g. "DejaVuSans.ttf") from assets/fonts, then from the
// program's folder's fonts/ (the Windows build), then from the system's font
// folders (Inter, DejaVu, Material icons); nothing when none has it.
std::optional<std::filesystem::path> findFontFile(std::string_view fileName);

// Clears `atlas` and loads body, bold, heading and title fonts rasterised at
// `pixelSize` (the body size; headings and titles are larger): Inter (DejaVu
// Sans without it) with DejaVu merged behind for other glyphs and the icons
// merged in. Falls back to ImGui's built-in font, with a warning on stderr,
// when neither Inter nor DejaVu Sans is usable — then æøå still show, but
// “ ” … do not.
ui::FontRoles loadFonts(ImFontAtlas& atlas, float pixelSize);

} // namespace innspill::platform
