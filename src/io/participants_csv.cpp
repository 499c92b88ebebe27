// Participant CSV: decoding, delimiter detection, RFC 4180 records, header
// mapping and per-row checks.
#include "io/participants_csv.hpp"

#include "io/parse_error.hpp"
#include "model/name_match.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace innspill::io {

namespace {

constexpr size_t kShownChars = 40;

size_t countChars(std::string_view text) {
    return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// At most kShownChars characters, cut on a character boundary, with "…".
std::string shorten(std::string_view text) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == kShownChars) {
            return model::tidyName(text.substr(0, i)) + "…";
        }
    }
    return model::tidyName(text);
}

// Folded, tidied, without spaces and trailing ':' or '*' ("Navn *",
// "E-post:"): the form header names and cell values are matched in.
std::string matchKey(std::string_view text) {
    std::string key;
    for (char c : model::nameKey(text)) {
        if (c != ' ') {
            key += c;
        }
    }
    while (!key.empty() && (key.back() == ':' || key.back() == '*' || key.back() == '.')) {
        key.pop_back();
    }
    return key;
}

struct Spelling {
    const char* key; // as matchKey gives it
    ParticipantColumn column;
};

// Bokmål, nynorsk and English, and what registration forms call them.
constexpr std::array kColumnSpellings{
    Spelling{"navn", ParticipantColumn::Name},
    Spelling{"namn", ParticipantColumn::Name},
    Spelling{"name", ParticipantColumn::Name},
    Spelling{"fulltnavn", ParticipantColumn::Name},
    Spelling{"fulltnamn", ParticipantColumn::Name},
    Spelling{"fullname", ParticipantColumn::Name},
    Spelling{"deltaker", ParticipantColumn::Name},
    Spelling{"deltakar", ParticipantColumn::Name},
    Spelling{"participant", ParticipantColumn::Name},
    Spelling{"fornavn", ParticipantColumn::FirstName},
    Spelling{"førenamn", ParticipantColumn::FirstName},
    Spelling{"firstname", ParticipantColumn::FirstName},
    Spelling{"givenname", ParticipantColumn::FirstName},
    Spelling{"etternavn", ParticipantColumn::LastName},
    Spelling{"etternamn", ParticipantColumn::LastName},
    Spelling{"lastname", ParticipantColumn::LastName},
    Spelling{"surname", ParticipantColumn::LastName},
    Spelling{"familyname", ParticipantColumn::LastName},
    Spelling{"organisasjon", ParticipantColumn::Organisation},
    Spelling{"organisation", ParticipantColumn::Organisation},
    Spelling{"organization", ParticipantColumn::Organisation},
    Spelling{"org", ParticipantColumn::Organisation},
    Spelling{"virksomhet", ParticipantColumn::Organisation},
    Spelling{"verksemd", ParticipantColumn::Organisation},
    Spelling{"arbeidssted", ParticipantColumn::Organisation},
    Spelling{"arbeidsstad", ParticipantColumn::Organisation},
    Spelling{"affiliation", ParticipantColumn::Organisation},
    Spelling{"company", ParticipantColumn::Organisation},
    Spelling{"perspektiv", ParticipantColumn::Perspective},
    Spelling{"perspective", ParticipantColumn::Perspective},
    Spelling{"samtykke", ParticipantColumn::Consent},
    Spelling{"samtykker", ParticipantColumn::Consent},
    Spelling{"consent", ParticipantColumn::Consent},
};

struct PerspectiveSpelling {
    const char* key;
    model::Perspective perspective;
};

