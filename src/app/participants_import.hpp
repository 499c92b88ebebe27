// Importing a participant list into the register: reading the file, the plan
// the preview shows (who is created, who is updated and how, which rows are
// skipped and why) and the one undoable Change that carries it out. A person
// whose name matches (model::nameKey) is updated, never duplicated.
#pragma once

#include "app/change.hpp"
#include "io/participants_csv.hpp"
#include "model/event.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace innspill::app {

// The parsed list and its row problems, named here so the UI reaches them
// through app (it never includes io/).
using ParticipantsCsv = io::ParticipantsCsv;
using CsvProblem = io::CsvProblem;
using RowError = io::RowError;
using RowProblem = io::RowProblem;
using io::kMaxParticipantFieldChars;
using io::parseParticipantsCsv;

enum class ReadProblem { None, NotFound, IsFolder, TooLarge, NoAccess };

struct ReadResult {
    ReadProblem problem = ReadProblem::None;
    std::string bytes;
};

// The file's bytes, refusing folders and anything over
// io::kMaxParticipantBytes before reading it.
ReadResult readParticipantsFile(const std::filesystem::path& path);

enum class ImportAction { Create, Update, Unchanged };

struct PlannedPerson {
    size_t line = 0;
    ImportAction action = ImportAction::Create;
    std::optional<model::Person> before; // Update, Unchanged: the register's entry
    model::Person after;
};

struct ParticipantsImportPlan {
    io::ParticipantsCsv csv;
    std::vector<PlannedPerson> people; // file order
    // The parser's row errors and the plan's own (AmbiguousName), by line.
    std::vector<io::RowError> errors;
    size_t creates = 0;
    size_t updates = 0;
    size_t unchanged = 0;

    bool canImport() const { return csv.problem == io::CsvProblem::None && creates + updates > 0; }
};

// What importing `csv` into `event` would do. An update keeps the register's
// spelling of the name and changes only the fields the row gives.
ParticipantsImportPlan planParticipantsImport(const model::Event& event, io::ParticipantsCsv csv);

// The plan as one change (label "Importer deltakere"); empty when there is
// nothing to write.
Change participantsImportChange(const ParticipantsImportPlan& plan);

} // namespace innspill::app
