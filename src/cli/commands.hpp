// The subcommands of `innspill`. Each returns the process exit code and
// reports failure as one line on stderr, worded in the language of the
// environment (LANG and friends: nb/nn/no → Norwegian, else English).
#pragma once

#include "lang/message.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace innspill::cli {

struct ExportOptions {
    std::filesystem::path file;
    std::string format;
    std::string output; // "-" for standard output; a folder: named after the event
    std::string report = "proceedings";
    bool includeAppendix = false;
    // The news-wall papers (--report sheets|wall|forms, PDF only).
    std::string paper;       // "a3", "a4"; empty: the report's default
    std::string groupNumber; // sheets, forms: only this group
};

int runNew(const std::filesystem::path& file, const std::string& title, bool force);
int runImportJson(const std::filesystem::path& file, const std::filesystem::path& archive,
                  bool force);
int runExport(const ExportOptions& options);
int runStats(const std::filesystem::path& file, bool json);
int runCheck(const std::filesystem::path& file);
// The synthesis' coverage (synthesis_command.cpp); with `requireComplete`,
// exit 1 while any input is untouched.
int runSynthesis(const std::filesystem::path& file, bool json, bool requireComplete);
// The inputs similar to input or challenge `item` (an id), best first.
int runSimilar(const std::filesystem::path& file, const std::string& item, bool json);
int runImportNotes(const std::filesystem::path& file, const std::filesystem::path& notes,
                   bool dryRun, bool namesPublished);

// Facilitator kits (kit_commands.cpp): hand-out, hand-in, history.
// With `outbox`, the kit remembers it as its outbox and a first hand-in copy
// is written there.
int runKit(const std::filesystem::path& master, const std::filesystem::path& kit,
           const std::string& facilitator, bool force, const std::filesystem::path& outbox = {});
// `innspill kit KIT --outbox DIR`: remembers DIR as the kit's outbox and
// writes a hand-in copy of it there now.
int runSendToOutbox(const std::filesystem::path& kit, const std::filesystem::path& outbox);
struct MergeOptions {
    std::filesystem::path master;
    std::vector<std::filesystem::path> kits;
    std::string prefer; // "", "master" or "kit"
    bool dryRun = false;
    std::filesystem::path watch; // --watch DIR: hand in what arrives there until Ctrl+C
};
// Unsettled conflicts: nothing written (apart from failures, which exit 1).
inline constexpr int kConflictExitCode = 2;
int runMerge(const MergeOptions& options);
int runHistory(const std::filesystem::path& file);
// merge --watch (watch_command.cpp).
int runMergeWatch(const std::filesystem::path& master, const std::filesystem::path& folder);

// Lists the event's backups, or restores the newest good one (or `backup`).
int runRestore(const std::filesystem::path& file, bool list,
               const std::optional<std::filesystem::path>& backup);

// Photos of flipcharts (photo_commands.cpp).
struct PhotoAddOptions {
    std::filesystem::path file;
    std::string group; // its number
    std::vector<std::filesystem::path> photos;
    std::string caption;
    bool isPublic = false;
};
int runPhotoAdd(const PhotoAddOptions& options);
int runPhotoImport(const std::filesystem::path& file, const std::filesystem::path& folder,
                   bool dryRun);
int runPhotoList(const std::filesystem::path& file);
int runPhotoRemove(const std::filesystem::path& file, const std::string& photoId);

struct OpenOptions {
    std::optional<std::filesystem::path> file;
    std::optional<std::filesystem::path> screenshot;
    int frames = 5;
    std::string size; // WIDTHxHEIGHT for the screenshot's window; empty: the default
    std::vector<std::filesystem::path> dropped; // as if dropped onto the window at start
    std::filesystem::path watch;                // a hand-in folder to watch from the start
    std::string dialog; // a dialog to open at start (ui::kStartDialogs); empty: none
};
int runOpen(const OpenOptions& options);

// "1920x1080" as a width and height within 320–7680 × 240–4320; nothing otherwise.
std::optional<std::pair<int, int>> parseWindowSize(const std::string& value);

// Prints "innspill: <message>" on stderr; returns the failure exit code.
int fail(const std::string& message);
int fail(const lang::Message& message);

// The language every message is worded in: lang::fromEnvironment().
lang::Language language();
// The catalogue's text for `key` in language(), placeholders filled.
std::string say(std::string key,
                std::initializer_list<std::pair<std::string_view, std::string>> args = {});

} // namespace innspill::cli
