// PDF writer: the fonts it lays out with. Started as a process, most of a
// small PDF's time went to fontconfig and Pango before the first page: the
// system configuration (every conf file parsed, every installed font's cache
// read) and a sort of all installed fonts for each of the ~70 font
// descriptions the styles use. The report names only DejaVu Sans and Serif,
// so a private fontconfig configuration holding just those faces does the
// same work over eight fonts. A document with a character they lack (another
// script, an emoji) is laid out with the system's fonts instead, so fallback
// fonts still draw it.
#pragma once

#include "io/report/report_document.hpp"

#include <pango/pango.h>

namespace innspill::io::report::pdf {

// The font map for this document, owned by the calling thread (Pango font
// maps are not shared between threads); never null.
PangoFontMap* fontMapFor(const ReportDocument& doc);

// Whether the private DejaVu configuration was usable and covers the text
// (for tests and benchmarks: false means the system's fonts are used).
bool usesPrivateFonts(const ReportDocument& doc);

} // namespace innspill::io::report::pdf