constexpr std::array kPerspectiveSpellings{
    PerspectiveSpelling{"bruker", model::Perspective::User},
    PerspectiveSpelling{"brukar", model::Perspective::User},
    PerspectiveSpelling{"pasient", model::Perspective::User},
    PerspectiveSpelling{"bruker/pasient", model::Perspective::User},
    PerspectiveSpelling{"brukar/pasient", model::Perspective::User},
    PerspectiveSpelling{"user", model::Perspective::User},
    PerspectiveSpelling{"patient", model::Perspective::User},
    PerspectiveSpelling{"user/patient", model::Perspective::User},
    PerspectiveSpelling{"arbeidsgiver", model::Perspective::Employer},
    PerspectiveSpelling{"arbeidsgjevar", model::Perspective::Employer},
    PerspectiveSpelling{"arbeidsgivar", model::Perspective::Employer},
    PerspectiveSpelling{"employer", model::Perspective::Employer},
    PerspectiveSpelling{"praktiker", model::Perspective::Practitioner},
    PerspectiveSpelling{"praktikar", model::Perspective::Practitioner},
    PerspectiveSpelling{"practitioner", model::Perspective::Practitioner},
    PerspectiveSpelling{"forsker", model::Perspective::Researcher},
    PerspectiveSpelling{"forskar", model::Perspective::Researcher},
    PerspectiveSpelling{"researcher", model::Perspective::Researcher},
    PerspectiveSpelling{"leder", model::Perspective::Leader},
    PerspectiveSpelling{"leiar", model::Perspective::Leader},
    PerspectiveSpelling{"leader", model::Perspective::Leader},
    PerspectiveSpelling{"annet", model::Perspective::Other},
    PerspectiveSpelling{"anna", model::Perspective::Other},
    PerspectiveSpelling{"other", model::Perspective::Other},
    PerspectiveSpelling{"ikkeoppgitt", model::Perspective::Unspecified},
    PerspectiveSpelling{"ikkjeoppgitt", model::Perspective::Unspecified},
    PerspectiveSpelling{"uoppgitt", model::Perspective::Unspecified},
    PerspectiveSpelling{"unspecified", model::Perspective::Unspecified},
};

constexpr std::array<const char*, 8> kConsentYes{"ja", "j", "yes", "y", "true", "x", "1", "✓"};
constexpr std::array<const char*, 6> kConsentNo{"nei", "n", "no", "false", "0", "-"};

RowError rowError(size_t line, RowProblem problem, std::string value = {}) {
    RowError error;
    error.line = line;
    error.problem = problem;
    error.value = std::move(value);
    return error;
}

bool isBlank(std::string_view text) {
    return model::tidyName(text).empty();
}

// One record: its fields and the line it starts on.
struct Record {
    size_t line = 0;
    std::vector<std::string> fields;
    bool unterminated = false;
};

// RFC 4180 records over decoded text (line ends already '\n'). Lenient where
// spreadsheets are sloppy: a quote inside an unquoted field is a character,
// text after a closing quote joins the field. A quote that never closes
// spoils only its own line: reading resumes on the next one.
class RecordReader {
  public:
    RecordReader(std::string_view text, char delimiter, size_t firstLine, size_t offset)
        : m_text(text), m_delimiter(delimiter), m_pos(offset), m_line(firstLine) {}

    bool next(Record& record) {
        if (m_pos >= m_text.size()) {
            return false;
        }
        record.line = m_line;
        record.fields.clear();
        record.unterminated = false;
        const size_t start = m_pos;
        const size_t startLine = m_line;
        while (true) {
            std::string field;
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                if (!readQuoted(field)) {
                    record.unterminated = true;
                    skipToLineAfter(start, startLine);
                    return true;
                }
            }
            while (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && m_text[m_pos] != '\n') {
                field += m_text[m_pos++];
            }
            record.fields.push_back(std::move(field));
            if (m_pos >= m_text.size()) {
                return true;
            }
            if (m_text[m_pos++] == '\n') {
                ++m_line;
                return true;
            }
        }
    }

  private:
    // Reads a quoted field's contents, leaving m_pos after the closing quote.
    bool readQuoted(std::string& field) {
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"') {
                if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                    field += '"';
                    ++m_pos;
                    continue;
                }
                return true;
            }
            if (c == '\n') {
                ++m_line;
            }
            field += c;
        }
        return false;
    }

    void skipToLineAfter(size_t start, size_t startLine) {
        const size_t newline = m_text.find('\n', start);
        m_pos = newline == std::string_view::npos ? m_text.size() : newline + 1;
        m_line = startLine + 1;
    }

    std::string_view m_text;
    char m_delimiter;
    size_t m_pos;
    size_t m_line;
};

// The delimiter that occurs most often, outside quotes, in the header line.
// On a tie: tab (what a spreadsheet's copy gives), then semicolon (what
// Norwegian Excel saves), then comma.
char detectDelimiter(std::string_view headerLine) {
    size_t tabs = 0;
    size_t semicolons = 0;
    size_t commas = 0;
    bool quoted = false;
    for (char c : headerLine) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            tabs += c == '\t';
            semicolons += c == ';';
            commas += c == ',';
        }
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas) {
        return '\t';
    }
    if (semicolons > 0 && semicolons >= commas) {
        return ';';
    }
    return ',';
}

struct ColumnMap {
    std::vector<std::optional<ParticipantColumn>> byIndex; // per header cell
    std::vector<bool> unnamed;                             // header cell is empty
};

