// Subcommands that create or write files: new, import-json, export.
#include "cli/commands.hpp"

#include "app/event_files.hpp"
#include "app/export.hpp"
#include "app/messages.hpp"
#include "io/atomic_write.hpp"
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "io/read_file.hpp"

#include <iostream>

namespace innspill::cli {

namespace fs = std::filesystem;

namespace {

// Archives beyond this are not something a person wrote or exported.
constexpr std::uintmax_t kMaxArchiveBytes = 1024ull * 1024 * 1024;

void requireEventExtension(const fs::path& file) {
    if (file.extension() != app::eventFileExtension()) {
        throw std::runtime_error("«" + file.string() + "»: en arrangementsfil må slutte på " +
                                 app::eventFileExtension());
    }
}

} // namespace

int fail(const std::string& message) {
    std::cerr << "innspill: " << message << '\n';
    return 1;
}

int runNew(const fs::path& file, const std::string& title, bool force) {
    try {
        requireEventExtension(file);
        if (title.empty()) {
            return fail("tittelen kan ikke være tom");
        }
        app::createEventFile(file, model::makeEvent(title), force);
        std::cout << "opprettet " << file.string() << '\n';
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error));
    } catch (const std::exception& error) {
        return fail(error.what());
    }
}

int runImportJson(const fs::path& file, const fs::path& archive, bool force) {
    try {
        requireEventExtension(file);
        std::error_code ignored;
        if (!force && fs::exists(file, ignored)) {
            return fail("«" + file.string() +
                        "» finnes allerede; bruk --force for å skrive over den");
        }
        const std::string json = io::readInputFile(archive, kMaxArchiveBytes);
        model::Event event;
        try {
            event = io::readJsonArchive(json);
        } catch (const io::ParseError& error) {
            return fail(app::describe(error, archive));
        }
        app::createEventFile(file, event, force);
        std::cout << "opprettet " << file.string() << " fra " << archive.string() << '\n';
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error));
    } catch (const std::exception& error) {
        return fail(error.what());
    }
}

int runExport(const ExportOptions& options) {
    try {
        const auto format = app::parseExportFormat(options.format);
        if (!format) {
            return fail("ukjent format «" + options.format + "»");
        }
        io::report::ReportOptions report;
        report.kind = options.report == "thematic" ? io::report::ReportKind::Thematic
                                                   : io::report::ReportKind::Proceedings;
        report.includeAppendix = options.includeAppendix;
        const auto event = app::readEventFile(options.file);
        const std::string content = app::renderExport(event, *format, report);
        if (options.output == "-") {
            std::cout << content;
            std::cout.flush();
            return std::cout ? 0 : fail("kan ikke skrive til standard ut");
        }
        fs::path target = options.output;
        std::error_code error;
        if (fs::is_directory(target, error)) {
            target /= app::exportFileName(event, *format, report);
        }
        io::writeFileAtomically(target, content);
        std::cout << target.string() << '\n';
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error));
    } catch (const std::exception& error) {
        return fail(error.what());
    }
}

} // namespace innspill::cli
