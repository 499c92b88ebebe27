// Internal to the PDF writer: page geometry, text styles, the flow of blocks
// a report becomes (pdf_flow.cpp), and the typesetter that measures and
// paginates that flow (pdf_layout.cpp, with plain text set by pdf_text.cpp).
// The pass that draws is pdf_writer.cpp.
#pragma once

#include "io/report/report_document.hpp"

#include <pango/pangocairo.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::io::report::pdf {

// A4 in PDF points; 25 mm margins, a little more at the foot for the footer.
inline constexpr double kPageWidth = 595.28;
inline constexpr double kPageHeight = 841.89;
inline constexpr double kMarginLeft = 70.87;
inline constexpr double kMarginRight = 70.87;
inline constexpr double kBodyTop = 70.87;
inline constexpr double kBodyBottom = kPageHeight - 78.0;
inline constexpr double kTextWidth = kPageWidth - kMarginLeft - kMarginRight;
inline constexpr double kFooterRule = kPageHeight - 54.0;
inline constexpr double kFooterBaseline = kPageHeight - 40.0;

// Room kept for the page numbers at the right of the table of contents.
inline constexpr double kTocNumberColumn = 42.0;
// Thematic bar charts: a row's bar and the gap below it.
inline constexpr double kBarHeight = 12.0;
inline constexpr double kBarRowGap = 6.0;

inline constexpr size_t kNone = static_cast<size_t>(-1);
// Block::chart of the prioritised section's chart (not one of doc.charts).
inline constexpr size_t kVotesChart = kNone - 1;

inline const BarChart& chartOf(const ReportDocument& doc, size_t index) {
    return index == kVotesChart ? doc.votesChart : doc.charts[index];
}

struct Rgb {
    double r, g, b;
};
constexpr Rgb fromBrand(model::Rgb colour) {
    return Rgb{colour.r / 255.0, colour.g / 255.0, colour.b / 255.0};
}
// The app's tokens (model/colour.hpp, after Designsystemet): body text in the
// neutral ink, headings in the strong accent, bars in the accent.
inline constexpr Rgb kInk = fromBrand(model::brand::kNeutralText);
inline constexpr Rgb kAccent = fromBrand(model::brand::kAccentStrong);
inline constexpr Rgb kBar = fromBrand(model::brand::kAccent);
inline constexpr Rgb kMuted = fromBrand(model::brand::kSubtleText);
inline constexpr Rgb kRule{0.74, 0.77, 0.81};

enum class Style {
    Body,        // about text, lead-ins, inputs
    SubHeading,  // a group's small sub-heading among its inputs
    Note,        // follow-up and merge notes
    Field,       // "Initiativtaker: …"
    InputsLabel, // "Innspill til strategien:"
    Heading1,    // round, theme, section
    Heading2,    // group
    Heading3,    // group in the appendix
    Lead,        // a theme's description
    TocMajor,
    TocMinor,
    Bullet,
    Footer,
    ChartTitle,
    ChartLabel,
    ChartValue,
    CoverTitle,
    CoverSubtitle,
    CoverQuestion,
    CoverMeta,
    Count
};
inline constexpr size_t kStyleCount = static_cast<size_t>(Style::Count);

struct StyleSpec {
    const char* family;
    PangoWeight weight;
    PangoStyle slant;
    double size;        // points
    double lineSpacing; // times the font's own line height
    Rgb colour;
};
const StyleSpec& styleSpec(Style style);

// The faces inside one paragraph: a field's bold label, a thematic input's
// small grey group reference (or a recommendation's small grey label).
enum class Face { Regular, Bold, Reference };
inline constexpr size_t kFaceCount = 3;
inline constexpr double kReferenceSize = 8.0;
PangoFontDescription* newFont(Style style, Face face);
// The attributes every paragraph starts from: no hyphens Pango adds at a
// break, and no ligatures, so each letter is its own glyph and text read
// from the tagged PDF (screen readers, copying, search) spells "fl" and "fi".
PangoAttrList* newPlainAttributes();

// Where lines sit in a paragraph of one style: line i's top is i * pitch,
// its baseline at baseline + i * pitch; the last line is height tall.
struct LineMetrics {
    double baseline = 0;
    double pitch = 0;
    double height = 0;
};

enum class BlockKind { Text, TocEntry, Chart, Photo };

// Where part of a block landed: rows [firstRow, firstRow + rowCount) on a
// page, the first row's top at y.
struct Fragment {
    int page = 0; // 0 is the title page
    size_t firstRow = 0;
    size_t rowCount = 0;
    double y = 0;
};

