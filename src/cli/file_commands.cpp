// Subcommands that create or write files: new, import-json, export.
#include "cli/commands.hpp"

#include "app/event_files.hpp"
#include "app/export.hpp"
#include "app/messages.hpp"
#include "io/atomic_write.hpp"
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "io/read_file.hpp"

#include "lang/catalogue.hpp"

#include <iostream>

namespace innspill::cli {

namespace fs = std::filesystem;

namespace {

// Archives beyond this are not something a person wrote or exported.
constexpr std::uintmax_t kMaxArchiveBytes = 1024ull * 1024 * 1024;

void requireEventExtension(const fs::path& file) {
    if (file.extension() != app::eventFileExtension()) {
        throw std::runtime_error(
            say("message.needsEventExtension",
                {{"file", file.string()}, {"extension", app::eventFileExtension()}}));
    }
}

} // namespace

int fail(const std::string& message) {
    std::cerr << "innspill: " << message << '\n';
    return 1;
}

int fail(const lang::Message& message) {
    return fail(lang::render(language(), message));
}

lang::Language language() {
    return lang::fromEnvironment();
}

std::string say(std::string key,
                std::initializer_list<std::pair<std::string_view, std::string>> args) {
    return lang::render(language(), lang::message(std::move(key), args));
}

int runNew(const fs::path& file, const std::string& title, bool force) {
    try {
        requireEventExtension(file);
        if (title.empty()) {
            return fail(say("cli.emptyTitle"));
        }
        app::createEventFile(file, model::makeEvent(title), force);
        std::cout << say("cli.created", {{"file", file.string()}}) << '\n';
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error, language()));
    } catch (const std::exception& error) {
        return fail(app::describe(error, language()));
    }
}

int runImportJson(const fs::path& file, const fs::path& archive, bool force) {
    try {
        requireEventExtension(file);
        std::error_code ignored;
        if (!force && fs::exists(file, ignored)) {
            return fail(say("cli.existsUseForce", {{"file", file.string()}}));
        }
        const std::string json = io::readInputFile(archive, kMaxArchiveBytes);
        model::Event event;
        try {
            event = io::readJsonArchive(json);
        } catch (const io::ParseError& error) {
            return fail(app::describe(error, archive, language()));
        }
        app::createEventFile(file, event, force);
        std::cout << say("cli.createdFrom",
                         {{"file", file.string()}, {"archive", archive.string()}})
                  << '\n';
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error, language()));
    } catch (const std::exception& error) {
        return fail(app::describe(error, language()));
    }
}

int runExport(const ExportOptions& options) {
    try {
        const auto format = app::parseExportFormat(options.format);
        if (!format) {
            return fail(say("cli.unknownFormat", {{"format", options.format}}));
        }
        io::report::ReportOptions report;
        report.kind = options.report == "thematic" ? io::report::ReportKind::Thematic
                                                   : io::report::ReportKind::Proceedings;
        report.includeAppendix = options.includeAppendix;
        const auto event = app::readEventFile(options.file);
        fs::path target = options.output;
        std::error_code error;
        if (target != "-" && fs::is_directory(target, error)) {
            target /= app::exportFileName(event, *format, report);
        }
        report.photoBytes = app::photoReader(options.file);
        report.mediaFolder = app::mediaFolderFor(target);
        const auto rendered = app::renderExportWithMedia(event, *format, report);
        const std::string& content = rendered.bytes;
        // On stderr, so that `-o -` keeps stdout for the file alone.
        if (const auto leftOut = app::leftOutNote(event, *format); !leftOut.empty()) {
            std::cerr << "innspill: " << lang::render(language(), leftOut) << '\n';
        }
        if (options.output == "-") {
            std::cout << content;
            std::cout.flush();
            return std::cout ? 0 : fail(say("cli.cannotWriteStdout"));
        }
        app::writeExportMedia(target, report.mediaFolder, rendered.media);
        io::writeFileAtomically(target, content);
        std::cout << target.string() << '\n';
        return 0;
    } catch (const app::FileError& error) {
        return fail(app::describe(error, language()));
    } catch (const std::exception& error) {
        return fail(app::describe(error, language()));
    }
}

} // namespace innspill::cli
