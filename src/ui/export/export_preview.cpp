// The export dialog's live preview: the report document flattened into
// blocks (title page, about, a heading per round or theme, groups with their
// fields, inputs and sub-points, notes, the appendix), laid out once per
// width and drawn only where the view is. For CSV and Excel the preview is
// the input table, for the JSON archive a summary.
//
// Why not ImGuiListClipper for the report: it assumes every item is as tall
// as the first, and report blocks wrap to different heights. The layout
// measures each block the way ui::wrappedText breaks lines and keeps their
// tops, so a scroll position maps to its first visible block by binary
// search — the same effect, exact for any heights. The table (one line per
// row) uses ImGuiListClipper.
#include "ui/export/export_dialog.hpp"

#include "model/group.hpp"
#include "ui/shell/app_context.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>

namespace innspill::ui {

using app::PreviewBlock;
using app::PreviewStyle;
using app::ReportKind;

namespace {

const ImVec4 kHeadingColour(0.12f, 0.23f, 0.37f, 1.0f);
constexpr const char* kBullet = "\xE2\x80\xA2";    // •
constexpr const char* kSubBullet = "\xE2\x80\x93"; // – (as the PDF; ◦ is not in the font)

// ---- Layout -------------------------------------------------------------

bool isUtf8Continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// How many lines ui::wrappedText draws `text` in at `width` with the current
// font: the same paragraph split, word wrap and blank skipping.
int wrappedLineCount(std::string_view text, float width) {
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    width = std::max(width, 1.0f);
    const char* at = text.data();
    const char* end = text.data() + text.size();
    int lines = 0;
    for (;;) {
        const void* newline =
            at < end ? std::memchr(at, '\n', static_cast<size_t>(end - at)) : nullptr;
        const char* paragraphEnd = newline ? static_cast<const char*>(newline) : end;
        if (at >= paragraphEnd) {
            ++lines; // an empty paragraph is an empty line
        }
        while (at < paragraphEnd) {
            const char* lineEnd = font->CalcWordWrapPositionA(scale, at, paragraphEnd, width);
            if (lineEnd <= at) {
                lineEnd = at + 1;
            }
            while (lineEnd < paragraphEnd && isUtf8Continuation(*lineEnd)) {
                ++lineEnd;
            }
            ++lines;
            at = lineEnd;
            while (at < paragraphEnd && (*at == ' ' || *at == '\t')) {
                ++at;
            }
        }
        if (paragraphEnd >= end) {
            return lines;
        }
        at = paragraphEnd + 1;
    }
}

ImFont* fontFor(const AppContext& ctx, PreviewStyle style) {
    switch (style) {
    case PreviewStyle::Title:
    case PreviewStyle::Section:
        return ctx.fonts.heading;
    case PreviewStyle::GroupHeading:
    case PreviewStyle::InputsLabel:
    case PreviewStyle::SubHeading:
        return ctx.fonts.bold;
    default:
        return nullptr; // the current (body) font
    }
}

// Space above a block, in lines of body text.
float spaceBefore(PreviewStyle style) {
    switch (style) {
    case PreviewStyle::Title:
        return 0.5f;
    case PreviewStyle::Section:
        return 1.6f;
    case PreviewStyle::GroupHeading:
        return 1.1f;
    case PreviewStyle::Paragraph:
    case PreviewStyle::InputsLabel:
    case PreviewStyle::Note:
    case PreviewStyle::Subtitle:
        return 0.5f;
    case PreviewStyle::LeadIn:
    case PreviewStyle::SubHeading:
    case PreviewStyle::Question:
        return 0.35f;
    default:
        return 0.12f;
    }
}

// Where a block's text starts relative to the block's left edge, and what
// is drawn before it there (a bullet or a field label).
struct BlockGeometry {
    float indent = 0.0f;   // the block's left edge
    float textLeft = 0.0f; // the wrapped text's left edge, from the block's
};

float bulletWidth() {
    return ImGui::CalcTextSize(kBullet).x + ImGui::GetStyle().ItemSpacing.x;
}

float fieldLabelWidth(const AppContext& ctx, const PreviewBlock& block) {
    FontScope bold(ctx.fonts.bold);
    return ImGui::CalcTextSize(block.label.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
}

BlockGeometry geometryFor(const AppContext& ctx, const PreviewBlock& block) {
    const float step = ImGui::GetFontSize() * 1.4f;
    BlockGeometry geometry;
    switch (block.style) {
    case PreviewStyle::Item:
        geometry.indent = step * static_cast<float>(block.depth);
        geometry.textLeft = bulletWidth();
        break;
    case PreviewStyle::LeadIn:
    case PreviewStyle::SubHeading:
        geometry.indent = step * static_cast<float>(block.depth);
        break;
    case PreviewStyle::ContentsEntry:
    case PreviewStyle::Question:
        geometry.indent = step * static_cast<float>(block.depth + 1);
        break;
    case PreviewStyle::Field:
        geometry.textLeft = fieldLabelWidth(ctx, block);
        break;
    default:
        break;
    }
    return geometry;
}

// The text a block wraps (an item's suffix belongs to its text).
std::string wrappedTextOf(const PreviewBlock& block) {
    if ((block.style == PreviewStyle::Item || block.style == PreviewStyle::LeadIn ||
         block.style == PreviewStyle::SubHeading) &&
        !block.label.empty()) {
        return block.text + " " + block.label;
    }
    return block.text;
}

float blockHeight(const AppContext& ctx, const PreviewBlock& block, float width) {
    const float bodyLine = ImGui::GetTextLineHeight();
    const float space = spaceBefore(block.style) * bodyLine;
    if (block.style == PreviewStyle::Bar) {
        return space + bodyLine;
    }
    const BlockGeometry geometry = geometryFor(ctx, block);
    FontScope font(fontFor(ctx, block.style));
    const float textWidth = width - geometry.indent - geometry.textLeft;
    const int lines = wrappedLineCount(wrappedTextOf(block), textWidth);
    return space + static_cast<float>(lines) * ImGui::GetTextLineHeight();
}

void layOut(const AppContext& ctx, ExportPreview& preview, float width) {
    preview.tops.resize(preview.blocks.size());
    float y = 0.0f;
    for (size_t i = 0; i < preview.blocks.size(); ++i) {
        preview.tops[i] = y;
        y += blockHeight(ctx, preview.blocks[i], width);
    }
    preview.height = y + ImGui::GetTextLineHeight();
    preview.layoutWidth = width;
    preview.layoutFontSize = ImGui::GetFontSize();
}

ImVec4 mutedColour() {
    return ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
}

void drawBar(const PreviewBlock& block, float width) {
    const float labelWidth = std::min(width * 0.45f, ImGui::GetFontSize() * 18.0f);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    // The label is cut at its column; the bar and count follow.
    ImGui::PushClipRect(start,
                        ImVec2(start.x + labelWidth - ImGui::GetStyle().ItemSpacing.x,
                               start.y + ImGui::GetTextLineHeight()),
                        true);
    text(block.text);
    ImGui::PopClipRect();
    const float barRoom = std::max(0.0f, width - labelWidth - ImGui::GetFontSize() * 4.0f);
    const float fraction =
        block.scale == 0 ? 0.0f : static_cast<float>(block.value) / static_cast<float>(block.scale);
    const float height = ImGui::GetTextLineHeight();
    const ImVec2 barMin(start.x + labelWidth, start.y + height * 0.15f);
    const ImVec2 barMax(barMin.x + std::max(1.0f, barRoom * fraction), start.y + height * 0.85f);
    ImGui::GetWindowDrawList()->AddRectFilled(barMin, barMax,
                                              ImGui::GetColorU32(ImGuiCol_PlotHistogram));
    ImGui::SetCursorScreenPos(ImVec2(barMax.x + ImGui::GetStyle().ItemSpacing.x, start.y));
    text(std::to_string(block.value));
}

void drawBlock(AppContext& ctx, const PreviewBlock& block, float width) {
    const BlockGeometry geometry = geometryFor(ctx, block);
    const float left = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(left + geometry.indent);
    switch (block.style) {
    case PreviewStyle::Bar:
        drawBar(block, width);
        return;
    case PreviewStyle::Field: {
        {
            FontScope bold(ctx.fonts.bold);
            text(block.label);
        }
        ImGui::SameLine(left + geometry.textLeft, 0.0f);
        wrappedText(block.text);
        return;
    }
    case PreviewStyle::Item:
        text(block.depth == 0 ? kBullet : kSubBullet);
        ImGui::SameLine(left + geometry.indent + geometry.textLeft, 0.0f);
        break;
    default:
        break;
    }
    FontScope font(fontFor(ctx, block.style));
    // Headings in the report's dark blue, as the PDF and Word print them.
    const bool heading = block.style == PreviewStyle::Title ||
                         block.style == PreviewStyle::Section ||
                         block.style == PreviewStyle::GroupHeading;
    if (heading) {
        ImGui::PushStyleColor(ImGuiCol_Text, kHeadingColour);
    }
    const bool muted = block.style == PreviewStyle::Note || block.style == PreviewStyle::Question ||
                       block.style == PreviewStyle::Signature ||
                       block.style == PreviewStyle::Subtitle;
    if (muted) {
        ImGui::PushStyleColor(ImGuiCol_Text, mutedColour());
    }
    wrappedText(wrappedTextOf(block));
    if (muted) {
        ImGui::PopStyleColor();
    }
    if (heading) {
        ImGui::PopStyleColor();
    }
    if (block.style == PreviewStyle::Section) {
        ctx.itemRects.record("export.preview.section/", block.text);
    } else if (block.style == PreviewStyle::GroupHeading) {
        ctx.itemRects.record("export.preview.group/", block.text);
    }
}

void drawReport(AppContext& ctx, ExportPreview& preview) {
    if (preview.blocks.empty()) {
        return;
    }
    const float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
    if (width != preview.layoutWidth || ImGui::GetFontSize() != preview.layoutFontSize ||
        preview.tops.size() != preview.blocks.size()) {
        layOut(ctx, preview, width);
    }
    const float origin = ImGui::GetCursorPosY();
    const float left = ImGui::GetCursorPosX();
    const float viewTop = ImGui::GetScrollY() - origin;
    const float viewBottom = viewTop + ImGui::GetWindowHeight();
    // The last block starting at or above the view's top is the first seen.
    auto first = std::upper_bound(preview.tops.begin(), preview.tops.end(), viewTop);
    size_t index =
        first == preview.tops.begin() ? 0 : static_cast<size_t>(first - preview.tops.begin()) - 1;
    const float bodyLine = ImGui::GetTextLineHeight();
    for (; index < preview.blocks.size() && preview.tops[index] < viewBottom; ++index) {
        const PreviewBlock& block = preview.blocks[index];
        ImGui::PushID(static_cast<int>(index));
        ImGui::SetCursorPos(
            ImVec2(left, origin + preview.tops[index] + spaceBefore(block.style) * bodyLine));
        drawBlock(ctx, block, width);
        ImGui::PopID();
    }
    // The whole report's height, so the scrollbar covers all of it.
    ImGui::SetCursorPos(ImVec2(left, origin + preview.height));
    ImGui::Dummy(ImVec2(1.0f, 1.0f));
}

void drawTable(AppContext& ctx, const ExportPreview& preview) {
    const auto& table = preview.table;
    disabledText(
        format(ctx.tr("export.preview.rows"), {{"rows", std::to_string(table.rows.size())}}));
    if (table.header.empty()) {
        return;
    }
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                       ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                       ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable;
    const int columns = static_cast<int>(table.header.size());
    if (!ImGui::BeginTable("##table", columns, kFlags)) {
        return;
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    const float em = ImGui::GetFontSize();
    for (int column = 0; column < columns; ++column) {
        // Day, round and number are short; the input text is the long one.
        const float width = column < 3 ? em * 4.0f : column == 6 ? em * 28.0f : em * 11.0f;
        ImGui::TableSetupColumn(table.header[static_cast<size_t>(column)].c_str(),
                                ImGuiTableColumnFlags_WidthFixed, width);
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(table.rows.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const auto& cells = table.rows[static_cast<size_t>(row)];
            ImGui::TableNextRow();
            for (const auto& cell : cells) {
                ImGui::TableNextColumn();
                // One line per row; a line break would make rows uneven.
                const size_t end = cell.find('\n');
                text(end == std::string::npos ? std::string_view(cell)
                                              : std::string_view(cell).substr(0, end));
            }
        }
    }
    ImGui::EndTable();
}

void drawArchive(AppContext& ctx, const ExportPreview& preview) {
    const auto& counts = preview.archive;
    wrappedText(
        format(ctx.tr("export.preview.archive"), {{"groups", std::to_string(counts.groups)},
                                                  {"inputs", std::to_string(counts.inputs)},
                                                  {"subPoints", std::to_string(counts.subPoints)},
                                                  {"people", std::to_string(counts.people)},
                                                  {"themes", std::to_string(counts.themes)}}));
    ImGui::Spacing();
    disabledWrappedText(ctx.tr("export.preview.archiveUse"));
}

} // namespace

PreviewMode previewModeFor(app::ExportFormat format) {
    switch (format) {
    case app::ExportFormat::Csv:
    case app::ExportFormat::Xlsx:
        return PreviewMode::Table;
    case app::ExportFormat::Json:
        return PreviewMode::Archive;
    default:
        return PreviewMode::Report;
    }
}

void buildExportPreview(ExportPreview& preview, const model::Event& event, app::ExportFormat format,
                        ReportKind kind, bool includeAppendix) {
    preview = ExportPreview();
    preview.built = true;
    preview.mode = previewModeFor(format);
    preview.kind = kind;
    preview.includeAppendix = includeAppendix;
    preview.leftOut = app::leftOutNote(event, format);
    app::ReportOptions options;
    options.kind = kind;
    options.includeAppendix = includeAppendix;
    switch (preview.mode) {
    case PreviewMode::Report:
        preview.blocks = app::previewReport(event, options);
        break;
    case PreviewMode::Table:
        preview.table = app::previewTable(event, options);
        break;
    case PreviewMode::Archive:
        preview.archive.groups = event.groups.size();
        preview.archive.people = event.people.size();
        preview.archive.themes = event.themes.size();
        for (const auto& group : event.groups) {
            const model::InputCount count = model::countInputs(group.inputs);
            preview.archive.inputs += count.inputs;
            preview.archive.subPoints += count.subPoints;
        }
        break;
    }
}

void drawExportPreview(AppContext& ctx, ExportPreview& preview) {
    if (!preview.leftOut.empty()) {
        disabledWrappedText(lang::render(ctx.language, preview.leftOut));
        ctx.itemRects.record("export.leftOut");
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 1.0f, 1.0f, 1.0f));
    const bool visible = ImGui::BeginChild("##exportPreview", ImVec2(0.0f, 0.0f), true,
                                           preview.mode == PreviewMode::Table
                                               ? ImGuiWindowFlags_None
                                               : ImGuiWindowFlags_AlwaysVerticalScrollbar);
    ImGui::PopStyleColor();
    if (visible) {
        switch (preview.mode) {
        case PreviewMode::Report:
            drawReport(ctx, preview);
            break;
        case PreviewMode::Table:
            drawTable(ctx, preview);
            break;
        case PreviewMode::Archive:
            drawArchive(ctx, preview);
            break;
        }
    }
    ImGui::EndChild();
    ctx.itemRects.record("export.preview");
}

} // namespace innspill::ui
