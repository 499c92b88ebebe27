// Subcommands that create or write files: new, import-json, export.
#include "cli/commands.hpp"

#include "app/event_files.hpp"
#include "app/export.hpp"
#include "app/messages.hpp"
#include "app/wall_papers.hpp"
#include "io/atomic_write.hpp"
#include "io/json_archive.hpp"
#include "io/parse_error.hpp"
#include "io/read_file.hpp"

#include "lang/catalogue.hpp"
#include "os/utf8_path.hpp"

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

namespace {

// Writes `content` to the output (stdout, a file, or a folder with `name`).
int writeStdout(const std::string& content) {
    std::cout << content;
    std::cout.flush();
    return std::cout ? 0 : fail(say("cli.cannotWriteStdout"));
}

// -o names the file, or a folder to write `name` into.
fs::path targetFor(const ExportOptions& options, const std::string& name) {
    fs::path target = os::pathFromUtf8(options.output);
    std::error_code error;
    if (fs::is_directory(target, error)) {
        target /= os::pathFromUtf8(name);
    }
    return target;
}

int writeOutput(const ExportOptions& options, const std::string& content, const std::string& name) {
    if (options.output == "-") {
        return writeStdout(content);
    }
    const fs::path target = targetFor(options, name);
    io::writeFileAtomically(target, content);
    std::cout << target.string() << '\n';
    return 0;
}

int runWallPapers(const ExportOptions& options) {
    if (options.format != "pdf") {
        return fail(say("cli.wallPapersPdfOnly", {{"report", options.report}}));
    }
    app::WallPaperOptions paper;
    paper.kind = *app::parseWallPaperKind(options.report);
    if (!options.paper.empty()) {
        paper.paper = app::parsePaper(options.paper);
    }
    if (!options.groupNumber.empty()) {
        if (paper.kind == app::WallPaperKind::Wall) {
            return fail(say("cli.wallNoGroup"));
        }
        paper.groupNumber = options.groupNumber;
    }
    paper.photo = app::publicPhotoReader(options.file);
    const auto event = app::readEventFile(options.file);
    if (const auto problem = app::wallPaperProblem(event, paper); !problem.empty()) {
        return fail(lang::render(language(), problem));
    }
    return writeOutput(options, app::renderWallPapers(event, paper),
                       app::wallPaperFileName(event, paper));
}

} // namespace

int runExport(const ExportOptions& options) {
    try {
        if (app::isWallPaperReport(options.report)) {
            return runWallPapers(options);
        }
        if (!options.paper.empty() || !options.groupNumber.empty()) {
            return fail(say("cli.paperOnlyForWall"));
        }
        const auto format = app::parseExportFormat(options.format);
        if (!format) {
            return fail(say("cli.unknownFormat", {{"format", options.format}}));
        }
        io::report::ReportOptions report;
        report.kind = options.report == "thematic"     ? io::report::ReportKind::Thematic
                      : options.report == "challenges" ? io::report::ReportKind::Challenges
                                                       : io::report::ReportKind::Proceedings;
        report.includeAppendix = options.includeAppendix;
        const auto event = app::readEventFile(options.file);
        const bool toStdout = options.output == "-";
        const fs::path target =
            toStdout ? fs::path("-")
                     : targetFor(options, app::exportFileName(event, *format, report));
        report.photoBytes = app::photoReader(options.file);
        report.mediaFolder = app::mediaFolderFor(target);
        const auto rendered = app::renderExportWithMedia(event, *format, report);
        const std::string& content = rendered.bytes;
        // On stderr, so that `-o -` keeps stdout for the file alone.
        if (const auto leftOut = app::leftOutNote(event, *format); !leftOut.empty()) {
            std::cerr << "innspill: " << lang::render(language(), leftOut) << '\n';
        }
        if (toStdout) {
            return writeStdout(content);
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
