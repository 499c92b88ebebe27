// The Export dialog (Fil → Eksporter rapport…): the same choices as
// `innspill export` — format, report kind, and the appendix asked as an
// explicit question — with a live preview of the report on the right; then
// the file browser for the target, and the export running in the background
// (app::ExportJob) with its progress, its error, or "Åpne filen" / "Vis i
// mappen" when done. The preview is drawn in export_preview.cpp.
//
// Usage: openExportDialog(ctx) from a menu or shortcut; drawExportDialog(ctx)
// every frame at the top level (outside any window), like drawFileDialogs.
#pragma once

#include "app/export.hpp"
#include "app/export_job.hpp"
#include "ui/shell/file_browser.hpp"

#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace innspill::ui {

struct AppContext;

// What the preview shows for a format: the report (PDF, Word, HTML,
// Markdown), the input table (CSV, Excel), or a summary of the archive.
enum class PreviewMode { Report, Table, Archive };

PreviewMode previewModeFor(app::ExportFormat format);

struct ExportPreview {
    bool built = false;
    PreviewMode mode = PreviewMode::Report;
    app::ReportKind kind = app::ReportKind::Proceedings;
    bool includeAppendix = false;

    lang::Message leftOut;                 // posted groups the export leaves out
    std::vector<app::PreviewBlock> blocks; // Report
    app::DataTable table;                  // Table
    struct ArchiveCounts {
        size_t groups = 0;
        size_t inputs = 0;
        size_t subPoints = 0;
        size_t people = 0;
        size_t themes = 0;
    } archive; // Archive

    // Layout of `blocks` for the width and font size it was measured at:
    // the top of each block and the whole height, so that only the blocks
    // in view are drawn.
    float layoutWidth = -1.0f;
    float layoutFontSize = 0.0f;
    std::vector<float> tops;
    float height = 0.0f;
};

// Rebuilds `preview` for the current choices from the event.
void buildExportPreview(ExportPreview& preview, const model::Event& event, app::ExportFormat format,
                        app::ReportKind kind, bool includeAppendix);

// Draws the preview filling the current region (a child window of its own).
void drawExportPreview(AppContext& ctx, ExportPreview& preview);

// Messages from xdg-open's reaper thread ("no application for .docx").
struct OpenFailureBox {
    std::mutex mutex;
    std::vector<std::string> messages;
};

struct ExportDialogState {
    // The default target folder (the repository's exports/); empty: the
    // event file's folder. Set by the platform, like the sessions folder.
    std::filesystem::path exportsFolder;

    bool openRequested = false; // the dialog opens on the next frame

    app::ExportFormat format = app::ExportFormat::Pdf;
    app::ReportKind kind = app::ReportKind::Proceedings;
    bool includeAppendix = false; // the explicit question; default no

    ExportPreview preview;
    FileBrowserState browser;
    bool browsing = false;            // the browser is open for this dialog
    std::filesystem::path lastFolder; // where the last export went (this run)

    // The job outlives a closed dialog: closing while it runs cancels it.
    std::unique_ptr<app::ExportJob> job = std::make_unique<app::ExportJob>();
    app::ExportFormat jobFormat = app::ExportFormat::Pdf;
    std::string openError; // "Åpne filen" / "Vis i mappen" could not start
    std::shared_ptr<OpenFailureBox> openFailures = std::make_shared<OpenFailureBox>();

    // A new event: the preview belongs to the old one.
    void forgetEvent() { preview = ExportPreview(); }
};

// Popup name, shared with tests.
inline constexpr const char* kExportDialogPopup = "###exportDialog";

// Opens the dialog on the next drawExportDialog (needs an open event).
void openExportDialog(AppContext& ctx);

// Draws the dialog while it is open; call once per frame at the top level.
void drawExportDialog(AppContext& ctx);

// Starts exporting the open event with the dialog's choices to `target`
// (what choosing a file in the browser does; tests call it directly too).
void startExport(AppContext& ctx, const std::filesystem::path& target);

} // namespace innspill::ui
