// PDF writer: the pass that draws. Measures and paginates the flow first
// (pdf_layout.cpp) so the contents can print the pages its entries land on,
// then draws every page in order: title page, then the flow with the footer.
// Drawing tags the PDF as it goes (cairo's structure tags): H1 for the title,
// H2 for rounds, themes and sections, H3 for groups, P, L/LI/Lbl/LBody for
// inputs and sub-points (and a challenge's measures, each with its sources
// line as a P in its LBody), TOC/TOCI/Link for the contents, Figure for charts —
// in drawing order, which is reading order. Every tag is closed at the foot
// of a page, so the running footer is drawn outside the structure tree (a
// paragraph or list that runs on becomes two, as in most tagged PDFs);
// pdf_accessibility.cpp adds the Document root, language and alt texts.
#include "io/report/pdf_writer.hpp"

#include "io/report/pdf_accessibility.hpp"
#include "io/report/pdf_fonts.hpp"
#include "io/report/pdf_layout.hpp"
#include "io/report/pdf_text.hpp"
#include "io/report/report_words.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace innspill::io::report {

using namespace pdf;

namespace {

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

double fromPango(int units) {
    return static_cast<double>(units) / PANGO_SCALE;
}

void setColour(cairo_t* cr, const Rgb& colour) {
    cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
}

// Integers only in cairo's attribute strings: no locale can add a comma.
std::string pageAttributes(int page, double x, double y) {
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "page=%d pos=[%d %d]", page + 1,
                  static_cast<int>(std::lround(x)),
                  static_cast<int>(std::lround(std::max(0.0, y))));
    return buffer;
}

struct CairoDeleter {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
    void operator()(PangoContext* context) const { g_object_unref(context); }
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};

// A character no installed font has (an emoji: Debian's DejaVu has few)
// would be drawn as Pango's hex box, and copying it from the PDF would give
// the box's digits. The font's own missing-glyph box (glyph 0) goes to cairo
// with the character as its text instead: the reader still sees that
// something is there, and copying gives the character back. The layout is
// ours and is laid out afresh before its next use.
//
// The space where Pango broke a line has no glyph (PANGO_GLYPH_EMPTY), and
// cairo writes a character without a glyph as a marked-content span with
// /ActualText inside the paragraph's own marked content, which tools that
// read the structure tree (poppler) stop at. The font's space glyph takes
// its place: it has no ink and keeps its zero width, the text keeps its space.
void markMissingGlyphs(PangoLayoutLine* line) {
    const char* text = line->layout ? pango_layout_get_text(line->layout) : nullptr;
    for (GSList* run = line->runs; run; run = run->next) {
        auto* item = static_cast<PangoGlyphItem*>(run->data);
        PangoGlyphString* glyphs = item->glyphs;
        for (int i = 0; i < glyphs->num_glyphs; ++i) {
            PangoGlyph& glyph = glyphs->glyphs[i].glyph;
            if (glyph & PANGO_GLYPH_UNKNOWN_FLAG) {
                glyph = 0;
            } else if (glyph == PANGO_GLYPH_EMPTY && text &&
                       text[item->item->offset + glyphs->log_clusters[i]] == ' ') {
                hb_codepoint_t space = 0;
                if (hb_font_get_nominal_glyph(pango_font_get_hb_font(item->item->analysis.font),
                                              ' ', &space)) {
                    glyph = space;
                }
            }
        }
    }
}

class Painter {
  public:
    Painter(cairo_t* cr, Typesetter& type, const ReportDocument& doc, const Flow& flow)
        : m_cr(cr), m_type(type), m_doc(doc), m_flow(flow),
          m_footerTitle(cleanText(doc.title, false)), m_targets(flow.blocks.size(), false) {
        for (const Block& block : flow.blocks) {
            if (block.kind == BlockKind::TocEntry && block.target < m_targets.size()) {
                m_targets[block.target] = true;
            }
            if (block.link < m_targets.size()) {
                m_targets[block.link] = true;
            }
        }
    }

    void run() {
        drawCover();
        for (const Block& block : m_flow.blocks) {
            for (const Fragment& fragment : block.fragments) {
                while (m_page < fragment.page) {
                    finishPage();
                }
                draw(block, fragment);
            }
        }
        finishPage();
    }