// One paragraph, table-of-contents line or chart in the flow. Text is plain
// UTF-8, already cleaned (cleanText): it is never parsed as markup.
struct Block {
    BlockKind kind = BlockKind::Text;
    Style style = Style::Body;
    std::string text;
    size_t labelEnd = 0;          // bytes [0, labelEnd) small and grey: "Anbefaling:"
    size_t boldEnd = 0;           // bytes [labelEnd, boldEnd) bold: a field's label
    size_t referenceFrom = kNone; // bytes from here small and grey: "(gruppe 1.12)"
    std::string marker;           // bullet or number in front of the first line
    Style markerStyle = Style::Bullet;
    double markerX = 0;             // from the left margin
    double indent = 0;              // text box from the left margin
    bool indentAfterMarker = false; // hanging: text starts after the marker's width
    double spaceBefore = 0;         // dropped at the top of a page
    double spaceAfter = 0;          // kept with the last row
    bool pageBreakBefore = false;
    bool keepWithNext = false; // headings: never alone at the foot of a page
    bool keepTogether = false; // contents lines, short charts
    int outlineLevel = -1;     // 0: round, theme, section; 1: group
    int tocLevel = -1;         // listed in the contents at this level
    std::string outlineTitle;  // bookmark and contents text
    size_t target = kNone;     // TocEntry: the block it points to
    size_t chart = kNone;      // Chart: index into ReportDocument::charts
    int listLevel = -1;        // a bulleted input: 0, its sub-points 1 (tagged L/LI)
    bool inListItem = false;   // a paragraph inside the list item before it (a P in its LBody)
    size_t link = kNone;       // Text: the whole block links to this block (Link)
    const ReportPhoto* photo = nullptr; // Photo: one row, never split across pages

    // Measured.
    double textX = 0;         // resolved text box left (Chart: label column width; Photo: width)
    std::vector<double> rows; // height of each line (Chart: title, then one per bar)
    bool simple = false;      // set by SimpleText: lines start at lineStarts
    std::vector<uint32_t> lineStarts;
    // Paginated.
    std::vector<Fragment> fragments;
};

// The report as one flow after the title page.
struct Flow {
    std::vector<Block> blocks;
};

Flow buildFlow(const ReportDocument& doc);

// Valid UTF-8 without control characters (tabs become spaces, line breaks
// stay): user text can hold anything, Pango and the PDF outline must not.
std::string cleanText(std::string_view text, bool keepLineBreaks = true);
// At most maxChars characters, with an ellipsis when cut (bookmarks).
std::string shorten(const std::string& text, size_t maxChars);

class SimpleText;

// Face of the byte at `at` in a block's text.
inline Face faceAt(const Block& block, size_t at) {
    if (at < block.labelEnd) {
        return Face::Reference;
    }
    if (at < block.boldEnd) {
        return Face::Bold;
    }
    return at >= block.referenceFrom ? Face::Reference : Face::Regular;
}

// Measures blocks and lays them out on pages. One PangoLayout per style,
// reused for every paragraph: creating layouts and font descriptions per
// line is what makes naive Pango output slow.
class Typesetter {
  public:
    explicit Typesetter(PangoContext* context);
    ~Typesetter();
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    // The style's layout, reset to its default width and attributes.
    PangoLayout* layout(Style style, double width = kTextWidth);
    // The layout holding the block's text in its text box.
    PangoLayout* prepare(const Block& block);
    const Rgb& colour(Style style) const;
    const LineMetrics& metrics(Style style) const { return m_metrics[static_cast<size_t>(style)]; }
    SimpleText& simple() { return *m_simple; }
    // Width of a short one-line string (marker, page number).
    double width(Style style, const std::string& text);

    void measure(Block& block, const ReportDocument& doc);
    // Places every block on pages from firstPage on; returns the number of
    // pages, those before firstPage included.
    int paginate(std::vector<Block>& blocks, int firstPage) const;

    // Chart geometry shared by measuring and drawing.
    double barLength(const BarChart& chart, size_t value, double labelColumn) const;

  private:
    double chainHeight(const std::vector<Block>& blocks, size_t first) const;

    std::array<PangoLayout*, kStyleCount> m_layouts{};
    std::array<LineMetrics, kStyleCount> m_metrics{};
    PangoAttrList* m_plainAttrs = nullptr;
    std::unique_ptr<SimpleText> m_simple;
};

} // namespace innspill::io::report::pdf
