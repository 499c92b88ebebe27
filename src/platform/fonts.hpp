// The UI fonts: finding DejaVu Sans (the project's assets, then the system),
// the glyph ranges Norwegian text needs, and loading them at a pixel size.
#pragma once

#include "ui/widgets/font_roles.hpp"

#include <filesystem>
#include <optional>
#include <string_view>

struct ImFontAtlas;

namespace innspill::platform {

// The body text size at scale 1, in pixels.
inline constexpr float kBaseFontSize = 16.0f;

// `fileName` (e.g. "DejaVuSans.ttf") from assets/fonts, then from the
// system's DejaVu folder; nothing when neither has it.
std::optional<std::filesystem::path> findFontFile(std::string_view fileName);

// Clears `atlas` and loads body, bold and heading fonts rasterised at
// `pixelSize` (the body size; headings are larger). Falls back to ImGui's
// built-in font, with a warning on stderr, when DejaVu Sans is missing or
// unusable — then æøå still show, but “ ” … do not.
ui::FontRoles loadFonts(ImFontAtlas& atlas, float pixelSize);

} // namespace innspill::platform
