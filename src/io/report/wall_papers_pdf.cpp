// Drawing the news-wall papers (wall_papers.hpp): sheets and forms one page
// per group, portrait; the marketplace grid one page per day, landscape.
// Sizes are given for A4 and scaled with the page, so A3 prints the same
// page larger. Text is plain UTF-8 laid out by Pango, never parsed as markup.
#include "io/report/pdf_accessibility.hpp"
#include "io/report/pdf_layout.hpp"
#include "io/report/pdf_writer.hpp"
#include "io/report/report_words.hpp"
#include "io/report/wall_papers.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace innspill::io::report {

namespace {

using pdf::cleanText;
using pdf::Rgb;

constexpr double kA4Width = 595.28;
constexpr double kA4Height = 841.89;
constexpr double kA3Width = 841.89;
constexpr double kA3Height = 1190.55;
constexpr Rgb kInk{0.11, 0.11, 0.13};
constexpr Rgb kAccent{0.10, 0.23, 0.39};
constexpr Rgb kMuted{0.38, 0.40, 0.44};
constexpr Rgb kRule{0.74, 0.77, 0.81};
constexpr const char* kFamily = "DejaVu Sans";

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct Page {
    double width;
    double height;
};

Page pageOf(Paper paper, bool landscape) {
    const Page portrait =
        paper == Paper::A3 ? Page{kA3Width, kA3Height} : Page{kA4Width, kA4Height};
    return landscape ? Page{portrait.height, portrait.width} : portrait;
}

// ---- The group's photo (the hook the photo feature fills) ----

struct PngReader {
    const std::string* bytes;
    size_t at = 0;
};

cairo_status_t readPng(void* closure, unsigned char* data, unsigned int length) {
    auto* reader = static_cast<PngReader*>(closure);
    if (reader->at + length > reader->bytes->size()) {
        return CAIRO_STATUS_READ_ERROR;
    }
    std::memcpy(data, reader->bytes->data() + reader->at, length);
    reader->at += length;
    return CAIRO_STATUS_SUCCESS;
}

// A JPEG's size from its frame header; nullopt when there is none.
std::optional<std::pair<int, int>> jpegSize(const std::string& bytes) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const auto be16 = [&](size_t i) { return (byte(i) << 8) | byte(i + 1); };
    size_t i = 2;
    while (i + 9 < bytes.size()) {
        if (byte(i) != 0xFF) {
            return std::nullopt;
        }
        const int marker = byte(i + 1);
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            return std::make_pair(be16(i + 7), be16(i + 5));
        }
        i += 2 + static_cast<size_t>(be16(i + 2));
    }
    return std::nullopt;
}

// The photo as a cairo surface: PNG decoded, JPEG passed through to the PDF
// as it is (cairo embeds the JPEG data of a surface that carries it).
cairo_surface_t* photoSurface(const std::string& bytes) {
    if (bytes.size() > 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) {
        PngReader reader{&bytes};
        cairo_surface_t* surface = cairo_image_surface_create_from_png_stream(readPng, &reader);
        if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
            cairo_surface_destroy(surface);
            return nullptr;
        }
        return surface;
    }
    if (bytes.size() > 4 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
        static_cast<unsigned char>(bytes[1]) == 0xD8) {
        const auto size = jpegSize(bytes);
        if (!size || size->first <= 0 || size->second <= 0) {
            return nullptr;
        }
        cairo_surface_t* surface =
            cairo_image_surface_create(CAIRO_FORMAT_RGB24, size->first, size->second);
        auto* copy = static_cast<unsigned char*>(std::malloc(bytes.size()));
        if (!copy) {
            cairo_surface_destroy(surface);
            return nullptr;
        }
        std::memcpy(copy, bytes.data(), bytes.size());
        cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy, bytes.size(), std::free,
                                    copy);
        return surface;
    }
    return nullptr;
}

// ---- Text ----

// Words longer than this (in bytes) may be split across lines on the wall.
constexpr size_t kLongWordBytes = 18;

class Painter {
  public:
    explicit Painter(cairo_t* cr) : m_cr(cr), m_layout(pango_cairo_create_layout(cr)) {
        pango_layout_set_wrap(m_layout, PANGO_WRAP_WORD_CHAR);
    }
    ~Painter() { g_object_unref(m_layout); }
    Painter(const Painter&) = delete;
    Painter& operator=(const Painter&) = delete;

    cairo_t* cr() const { return m_cr; }