std::optional<ParticipantColumn> columnFor(std::string_view headerCell) {
    const std::string key = matchKey(headerCell);
    for (const auto& spelling : kColumnSpellings) {
        if (key == spelling.key) {
            return spelling.column;
        }
    }
    return std::nullopt;
}

ColumnMap mapHeader(const std::vector<std::string>& header, ParticipantsCsv& result) {
    ColumnMap map;
    std::vector<ParticipantColumn> seen;
    for (const auto& cell : header) {
        std::optional<ParticipantColumn> column = columnFor(cell);
        const bool unnamed = isBlank(cell);
        if (column && std::find(seen.begin(), seen.end(), *column) != seen.end()) {
            column.reset(); // a repeated column: the first one counts
        }
        if (column) {
            seen.push_back(*column);
        } else if (!unnamed) {
            result.ignoredColumns.push_back(shorten(cell));
        }
        map.byIndex.push_back(column);
        map.unnamed.push_back(unnamed);
    }
    // A full-name column makes first/last name columns redundant.
    const bool hasName = std::find(seen.begin(), seen.end(), ParticipantColumn::Name) != seen.end();
    for (size_t i = 0; i < map.byIndex.size(); ++i) {
        const auto column = map.byIndex[i];
        if (hasName &&
            (column == ParticipantColumn::FirstName || column == ParticipantColumn::LastName)) {
            map.byIndex[i].reset();
            result.ignoredColumns.push_back(shorten(header[i]));
        }
    }
    for (const auto& column : map.byIndex) {
        if (column) {
            result.columnsUsed.push_back(*column);
        }
    }
    return map;
}

bool hasNameColumn(const std::vector<ParticipantColumn>& columns) {
    const auto has = [&](ParticipantColumn c) {
        return std::find(columns.begin(), columns.end(), c) != columns.end();
    };
    return has(ParticipantColumn::Name) || has(ParticipantColumn::FirstName) ||
           has(ParticipantColumn::LastName);
}

bool allBlank(const std::vector<std::string>& fields) {
    return std::all_of(fields.begin(), fields.end(), [](const auto& f) { return isBlank(f); });
}

// Checks one data record and adds a row or its errors to `result`.
void readRow(const Record& record, const ColumnMap& map, const std::vector<std::string>& header,
             ParticipantsCsv& result) {
    const size_t expected = map.byIndex.size();
    const size_t actual = record.fields.size();
    bool countOk = actual == expected;
    if (actual > expected) {
        // Trailing delimiters ("Kari;NAV;;") add empty fields: harmless.
        countOk = std::all_of(record.fields.begin() + static_cast<long>(expected),
                              record.fields.end(), [](const auto& f) { return isBlank(f); });
    } else if (actual < expected) {
        // Missing fields are fine only under header cells that are empty too.
        countOk = std::all_of(map.unnamed.begin() + static_cast<long>(actual), map.unnamed.end(),
                              [](bool unnamed) { return unnamed; });
    }
    if (!countOk) {
        RowError error = rowError(record.line, RowProblem::WrongFieldCount);
        error.expectedFields = expected;
        error.actualFields = actual;
        result.errors.push_back(error);
        return;
    }

    ParticipantRow row;
    row.line = record.line;
    std::string firstName;
    std::string lastName;
    std::vector<RowError> errors;
    for (size_t i = 0; i < std::min(actual, expected); ++i) {
        if (!map.byIndex[i]) {
            continue;
        }
        const std::string& cell = record.fields[i];
        if (countChars(cell) > kMaxParticipantFieldChars) {
            errors.push_back(rowError(record.line, RowProblem::FieldTooLong, shorten(header[i])));
            continue;
        }
        const std::string tidy = model::tidyName(cell);
        switch (*map.byIndex[i]) {
        case ParticipantColumn::Name:
            row.name = tidy;
            break;
        case ParticipantColumn::FirstName:
            firstName = tidy;
            break;
        case ParticipantColumn::LastName:
            lastName = tidy;
            break;
        case ParticipantColumn::Organisation:
            if (!tidy.empty()) {
                row.organisation = tidy;
            }
            break;
        case ParticipantColumn::Perspective:
            if (!tidy.empty()) {
                row.perspective = parsePerspectiveCell(tidy);
                if (!row.perspective) {
                    errors.push_back(
                        rowError(record.line, RowProblem::UnknownPerspective, shorten(tidy)));
                }
            }
            break;
        case ParticipantColumn::Consent:
            if (!tidy.empty()) {
                row.consent = parseConsentCell(tidy);
                if (!row.consent) {
                    errors.push_back(rowError(record.line, RowProblem::BadConsent, shorten(tidy)));
                }
            }
            break;
        }
    }
    if (row.name.empty()) {
        row.name = model::tidyName(firstName + " " + lastName);
    }
    if (row.name.empty() && std::none_of(errors.begin(), errors.end(), [](const RowError& e) {
            return e.problem == RowProblem::FieldTooLong;
        })) {
        errors.insert(errors.begin(), rowError(record.line, RowProblem::EmptyName));
    }
    if (!errors.empty()) {
        result.errors.insert(result.errors.end(), errors.begin(), errors.end());
        return;
    }
    result.rows.push_back(std::move(row));
}

