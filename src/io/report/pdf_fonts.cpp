// PDF writer: a private fontconfig configuration with the DejaVu faces the
// styles name, used when they cover the document's text.
#include "io/report/pdf_fonts.hpp"

#include "os/executable_folder.hpp"

#include <fontconfig/fontconfig.h>
#include <glib.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>

namespace innspill::io::report::pdf {

namespace {

// fonts-dejavu-core (Debian 12): the faces pdf_layout.cpp's styles use. The
// Windows build ships the same files in fonts\ beside the program
// (assets/fonts), so reports look the same on every machine.
std::string fontFolder() {
#ifdef _WIN32
    return (os::executableFolder() / "fonts").string();
#else
    return "/usr/share/fonts/truetype/dejavu/";
#endif
}
constexpr const char* kFontFiles[] = {"DejaVuSans.ttf",         "DejaVuSans-Bold.ttf",
                                      "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf",
                                      "DejaVuSerif.ttf",        "DejaVuSerif-Bold.ttf",
                                      "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"};

// Pango starts fontconfig on a thread of its own ("[pango] FcInit") when its
// first font map is made, and every font map waits for it before its first
// font: FcInit parses the system configuration and reads every installed
// font's cache, ~40 ms of CPU time, even though the private map never looks
// at those fonts. With the private configuration made the process's current
// one before that, FcInit finds a configuration and returns at once. Done once
// per process, before any Pango font map exists (the fallback map below
// loads the system configuration explicitly, so it does not depend on this).
void makeCurrentOnce(FcConfig* config) {
    static std::once_flag once;
    std::call_once(once, [config] { FcConfigSetCurrent(config); });
}

// Where `fc-cache` keeps what it read from font folders: the system's and the
// user's cache folders of Debian's configuration.
// On Windows the cache is a folder of the user's temporary folder:
// fontconfig's own LOCAL_APPDATA_FONTCONFIG_CACHE asks SHGetFolderPathA,
// which fails under Wine and takes the whole configuration down with it.
#ifdef _WIN32
std::string xmlEscaped(const std::string& text) {
    std::string result;
    for (char c : text) {
        result += c == '&'   ? std::string("&amp;")
                  : c == '<' ? std::string("&lt;")
                  : c == '>' ? std::string("&gt;")
                             : std::string(1, c);
    }
    return result;
}

std::string cacheFolders() {
    std::error_code error;
    const auto folder = std::filesystem::temp_directory_path(error) / "innspill-fontconfig";
    return "<?xml version=\"1.0\"?>\n<fontconfig>\n" +
           (error ? std::string()
                  : "  <cachedir>" + xmlEscaped(folder.string()) + "</cachedir>\n") +
           "</fontconfig>\n";
}
#else
std::string cacheFolders() {
    return R"(<?xml version="1.0"?>
<fontconfig>
  <cachedir>/var/cache/fontconfig</cachedir>
  <cachedir prefix="xdg">fontconfig</cachedir>
</fontconfig>
)";
}
#endif

// The file name at the end of a path fontconfig reports (/ or \\ before it).
std::string_view baseName(std::string_view path) {
    const size_t slash = path.find_last_of("/\\");
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// One per thread: the private font map and what its fonts cover.
class PrivateFonts {
  public:
    PrivateFonts() {
        FcConfig* config = FcConfigCreate();
        if (!config) {
            return;
        }
        // The folder from fontconfig's cache (what `fc-cache` wrote for the
        // system configuration), not each face read and measured again with
        // FreeType; without a valid cache fontconfig reads the folder itself.
        const std::string caches = cacheFolders();
        FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(caches.c_str()),
                                       FcFalse);
        const std::string folder = fontFolder();
        if (!FcConfigAppFontAddDir(config, reinterpret_cast<const FcChar8*>(folder.c_str()))) {
            FcConfigDestroy(config);
            return; // no such folder: the system's fonts, as before
        }
        // Only the eight faces stay (every font in the set costs time in each
        // of Pango's font matches); what they cover, each of them present.
        m_coverage = FcCharSetCreate();
        FcFontSet* fonts = FcConfigGetFonts(config, FcSetApplication);
        size_t found = 0;
        int kept = 0;
        for (int i = 0; fonts && i < fonts->nfont; ++i) {
            FcPattern* font = fonts->fonts[i];
            FcChar8* name = nullptr;
            FcCharSet* chars = nullptr;
            const bool ours =
                FcPatternGetString(font, FC_FILE, 0, &name) == FcResultMatch &&
                std::any_of(std::begin(kFontFiles), std::end(kFontFiles), [&](const char* file) {
                    return baseName(reinterpret_cast<const char*>(name)) == file;
                });
            if (!ours) {
                FcPatternDestroy(font);
                continue;
            }
            if (FcPatternGetCharSet(font, FC_CHARSET, 0, &chars) == FcResultMatch) {
                FcCharSetMerge(m_coverage, chars, nullptr);
                ++found;
            }
            fonts->fonts[kept++] = font;
        }
        if (fonts) {
            fonts->nfont = kept;
        }
        if (found != std::size(kFontFiles)) {
            FcConfigDestroy(config);
            return; // a face is missing: the system's fonts, as before
        }
        makeCurrentOnce(config);
        m_map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
        if (!m_map) {
            FcConfigDestroy(config);
            return;
        }
        // The font map takes its own reference to the configuration.
        pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(m_map), config);
        FcConfigDestroy(config);
    }
    ~PrivateFonts() {
        if (m_map) {
            g_object_unref(m_map);
        }
        if (m_coverage) {
            FcCharSetDestroy(m_coverage);
        }
    }
    PrivateFonts(const PrivateFonts&) = delete;
    PrivateFonts& operator=(const PrivateFonts&) = delete;

