// The report as the export dialog's preview shows it: the report document
// flattened into blocks in reading order (title page, contents, about, a
// heading per round or theme, groups with their fields, inputs and
// sub-points, notes, the appendix). Pure data, so it is tested without a
// window; the UI lays the blocks out and draws them (ui/export/export_preview).
#pragma once

#include "io/report/report_document.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace innspill::io::report {

// One block of the previewed report, in reading order.
enum class PreviewStyle {
    Title,         // the report's title
    Subtitle,      // under the title
    Question,      // a guiding question on the title page
    Section,       // a top-level heading: contents, about, a round, a theme, appendix
    GroupHeading,  // "1.2 Title"
    Paragraph,     // about text, a theme's description
    Signature,     // place and date, organisers
    Field,         // "Initiativtaker: Kari Nordmann, Org" (label + text)
    InputsLabel,   // "Innspill til strategien:"
    Item,          // a bulleted input or sub-point (depth 0 or 1)
    LeadIn,        // a lead-in sentence before bullets
    SubHeading,    // a short sub-heading between bullets
    Note,          // a group's note, in italics in the report
    Bar,           // one bar of a thematic chart (label, value, scale)
    ContentsEntry, // a line of the table of contents (depth 0 or 1)
};

struct PreviewBlock {
    PreviewStyle style = PreviewStyle::Paragraph;
    int depth = 0;
    std::string label; // Field: the label; Item: a suffix such as "(gruppe 1.2)"
    std::string text;
    size_t value = 0; // Bar: the count
    size_t scale = 0; // Bar: the chart's largest count
};

// The report's blocks as the preview shows them (privacy already applied by
// buildReport: the blocks hold exactly the names the export will print).
std::vector<PreviewBlock> previewBlocks(const ReportDocument& doc);

} // namespace innspill::io::report