// The same name twice in one file: the later row is reported, not merged,
// because the two rows may disagree and only a person can tell which is right.
void reportDuplicates(ParticipantsCsv& result) {
    std::unordered_map<std::string, size_t> firstLine;
    std::vector<ParticipantRow> kept;
    kept.reserve(result.rows.size());
    for (auto& row : result.rows) {
        const auto [it, inserted] = firstLine.emplace(model::nameKey(row.name), row.line);
        if (inserted) {
            kept.push_back(std::move(row));
        } else {
            RowError error = rowError(row.line, RowProblem::DuplicateInFile, shorten(row.name));
            error.sameAsLine = it->second;
            result.errors.push_back(error);
        }
    }
    result.rows = std::move(kept);
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const RowError& a, const RowError& b) { return a.line < b.line; });
}

} // namespace

std::optional<model::Perspective> parsePerspectiveCell(std::string_view text) {
    const std::string key = matchKey(text);
    for (const auto& spelling : kPerspectiveSpellings) {
        if (key == spelling.key) {
            return spelling.perspective;
        }
    }
    return std::nullopt;
}

std::optional<bool> parseConsentCell(std::string_view text) {
    const std::string key = matchKey(text);
    for (const char* yes : kConsentYes) {
        if (key == yes) {
            return true;
        }
    }
    for (const char* no : kConsentNo) {
        if (key == no) {
            return false;
        }
    }
    return std::nullopt;
}

ParticipantsCsv parseParticipantsCsv(std::string_view bytes) {
    ParticipantsCsv result;
    if (bytes.size() > kMaxParticipantBytes) {
        result.problem = CsvProblem::TooLarge;
        return result;
    }
    notes::DecodedText decoded;
    try {
        decoded = notes::decodeText(bytes);
    } catch (const ParseError&) {
        const bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                                                 (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
        result.problem = utf16 ? CsvProblem::Utf16 : CsvProblem::Binary;
        return result;
    }
    result.encoding = decoded.encoding;
    const std::string_view text = decoded.text;

    // The header is the first line with something on it. Excel's "sep=;"
    // hint line, when present, names the delimiter and is not the header.
    size_t offset = 0;
    size_t line = 1;
    std::optional<char> hinted;
    while (offset < text.size()) {
        const size_t end = std::min(text.find('\n', offset), text.size());
        const std::string_view content = text.substr(offset, end - offset);
        const std::string key = model::foldCase(model::tidyName(content));
        if (!hinted && key.size() == 5 && key.starts_with("sep=")) {
            hinted = content[content.find('=') + 1];
        } else if (!isBlank(content)) {
            break;
        }
        offset = end + 1;
        ++line;
    }
    if (offset >= text.size()) {
        result.problem = CsvProblem::Empty;
        return result;
    }
    const size_t headerEnd = std::min(text.find('\n', offset), text.size());
    result.delimiter = hinted ? *hinted : detectDelimiter(text.substr(offset, headerEnd - offset));

    RecordReader reader(text, result.delimiter, line, offset);
    Record header;
    reader.next(header);
    const ColumnMap map = mapHeader(header.fields, result);
    if (header.unterminated || !hasNameColumn(result.columnsUsed)) {
        result.problem = CsvProblem::NoNameColumn;
        result.ignoredColumns.clear();
        for (const auto& cell : header.fields) {
            if (!isBlank(cell)) {
                result.ignoredColumns.push_back(shorten(cell));
            }
        }
        return result;
    }

    Record record;
    while (reader.next(record)) {
        if (!record.unterminated && allBlank(record.fields)) {
            continue;
        }
        if (++result.dataRows > kMaxParticipantRows) {
            result.problem = CsvProblem::TooManyRows;
            result.rows.clear();
            result.errors.clear();
            return result;
        }
        if (record.unterminated) {
            result.errors.push_back(rowError(record.line, RowProblem::UnterminatedQuote));
            continue;
        }
        readRow(record, map, header.fields, result);
    }
    reportDuplicates(result);
    return result;
}

} // namespace innspill::io