    PangoFontMap* map() const { return m_map; }

    bool covers(std::string_view text) const {
        const char* p = text.data();
        const char* end = p + text.size();
        while (p < end) {
            const gunichar c = g_utf8_get_char_validated(p, end - p);
            if (c == static_cast<gunichar>(-1) || c == static_cast<gunichar>(-2)) {
                ++p; // drawn as U+FFFD, which DejaVu has
                continue;
            }
            // Control characters are never drawn (cleanText drops them).
            if (c >= 0x20 && !(c >= 0x7F && c < 0xA0) && !FcCharSetHasChar(m_coverage, c)) {
                return false;
            }
            p = g_utf8_next_char(p);
        }
        return true;
    }

  private:
    PangoFontMap* m_map = nullptr;
    FcCharSet* m_coverage = nullptr;
};

PrivateFonts& privateFonts() {
    thread_local PrivateFonts fonts;
    return fonts;
}

// The system's configuration and fonts. Windows has no fonts.conf: the
// Windows fonts folder and the program's own fonts, with the cache above.
FcConfig* systemConfig() {
#ifdef _WIN32
    FcConfig* config = FcConfigCreate();
    if (!config) {
        return nullptr;
    }
    constexpr const char* kWindowsFonts = R"(<?xml version="1.0"?>
<fontconfig>
  <dir>WINDOWSFONTDIR</dir>
</fontconfig>
)";
    const std::string caches = cacheFolders();
    if (!FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(kWindowsFonts),
                                        FcFalse) ||
        !FcConfigParseAndLoadFromMemory(config, reinterpret_cast<const FcChar8*>(caches.c_str()),
                                        FcFalse) ||
        !FcConfigBuildFonts(config)) {
        FcConfigDestroy(config);
        return nullptr;
    }
    const std::string folder = fontFolder();
    FcConfigAppFontAddDir(config, reinterpret_cast<const FcChar8*>(folder.c_str()));
    return config;
#else
    return FcInitLoadConfigAndFonts();
#endif
}

