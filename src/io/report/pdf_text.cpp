// PDF writer: plain text set from cached shaped words (see pdf_text.hpp).
#include "io/report/pdf_text.hpp"

#include <algorithm>

namespace innspill::io::report::pdf {

namespace {

// Characters whose words shape alone and sit left to right in DejaVu:
// Latin with Norwegian and other European letters, digits, punctuation,
// typographic quotes and dashes. Not the soft hyphen (a break opportunity).
bool isSimple(gunichar c) {
    return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0x24F && c != 0xAD) ||
           (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x203A) || c == 0x20AC ||
           c == 0x2122;
}

bool allSimple(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if (byte < 0x20 || byte == 0x7F) {
                return false;
            }
            ++i;
            continue;
        }
        const char* p = text.data() + i;
        if (!isSimple(g_utf8_get_char(p))) {
            return false;
        }
        i = static_cast<size_t>(g_utf8_next_char(p) - text.data());
    }
    return true;
}

size_t wordEnd(std::string_view text, size_t at) {
    if (text[at] == ' ') {
        return at + 1; // each space is its own cluster
    }
    const size_t space = text.find(' ', at);
    return space == std::string_view::npos ? text.size() : space;
}

size_t slot(Style style, Face face) {
    return static_cast<size_t>(style) * kFaceCount + static_cast<size_t>(face);
}

} // namespace

SimpleText::SimpleText(PangoContext* context) : m_context(context) {
    g_object_ref(context);
}

SimpleText::~SimpleText() {
    for (PangoLayout* layout : m_layouts) {
        if (layout) {
            g_object_unref(layout);
        }
    }
    for (PangoFont* font : m_fonts) {
        g_object_unref(font);
    }
    g_object_unref(m_context);
}

const SimpleText::Shaped& SimpleText::shaped(Style style, Face face, std::string_view word) {
    auto& cache = m_words[slot(style, face)];
    std::string key(word);
    if (auto found = cache.find(key); found != cache.end()) {
        return found->second;
    }
    PangoLayout*& layout = m_layouts[slot(style, face)];
    if (!layout) {
        layout = pango_layout_new(m_context);
        PangoFontDescription* font = newFont(style, face);
        pango_layout_set_font_description(layout, font);
        pango_font_description_free(font);
        pango_layout_set_auto_dir(layout, FALSE);
        PangoAttrList* attrs = newPlainAttributes();
        pango_layout_set_attributes(layout, attrs);
        pango_attr_list_unref(attrs);
    }
    pango_layout_set_text(layout, word.data(), static_cast<int>(word.size()));

    Shaped out;
    PangoLayoutLine* line = pango_layout_get_line_count(layout) == 1
                                ? pango_layout_get_line_readonly(layout, 0)
                                : nullptr;
    // One run in one font, left to right, covering the whole word.
    if (line && line->runs && !line->runs->next) {
        const auto* run = static_cast<const PangoGlyphItem*>(line->runs->data);
        PangoFont* font = run->item->analysis.font;
        cairo_scaled_font_t* scaled = PANGO_IS_CAIRO_FONT(font)
                                          ? pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font))
                                          : nullptr;
        const PangoGlyphString* glyphs = run->glyphs;
        bool usable = scaled && run->item->offset == 0 &&
                      static_cast<size_t>(run->item->length) == word.size() &&
                      run->item->analysis.level % 2 == 0 && glyphs->num_glyphs > 0 &&
                      glyphs->log_clusters[0] == 0;
        double pen = 0;
        for (int i = 0; usable && i < glyphs->num_glyphs; ++i) {
            const PangoGlyphInfo& info = glyphs->glyphs[i];
            if ((info.glyph & PANGO_GLYPH_UNKNOWN_FLAG) || info.glyph == PANGO_GLYPH_EMPTY ||
                info.glyph == PANGO_GLYPH_INVALID_INPUT) {
                usable = false;
            }
            out.glyphs.push_back(cairo_glyph_t{
                info.glyph, pen + static_cast<double>(info.geometry.x_offset) / PANGO_SCALE,
                static_cast<double>(info.geometry.y_offset) / PANGO_SCALE});
            pen += static_cast<double>(info.geometry.width) / PANGO_SCALE;
        }
        for (int i = 0; usable && i < glyphs->num_glyphs;) {
            int j = i;
            while (j < glyphs->num_glyphs && glyphs->log_clusters[j] == glyphs->log_clusters[i]) {
                ++j;
            }
            const int next =
                j < glyphs->num_glyphs ? glyphs->log_clusters[j] : static_cast<int>(word.size());
            if (next <= glyphs->log_clusters[i]) {
                usable = false; // not in logical order
            }
            out.clusters.push_back(cairo_text_cluster_t{next - glyphs->log_clusters[i], j - i});
            i = j;
        }
        if (usable) {
            out.font = scaled;
            out.width = pen;
            out.usable = true;
            if (std::find(m_fonts.begin(), m_fonts.end(), font) == m_fonts.end()) {
                m_fonts.push_back(PANGO_FONT(g_object_ref(font))); // keeps the scaled font alive
            }
        }
    }
    if (!out.usable) {
        out.glyphs.clear();
        out.clusters.clear();
    }
    return cache.emplace(std::move(key), std::move(out)).first->second;
}