    // Alternative texts of the Figure tags, in drawing order.
    const std::vector<std::string>& figureAlts() const { return m_figureAlts; }

  private:
    // Structure tags. Leaf tags (H2, P, Lbl, …) close where their block's
    // fragment ends; lists and the contents stay open across blocks.
    void beginTag(const char* name, const std::string& attributes = {}) {
        cairo_tag_begin(m_cr, name, attributes.c_str());
        m_open.emplace_back(name);
    }
    void endTag() {
        cairo_tag_end(m_cr, m_open.back().c_str());
        m_open.pop_back();
    }
    void closeLists(int deeperThan = -1) {
        while (!m_lists.empty() && m_lists.back() > deeperThan) {
            endTag(); // LBody
            endTag(); // LI
            endTag(); // L
            m_lists.pop_back();
        }
    }
    void closeContents() {
        if (m_inContents) {
            endTag();
            m_inContents = false;
        }
    }
    void closeAll() {
        closeLists();
        closeContents();
        while (!m_open.empty()) {
            endTag();
        }
    }
    // A new LI in the list of this level: deeper lists end, the previous
    // item of the same level ends, or a list starts (inside the open LBody
    // of the level above, if any).
    void openListItem(int level) {
        closeLists(level);
        if (!m_lists.empty() && m_lists.back() == level) {
            endTag(); // LBody
            endTag(); // LI
        } else {
            beginTag("L");
            m_lists.push_back(level);
        }
        beginTag("LI");
    }

    static const char* role(const Block& block) {
        switch (block.style) {
        case Style::Heading1:
            return "H2";
        case Style::Heading2:
        case Style::Heading3:
            return "H3";
        default:
            return "P";
        }
    }

    static std::string destination(size_t block) { return "b" + std::to_string(block); }

    void finishPage() {
        closeAll();
        if (m_page > 0) {
            drawFooter();
        }
        cairo_show_page(m_cr);
        ++m_page;
    }

    // Draws one layout line with its baseline at (x, baseline).
    void showLine(PangoLayoutLine* line, double x, double baseline) {
        markMissingGlyphs(line);
        cairo_move_to(m_cr, x, baseline);
        pango_cairo_show_layout_line(m_cr, line);
    }

    // Draws every line of a layout, top at (x, y); returns its height.
    double showLayout(PangoLayout* layout, double x, double y) {
        for (GSList* line = pango_layout_get_lines_readonly(layout); line; line = line->next) {
            markMissingGlyphs(static_cast<PangoLayoutLine*>(line->data));
        }
        cairo_move_to(m_cr, x, y);
        pango_cairo_show_layout(m_cr, layout);
        PangoRectangle extent;
        pango_layout_get_extents(layout, nullptr, &extent);
        return fromPango(extent.y + extent.height);
    }

    double layoutWidth(PangoLayout* layout) {
        PangoRectangle extent;
        pango_layout_get_extents(layout, nullptr, &extent);
        return fromPango(extent.width);
    }

    // A short string on one line (marker, page number), baseline at y.
    void drawString(Style style, const std::string& text, double x, double baseline) {
        if (!m_type.simple().draw(m_cr, style, text, x, baseline)) {
            PangoLayout* layout = m_type.layout(style, -1);
            pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
            setColour(m_cr, m_type.colour(style));
            showLine(pango_layout_get_line_readonly(layout, 0), x, baseline);
        }
    }