// One per thread: a font map over the system's fonts and configuration (fonts
// for every script, fallback included), for a document the private faces do
// not cover. Its configuration is loaded here, not taken from fontconfig's
// current one, which may be the private configuration (makeCurrentOnce).
class SystemFonts {
  public:
    SystemFonts() {
        m_map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
        FcConfig* config = systemConfig();
        if (m_map && config) {
            pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(m_map), config);
        }
        if (config) {
            FcConfigDestroy(config);
        }
    }
    ~SystemFonts() {
        if (m_map) {
            g_object_unref(m_map);
        }
    }
    SystemFonts(const SystemFonts&) = delete;
    SystemFonts& operator=(const SystemFonts&) = delete;

    PangoFontMap* map() const { return m_map; }

  private:
    PangoFontMap* m_map = nullptr;
};

bool coversInput(const PrivateFonts& fonts, const ReportInput& input) {
    if (!fonts.covers(input.text)) {
        return false;
    }
    for (const auto& child : input.children) {
        if (!coversInput(fonts, child)) {
            return false;
        }
    }
    return true;
}

// Every string the PDF writer draws from the document.
bool coversDocument(const PrivateFonts& fonts, const ReportDocument& doc) {
    const auto all = [&](const std::vector<std::string>& texts) {
        for (const auto& text : texts) {
            if (!fonts.covers(text)) {
                return false;
            }
        }
        return true;
    };
    const auto fields = [&](const std::vector<ReportField>& list) {
        for (const auto& field : list) {
            if (!fonts.covers(field.label) || !fonts.covers(field.value)) {
                return false;
            }
        }
        return true;
    };
    const ReportWords& w = doc.words;
    if (!all({doc.title, doc.subtitle, doc.placeAndDate, doc.organisers, w.contents, w.about,
              w.appendix, w.participants, w.page, w.untagged, w.fromGroup, w.summary}) ||
        !all(doc.guidingQuestions) || !all(doc.aboutParagraphs)) {
        return false;
    }
    for (const auto& round : doc.rounds) {
        if (!fonts.covers(round.heading)) {
            return false;
        }
        for (const auto& group : round.groups) {
            if (!all({group.number, group.title, group.inputsLabel}) || !fields(group.fields) ||
                !all(group.notes)) {
                return false;
            }
            for (const auto& a : group.actions) {
                if (!all({a.what, a.who, a.nextStep, a.due, a.resources})) {
                    return false;
                }
            }
            for (const auto& input : group.inputs) {
                if (!coversInput(fonts, input)) {
                    return false;
                }
            }
        }
    }
    const auto themed = [&](const std::vector<ThemedInput>& inputs) {
        for (const auto& input : inputs) {
            if (!fonts.covers(input.groupNumber) || !coversInput(fonts, input.input)) {
                return false;
            }
        }
        return true;
    };
    for (const auto& theme : doc.themes) {
        if (!all({theme.name, theme.description}) || !themed(theme.inputs)) {
            return false;
        }
    }
    if (!themed(doc.untagged)) {
        return false;
    }
    for (const auto& list : doc.topVoted) {
        if (!fonts.covers(list.heading)) {
            return false;
        }
        for (const auto& input : list.inputs) {
            if (!all({input.text, input.groupNumber})) {
                return false;
            }
        }
    }
    for (const auto& person : doc.peopleIndex) {
        if (!fonts.covers(person.name)) {
            return false;
        }
    }
    std::vector<const BarChart*> charts{&doc.votesChart};
    for (const auto& chart : doc.charts) {
        charts.push_back(&chart);
    }
    for (const BarChart* chartPointer : charts) {
        const BarChart& chart = *chartPointer;
        if (!fonts.covers(chart.title)) {
            return false;
        }
        for (const auto& bar : chart.bars) {
            if (!fonts.covers(bar.first)) {
                return false;
            }
        }
    }
    for (const auto& group : doc.appendix) {
        if (!all({group.number, group.title}) || !all(group.participants) || !fields(group.notes)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool usesPrivateFonts(const ReportDocument& doc) {
    const PrivateFonts& fonts = privateFonts();
    return fonts.map() && coversDocument(fonts, doc);
}

PangoFontMap* fontMapFor(const ReportDocument& doc) {
    if (usesPrivateFonts(doc)) {
        return privateFonts().map();
    }
    thread_local SystemFonts fonts;
    return fonts.map() ? fonts.map() : pango_cairo_font_map_get_default();
}

} // namespace innspill::io::report::pdf
