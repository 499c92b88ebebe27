// The event file as the command line uses it, without a session: create one,
// read it whole, check it, read its kit history, and restore it from a
// backup under its lock. The CLI goes through these (and never includes
// store/); they throw app::FileError, which app::describe turns into a line
// for people.
#pragma once

#include "lang/message.hpp"
#include "model/event.hpp"
#include "model/hand_in.hpp"
#include "store/errors.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace innspill::app {

using FileError = store::FileError;

// ".innspill": what an event file's name ends with.
const char* eventFileExtension();

// Creates `file` holding `event`; with `overwrite`, replaces one that exists
// unless the app (or another writer) has it open: FileError, Busy.
void createEventFile(const std::filesystem::path& file, const model::Event& event, bool overwrite);

// Throws FileError (Busy) when the app or another writer has `file` open:
// for a command that writes to it later, to say so before doing any work.
// Takes the same one-writer lock the app takes, and lets it go at once.
void checkNoOtherWriter(const std::filesystem::path& file);

// The whole event, opened read-only (export, stats): the file checked as far
// as it is read (store::EventFile::Check::Read); a damaged one throws
// FileError, Damaged.
model::Event readEventFile(const std::filesystem::path& file);

// SQLite's integrity problems of `file` (empty when whole) and its event.
struct EventFileCheck {
    std::vector<lang::Message> integrityProblems;
    model::Event event;
};
EventFileCheck checkEventFile(const std::filesystem::path& file);

// A file's kit history: its own kit record if it is a kit, and the kits
// handed in to it (summaries, oldest first).
struct KitHistory {
    model::Event event;
    std::optional<model::KitRecord> record;
    std::vector<model::HandIn> handIns;
};
KitHistory readKitHistory(const std::filesystem::path& file);

// Where the backups of `file` are kept.
std::filesystem::path backupFolderOf(const std::filesystem::path& file);

} // namespace innspill::app
