// Format dispatch for exports.
#include "app/export.hpp"

#include "io/atomic_write.hpp"
#include "io/json_archive.hpp"
#include "io/report/csv_writer.hpp"
#include "io/report/data_table.hpp"
#include "io/report/docx_writer.hpp"
#include "io/report/html_writer.hpp"
#include "io/report/markdown_writer.hpp"
#include "io/report/pdf_writer.hpp"
#include "io/report/printed_groups.hpp"
#include "io/report/xlsx_writer.hpp"
#include "model/text.hpp"
#include "os/utf8_path.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "store/photo_blobs.hpp"

namespace innspill::app {

using io::report::ReportKind;

const std::vector<ExportFormatInfo>& exportFormats() {
    static const std::vector<ExportFormatInfo> kFormats{
        {ExportFormat::Pdf, "pdf", ".pdf"},    {ExportFormat::Docx, "docx", ".docx"},
        {ExportFormat::Html, "html", ".html"}, {ExportFormat::Markdown, "md", ".md"},
        {ExportFormat::Xlsx, "xlsx", ".xlsx"}, {ExportFormat::Csv, "csv", ".csv"},
        {ExportFormat::Json, "json", ".json"},
    };
    return kFormats;
}

std::optional<ExportFormat> parseExportFormat(const std::string& name) {
    for (const auto& info : exportFormats()) {
        if (name == info.name) {
            return info.format;
        }
    }
    return std::nullopt;
}

const ExportFormatInfo& infoFor(ExportFormat format) {
    for (const auto& info : exportFormats()) {
        if (info.format == format) {
            return info;
        }
    }
    return exportFormats().front();
}

RenderedExport renderExportWithMedia(const model::Event& event, ExportFormat format,
                                     const io::report::ReportOptions& options) {
    RenderedExport out;
    if (format != ExportFormat::Markdown) {
        out.bytes = renderExport(event, format, options);
        return out;
    }
    const auto doc = io::report::buildReport(event, options);
    out.bytes = io::report::writeMarkdown(doc);
    for (const auto& round : doc.rounds) {
        for (const auto& group : round.groups) {
            for (const auto& photo : group.photos) {
                out.media.push_back({photo.fileName, photo.jpeg});
            }
        }
    }
    return out;
}

std::function<std::optional<std::string>(const model::Id&)>
photoReader(const std::filesystem::path& eventFile) {
    auto file = std::make_shared<std::unique_ptr<store::EventFile>>();
    return [file, eventFile](const model::Id& id) -> std::optional<std::string> {
        try {
            if (!*file) {
                *file = store::EventFile::open(eventFile, store::EventFile::Access::ReadOnly);
            }
            return store::readPhotoBytes(**file, id, store::PhotoBytes::Jpeg);
        } catch (const store::FileError&) {
            return std::nullopt; // the report goes out without the photo
        }
    };
}

std::string mediaFolderFor(const std::filesystem::path& target) {
    return target.stem().string() + "_files";
}

void writeExportMedia(const std::filesystem::path& target, const std::string& mediaFolder,
                      const std::vector<ExportMedia>& media) {
    if (media.empty()) {
        return;
    }
    const auto folder = target.parent_path() / os::pathFromUtf8(mediaFolder);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    for (const auto& file : media) {
        io::writeFileAtomically(folder / os::pathFromUtf8(file.fileName), file.bytes);
    }
}

std::string renderExport(const model::Event& event, ExportFormat format,
                         const io::report::ReportOptions& options) {
    switch (format) {
    case ExportFormat::Json:
        return io::writeJsonArchive(event);
    case ExportFormat::Csv:
        return io::report::writeCsv(io::report::buildDataTable(event, options));
    case ExportFormat::Xlsx:
        return io::report::writeXlsx(io::report::buildDataTable(event, options), event.title,
                                     event.language);
    case ExportFormat::Markdown:
        return io::report::writeMarkdown(io::report::buildReport(event, options));
    case ExportFormat::Html:
        return io::report::writeHtml(io::report::buildReport(event, options));
    case ExportFormat::Docx:
        return io::report::writeDocx(io::report::buildReport(event, options));
    case ExportFormat::Pdf:
        return io::report::writePdf(io::report::buildReport(event, options));
    }
    return {};
}

std::string exportFileName(const model::Event& event, ExportFormat format,
                           const io::report::ReportOptions& options) {
    std::string name = model::fileNameFromTitle(event.title, 100, "innspill");
    if (format != ExportFormat::Json) {
        if (options.kind == ReportKind::Thematic) {
            name += event.language == "en" ? " - themes" : " - tema";
        } else if (options.kind == ReportKind::Challenges) {
            name += event.language == "en"   ? " - challenges"
                    : event.language == "nn" ? " - utfordringsbilete"
                                             : " - utfordringsbilde";
        }
        if (options.includeAppendix) {
            name += event.language == "en" ? " - internal" : " - intern";
        }
    }
    return name + infoFor(format).extension;
}

lang::Message leftOutNote(const model::Event& event, ExportFormat format) {
    if (format == ExportFormat::Json) {
        return {};
    }
    return io::report::leftOutSummary(event);
}

std::vector<PreviewBlock> previewReport(const model::Event& event, const ReportOptions& options) {
    return io::report::previewBlocks(io::report::buildReport(event, options));
}

DataTable previewTable(const model::Event& event, const ReportOptions& options) {
    return io::report::buildDataTable(event, options);
}

} // namespace innspill::app
