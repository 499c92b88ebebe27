// Reading a participant list exported from a registration form or a
// spreadsheet: UTF-8 (with or without BOM) or Windows-1252, separated by
// commas, semicolons or tabs (detected from the header), RFC 4180 quoting, a
// header row with Norwegian or English column names. Every problem comes back
// as data (with its line number), never as an exception, so that the import
// dialog can show all of them, in the UI's language, before anything is
// written.
#pragma once

#include "io/notes/text_decoding.hpp"
#include "model/limits.hpp"
#include "model/person.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::io {

// Limits that keep a wrong or hostile file from hanging or flooding the app:
// a register holds a few thousand people; a name is never 300 characters.
inline constexpr size_t kMaxParticipantBytes = 16u * 1024 * 1024;
inline constexpr size_t kMaxParticipantRows = 10'000;
// A cell holds a name, an organisation or shorter: the model's name limit.
inline constexpr size_t kMaxParticipantFieldChars = model::kMaxNameChars;

// Why the whole input cannot be read (no rows are returned then).
enum class CsvProblem {
    None,
    Empty,        // nothing but blank lines
    Binary,       // NUL bytes or many control characters (a .xlsx, a PDF…)
    Utf16,        // "Unicode text" from Excel: ask for UTF-8
    TooLarge,     // more than kMaxParticipantBytes
    TooManyRows,  // more than kMaxParticipantRows data rows
    NoNameColumn, // no navn/name (or fornavn + etternavn) column in the first row
};

// Why one row is skipped.
enum class RowProblem {
    EmptyName,
    UnknownPerspective, // value: the cell
    BadConsent,         // value: the cell
    WrongFieldCount,    // expected / actual
    FieldTooLong,       // value: the column's header
    UnterminatedQuote,  // a quote opened on this line never closes
    DuplicateInFile,    // sameAsLine: the earlier row with the same name
    AmbiguousName,      // set by the import plan: the register has several people of this name
};

struct RowError {
    size_t line = 0; // 1-based, where the row starts
    RowProblem problem = RowProblem::EmptyName;
    std::string value; // shortened to a few dozen characters for display
    size_t expectedFields = 0;
    size_t actualFields = 0;
    size_t sameAsLine = 0;
};

// One good row. A field is nullopt when its column is missing or its cell is
// empty: an import then leaves that field of an existing person as it is.
struct ParticipantRow {
    size_t line = 0;
    std::string name; // tidied (model::tidyName)
    std::optional<std::string> organisation;
    std::optional<model::Perspective> perspective;
    std::optional<bool> consent;
};

enum class ParticipantColumn { Name, FirstName, LastName, Organisation, Perspective, Consent };

struct ParticipantsCsv {
    CsvProblem problem = CsvProblem::None;
    notes::SourceEncoding encoding = notes::SourceEncoding::Utf8;
    char delimiter = ',';
    std::vector<ParticipantColumn> columnsUsed; // in header order
    // Header cells that are not a known column, or repeat one (as written,
    // shortened); their contents are ignored.
    std::vector<std::string> ignoredColumns;
    std::vector<ParticipantRow> rows;
    std::vector<RowError> errors; // in line order
    size_t dataRows = 0;          // non-blank rows after the header, good or bad
};

ParticipantsCsv parseParticipantsCsv(std::string_view bytes);

// The value of one perspective or consent cell; nullopt when unrecognised.
// Empty text is "not given" and also returns nullopt: check for it first.
std::optional<model::Perspective> parsePerspectiveCell(std::string_view text);
std::optional<bool> parseConsentCell(std::string_view text);

} // namespace innspill::io
