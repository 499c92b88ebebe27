// PDF writer: the fast path for plain text. A Pango layout costs ~70 µs per
// paragraph (HarfBuzz shapes a run again at every line break), too slow for
// 30,000 inputs laid out twice. Most report text is Latin words and spaces:
// each distinct word is shaped once with Pango and cached, lines break at
// spaces, and the glyphs go to cairo with their text clusters, so the PDF
// text stays selectable and copyable. Anything else — other scripts, emoji,
// control of direction, a word wider than the line — takes Pango's full
// layout instead (Typesetter).
#pragma once

#include "io/report/pdf_layout.hpp"

#include <cairo.h>

#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace innspill::io::report::pdf {

class SimpleText {
  public:
    explicit SimpleText(PangoContext* context);
    ~SimpleText();
    SimpleText(const SimpleText&) = delete;
    SimpleText& operator=(const SimpleText&) = delete;

    // Breaks the block's text into lines at most `width` wide, at spaces;
    // false when the text needs Pango.
    bool breakLines(const Block& block, double width, std::vector<uint32_t>& starts);
    // Draws one line of a block broken by breakLines, its baseline at
    // `baseline`; returns the x where the line ends.
    double drawLine(cairo_t* cr, const Block& block, size_t line, double x, double baseline);

    // A short one-line string in one style (markers, page numbers, footer).
    std::optional<double> width(Style style, std::string_view text);
    bool draw(cairo_t* cr, Style style, std::string_view text, double x, double baseline);

  private:
    struct Shaped {
        cairo_scaled_font_t* font = nullptr; // owned by a PangoFont we keep
        std::vector<cairo_glyph_t> glyphs;   // x from the word's start; y offsets
        std::vector<cairo_text_cluster_t> clusters;
        double width = 0;
        bool usable = false;
    };

    const Shaped& shaped(Style style, Face face, std::string_view word);
    // Width of text[from, to) in one face, or nullopt.
    std::optional<double> runWidth(Style style, Face face, std::string_view text);
    // Emits text[from, to) in one face from x; returns the end x.
    double emitRun(cairo_t* cr, Style style, Face face, std::string_view text, double x,
                   double baseline, const Rgb& colour);
    void flush(cairo_t* cr, std::string_view text, const Rgb& colour);

    PangoContext* m_context;
    std::array<PangoLayout*, kStyleCount * kFaceCount> m_layouts{};
    std::array<std::unordered_map<std::string, Shaped>, kStyleCount * kFaceCount> m_words;
    std::vector<PangoFont*> m_fonts;
    // Reused between lines.
    std::vector<cairo_glyph_t> m_glyphs;
    std::vector<cairo_text_cluster_t> m_clusters;
    cairo_scaled_font_t* m_pendingFont = nullptr;
};

} // namespace innspill::io::report::pdf