std::optional<double> SimpleText::runWidth(Style style, Face face, std::string_view text) {
    double width = 0;
    for (size_t at = 0; at < text.size();) {
        const size_t end = wordEnd(text, at);
        const Shaped& word = shaped(style, face, text.substr(at, end - at));
        if (!word.usable) {
            return std::nullopt;
        }
        width += word.width;
        at = end;
    }
    return width;
}

bool SimpleText::breakLines(const Block& block, double width, std::vector<uint32_t>& starts) {
    starts.clear();
    const std::string_view text = block.text;
    if (!allSimple(text)) {
        return false;
    }
    starts.push_back(0);
    double x = 0;
    double spaces = 0; // the spaces since the last word
    bool lineHasWord = false;
    for (size_t at = 0; at < text.size();) {
        // The group reference "(gruppe 1.12)" is one unit: never split.
        const bool reference = at == block.referenceFrom;
        const size_t end = reference ? text.size() : wordEnd(text, at);
        const Face face = faceAt(block, at);
        if (reference) {
            const auto unit = runWidth(block.style, face, text.substr(at));
            if (!unit || *unit > width) {
                return false;
            }
            if (lineHasWord && x + spaces + *unit > width) {
                starts.push_back(static_cast<uint32_t>(at));
            }
            return true;
        }
        if (faceAt(block, end - 1) != face) {
            return false; // a face changes inside a word
        }
        const Shaped& word = shaped(block.style, face, text.substr(at, end - at));
        if (!word.usable || word.width > width) {
            return false; // Pango breaks a word too long for the line
        }
        if (text[at] == ' ') {
            spaces += word.width;
        } else {
            if (lineHasWord && x + spaces + word.width > width) {
                starts.push_back(static_cast<uint32_t>(at)); // spaces at a break are dropped
                x = word.width;
            } else {
                x += spaces + word.width;
            }
            lineHasWord = true;
            spaces = 0;
        }
        at = end;
    }
    return true;
}

void SimpleText::flush(cairo_t* cr, std::string_view text, const Rgb& colour) {
    if (!m_glyphs.empty() && m_pendingFont) {
        cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
        cairo_set_scaled_font(cr, m_pendingFont);
        cairo_show_text_glyphs(cr, text.data(), static_cast<int>(text.size()), m_glyphs.data(),
                               static_cast<int>(m_glyphs.size()), m_clusters.data(),
                               static_cast<int>(m_clusters.size()), cairo_text_cluster_flags_t{});
    }
    m_glyphs.clear();
    m_clusters.clear();
}

double SimpleText::emitRun(cairo_t* cr, Style style, Face face, std::string_view text, double x,
                           double baseline, const Rgb& colour) {
    m_glyphs.clear();
    m_clusters.clear();
    m_pendingFont = nullptr;
    size_t runStart = 0; // the text behind the glyphs collected so far
    for (size_t at = 0; at < text.size();) {
        const size_t end = wordEnd(text, at);
        const Shaped& word = shaped(style, face, text.substr(at, end - at));
        if (!word.usable) { // not after breakLines; skipped rather than misdrawn
            flush(cr, text.substr(runStart, at - runStart), colour);
            runStart = at = end;
            continue;
        }
        if (m_pendingFont && word.font != m_pendingFont) {
            flush(cr, text.substr(runStart, at - runStart), colour);
            runStart = at;
        }
        m_pendingFont = word.font;
        for (const cairo_glyph_t& glyph : word.glyphs) {
            m_glyphs.push_back(cairo_glyph_t{glyph.index, x + glyph.x, baseline + glyph.y});
        }
        m_clusters.insert(m_clusters.end(), word.clusters.begin(), word.clusters.end());
        x += word.width;
        at = end;
    }
    flush(cr, text.substr(runStart), colour);
    return x;
}

double SimpleText::drawLine(cairo_t* cr, const Block& block, size_t line, double x,
                            double baseline) {
    const std::string_view text = block.text;
    const size_t from = block.lineStarts[line];
    const size_t next =
        line + 1 < block.lineStarts.size() ? block.lineStarts[line + 1] : text.size();
    size_t to = next;
    while (to > from && text[to - 1] == ' ') {
        --to; // the spaces where the line broke
    }
    const Rgb& colour = styleSpec(block.style).colour;
    for (size_t at = from; at < to;) {
        const Face face = faceAt(block, at);
        size_t end = to;
        if (at < block.labelEnd) {
            end = std::min(to, block.labelEnd);
        } else if (face == Face::Bold) {
            end = std::min(to, block.boldEnd);
        } else if (face == Face::Regular && block.referenceFrom != kNone) {
            end = std::min(to, block.referenceFrom);
        }
        x = emitRun(cr, block.style, face, text.substr(at, end - at), x, baseline,
                    face == Face::Reference ? kMuted : colour);
        at = end;
    }
    if (to < next && line + 1 < block.lineStarts.size()) {
        // One space where the line broke, drawn (it has no ink) so text
        // read from the tags, which knows no line ends, says "word word".
        emitRun(cr, block.style, faceAt(block, to), " ", x, baseline, colour);
    }
    return x;
}

std::optional<double> SimpleText::width(Style style, std::string_view text) {
    if (!allSimple(text)) {
        return std::nullopt;
    }
    return runWidth(style, Face::Regular, text);
}

bool SimpleText::draw(cairo_t* cr, Style style, std::string_view text, double x, double baseline) {
    if (!width(style, text)) {
        return false;
    }
    emitRun(cr, style, Face::Regular, text, x, baseline, styleSpec(style).colour);
    return true;
}

} // namespace innspill::io::report::pdf
