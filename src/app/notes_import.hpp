// Importing notes written in the report's convention into an event file: the
// use-case behind `innspill import-notes` (and, later, the app's dialog).
#pragma once

#include "app/change.hpp"
#include "io/notes/names_published.hpp"
#include "io/notes/notes_import.hpp"
#include "io/notes/text_decoding.hpp"
#include "io/parse_error.hpp"

#include <filesystem>
#include <string>

namespace innspill::app {

// The import plan, the notes file's encoding and the parse error with its
// line, named here so the UI reaches them through app (it never includes io/).
using NotesImport = io::notes::NotesImport;
using SourceEncoding = io::notes::SourceEncoding;
using ParseError = io::ParseError;
using io::notes::importNotesText;
using io::notes::recordNamesPublished;

struct NotesImportOutcome {
    bool ok = false;
    lang::Message message; // one line for a person when !ok
    bool createdFile = false;
    io::notes::NotesImport plan;
};

// Reads `notes`, merges it into `eventFile` (created when missing) and, unless
// `dryRun`, writes every change in one transaction. `namesPublished`: the notes
// are a published report, so its initiators and facilitators consented.
// The import as one undoable change against `base` (the event it was merged into).
Change changeFor(const model::Event& base, const io::notes::NotesImport& plan);

NotesImportOutcome importNotesIntoFile(const std::filesystem::path& eventFile,
                                       const std::filesystem::path& notes, bool dryRun,
                                       bool namesPublished = false);

// A notes file read for the app's dialog: its text as UTF-8 (decoded from
// UTF-8 with or without BOM, or Windows-1252), or one line saying why not
// (missing, too large, not text). The same rules as importNotesIntoFile.
struct NotesText {
    bool ok = false;
    std::string text;
    io::notes::SourceEncoding encoding = io::notes::SourceEncoding::Utf8;
    lang::Message message; // when !ok
};
NotesText readNotesText(const std::filesystem::path& notes);

} // namespace innspill::app
