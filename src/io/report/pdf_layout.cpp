// PDF writer: text styles, measuring blocks with Pango and paginating them
// (page breaks between lines, headings kept with what follows, no single
// lines left behind or carried over).
#include "io/report/pdf_layout.hpp"

#include "io/report/pdf_text.hpp"

#include <algorithm>

namespace innspill::io::report::pdf {

namespace {

constexpr Rgb kNoteInk{0.24, 0.26, 0.29};

// Indexed by Style. DejaVu is what fonts-dejavu-core gives every machine we
// support; both faces carry æøå, «», dashes and typographic quotes. Serif for
// reading, sans for structure.
const std::array<StyleSpec, kStyleCount> kStyles{{
    {"DejaVu Serif", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 10.5, 1.12, kInk},     // Body
    {"DejaVu Serif", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 10.5, 1.12, kInk},       // SubHeading
    {"DejaVu Serif", PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 10.5, 1.12, kNoteInk}, // Note
    {"DejaVu Sans", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 9.0, 1.10, kInk},       // Field
    {"DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 9.0, 1.10, kAccent},      // InputsLabel
    {"DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 18.0, 1.02, kAccent},     // Heading1
    {"DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 12.0, 1.04, kAccent},     // Heading2
    {"DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 10.5, 1.04, kAccent},     // Heading3
    {"DejaVu Serif", PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 10.5, 1.15, kMuted},   // Lead
    {"DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 10.0, 1.08, kAccent},     // TocMajor
    {"DejaVu Serif", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 9.5, 1.08, kInk},      // TocMinor
    {"DejaVu Serif", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 10.5, 1.12, kAccent},  // Bullet
    {"DejaVu Sans", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 7.5, 1.0, kMuted},      // Footer
    {"DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 10.5, 1.04, kAccent},     // ChartTitle
    {"DejaVu Sans", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 8.5, 1.0, kInk},        // ChartLabel
    {"DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 8.5, 1.0, kInk},          // ChartValue
    {"DejaVu Sans", PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 26.0, 1.0, kAccent},      // CoverTitle
    {"DejaVu Sans", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 15.0, 1.08, kInk},  // CoverSubtitle
    {"DejaVu Serif", PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 12.0, 1.15, kInk}, // CoverQuestion
    {"DejaVu Sans", PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 9.5, 1.15, kMuted}, // CoverMeta
}};

int toPango(double points) {
    return static_cast<int>(points * PANGO_SCALE + 0.5);
}
double fromPango(int units) {
    return static_cast<double>(units) / PANGO_SCALE;
}

guint16 channel(double value) {
    return static_cast<guint16>(value * 65535.0 + 0.5);
}

// A bar chart's rows keep its title with the first two bars.
size_t orphanRows(const Block& block) {
    const size_t n = block.rows.size();
    if (block.keepTogether) {
        return n;
    }
    return std::min(n, block.kind == BlockKind::Chart ? size_t{3} : size_t{2});
}

double sum(const std::vector<double>& rows, size_t count) {
    double total = 0;
    for (size_t i = 0; i < count && i < rows.size(); ++i) {
        total += rows[i];
    }
    return total;
}

} // namespace

const StyleSpec& styleSpec(Style style) {
    return kStyles[static_cast<size_t>(style)];
}

PangoFontDescription* newFont(Style style, Face face) {
    const StyleSpec& s = styleSpec(style);
    PangoFontDescription* font = pango_font_description_new();
    if (face == Face::Reference) {
        pango_font_description_set_family_static(font, "DejaVu Sans");
        pango_font_description_set_size(font, toPango(kReferenceSize));
        return font;
    }
    pango_font_description_set_family_static(font, s.family);
    pango_font_description_set_weight(font, face == Face::Bold ? PANGO_WEIGHT_BOLD : s.weight);
    pango_font_description_set_style(font, s.slant);
    pango_font_description_set_size(font, toPango(s.size));
    return font;
}

PangoAttrList* newPlainAttributes() {
    PangoAttrList* attrs = pango_attr_list_new();
    // Hyphens Pango would add at a break inside a long word are not in the
    // user's text: they would end up in every copy and search.
    pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(FALSE));
    pango_attr_list_insert(attrs, pango_attr_font_features_new("liga 0, clig 0"));
    return attrs;
}

std::string cleanText(std::string_view text, bool keepLineBreaks) {
    std::string out;
    out.reserve(text.size());
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        const gunichar c = g_utf8_get_char_validated(p, end - p);
        if (c == static_cast<gunichar>(-1) || c == static_cast<gunichar>(-2)) {
            out += "\xEF\xBF\xBD"; // U+FFFD for each byte that is not UTF-8
            ++p;
            continue;
        }
        const int length = g_unichar_to_utf8(c, nullptr);
        if (c == '\r' || c == '\n') {
            const bool crlf = c == '\r' && p + 1 < end && p[1] == '\n';
            out += keepLineBreaks ? '\n' : ' ';
            p += crlf ? 2 : 1;
            continue;
        }
        if (c == '\t') {
            out += ' ';
        } else if (c >= 0x20 && !(c >= 0x7F && c < 0xA0)) {
            out.append(p, static_cast<size_t>(length));
        }
        p += length;
    }
    return out;
}

std::string shorten(const std::string& text, size_t maxChars) {
    if (static_cast<size_t>(g_utf8_strlen(text.c_str(), static_cast<gssize>(text.size()))) <=
        maxChars) {
        return text;
    }
    const char* cut = g_utf8_offset_to_pointer(text.c_str(), static_cast<glong>(maxChars));
    return text.substr(0, static_cast<size_t>(cut - text.c_str())) + "…";
}

Typesetter::Typesetter(PangoContext* context) {
    m_plainAttrs = newPlainAttributes();
    for (size_t i = 0; i < kStyleCount; ++i) {
        const StyleSpec& s = kStyles[i];
        PangoLayout* layout = pango_layout_new(context);
        PangoFontDescription* font = newFont(static_cast<Style>(i), Face::Regular);
        pango_layout_set_font_description(layout, font);
        pango_font_description_free(font);
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
        // A paragraph in Arabic or Hebrew reads right to left inside the line
        // but stays under the bullet, aligned with the rest of the report.
        pango_layout_set_auto_dir(layout, FALSE);
        pango_layout_set_line_spacing(layout, static_cast<float>(s.lineSpacing));
        pango_layout_set_attributes(layout, m_plainAttrs);
        m_layouts[i] = layout;

        // Lines of one font sit at a fixed pitch: SimpleText relies on it.
        PangoRectangle one;
        PangoRectangle two;
        pango_layout_set_text(layout, "Åg", -1);
        pango_layout_get_extents(layout, nullptr, &one);
        m_metrics[i].baseline = fromPango(pango_layout_get_baseline(layout));
        pango_layout_set_text(layout, "Åg\nÅg", -1);
        pango_layout_get_extents(layout, nullptr, &two);
        m_metrics[i].height = fromPango(one.y + one.height);
        m_metrics[i].pitch = fromPango(two.y + two.height) - m_metrics[i].height;
    }
    m_simple = std::make_unique<SimpleText>(context);
}

Typesetter::~Typesetter() {
    m_simple.reset();
    for (PangoLayout* layout : m_layouts) {
        g_object_unref(layout);
    }
    pango_attr_list_unref(m_plainAttrs);
}

const Rgb& Typesetter::colour(Style style) const {
    return styleSpec(style).colour;
}

double Typesetter::width(Style style, const std::string& text) {
    if (const auto simple = m_simple->width(style, text)) {
        return *simple;
    }
    PangoLayout* out = layout(style, -1);
    pango_layout_set_text(out, text.data(), static_cast<int>(text.size()));
    PangoRectangle extent;
    pango_layout_get_extents(out, nullptr, &extent);
    return fromPango(extent.width);
}

PangoLayout* Typesetter::layout(Style style, double width) {
    PangoLayout* layout = m_layouts[static_cast<size_t>(style)];
    pango_layout_set_width(layout, width < 0 ? -1 : toPango(std::max(width, 1.0)));
    if (pango_layout_get_attributes(layout) != m_plainAttrs) {
        pango_layout_set_attributes(layout, m_plainAttrs);
    }
    return layout;
}

PangoLayout* Typesetter::prepare(const Block& block) {
    double width = kTextWidth - block.textX;
    if (block.kind == BlockKind::TocEntry) {
        width -= kTocNumberColumn;
    }
    PangoLayout* out = layout(block.style, width);
    pango_layout_set_text(out, block.text.data(), static_cast<int>(block.text.size()));
    if (block.labelEnd > 0 || block.boldEnd > 0 || block.referenceFrom != kNone) {
        PangoAttrList* attrs = pango_attr_list_copy(m_plainAttrs);
        if (block.boldEnd > block.labelEnd) {
            PangoAttribute* bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
            bold->start_index = static_cast<guint>(block.labelEnd);
            bold->end_index = static_cast<guint>(block.boldEnd);
            pango_attr_list_insert(attrs, bold);
        }
        // The small grey face: a leading label, and the reference at the end.
        const auto reference = [&](guint from, guint to) {
            PangoAttribute* family = pango_attr_family_new("DejaVu Sans");
            PangoAttribute* size = pango_attr_size_new(toPango(kReferenceSize));
            PangoAttribute* grey =
                pango_attr_foreground_new(channel(kMuted.r), channel(kMuted.g), channel(kMuted.b));
            for (PangoAttribute* attr : {family, size, grey}) {
                attr->start_index = from;
                attr->end_index = to;
                pango_attr_list_insert(attrs, attr);
            }
        };
        if (block.labelEnd > 0) {
            reference(0, static_cast<guint>(block.labelEnd));
        }
        if (block.referenceFrom != kNone) {
            reference(static_cast<guint>(block.referenceFrom), PANGO_ATTR_INDEX_TO_TEXT_END);
        }
        pango_layout_set_attributes(out, attrs);
        pango_attr_list_unref(attrs);
    }
    return out;
}

void Typesetter::measure(Block& block, const ReportDocument& doc) {
    block.rows.clear();
    if (block.kind == BlockKind::Photo) {
        // As wide as the text, unless that makes it taller than most of a
        // page: one row, so pagination never splits it.
        const ReportPhoto& photo = *block.photo;
        const double aspect =
            photo.width > 0 ? static_cast<double>(photo.height) / photo.width : 1.0;
        double width = kTextWidth;
        double height = width * aspect;
        const double tallest = (kBodyBottom - kBodyTop) * 0.8;
        if (height > tallest) {
            height = tallest;
            width = height / aspect;
        }
        block.textX = width;
        block.rows.push_back(height + block.spaceAfter);
        return;
    }
    if (block.kind == BlockKind::Chart) {
        const BarChart& chart = chartOf(doc, block.chart);
        PangoLayout* title = layout(Style::ChartTitle);
        const std::string titleText = cleanText(chart.title, false);
        pango_layout_set_text(title, titleText.data(), static_cast<int>(titleText.size()));
        PangoRectangle extent;
        pango_layout_get_extents(title, nullptr, &extent);
        block.rows.push_back(fromPango(extent.height) + 8.0);

        // The label column is as wide as the longest label, within reason.
        PangoLayout* label = layout(Style::ChartLabel, -1);
        double widest = 0;
        for (const auto& bar : chart.bars) {
            const std::string text = cleanText(bar.first, false);
            pango_layout_set_text(label, text.data(), static_cast<int>(text.size()));
            pango_layout_get_extents(label, nullptr, &extent);
            widest = std::max(widest, fromPango(extent.width));
        }
        block.textX = std::min(widest + 2.0, kTextWidth * 0.42);
        label = layout(Style::ChartLabel, block.textX);
        for (const auto& bar : chart.bars) {
            const std::string text = cleanText(bar.first, false);
            pango_layout_set_text(label, text.data(), static_cast<int>(text.size()));
            pango_layout_get_extents(label, nullptr, &extent);
            block.rows.push_back(std::max(fromPango(extent.height), kBarHeight) + kBarRowGap);
        }
        block.rows.back() += block.spaceAfter;
        return;
    }

    block.textX = block.indent;
    if (!block.marker.empty() && block.indentAfterMarker) {
        const double marker = width(block.markerStyle, block.marker);
        if (marker > kTextWidth * 0.25) {
            // A "number" typed as a sentence: no hanging indent that wide.
            block.text = block.marker + " " + block.text;
            block.marker.clear();
        } else {
            block.textX = block.markerX + marker + styleSpec(block.style).size * 0.55;
        }
    }
    double boxWidth = kTextWidth - block.textX;
    if (block.kind == BlockKind::TocEntry) {
        boxWidth -= kTocNumberColumn;
    }
    block.simple = m_simple->breakLines(block, boxWidth, block.lineStarts);
    if (block.simple) {
        const LineMetrics& lines = metrics(block.style);
        block.rows.assign(block.lineStarts.size() - 1, lines.pitch);
        block.rows.push_back(lines.height + block.spaceAfter);
        return;
    }
    PangoLayout* text = prepare(block);
    PangoRectangle extent;
    pango_layout_get_extents(text, nullptr, &extent);
    const double bottom = fromPango(extent.y + extent.height);
    if (pango_layout_get_line_count(text) == 1) {
        block.rows.push_back(bottom);
    } else {
        PangoLayoutIter* iter = pango_layout_get_iter(text);
        double previous = -1;
        do {
            int top = 0;
            int ignored = 0;
            pango_layout_iter_get_line_yrange(iter, &top, &ignored);
            if (previous >= 0) {
                block.rows.push_back(fromPango(top) - previous);
            }
            previous = fromPango(top);
        } while (pango_layout_iter_next_line(iter));
        pango_layout_iter_free(iter);
        block.rows.push_back(bottom - previous);
    }
    block.rows.back() += block.spaceAfter;
}

double Typesetter::barLength(const BarChart& chart, size_t value, double labelColumn) const {
    size_t most = 1;
    for (const auto& bar : chart.bars) {
        most = std::max(most, bar.second);
    }
    const double room = kTextWidth - labelColumn - 12.0 - 40.0; // gap, then the value
    return room * static_cast<double>(value) / static_cast<double>(most);
}

// The height a keep-with-next chain needs on one page: the blocks that keep
// with their next in full, then the first lines of the one that ends it.
double Typesetter::chainHeight(const std::vector<Block>& blocks, size_t first) const {
    const Block& head = blocks[first];
    double height = sum(head.rows, head.keepWithNext ? head.rows.size() : orphanRows(head));
    for (size_t j = first; blocks[j].keepWithNext && j + 1 < blocks.size(); ++j) {
        const Block& next = blocks[j + 1];
        if (next.pageBreakBefore) {
            break;
        }
        height += next.spaceBefore;
        height += sum(next.rows, next.keepWithNext ? next.rows.size() : orphanRows(next));
    }
    return height;
}

int Typesetter::paginate(std::vector<Block>& blocks, int firstPage) const {
    constexpr double kPageSpace = kBodyBottom - kBodyTop;
    constexpr double kSlack = 0.01; // rounding in sums of row heights
    int page = firstPage;
    double y = kBodyTop;
    bool empty = true;
    auto newPage = [&] {
        ++page;
        y = kBodyTop;
        empty = true;
    };
    for (size_t i = 0; i < blocks.size(); ++i) {
        Block& block = blocks[i];
        block.fragments.clear();
        if (block.pageBreakBefore && !empty) {
            newPage();
        }
        if (!empty && (block.keepWithNext || block.keepTogether)) {
            const double need = block.spaceBefore + chainHeight(blocks, i);
            if (y + need > kBodyBottom + kSlack && need - block.spaceBefore <= kPageSpace) {
                newPage();
            }
        }
        if (!empty) {
            y += block.spaceBefore;
        }
        const size_t n = block.rows.size();
        const size_t orphans = orphanRows(block);
        size_t row = 0;
        while (row < n) {
            size_t take = 0;
            double height = 0;
            while (row + take < n && y + height + block.rows[row + take] <= kBodyBottom + kSlack) {
                height += block.rows[row + take];
                ++take;
            }
            if (take < n - row) {
                if (row == 0 && take < orphans && !empty) {
                    take = 0; // too few first lines here: start on the next page
                } else if (n - row - take == 1 && take > 1 && !(row == 0 && take - 1 < orphans)) {
                    --take; // carry a line over with the last one
                }
                if (take == 0 && empty) {
                    take = 1; // taller than a page: place it anyway
                }
            }
            if (take > 0) {
                height = 0;
                for (size_t k = 0; k < take; ++k) {
                    height += block.rows[row + k];
                }
                block.fragments.push_back(Fragment{page, row, take, y});
                y += height;
                empty = false;
                row += take;
            }
            if (row < n) {
                newPage();
            }
        }
    }
    return page + 1;
}

} // namespace innspill::io::report::pdf
