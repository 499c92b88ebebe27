// The command-line front door: `innspill [open [FILE] | new | import-json |
// export | stats | synthesis | check | kit | merge | history | restore]`. With no subcommand (or
// `open` with no file) it opens the desktop app; `--version` prints the version.
#include "cli/commands.hpp"
#include "os/large_pages.hpp"
#include "os/utf8_console.hpp"
#include "os/utf8_path.hpp"
#include "platform/desktop.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

using namespace innspill;

namespace {

// Arguments are UTF-8 (the manifest makes it the process's code page on
// Windows); a path made from one goes through char8_t (os/utf8_path.hpp).
std::filesystem::path utf8(const std::string& argument) {
    return os::pathFromUtf8(argument);
}

std::vector<std::filesystem::path> utf8(const std::vector<std::string>& arguments) {
    std::vector<std::filesystem::path> paths;
    for (const std::string& argument : arguments) {
        paths.push_back(os::pathFromUtf8(argument));
    }
    return paths;
}

} // namespace

int main(int argc, char** argv) {
    // Reading a large event and writing its report touch tens of megabytes
    // of fresh heap: on large pages (README "Speed").
    os::preferLargePages(std::size_t{256} << 20);
    os::useUtf8Console();
    CLI::App app{"Innspill: run Open Space (Åpen Arena) workshops and turn the groups' work "
                 "into one report.\nWith no subcommand, opens the desktop app.",
                 "innspill"};
    app.require_subcommand(0, 1);
    // CLI11 reads "/name" as an option on Windows; here it is a path (Wine
    // passes Unix paths so, and the options are the same on every system).
    app.allow_windows_style_options(false);
    app.set_version_flag("--version", std::string("innspill ") + kVersion,
                         "Print the version and exit");

    cli::OpenOptions open;
    std::string openFile;
    std::string screenshot;
    auto* openCommand = app.add_subcommand("open", "Open an event file in the desktop app");
    // FILE is optional so that one desktop entry (Exec=innspill open %f)
    // serves both the menu, which passes no file, and a double-clicked file.
    openCommand->add_option("FILE", openFile, "Event file (.innspill); none: the app alone");
    openCommand->add_option("--screenshot", screenshot,
                            "Render a few frames, save a PNG screenshot and exit");
    openCommand->add_option("--frames", open.frames, "Frames to render before the screenshot")
        ->check(CLI::Range(1, 10000));
    openCommand
        ->add_option("--size", open.size,
                     "Window size for the screenshot, WIDTHxHEIGHT (default 1280x800)")
        ->check([](const std::string& value) {
            return cli::parseWindowSize(value) ? std::string() : std::string("expected WxH");
        });
    std::string openWatch;
    openCommand->add_option("--watch", openWatch,
                            "Watch this hand-in folder from the start, as File → Hand-ins from "
                            "a folder… does");
    std::vector<std::string> dropped;
    openCommand->add_option("--drop", dropped,
                            "Files to treat as dropped onto the window at start (kits: the "
                            "merge dialog opens with them); for screenshots and scripts");
    std::string openDialog;
    openCommand
        ->add_option("--dialog", openDialog,
                     "A dialog to open at start (export, import-notes, kits, merge, about) or the "
                     "projector view (projector); for screenshots and scripts")
        ->check([](const std::string& value) {
            return platform::isStartDialog(value)
                       ? std::string()
                       : std::string(
                             "expected export, import-notes, kits, merge, about or projector");
        });

    std::string newFile;
    std::string title;
    bool newForce = false;
    auto* newCommand = app.add_subcommand("new", "Create a new, empty event file");
    newCommand->add_option("FILE", newFile, "Event file to create (.innspill)")->required();
    newCommand->add_option("--title", title, "The event's title")->required();
    newCommand->add_flag("--force", newForce, "Overwrite an existing file");

    std::string importFile;
    std::string archive;
    bool importForce = false;
    auto* importCommand =
        app.add_subcommand("import-json", "Create an event file from a JSON archive");
    importCommand->add_option("FILE", importFile, "Event file to create (.innspill)")->required();
    importCommand->add_option("ARCHIVE", archive, "JSON archive to read")->required();
    importCommand->add_flag("--force", importForce, "Overwrite an existing event file");

    std::string notesFile;
    std::string notesText;
    bool dryRun = false;
    auto* notesCommand = app.add_subcommand(
        "import-notes", "Import group notes written in the report's convention (creates FILE if "
                        "missing)");
    notesCommand->add_option("FILE", notesFile, "Event file (.innspill)")->required();
    notesCommand->add_option("NOTES", notesText, "Notes as text (.txt; UTF-8 or Windows-1252)")
        ->required();
    notesCommand->add_flag("--dry-run", dryRun,
                           "Show what would be created or changed; write "
                           "nothing");
    bool namesPublished = false;
    notesCommand->add_flag("--names-published", namesPublished,
                           "The notes are a published report that named its initiators and "
                           "facilitators: record their consent");

    cli::ExportOptions exportOptions;
    std::string exportFile;
    auto* exportCommand = app.add_subcommand("export", "Export an event");
    exportCommand->add_option("FILE", exportFile, "Event file (.innspill)")->required();
    exportCommand->add_option("--format", exportOptions.format, "Output format")
        ->required()
        ->check(CLI::IsMember({"md", "html", "docx", "pdf", "csv", "xlsx", "json"}));
    exportCommand
        ->add_option("-o,--output", exportOptions.output,
                     "Output file, - for stdout, or a folder (the file is named after the event)")
        ->required();
    exportCommand
        ->add_option("--report", exportOptions.report,
                     "Kind of report; sheets, wall and forms are PDF paper for the news wall")
        ->check(
            CLI::IsMember({"proceedings", "thematic", "challenges", "sheets", "wall", "forms"}));
    exportCommand
        ->add_option("--paper", exportOptions.paper,
                     "Paper for sheets, wall and forms (default A4; the wall A3)")
        ->check(CLI::IsMember({"a3", "a4"}));
    exportCommand->add_option("--group", exportOptions.groupNumber,
                              "Sheets and forms: only this group (its number, e.g. 1.6)");
    exportCommand->add_flag("--include-appendix", exportOptions.includeAppendix,
                            "Internal version: participant lists and discussion notes in an "
                            "appendix, every initiator and facilitator by name");

    std::string statsFile;
    bool statsJson = false;
    auto* statsCommand = app.add_subcommand("stats", "Count what an event holds");
    statsCommand->add_option("FILE", statsFile, "Event file (.innspill)")->required();
    statsCommand->add_flag("--json", statsJson, "Print the counts as JSON");

    std::string synthesisFile;
    bool synthesisJson = false;
    bool requireComplete = false;
    std::string similarTo;
    auto* synthesisCommand = app.add_subcommand(
        "synthesis", "How far the synthesis has come: coverage per theme, the inputs with no home");
    synthesisCommand->add_option("FILE", synthesisFile, "Event file (.innspill)")->required();
    synthesisCommand->add_flag("--json", synthesisJson, "Print it as JSON");
    synthesisCommand->add_flag("--require-complete", requireComplete,
                               "Exit 1 while any input is neither used nor parked");
    synthesisCommand->add_option("--similar", similarTo,
                                 "Instead: the inputs similar to this input or challenge (id)");

    std::string checkFile;
    auto* checkCommand =
        app.add_subcommand("check", "Check an event file's integrity and consistency");
    checkCommand->add_option("FILE", checkFile, "Event file (.innspill)")->required();

    std::string kitMaster;
    std::string kitFile;
    std::string kitFacilitator;
    bool kitForce = false;
    auto* kitCommand = app.add_subcommand(
        "kit", "Make a facilitator kit: a copy of the event to capture on another laptop");
    kitCommand->add_option("MASTER", kitMaster, "The master event file (.innspill)")->required();
    kitCommand->add_option("-o,--output", kitFile, "Kit file to create (.innspill)");
    kitCommand->add_option("--facilitator", kitFacilitator, "Who the kit is for");
    kitCommand->add_flag("--force", kitForce, "Overwrite an existing file");
    std::string kitOutbox;
    kitCommand->add_option("--outbox", kitOutbox,
                           "A folder (often a synced one) for the kit's hand-in copies: "
                           "remembered in the kit, and a copy is written there now. Without "
                           "-o, MASTER is an existing kit and a fresh copy of it is written");

    cli::MergeOptions merge;
    std::string mergeMaster;
    std::vector<std::string> mergeKits;
    auto* mergeCommand = app.add_subcommand(
        "merge", "Hand in facilitator kits: bring what is new in them into the master");
    mergeCommand->add_option("MASTER", mergeMaster, "The master event file (.innspill)")
        ->required();
    mergeCommand->add_option("KIT", mergeKits, "Kit files, one or more (none with --watch)");
    mergeCommand->add_option("--prefer", merge.prefer, "Settle every conflict this way")
        ->check(CLI::IsMember({"master", "kit"}));
    mergeCommand->add_flag("--dry-run", merge.dryRun, "Show what would come in; write nothing");
    std::string mergeWatch;
    mergeCommand->add_option("--watch", mergeWatch,
                             "Watch a hand-in folder until Ctrl+C: every new or newer kit copy "
                             "without conflicts is merged as it arrives");

    std::string historyFile;
    auto* historyCommand =
        app.add_subcommand("history", "List the kits handed in to an event (or what a kit is)");
    historyCommand->add_option("FILE", historyFile, "Event file (.innspill)")->required();

    std::string restoreFile;
    std::string restoreBackup;
    bool restoreList = false;
    auto* restoreCommand = app.add_subcommand(
        "restore", "Restore an event from its backups (.backups/ beside the file); the current "
                   "file is kept aside, never overwritten");
    restoreCommand->add_option("FILE", restoreFile, "Event file (.innspill)")->required();
    restoreCommand->add_flag("--list", restoreList, "List the backups, newest first");
    restoreCommand->add_option("--backup", restoreBackup,
                               "Restore this backup instead of the newest good one");

    auto* photoCommand = app.add_subcommand("photo", "Photos of flipcharts on groups");
    photoCommand->require_subcommand(1);
    cli::PhotoAddOptions photoAdd;
    std::string photoAddFile;
    std::vector<std::string> photoAddPhotos;
    auto* photoAddCommand =
        photoCommand->add_subcommand("add", "Attach photos (JPEG, PNG) to a group");
    photoAddCommand->add_option("FILE", photoAddFile, "Event file (.innspill)")->required();
    photoAddCommand->add_option("GROUP", photoAdd.group, "The group's number, e.g. 1.6")
        ->required();
    photoAddCommand->add_option("PHOTO", photoAddPhotos, "Photo files, one or more")->required();
    photoAddCommand->add_option("--caption", photoAdd.caption, "Caption (alt text in reports)");
    photoAddCommand->add_flag("--public", photoAdd.isPublic,
                              "Show the photos in the public report (default: internal only)");
    std::string photoImportFile;
    std::string photoImportFolder;
    bool photoImportDryRun = false;
    auto* photoImportCommand = photoCommand->add_subcommand(
        "import", "Attach a folder of photos named after group numbers (1.6.jpg, 1.6-2.jpg)");
    photoImportCommand->add_option("FILE", photoImportFile, "Event file (.innspill)")->required();
    photoImportCommand->add_option("FOLDER", photoImportFolder, "Folder of photos")->required();
    photoImportCommand->add_flag("--dry-run", photoImportDryRun,
                                 "Show what goes where and what matches no group; write nothing");
    std::string photoListFile;
    auto* photoListCommand = photoCommand->add_subcommand("list", "List the event's photos");
    photoListCommand->add_option("FILE", photoListFile, "Event file (.innspill)")->required();
    std::string photoRemoveFile;
    std::string photoRemoveId;
    auto* photoRemoveCommand = photoCommand->add_subcommand("remove", "Remove a photo");
    photoRemoveCommand->add_option("FILE", photoRemoveFile, "Event file (.innspill)")->required();
    photoRemoveCommand
        ->add_option("PHOTO-ID", photoRemoveId,
                     "The photo's id (as photo list shows it, or its start)")
        ->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        std::cout << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::ParseError& error) {
        // --help on a subcommand arrives here too, as CallForHelp from that subcommand.
        if (error.get_exit_code() == 0) {
            return app.exit(error);
        }
        // CLI11's own text stays English, like its --help.
        return cli::fail(cli::say("cli.seeHelp", {{"error", error.what()}}));
    }

    if (*newCommand) {
        return cli::runNew(utf8(newFile), title, newForce);
    }
    if (*importCommand) {
        return cli::runImportJson(utf8(importFile), utf8(archive), importForce);
    }
    if (*notesCommand) {
        return cli::runImportNotes(utf8(notesFile), utf8(notesText), dryRun, namesPublished);
    }
    if (*exportCommand) {
        exportOptions.file = utf8(exportFile);
        return cli::runExport(exportOptions);
    }
    if (*statsCommand) {
        return cli::runStats(utf8(statsFile), statsJson);
    }
    if (*synthesisCommand) {
        if (!similarTo.empty()) {
            return cli::runSimilar(utf8(synthesisFile), similarTo, synthesisJson);
        }
        return cli::runSynthesis(utf8(synthesisFile), synthesisJson, requireComplete);
    }
    if (*checkCommand) {
        return cli::runCheck(utf8(checkFile));
    }
    if (*kitCommand) {
        if (kitFile.empty()) {
            if (kitOutbox.empty()) {
                return cli::fail(cli::say("cli.kitNeedsOutput"));
            }
            return cli::runSendToOutbox(utf8(kitMaster), utf8(kitOutbox));
        }
        return cli::runKit(utf8(kitMaster), utf8(kitFile), kitFacilitator, kitForce,
                           utf8(kitOutbox));
    }
    if (*mergeCommand) {
        merge.master = utf8(mergeMaster);
        merge.kits = utf8(mergeKits);
        merge.watch = utf8(mergeWatch);
        return cli::runMerge(merge);
    }
    if (*photoAddCommand) {
        photoAdd.file = utf8(photoAddFile);
        photoAdd.photos = utf8(photoAddPhotos);
        return cli::runPhotoAdd(photoAdd);
    }
    if (*photoImportCommand) {
        return cli::runPhotoImport(utf8(photoImportFile), utf8(photoImportFolder),
                                   photoImportDryRun);
    }
    if (*photoListCommand) {
        return cli::runPhotoList(utf8(photoListFile));
    }
    if (*photoRemoveCommand) {
        return cli::runPhotoRemove(utf8(photoRemoveFile), photoRemoveId);
    }
    if (*historyCommand) {
        return cli::runHistory(utf8(historyFile));
    }
    if (*restoreCommand) {
        return cli::runRestore(utf8(restoreFile), restoreList,
                               restoreBackup.empty()
                                   ? std::nullopt
                                   : std::optional<std::filesystem::path>(utf8(restoreBackup)));
    }
    if (*openCommand) {
        if (!openFile.empty()) {
            open.file = utf8(openFile);
        }
        open.dropped = utf8(dropped);
        open.watch = utf8(openWatch);
        open.dialog = openDialog;
        if (!screenshot.empty()) {
            open.screenshot = utf8(screenshot);
        }
    }
    return cli::runOpen(open);
}