    // The height of `text` set `width` wide; `boldEnd` bytes from the start bold.
    double measure(const std::string& text, double size, bool bold, double width,
                   size_t boldEnd = 0) {
        set(text, size, bold, width, boldEnd);
        PangoRectangle logical;
        pango_layout_get_extents(m_layout, nullptr, &logical);
        return static_cast<double>(logical.height) / PANGO_SCALE;
    }

    // Draws it with its top at y inside the structure tag `tag` (none when
    // null); returns its height.
    double draw(const std::string& text, double size, bool bold, double x, double y, double width,
                const Rgb& colour, const char* tag, size_t boldEnd = 0) {
        const double height = measure(text, size, bold, width, boldEnd);
        if (tag) {
            cairo_tag_begin(m_cr, tag, "");
        }
        cairo_set_source_rgb(m_cr, colour.r, colour.g, colour.b);
        cairo_move_to(m_cr, x, y);
        pango_cairo_show_layout(m_cr, m_layout);
        if (tag) {
            cairo_tag_end(m_cr, tag);
        }
        return height;
    }

    // Whether setting `text` `width` wide breaks a line inside a word (a
    // word wider than the width) of ordinary length: the wall's narrow
    // cells shrink to avoid it.
    bool splitsWord(const std::string& text, double size, bool bold, double width) {
        set(text, size, bold, width, 0);
        for (GSList* line = pango_layout_get_lines_readonly(m_layout); line; line = line->next) {
            const auto* layoutLine = static_cast<const PangoLayoutLine*>(line->data);
            const auto start = static_cast<size_t>(layoutLine->start_index);
            if (start > 0 && start <= text.size()) {
                const auto isBreak = [](char c) {
                    return c == ' ' || c == '\n' || c == '-' || c == '/';
                };
                if (!isBreak(text[start - 1])) {
                    // A long compound ("arbeidsavklaringspenger") may be
                    // split; shrinking the whole wall for it would make
                    // every other word too small to read from a step away.
                    size_t from = start - 1;
                    while (from > 0 && !isBreak(text[from - 1])) {
                        --from;
                    }
                    size_t to = start;
                    while (to < text.size() && !isBreak(text[to])) {
                        ++to;
                    }
                    if (to - from <= kLongWordBytes) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    void rule(double x, double y, double width, double thickness) {
        cairo_set_source_rgb(m_cr, kRule.r, kRule.g, kRule.b);
        cairo_set_line_width(m_cr, thickness);
        cairo_move_to(m_cr, x, y);
        cairo_line_to(m_cr, x + width, y);
        cairo_stroke(m_cr);
    }

  private:
    void set(const std::string& text, double size, bool bold, double width, size_t boldEnd) {
        PangoFontDescription* font = pango_font_description_from_string(kFamily);
        pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(m_layout, font);
        pango_font_description_free(font);
        pango_layout_set_width(m_layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_text(m_layout, text.data(), static_cast<int>(text.size()));
        PangoAttrList* attributes = pango_attr_list_new();
        // No hyphens at breaks and no ligatures: text read from the PDF
        // spells what was typed.
        pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(FALSE));
        pango_attr_list_insert(attributes, pango_attr_font_features_new("liga 0, clig 0"));
        if (boldEnd > 0) {
            PangoAttribute* weight = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
            weight->start_index = 0;
            weight->end_index = static_cast<guint>(boldEnd);
            pango_attr_list_insert(attributes, weight);
        }
        pango_layout_set_attributes(m_layout, attributes);
        pango_attr_list_unref(attributes);
    }

    cairo_t* m_cr;
    PangoLayout* m_layout;
};

std::string withColon(const std::string& label) {
    return !label.empty() && (label.back() == ':' || label.back() == '?') ? label : label + ":";
}

// ---- Sheets and forms ----

struct SheetGeometry {
    double k;      // scale from A4
    double margin; // all round
    double width;  // text width
};

// The header both sheets and forms start with: number, title, where.
double drawHeader(Painter& p, const WallSheet& sheet, const SheetGeometry& g, double y,
                  double numberSize) {
    y += p.draw(cleanText(sheet.number, false), numberSize * g.k, true, g.margin, y, g.width,
                kAccent, "H1");
    if (!sheet.title.empty()) {
        y += p.draw(cleanText(sheet.title), 26 * g.k, true, g.margin, y + 2 * g.k, g.width, kInk,
                    "H2") +
             2 * g.k;
    }
    if (!sheet.where.empty()) {
        y += p.draw(cleanText(sheet.where, false), 14 * g.k, false, g.margin, y + 6 * g.k, g.width,
                    kMuted, "P") +
             6 * g.k;
    }
    y += 10 * g.k;
    p.rule(g.margin, y, g.width, 1.5 * g.k);
    return y + 12 * g.k;
}

// The inputs as bullets at `size` in `columns` columns between `top` and
// `bottom`; draws only when `draw`. Returns whether they all fit.
bool sheetInputs(Painter& p, const WallSheet& sheet, const SheetGeometry& g, double top,
                 double bottom, double size, int columns, bool draw) {
    const double gap = 16 * g.k;
    const double columnWidth = (g.width - gap * (columns - 1)) / columns;
    int column = 0;
    double y = top;
    bool fits = true;
    const auto line = [&](const std::string& text, double indent, bool bold, const char* marker) {
        const double markerWidth = marker ? size * 1.2 : 0;
        const double width = columnWidth - indent - markerWidth;
        const double height = p.measure(cleanText(text), size, bold, width) + size * 0.35;
        if (y + height > bottom && y > top) {
            if (column + 1 < columns) {
                ++column;
                y = top;
            } else {
                fits = false;
            }
        }
        const double x = g.margin + column * (columnWidth + gap) + indent;
        if (draw) {
            cairo_tag_begin(p.cr(), "LI", "");
            if (marker) {
                cairo_tag_begin(p.cr(), "Lbl", "");
                p.draw(marker, size, false, x, y, markerWidth, kAccent, nullptr);
                cairo_tag_end(p.cr(), "Lbl");
            }
            cairo_tag_begin(p.cr(), "LBody", "");
            p.draw(cleanText(text), size, bold, x + markerWidth, y, width, kInk, nullptr);
            cairo_tag_end(p.cr(), "LBody");
            cairo_tag_end(p.cr(), "LI");
        }
        y += height;
    };
    if (draw) {
        cairo_tag_begin(p.cr(), "L", "");
    }
    for (const auto& input : sheet.inputs) {
        const bool item = input.kind == model::InputKind::Item;
        line(input.text, 0, input.kind == model::InputKind::SubHeading, item ? "•" : nullptr);
        for (const auto& child : input.children) {
            line(child.text, item ? size * 1.2 : 0, false, "–");
        }
    }
    if (draw) {
        cairo_tag_end(p.cr(), "L");
    }
    return fits && y <= bottom;
}

void drawSheet(Painter& p, const WallSheet& sheet, const Page& page, const GroupPhoto& photo,
               std::vector<std::string>& figureAlts) {
    const double k = page.width / kA4Width;
    const SheetGeometry g{k, 40 * k, page.width - 80 * k};
    double y = drawHeader(p, sheet, g, g.margin, 60);
    for (const auto& field : sheet.fields) {
        const std::string label = cleanText(withColon(field.label), false);
        const std::string text = field.value.empty() ? label : label + " " + cleanText(field.value);
        y += p.draw(text, 15 * k, false, g.margin, y, g.width, kInk, "P", label.size()) + 3 * k;
    }
    y += 10 * k;
    // The photo, if any, takes the foot of the page; the inputs what is left.
    cairo_surface_t* picture = nullptr;
    if (photo && sheet.group) {
        if (const auto bytes = photo(*sheet.group)) {
            picture = photoSurface(*bytes);
        }
    }
    const double bottom = page.height - g.margin;
    const double photoBox = picture ? (bottom - y) * 0.4 : 0;
    const double inputsBottom = bottom - photoBox - (picture ? 12 * k : 0);
    if (!sheet.inputs.empty()) {
        y += p.draw(cleanText(withColon(sheet.inputsLabel), false), 15 * k, true, g.margin, y,
                    g.width, kAccent, "H3") +
             6 * k;
        // Large type, made smaller only as far as the page needs: first in
        // one column down to a size still read from a step away, then in two.
        double size = 20 * k;
        int columns = 1;
        while (!sheetInputs(p, sheet, g, y, inputsBottom, size, columns, false)) {
            if (columns == 1 && size < 11 * k) {
                columns = 2;
                size = 14 * k;
            } else if (size < 4 * k) {
                break; // drawn as small as it goes; the rest runs off the page
            } else {
                size *= 0.92;
            }
        }
        sheetInputs(p, sheet, g, y, inputsBottom, size, columns, true);
    }
    if (picture) {
        const double w = cairo_image_surface_get_width(picture);
        const double h = cairo_image_surface_get_height(picture);
        const double scale = std::min(g.width / w, photoBox / h);
        const double x = g.margin + (g.width - w * scale) / 2;
        const double top = bottom - h * scale;
        cairo_tag_begin(p.cr(), "Figure", "");
        cairo_save(p.cr());
        cairo_translate(p.cr(), x, top);
        cairo_scale(p.cr(), scale, scale);
        cairo_set_source_surface(p.cr(), picture, 0, 0);
        cairo_paint(p.cr());
        cairo_restore(p.cr());
        cairo_tag_end(p.cr(), "Figure");
        figureAlts.push_back(sheet.number + " " + sheet.title);
        cairo_surface_destroy(picture);
    }
}

void drawForm(Painter& p, const WallSheet& sheet, const Page& page) {
    const double k = page.width / kA4Width;
    const SheetGeometry g{k, 40 * k, page.width - 80 * k};
    double y = drawHeader(p, sheet, g, g.margin, 40);
    // Each label with a line to write on: the report's own labels, so what
    // is written here is typed into the same fields.
    for (const auto& field : sheet.fields) {
        const std::string label = cleanText(withColon(field.label), false);
        p.draw(label, 14 * k, true, g.margin, y, g.width * 0.35, kInk, "P");
        y += 26 * k;
        p.rule(g.margin + g.width * 0.35, y - 6 * k, g.width * 0.65, 0.8 * k);
    }
    y += 12 * k;
    y += p.draw(cleanText(withColon(sheet.inputsLabel), false), 14 * k, true, g.margin, y, g.width,
                kInk, "P") +
         10 * k;
    const double pitch = 26 * k;
    for (double line = y + pitch; line < page.height - g.margin; line += pitch) {
        p.rule(g.margin, line, g.width, 0.6 * k);
    }
}

// ---- The wall ----

// Heights of each row's tallest cell at font size `size` (draw: also draws).
// Draws (or with `draw` false measures) the day's grid; `splitsWord`, when
// given, is set when some text would break inside a word.
double drawWallTable(Painter& p, const WallDay& day, const Page& page, double top, double size,
                     bool draw, bool* splitsWord = nullptr) {
    const double k = page.width / kA3Height; // landscape A3 is the reference
    const double margin = 36 * k;
    const double width = page.width - 2 * margin;
    const double headWidth = width * 0.16;
    const size_t columns = std::max<size_t>(day.columns.size(), 1);
    const double cellWidth = (width - headWidth) / static_cast<double>(columns);
    const double pad = 6 * k;
    double y = top;
    if (draw) {
        cairo_tag_begin(p.cr(), "Table", "");
    }
    // One row: the heading cell and a cell per column.
    const auto row = [&](const std::string& head, const std::vector<std::string>& headCells,
                         const std::vector<std::vector<WallCell>>* cells, bool header) {
        double height = p.measure(cleanText(head), size, true, headWidth - 2 * pad);
        for (size_t c = 0; c < columns; ++c) {
            double h = 0;
            const auto check = [&](const std::string& text, double at, bool bold) {
                if (splitsWord && !*splitsWord) {
                    *splitsWord = p.splitsWord(text, at, bold, cellWidth - 2 * pad);
                }
            };
            if (header && c < headCells.size()) {
                h = p.measure(cleanText(headCells[c], false), size, true, cellWidth - 2 * pad);
                check(cleanText(headCells[c], false), size, true);
            } else if (cells && c < cells->size()) {
                for (const auto& cell : (*cells)[c]) {
                    const std::string text = cleanText(cell.number + " " + cell.title);
                    check(text, size, false);
                    h += p.measure(text, size, false, cellWidth - 2 * pad,
                                   cleanText(cell.number).size());
                    if (!cell.initiators.empty()) {
                        h += p.measure(cleanText(cell.initiators), size * 0.8, false,
                                       cellWidth - 2 * pad);
                    }
                    h += pad;
                }
            }
            height = std::max(height, h);
        }
        height += 2 * pad;
        if (draw) {
            cairo_tag_begin(p.cr(), "TR", "");
            const char* headTag = "TH";
            cairo_tag_begin(p.cr(), headTag, "");
            p.draw(cleanText(head), size, true, margin + pad, y + pad, headWidth - 2 * pad, kAccent,
                   nullptr);
            cairo_tag_end(p.cr(), headTag);
            for (size_t c = 0; c < columns; ++c) {
                const double x = margin + headWidth + static_cast<double>(c) * cellWidth + pad;
                const char* tag = header ? "TH" : "TD";
                cairo_tag_begin(p.cr(), tag, "");
                if (header && c < headCells.size()) {
                    p.draw(cleanText(headCells[c], false), size, true, x, y + pad,
                           cellWidth - 2 * pad, kAccent, nullptr);
                } else if (cells && c < cells->size()) {
                    double cy = y + pad;
                    for (const auto& cell : (*cells)[c]) {
                        const std::string text = cleanText(cell.number + " " + cell.title);
                        cy += p.draw(text, size, false, x, cy, cellWidth - 2 * pad, kInk, nullptr,
                                     cleanText(cell.number).size());
                        if (!cell.initiators.empty()) {
                            cy += p.draw(cleanText(cell.initiators), size * 0.8, false, x, cy,
                                         cellWidth - 2 * pad, kMuted, nullptr);
                        }
                        cy += pad;
                    }
                }
                cairo_tag_end(p.cr(), tag);
            }
            cairo_tag_end(p.cr(), "TR");
            p.rule(margin, y + height, width, 0.8 * k);
        }
        y += height;
    };
    row("", day.columns, nullptr, true);
    for (const auto& r : day.rows) {
        row(r.time.empty() ? r.heading : r.heading + "\n" + r.time, {}, &r.cells, false);
    }
    if (draw) {
        cairo_tag_end(p.cr(), "Table");
        // Column lines, so the grid reads as rooms on a wall.
        for (size_t c = 0; c <= columns; ++c) {
            const double x = margin + headWidth + static_cast<double>(c) * cellWidth;
            cairo_set_source_rgb(p.cr(), kRule.r, kRule.g, kRule.b);
            cairo_set_line_width(p.cr(), 0.8 * k);
            cairo_move_to(p.cr(), x, top);
            cairo_line_to(p.cr(), x, y);
            cairo_stroke(p.cr());
        }
    }
    return y - top;
}

void drawWallDay(Painter& p, const model::Event& event, const WallDay& day, const Page& page) {
    const double k = page.width / kA3Height;
    const double margin = 36 * k;
    double y = margin;
    if (!event.title.empty()) {
        y += p.draw(cleanText(event.title, false), 16 * k, false, margin, y,
                    page.width - 2 * margin, kMuted, "P");
    }
    y += p.draw(cleanText(day.heading, false), 30 * k, true, margin, y, page.width - 2 * margin,
                kAccent, "H1") +
         12 * k;
    // As large as the page allows, and smaller still (down to a size read
    // from a step away) while a long word would be split across lines.
    double size = 22 * k;
    const auto tooLarge = [&] {
        bool split = false;
        const double height = drawWallTable(p, day, page, y, size, false, &split);
        return y + height > page.height - margin || (split && size > 12 * k);
    };
    while (size > 5 * k && tooLarge()) {
        size *= 0.92;
    }
    drawWallTable(p, day, page, y, size, true);
}

} // namespace

std::string writeWallPaperPdf(const model::Event& event, const WallPaperOptions& options) {
    const bool wall = options.kind == WallPaperKind::Wall;
    const Paper paper = options.paper.value_or(wall ? Paper::A3 : Paper::A4);
    const Page page = pageOf(paper, wall);
    std::vector<WallSheet> sheets;
    std::vector<WallDay> days;
    if (wall) {
        days = buildWallDays(event);
    } else {
        sheets = buildWallSheets(event, options);
        if (sheets.empty() && (options.groupNumber || options.round)) {
            throw std::invalid_argument("no such group");
        }
    }
    std::string bytes;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(appendBytes, &bytes, page.width, page.height);
    const std::string title = cleanText(event.title, false);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Innspill");
    cairo_t* cr = cairo_create(surface);
    std::vector<std::string> figureAlts;
    {
        Painter painter(cr);
        bool first = true;
        const auto nextPage = [&] {
            if (!first) {
                cairo_show_page(cr);
            }
            first = false;
        };
        for (const auto& sheet : sheets) {
            nextPage();
            if (options.kind == WallPaperKind::Forms) {
                drawForm(painter, sheet, page);
            } else {
                drawSheet(painter, sheet, page, options.photo, figureAlts);
            }
        }
        for (const auto& day : days) {
            nextPage();
            drawWallDay(painter, event, day, page);
        }
        if (first) {
            // Nothing to print still gives a valid one-page PDF.
            painter.draw(title, 20, true, 40, 40, page.width - 80, kInk, "H1");
        }
    }
    const cairo_status_t drawing = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status =
        drawing != CAIRO_STATUS_SUCCESS ? drawing : cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        throw PdfError(std::string("PDF: ") + cairo_status_to_string(status));
    }
    return pdf::addAccessibility(std::move(bytes),
                                 pdf::Accessibility{languageTag(event.language), figureAlts});
}

} // namespace innspill::io::report