    // The rows of a fragment of a block Pango lays out.
    void drawPangoRows(const Block& block, const Fragment& fragment, double& lastBaseline,
                       double& lastRight) {
        PangoLayout* layout = m_type.prepare(block);
        setColour(m_cr, m_type.colour(block.style));
        const double left = kMarginLeft + block.textX;
        const size_t last = fragment.firstRow + fragment.rowCount;
        double firstTop = 0;
        PangoLayoutIter* iter = pango_layout_get_iter(layout);
        size_t row = 0;
        do {
            if (row >= last) {
                break;
            }
            if (row >= fragment.firstRow) {
                int top = 0;
                int ignored = 0;
                pango_layout_iter_get_line_yrange(iter, &top, &ignored);
                if (row == fragment.firstRow) {
                    firstTop = fromPango(top);
                }
                PangoRectangle logical;
                pango_layout_iter_get_line_extents(iter, nullptr, &logical);
                const double baseline =
                    fragment.y + fromPango(pango_layout_iter_get_baseline(iter)) - firstTop;
                showLine(pango_layout_iter_get_line_readonly(iter), left + fromPango(logical.x),
                         baseline);
                lastBaseline = baseline;
                lastRight = left + fromPango(logical.x + logical.width);
            }
            ++row;
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
    }

    void draw(const Block& block, const Fragment& fragment) {
        if (block.kind == BlockKind::Photo) {
            closeLists();
            closeContents();
            beginTag("Figure");
            drawPhoto(block, fragment);
            endTag();
            return;
        }
        if (block.kind == BlockKind::Chart) {
            closeLists();
            closeContents();
            beginTag("Figure");
            drawChart(block, fragment);
            endTag();
            return;
        }
        const size_t index = static_cast<size_t>(&block - m_flow.blocks.data());
        if (block.kind == BlockKind::TocEntry) {
            closeLists();
            if (!m_inContents) {
                beginTag("TOC");
                m_inContents = true;
            }
            beginTag("TOCI");
            beginTag(CAIRO_TAG_LINK, contentsLink(block, fragment));
        } else if (block.listLevel >= 0) {
            closeContents();
            openListItem(block.listLevel);
        } else {
            if (!block.inListItem) {
                closeLists(); // a paragraph of a list item stays in its open LBody
            }
            closeContents();
            beginTag(role(block));
            if (fragment.firstRow == 0 && index < m_targets.size() && m_targets[index]) {
                const std::string where =
                    "name='" + destination(index) + "' " + destinationPosition(fragment);
                cairo_tag_begin(m_cr, CAIRO_TAG_DEST, where.c_str());
                cairo_tag_end(m_cr, CAIRO_TAG_DEST);
            }
            if (block.link != kNone) {
                // The whole block, marker and all, is the link's text.
                beginTag(CAIRO_TAG_LINK, linkArea(block, fragment, 0.0, kTextWidth) + "dest='" +
                                             destination(block.link) + "'");
            }
        }
        drawText(block, fragment);
        if (block.kind == BlockKind::TocEntry) {
            endTag(); // Link
            endTag(); // TOCI
        } else if (block.listLevel < 0) {
            if (block.link != kNone) {
                endTag(); // Link
            }
            endTag();
        } // a list item's LBody stays open for its sub-points
    }

    // The area of a fragment's rows, from `left` (from the margin), `width` wide.
    static std::string linkArea(const Block& block, const Fragment& fragment, double left,
                                double width) {
        double height = 0;
        for (size_t r = fragment.firstRow; r < fragment.firstRow + fragment.rowCount; ++r) {
            height += block.rows[r];
        }
        char rect[128];
        std::snprintf(
            rect, sizeof rect, "rect=[%d %d %d %d] ", static_cast<int>(kMarginLeft + left),
            static_cast<int>(fragment.y - block.spaceBefore * 0.5), static_cast<int>(width),
            static_cast<int>(std::ceil(height + block.spaceBefore * 0.5)));
        return rect;
    }

    // The link over a whole contents entry, to its heading's destination.
    std::string contentsLink(const Block& block, const Fragment& fragment) const {
        return linkArea(block, fragment, 0.0, kTextWidth) + "dest='" + destination(block.target) +
               "'";
    }

    // Integers only in cairo's attribute strings: no locale can add a comma.
    static std::string destinationPosition(const Fragment& fragment) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "x=%d y=%d", static_cast<int>(kMarginLeft),
                      static_cast<int>(std::max(0.0, fragment.y - 12.0)));
        return buffer;
    }

    void drawText(const Block& block, const Fragment& fragment) {
        const double left = kMarginLeft + block.textX;
        const size_t last = fragment.firstRow + fragment.rowCount;
        // The marker first, so text extracted in drawing order reads "• text".
        if (fragment.firstRow == 0 && !block.marker.empty()) {
            double baseline = fragment.y + m_type.metrics(block.style).baseline;
            if (!block.simple) {
                baseline = fragment.y + fromPango(pango_layout_get_baseline(m_type.prepare(block)));
            }
            const bool label = block.listLevel >= 0;
            if (label) {
                beginTag("Lbl");
            }
            // A heading's number ends in a space the eye does not need
            // but text read from the tags does: "1.10 Unge i lære".
            drawString(block.markerStyle, label ? block.marker : block.marker + " ",
                       kMarginLeft + block.markerX, baseline);
            if (label) {
                endTag();
            }
        }
        // cairo 1.16 writes an element's own text or its child elements,
        // not both: an item with sub-points or paragraphs of its own after
        // it holds its text in a P.
        const size_t index = static_cast<size_t>(&block - m_flow.blocks.data());
        const Block* next = index + 1 < m_flow.blocks.size() ? &m_flow.blocks[index + 1] : nullptr;
        const bool subPoints =
            block.listLevel >= 0 && next && (next->listLevel > block.listLevel || next->inListItem);
        if (block.listLevel >= 0) {
            beginTag("LBody");
        }
        if (subPoints) {
            beginTag("P");
        }
        double lastBaseline = 0;
        double lastRight = left;
        if (block.simple) {
            const LineMetrics& lines = m_type.metrics(block.style);
            for (size_t row = fragment.firstRow; row < last; ++row) {
                lastBaseline = fragment.y + lines.baseline +
                               lines.pitch * static_cast<double>(row - fragment.firstRow);
                lastRight = m_type.simple().drawLine(m_cr, block, row, left, lastBaseline);
            }
        } else {
            drawPangoRows(block, fragment, lastBaseline, lastRight);
        }
        if (subPoints) {
            endTag();
        }
        const bool endsHere = last == block.rows.size();
        if (block.style == Style::Heading1 && endsHere) {
            // A rule under section headings, as in a printed report.
            const double y = lastBaseline + 9.0;
            setColour(m_cr, kAccent);
            cairo_set_line_width(m_cr, 0.9);
            cairo_move_to(m_cr, kMarginLeft, y);
            cairo_line_to(m_cr, kMarginLeft + kTextWidth, y);
            cairo_stroke(m_cr);
        }
        if (block.kind == BlockKind::TocEntry) {
            drawTocEntryEnd(block, endsHere, lastBaseline, lastRight);
        }
    }

    // The page number and dot leaders to it.
    void drawTocEntryEnd(const Block& block, bool endsHere, double baseline, double textRight) {
        const Block& target = m_flow.blocks[block.target];
        if (target.fragments.empty()) {
            return;
        }
        const Fragment& landing = target.fragments.front();
        if (endsHere) {
            const std::string page = std::to_string(landing.page + 1);
            const double right = kMarginLeft + kTextWidth;
            const double numberLeft = right - m_type.width(block.style, page);
            // After a space, for the same reason: "Unge i lære 4".
            drawString(block.style, " " + page, numberLeft - m_type.width(block.style, " "),
                       baseline);
            // Leaders drawn as dots, not typed: copied text stays "Title 5".
            const double from = textRight + 6.0;
            const double to = numberLeft - 5.0;
            if (to > from) {
                const double dots[] = {0.0, 4.0};
                setColour(m_cr, kRule);
                cairo_save(m_cr);
                cairo_set_line_width(m_cr, 1.1);
                cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_ROUND);
                cairo_set_dash(m_cr, dots, 2, 0.0);
                // From the number leftwards, so the dots line up down the page.
                cairo_move_to(m_cr, to, baseline - 0.6);
                cairo_line_to(m_cr, from, baseline - 0.6);
                cairo_stroke(m_cr);
                cairo_restore(m_cr);
            }
        }
    }

    // The stored JPEG goes into the PDF as it is (DCTDecode): cairo uses
    // the attached MIME data instead of the surface's pixels, so nothing is
    // decoded or re-encoded.
    void drawPhoto(const Block& block, const Fragment& fragment) {
        const ReportPhoto& photo = *block.photo;
        m_figureAlts.push_back(cleanText(photo.alt, false));
        cairo_surface_t* image =
            cairo_image_surface_create(CAIRO_FORMAT_RGB24, photo.width, photo.height);
        // The document outlives the PDF surface, which reads the bytes when
        // it writes the page: no copy.
        cairo_surface_set_mime_data(image, CAIRO_MIME_TYPE_JPEG,
                                    reinterpret_cast<const unsigned char*>(photo.jpeg.data()),
                                    photo.jpeg.size(), nullptr, nullptr);
        const double width = block.textX;
        const double height = block.rows[0] - block.spaceAfter;
        cairo_save(m_cr);
        cairo_translate(m_cr, kMarginLeft, fragment.y);
        cairo_scale(m_cr, width / photo.width, height / photo.height);
        cairo_set_source_surface(m_cr, image, 0, 0);
        cairo_rectangle(m_cr, 0, 0, photo.width, photo.height);
        cairo_fill(m_cr);
        cairo_restore(m_cr);
        cairo_surface_destroy(image);
    }

    void drawChart(const Block& block, const Fragment& fragment) {
        const BarChart& chart = chartOf(m_doc, block.chart);
        // The figure's text alternative: its title and the bars on this page.
        std::string alt = cleanText(chart.title, false) + ":";
        for (size_t row = std::max<size_t>(fragment.firstRow, 1);
             row < fragment.firstRow + fragment.rowCount; ++row) {
            const auto& [label, value] = chart.bars[row - 1];
            alt += (row > std::max<size_t>(fragment.firstRow, 1) ? "; " : " ") +
                   cleanText(label, false) + " " + std::to_string(value);
        }
        m_figureAlts.push_back(alt + ".");
        const double labelColumn = block.textX;
        const double barLeft = kMarginLeft + labelColumn + 12.0;
        double y = fragment.y;
        double barsTop = -1;
        for (size_t row = fragment.firstRow; row < fragment.firstRow + fragment.rowCount; ++row) {
            const double height =
                block.rows[row] - (row + 1 == block.rows.size() ? block.spaceAfter : 0);
            if (row == 0) {
                PangoLayout* title = m_type.layout(Style::ChartTitle);
                const std::string text = cleanText(chart.title, false);
                pango_layout_set_text(title, text.data(), static_cast<int>(text.size()));
                setColour(m_cr, m_type.colour(Style::ChartTitle));
                showLayout(title, kMarginLeft, y);
                y += block.rows[row];
                continue;
            }
            const auto& [labelText, value] = chart.bars[row - 1];
            const double inner = height - kBarRowGap;
            PangoLayout* label = m_type.layout(Style::ChartLabel, labelColumn);
            const std::string text = cleanText(labelText, false);
            pango_layout_set_text(label, text.data(), static_cast<int>(text.size()));
            PangoRectangle extent;
            pango_layout_get_extents(label, nullptr, &extent);
            setColour(m_cr, m_type.colour(Style::ChartLabel));
            showLayout(label, kMarginLeft, y + (inner - fromPango(extent.height)) / 2);

            const double barTop = y + (inner - kBarHeight) / 2;
            const double length = m_type.barLength(chart, value, labelColumn);
            if (value > 0) {
                setColour(m_cr, row - 1 < chart.colours.size() ? fromBrand(chart.colours[row - 1])
                                                               : kBar);
                cairo_rectangle(m_cr, barLeft, barTop, std::max(length, 1.5), kBarHeight);
                cairo_fill(m_cr);
            }
            PangoLayout* figure = m_type.layout(Style::ChartValue, -1);
            const std::string count = std::to_string(value);
            pango_layout_set_text(figure, count.c_str(), -1);
            pango_layout_get_extents(figure, nullptr, &extent);
            setColour(m_cr, m_type.colour(Style::ChartValue));
            showLayout(figure, barLeft + std::max(length, 0.0) + 5.0,
                       barTop + (kBarHeight - fromPango(extent.height)) / 2);
            if (barsTop < 0) {
                barsTop = y;
            }
            y += block.rows[row];
        }
        if (barsTop >= 0) {
            // The axis the bars grow from.
            setColour(m_cr, kMuted);
            cairo_set_line_width(m_cr, 0.75);
            cairo_move_to(m_cr, barLeft - 0.4, barsTop - 2.0);
            cairo_line_to(m_cr, barLeft - 0.4, y - kBarRowGap + 2.0);
            cairo_stroke(m_cr);
        }
    }

    // Stacks lines of a cover style at y; returns the y below them.
    double coverText(Style style, const std::string& content, double x, double y, double width,
                     int maxLines, const char* tag = "P") {
        beginTag(tag);
        PangoLayout* layout = m_type.layout(style, width);
        pango_layout_set_height(layout, -maxLines); // a title of any length stays on the page
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
        const std::string text = cleanText(content, false);
        pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
        setColour(m_cr, m_type.colour(style));
        const double bottom = y + showLayout(layout, x, y);
        endTag();
        return bottom;
    }

    void drawCover() {
        // A band of the accent colour across the top, then the title a third
        // down the page, the questions beneath a rule, place and names low.
        setColour(m_cr, kAccent);
        cairo_rectangle(m_cr, 0, 0, kPageWidth, 16.0);
        cairo_fill(m_cr);

        double y = 230.0;
        setColour(m_cr, kBar);
        cairo_rectangle(m_cr, kMarginLeft, y - 26.0, 56.0, 4.0);
        cairo_fill(m_cr);
        y = coverText(Style::CoverTitle, m_doc.title, kMarginLeft, y, kTextWidth, 6, "H1");
        if (!m_doc.subtitle.empty()) {
            y = coverText(Style::CoverSubtitle, m_doc.subtitle, kMarginLeft, y + 12.0, kTextWidth,
                          4);
        }
        if (!m_doc.guidingQuestions.empty()) {
            y += 46.0;
            const double top = y;
            for (const auto& question : m_doc.guidingQuestions) {
                if (y > kPageHeight - 200.0) {
                    break;
                }
                y = coverText(Style::CoverQuestion, question, kMarginLeft + 16.0, y,
                              kTextWidth - 16.0, 4) +
                    8.0;
            }
            setColour(m_cr, kBar);
            cairo_rectangle(m_cr, kMarginLeft, top + 1.0, 2.5, y - 8.0 - top);
            cairo_fill(m_cr);
        }
        double bottom = kPageHeight - 118.0;
        if (!m_doc.placeAndDate.empty()) {
            bottom =
                coverText(Style::CoverMeta, m_doc.placeAndDate, kMarginLeft, bottom, kTextWidth, 2);
        }
        if (!m_doc.organisers.empty()) {
            coverText(Style::CoverMeta, m_doc.organisers, kMarginLeft, bottom + 2.0, kTextWidth, 3);
        }
    }

    void drawFooter() {
        setColour(m_cr, kRule);
        cairo_set_line_width(m_cr, 0.5);
        cairo_move_to(m_cr, kMarginLeft, kFooterRule);
        cairo_line_to(m_cr, kMarginLeft + kTextWidth, kFooterRule);
        cairo_stroke(m_cr);

        const std::string page = m_doc.words.page + " " + std::to_string(m_page + 1);
        const double pageWidth = m_type.width(Style::Footer, page);
        drawString(Style::Footer, page, kMarginLeft + kTextWidth - pageWidth, kFooterBaseline);
        if (!m_footer) {
            // The title, cut to one line, is the same on every page: laid out once.
            PangoLayout* layout = m_type.layout(Style::Footer, kTextWidth - 90.0);
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
            pango_layout_set_text(layout, m_footerTitle.data(),
                                  static_cast<int>(m_footerTitle.size()));
            m_footer.reset(pango_layout_copy(layout));
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE);
        }
        setColour(m_cr, m_type.colour(Style::Footer));
        showLine(pango_layout_get_line_readonly(m_footer.get(), 0), kMarginLeft, kFooterBaseline);
    }

    cairo_t* m_cr;
    Typesetter& m_type;
    const ReportDocument& m_doc;
    const Flow& m_flow;
    std::string m_footerTitle;
    int m_page = 0;
    std::vector<bool> m_targets; // blocks the contents link to
    std::vector<std::string> m_open;
    std::vector<int> m_lists; // levels of the open lists, outermost first
    bool m_inContents = false;
    std::vector<std::string> m_figureAlts;
    std::unique_ptr<PangoLayout, CairoDeleter> m_footer;
};

