// Exporting an event: every format the CLI and the app's export dialog offer,
// chosen by name, rendered to bytes, written so the file appears only complete.
#pragma once

#include "io/report/data_table.hpp"
#include "io/report/report_document.hpp"
#include "io/report/report_preview.hpp"
#include "lang/message.hpp"
#include "model/event.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace innspill::app {

// The report's choices and what the export dialog previews, named here so the
// UI reaches them through app (it never includes io/).
using ReportKind = io::report::ReportKind;
using ReportOptions = io::report::ReportOptions;
using DataTable = io::report::DataTable;
using PreviewStyle = io::report::PreviewStyle;
using PreviewBlock = io::report::PreviewBlock;

enum class ExportFormat { Json, Markdown, Html, Docx, Pdf, Csv, Xlsx };

struct ExportFormatInfo {
    ExportFormat format;
    const char* name;      // as on the command line: "md", "html" …
    const char* extension; // ".md" …
};

const std::vector<ExportFormatInfo>& exportFormats();
std::optional<ExportFormat> parseExportFormat(const std::string& name);
const ExportFormatInfo& infoFor(ExportFormat format);

// The file's bytes. The report options do not apply to the JSON archive,
// which always holds the whole event.
std::string renderExport(const model::Event& event, ExportFormat format,
                         const io::report::ReportOptions& options);

// A report and the files that go beside it (Markdown's photos, written into
// ReportOptions::mediaFolder next to the report).
struct ExportMedia {
    std::string fileName;
    std::string bytes;
};
struct RenderedExport {
    std::string bytes;
    std::vector<ExportMedia> media;
};
RenderedExport renderExportWithMedia(const model::Event& event, ExportFormat format,
                                     const io::report::ReportOptions& options);

// The report options' photoBytes for the event file at `eventFile`: a
// read-only connection of its own, opened on first use on the calling
// thread (the export's), so the blobs are read one at a time as the report
// needs them and never enter the event value.
std::function<std::optional<std::string>(const model::Id&)>
photoReader(const std::filesystem::path& eventFile);
// The folder beside a report its media go into: "Rapport_files" for "Rapport.md".
std::string mediaFolderFor(const std::filesystem::path& target);
// Writes the media into target's folder / mediaFolder (created), each atomically.
void writeExportMedia(const std::filesystem::path& target, const std::string& mediaFolder,
                      const std::vector<ExportMedia>& media);

// A file name made from the event's title: no / \ : * ? " < > | or control
// characters, spaces kept, at most 100 bytes, the format's extension.
std::string exportFileName(const model::Event& event, ExportFormat format,
                           const io::report::ReportOptions& options);

// How many posted groups a report or table leaves out, and why ("3 grupper
// er ikke med: slått opp, ikke gjennomført"); empty when none is, and for the
// JSON archive, which holds every group.
lang::Message leftOutNote(const model::Event& event, ExportFormat format);

// What the preview shows for a report format: the report flattened into
// blocks, and for CSV and Excel the input table.
std::vector<PreviewBlock> previewReport(const model::Event& event, const ReportOptions& options);
DataTable previewTable(const model::Event& event, const ReportOptions& options);

} // namespace innspill::app
