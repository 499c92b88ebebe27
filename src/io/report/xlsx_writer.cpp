// libxlsxwriter only writes to a path, so the workbook goes to a private
// temporary file in $TMPDIR (its own scratch files too) and is read back.
#include "io/report/xlsx_writer.hpp"

#include "io/atomic_write.hpp"
#include "io/report/cell_safety.hpp"
#include "io/report/report_words.hpp"
#include "io/report/text_escape.hpp"
#include "os/unique_names.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace innspill::io::report {

namespace {

// Excel's limit for one cell's text (libxlsxwriter counts it in bytes).
constexpr size_t kMaxCellBytes = 32767;

struct SheetWords {
    const char* inputsSheet;
    const char* summarySheet;
    const char* round;
    const char* theme;
    const char* count;
    const char* actionsSheet;
};

const SheetWords& sheetWords(const std::string& language) {
    static const SheetWords kBokmaal{"Innspill", "Oversikt",        "Gruppesesjon",
                                     "Tema",     "Antall innspill", "Tiltak"};
    static const SheetWords kNynorsk{"Innspel", "Oversikt",       "Gruppesesjon",
                                     "Tema",    "Tal på innspel", "Tiltak"};
    static const SheetWords kEnglish{"Inputs", "Summary", "Group session",
                                     "Theme",  "Inputs",  "Actions"};
    if (language == "en") {
        return kEnglish;
    }
    return language == "nn" ? kNynorsk : kBokmaal;
}

// Column widths (in characters) for the data table's columns, in order:
// day, round, group number, group title, initiators, kind, input, parent, themes, votes.
constexpr double kColumnWidths[] = {6, 14, 15, 36, 30, 13, 70, 40, 36, 10};
// Long text that should wrap rather than run across the sheet.
constexpr bool kWrapColumn[] = {false, false, false, true, true, false, true, true, true, false};

// User text as a cell: no XML-forbidden characters, never read as a formula,
// and within Excel's limit (cut on a UTF-8 boundary).
std::string safeCell(std::string_view text) {
    std::string cell = neutraliseFormula(stripXmlForbidden(text));
    if (cell.size() > kMaxCellBytes) {
        size_t cut = kMaxCellBytes - 3;
        while (cut > 0 && (static_cast<unsigned char>(cell[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        cell.resize(cut);
        cell += "…";
    }
    return cell;
}

[[noreturn]] void fail(const std::string& what, lxw_error error) {
    throw WriteError(lang::message("writeError.spreadsheetPart",
                                   {{"part", what}, {"detail", lxw_strerror(error)}}));
}

void check(lxw_error error, const char* what) {
    if (error != LXW_NO_ERROR) {
        fail(what, error);
    }
}

// A uniquely named file that is removed however we leave.
class TempFile {
  public:
    TempFile() {
        std::error_code ec;
        auto dir = std::filesystem::temp_directory_path(ec);
        if (ec) {
            dir = "/tmp";
        }
        m_dir = dir.string();
        const auto made = os::makeUniqueFile(dir, "innspill-", ".xlsx");
        if (made.empty()) {
            throw WriteError(
                lang::message("writeError.spreadsheetNoTemporary", {{"folder", m_dir}}));
        }
        m_path = made.string();
    }
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::string& path() const { return m_path; }
    std::string& dir() { return m_dir; }

  private:
    std::string m_dir;
    std::string m_path;
};

struct Formats {
    lxw_format* header;
    lxw_format* cell;
    lxw_format* wrapped;
    lxw_format* title;
    lxw_format* number;
};

Formats makeFormats(lxw_workbook* workbook) {
    Formats f{};
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xD9E2F3);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.cell = workbook_add_format(workbook);
    format_set_align(f.cell, LXW_ALIGN_VERTICAL_TOP);
    f.wrapped = workbook_add_format(workbook);
    format_set_text_wrap(f.wrapped);
    format_set_align(f.wrapped, LXW_ALIGN_VERTICAL_TOP);
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.number = workbook_add_format(workbook);
    format_set_align(f.number, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

size_t characters(std::string_view text) {
    size_t count = 0;
    for (char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

// The height a row needs for its wrapped cells. LibreOffice does not fit
// row heights to wrapped text when it opens an .xlsx (Excel does), so we
// set them, estimating one character per unit of column width (the width
// of a "0"): generous, as most letters are narrower, and a row a little too
// tall reads better than clipped text.
double rowHeight(const std::vector<std::string>& row) {
    constexpr double kLineHeight = 15.0; // points, for the 11 pt default font
    constexpr double kMaxHeight = 409.0; // Excel's largest row height
    size_t lines = 1;
    for (size_t c = 0; c < row.size() && c < std::size(kWrapColumn); ++c) {
        if (!kWrapColumn[c] || row[c].empty()) {
            continue;
        }
        const auto perLine = static_cast<size_t>(kColumnWidths[c]);
        size_t cellLines = 0;
        size_t start = 0;
        const std::string_view text = row[c];
        while (start <= text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string_view::npos) {
                end = text.size();
            }
            cellLines += std::max<size_t>(
                1, (characters(text.substr(start, end - start)) + perLine - 1) / perLine);
            start = end + 1;
        }
        lines = std::max(lines, cellLines);
    }
    return std::min(kMaxHeight, static_cast<double>(lines) * kLineHeight);
}

void writeInputsSheet(lxw_worksheet* sheet, const DataTable& table, const Formats& formats) {
    const size_t columns = table.header.size();
    // A table with its own widths wraps its wide columns.
    const auto width = [&](size_t c) {
        if (!table.widths.empty()) {
            return c < table.widths.size() ? table.widths[c] : 20.0;
        }
        return c < std::size(kColumnWidths) ? kColumnWidths[c] : 20.0;
    };
    const auto wraps = [&](size_t c) {
        if (!table.widths.empty()) {
            return width(c) >= 28.0;
        }
        return c < std::size(kWrapColumn) && kWrapColumn[c];
    };
    for (size_t c = 0; c < columns; ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        check(worksheet_set_column(sheet, col, col, width(c),
                                   wraps(c) ? formats.wrapped : formats.cell),
              "column");
        check(worksheet_write_string(sheet, 0, col, safeCell(table.header[c]).c_str(),
                                     formats.header),
              "header");
    }
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const auto sheetRow = static_cast<lxw_row_t>(r + 1);
        if (const double height = rowHeight(row); height > 15.0) {
            check(worksheet_set_row(sheet, sheetRow, height, nullptr), "row");
        }
        for (size_t c = 0; c < row.size() && c < columns; ++c) {
            if (row[c].empty()) {
                continue;
            }
            if (table.numberColumn == c) {
                // Our own count, not user text: a number, so it sorts and sums.
                check(worksheet_write_number(sheet, sheetRow, static_cast<lxw_col_t>(c),
                                             std::stod(row[c]), formats.number),
                      "cell");
                continue;
            }
            const bool wrap = wraps(c);
            check(worksheet_write_string(sheet, sheetRow, static_cast<lxw_col_t>(c),
                                         safeCell(row[c]).c_str(),
                                         wrap ? formats.wrapped : formats.cell),
                  "cell");
        }
    }
    if (columns > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                   static_cast<lxw_col_t>(columns - 1)),
              "autofilter");
    }
    // Day and round are digits kept as text (every cell is text by rule):
    // spare the reader Excel's "number stored as text" flags.
    worksheet_ignore_errors(sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576");
    // Printable as it is: A4 landscape, one page wide, header on every page.
    worksheet_set_paper(sheet, 9);
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
}

// One block of the summary: a heading row, a header row and label/count rows,
// with a native bar chart beside it. Returns the next free row.
lxw_row_t writeSummaryBlock(lxw_workbook* workbook, lxw_worksheet* sheet, const char* sheetName,
                            lxw_row_t row, const std::string& heading, const char* labelHeader,
                            const char* countHeader,
                            const std::vector<std::pair<std::string, size_t>>& counts,
                            const Formats& formats) {
    check(worksheet_write_string(sheet, row, 0, heading.c_str(), formats.title), "summary");
    check(worksheet_write_string(sheet, row + 1, 0, labelHeader, formats.header), "summary");
    check(worksheet_write_string(sheet, row + 1, 1, countHeader, formats.header), "summary");
    const lxw_row_t first = row + 2;
    for (size_t i = 0; i < counts.size(); ++i) {
        const auto r = static_cast<lxw_row_t>(first + i);
        check(
            worksheet_write_string(sheet, r, 0, safeCell(counts[i].first).c_str(), formats.wrapped),
            "summary");
        // Our own count, not user text: a number, so charts and sums work.
        check(worksheet_write_number(sheet, r, 1, static_cast<double>(counts[i].second),
                                     formats.number),
              "summary");
    }
    // A chart is 288 px high at scale 1 (about 15 rows of 20 px); it grows
    // with the number of bars so their labels stay readable.
    const double chartScale =
        counts.size() > 8 ? 1.0 + 0.06 * static_cast<double>(counts.size() - 8) : 1.0;
    if (!counts.empty()) {
        const auto last = static_cast<lxw_row_t>(first + counts.size() - 1);
        lxw_chart* chart = workbook_add_chart(workbook, LXW_CHART_BAR);
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, sheetName, first, 0, last, 0);
        chart_series_set_values(series, sheetName, first, 1, last, 1);
        chart_title_set_name(chart, heading.c_str());
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        // Categories top to bottom in the table's order, as a reader expects,
        // with the value axis kept at the bottom.
        chart_axis_set_reverse(chart->y_axis);
        chart_axis_set_crossing_max(chart->y_axis);
        lxw_chart_fill fill{};
        fill.color = 0x2E5C8A;
        chart_series_set_fill(series, &fill);
        lxw_chart_options options{};
        options.x_scale = 1.2;
        options.y_scale = chartScale;
        check(worksheet_insert_chart_opt(sheet, row + 1, 3, chart, &options), "chart");
    }
    // The next block starts below both the table and the chart.
    const auto tableEnd = static_cast<lxw_row_t>(first + counts.size());
    const auto chartRows = static_cast<lxw_row_t>(15.0 * chartScale) + 2;
    const lxw_row_t chartEnd = row + 1 + (counts.empty() ? 0 : chartRows);
    return std::max(tableEnd, chartEnd) + 2;
}

} // namespace

std::string writeXlsx(const DataTable& table, const std::string& title,
                      const std::string& language) {
    TempFile file;
    lxw_workbook_options options{};
    options.tmpdir = file.dir().data();
    lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
    if (!workbook) {
        throw WriteError(
            lang::message("writeError.spreadsheetCannotCreate", {{"file", file.path()}}));
    }
    try {
        std::string safeTitle = stripXmlForbidden(title);
        lxw_doc_properties properties{};
        properties.title = safeTitle.data();
        check(workbook_set_properties(workbook, &properties), "properties");

        const SheetWords& words = sheetWords(language);
        const Vocabulary& vocabularyWords = vocabulary(language);
        const Formats formats = makeFormats(workbook);

        lxw_worksheet* inputs = workbook_add_worksheet(workbook, words.inputsSheet);
        lxw_worksheet* summary = workbook_add_worksheet(workbook, words.summarySheet);
        if (!inputs || !summary) {
            fail("sheets", LXW_ERROR_MEMORY_MALLOC_FAILED);
        }
        writeInputsSheet(inputs, table, formats);

        // Printed on one landscape page across: tables left, charts beside them.
        worksheet_set_paper(summary, 9);
        worksheet_set_landscape(summary);
        worksheet_fit_to_pages(summary, 1, 0);
        worksheet_set_column(summary, 0, 0, 40, nullptr);
        worksheet_set_column(summary, 1, 1, 16, nullptr);
        lxw_row_t row = 0;
        if (!safeTitle.empty()) {
            check(worksheet_write_string(summary, 0, 0, safeCell(safeTitle).c_str(), formats.title),
                  "summary");
            row = 2;
        }
        row =
            writeSummaryBlock(workbook, summary, words.summarySheet, row, vocabularyWords.perRound,
                              words.round, words.count, table.perRound, formats);
        writeSummaryBlock(workbook, summary, words.summarySheet, row, vocabularyWords.perTheme,
                          words.theme, words.count, table.perTheme, formats);
        if (!table.actionRows.empty()) {
            lxw_worksheet* actions = workbook_add_worksheet(workbook, words.actionsSheet);
            if (!actions) {
                fail("sheets", LXW_ERROR_MEMORY_MALLOC_FAILED);
            }
            DataTable actionTable;
            actionTable.header = table.actionsHeader;
            actionTable.rows = table.actionRows;
            writeInputsSheet(actions, actionTable, formats);
        }
    } catch (...) {
        // workbook_close is the only way to free the workbook; its file is ours to delete.
        workbook_close(workbook);
        throw;
    }
    check(workbook_close(workbook), "save");

    std::ifstream in(file.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        throw WriteError(
            lang::message("writeError.spreadsheetCannotReadBack", {{"file", file.path()}}));
    }
    return bytes;
}

} // namespace innspill::io::report