// The contents' number column fits the widest group number, within reason:
// a "number" typed as a sentence joins its title instead.
void setContentsColumn(Flow& flow, Typesetter& type) {
    constexpr double kWidestColumn = kTextWidth * 0.25;
    double widest = 0;
    for (Block& block : flow.blocks) {
        if (block.kind == BlockKind::TocEntry && !block.marker.empty()) {
            const double width = type.width(block.markerStyle, block.marker);
            if (width > kWidestColumn) {
                block.text = block.marker + " " + block.text;
                block.marker.clear();
            } else {
                widest = std::max(widest, width);
            }
        }
    }
    for (Block& block : flow.blocks) {
        if (block.kind == BlockKind::TocEntry && block.style == Style::TocMinor) {
            block.indent = block.markerX + widest + 8.0; // groups line up, numbered or not
        }
    }
}

void addOutline(cairo_surface_t* surface, const Flow& flow, bool open) {
    int parent = CAIRO_PDF_OUTLINE_ROOT;
    for (const Block& block : flow.blocks) {
        if (block.outlineLevel < 0 || block.fragments.empty()) {
            continue;
        }
        const Fragment& at = block.fragments.front();
        const std::string title = shorten(block.outlineTitle, 160);
        const std::string target = pageAttributes(at.page, kMarginLeft, at.y - 12.0);
        if (block.outlineLevel == 0) {
            parent = cairo_pdf_surface_add_outline(
                surface, CAIRO_PDF_OUTLINE_ROOT, title.c_str(), target.c_str(),
                open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t{});
        } else {
            cairo_pdf_surface_add_outline(surface, parent, title.c_str(), target.c_str(),
                                          cairo_pdf_outline_flags_t{});
        }
    }
}

} // namespace

std::string writePdf(const ReportDocument& doc) {
    std::string bytes;
    std::unique_ptr<cairo_surface_t, CairoDeleter> surface(
        cairo_pdf_surface_create_for_stream(appendBytes, &bytes, kPageWidth, kPageHeight));
    cairo_surface_t* pdfSurface = surface.get();
    const std::string title = cleanText(doc.title, false);
    const std::string author = cleanText(doc.organisers, false);
    const std::string subject = cleanText(doc.subtitle, false);
    cairo_pdf_surface_set_metadata(pdfSurface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(pdfSurface, CAIRO_PDF_METADATA_AUTHOR, author.c_str());
    cairo_pdf_surface_set_metadata(pdfSurface, CAIRO_PDF_METADATA_SUBJECT, subject.c_str());
    cairo_pdf_surface_set_metadata(pdfSurface, CAIRO_PDF_METADATA_CREATOR, "Innspill");

    std::unique_ptr<cairo_t, CairoDeleter> cr(cairo_create(pdfSurface));
    std::unique_ptr<PangoContext, CairoDeleter> context(
        pango_font_map_create_context(fontMapFor(doc)));
    pango_cairo_update_context(cr.get(), context.get());
    // Font sizes in points on a surface measured in points.
    pango_cairo_context_set_resolution(context.get(), 72.0);
    // Glyphs at their true advances, not rounded to whole points (Pango's
    // default, meant for screens): even letter spacing, and cairo writes a
    // line as one string instead of a position adjustment after every glyph
    // (less than half the page content to format and compress).
    pango_context_set_round_glyph_positions(context.get(), FALSE);

    std::vector<std::string> figureAlts;
    {
        Typesetter type(context.get());
        Flow flow = buildFlow(doc);
        setContentsColumn(flow, type);
        for (Block& block : flow.blocks) {
            type.measure(block, doc);
        }
        type.paginate(flow.blocks, 1);

        size_t groups = 0;
        for (const auto& round : doc.rounds) {
            groups += round.groups.size();
        }
        addOutline(pdfSurface, flow, groups <= 60);

        Painter painter(cr.get(), type, doc, flow);
        painter.run();
        figureAlts = painter.figureAlts();
    }
    const cairo_status_t drawing = cairo_status(cr.get());
    context.reset();
    cr.reset();
    cairo_surface_finish(pdfSurface);
    const cairo_status_t status =
        drawing != CAIRO_STATUS_SUCCESS ? drawing : cairo_surface_status(pdfSurface);
    surface.reset();
    if (status != CAIRO_STATUS_SUCCESS) {
        throw PdfError(std::string("PDF: ") + cairo_status_to_string(status));
    }
    return addAccessibility(std::move(bytes), Accessibility{languageTag(doc.language), figureAlts});
}

} // namespace innspill::io::report
