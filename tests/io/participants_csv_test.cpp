// The participant CSV parser: encodings, delimiters, quoting, header names in
// both languages, every row error with its line, and hostile input.
#include "io/participants_csv.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using namespace innspill;
using io::CsvProblem;
using io::ParticipantColumn;
using io::RowProblem;
using model::Perspective;

namespace {

const std::filesystem::path kFixtures = INNSPILL_FIXTURES_DIR "/participants";

io::ParticipantsCsv parseFixture(const std::string& name) {
    return io::parseParticipantsCsv(test::readFile(kFixtures / name));
}

const io::ParticipantRow& rowNamed(const io::ParticipantsCsv& csv, const std::string& name) {
    for (const auto& row : csv.rows) {
        if (row.name == name) {
            return row;
        }
    }
    FAIL("no row named " << name);
    throw std::logic_error("unreachable");
}

const io::RowError& errorOn(const io::ParticipantsCsv& csv, size_t line) {
    for (const auto& error : csv.errors) {
        if (error.line == line) {
            return error;
        }
    }
    FAIL("no error on line " << line);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("participant CSV: Excel's semicolon file in Windows-1252 with a sep= line") {
    const auto csv = parseFixture("excel-semicolon-cp1252.csv");
    REQUIRE(csv.problem == CsvProblem::None);
    CHECK(csv.encoding == io::notes::SourceEncoding::Windows1252);
    CHECK(csv.delimiter == ';');
    CHECK(csv.errors.empty());
    CHECK(csv.ignoredColumns.empty());
    REQUIRE(csv.rows.size() == 4);

    const auto& aase = csv.rows[0];
    CHECK(aase.line == 3); // the sep= line and the header come first
    CHECK(aase.name == "Åse Ødegård");
    CHECK(aase.organisation == "Arbeids- og velferdsdirektoratet");
    CHECK(aase.perspective == Perspective::Leader);
    CHECK(aase.consent == true);

    const auto& bjorn = rowNamed(csv, "Bjørn Lie");
    CHECK(bjorn.organisation == "NAV Vestfold; Tønsberg"); // delimiter inside quotes
    CHECK(bjorn.perspective == Perspective::Practitioner);
    CHECK(bjorn.consent == false);

    const auto& kari = rowNamed(csv, "Kari Nordmann");
    CHECK_FALSE(kari.organisation.has_value()); // empty cell: not given
    CHECK(kari.perspective == Perspective::User);
    CHECK(kari.consent == true); // "x"

    const auto& per = rowNamed(csv, "Per \"Pelle\" Hansen"); // doubled quotes
    CHECK(per.perspective == Perspective::Researcher);
    CHECK_FALSE(per.consent.has_value());
}

TEST_CASE("participant CSV: a form export - UTF-8 with BOM - commas - English header") {
    const auto csv = parseFixture("forms-comma-utf8-bom.csv");
    REQUIRE(csv.problem == CsvProblem::None);
    CHECK(csv.encoding == io::notes::SourceEncoding::Utf8WithBom);
    CHECK(csv.delimiter == ',');
    CHECK(csv.errors.empty());
    CHECK(csv.ignoredColumns == std::vector<std::string>{"Timestamp", "E-mail"});
    CHECK(csv.columnsUsed == std::vector<ParticipantColumn>{
                                 ParticipantColumn::Name, ParticipantColumn::Organisation,
                                 ParticipantColumn::Perspective, ParticipantColumn::Consent});
    REQUIRE(csv.rows.size() == 3);
    CHECK(csv.rows[0].name == "Åsmund Ærø");
    CHECK(csv.rows[0].organisation == "Helse Bergen, avdeling for arbeid og helse");
    CHECK(csv.rows[0].perspective == Perspective::Practitioner);
    CHECK(rowNamed(csv, "Ingrid Øvrebø").perspective == Perspective::Employer);
    CHECK(rowNamed(csv, "Ingrid Øvrebø").consent == false);
    CHECK(rowNamed(csv, "Lars Å. Berg").perspective == Perspective::User);
    CHECK(rowNamed(csv, "Lars Å. Berg").consent == true);
}

TEST_CASE("participant CSV: pasted from a spreadsheet - tabs - nynorsk first and last names") {
    const auto csv = parseFixture("pasted-tabs-nynorsk.csv");
    REQUIRE(csv.problem == CsvProblem::None);
    CHECK(csv.encoding == io::notes::SourceEncoding::Utf8);
    CHECK(csv.delimiter == '\t');
    CHECK(csv.errors.empty());
    REQUIRE(csv.rows.size() == 2);
    CHECK(csv.rows[0].name == "Sigrid Haugland");
    CHECK(csv.rows[0].organisation == "Helse Førde");
    CHECK(csv.rows[0].perspective == Perspective::Practitioner);
    CHECK(csv.rows[1].name == "Ola Nordmann");
    CHECK(csv.rows[1].perspective == Perspective::User);
    CHECK(csv.rows[1].consent == false);
}

TEST_CASE("participant CSV: each row error comes with its line - good rows still count") {
    const auto csv = parseFixture("row-errors.csv");
    REQUIRE(csv.problem == CsvProblem::None);

    CHECK(errorOn(csv, 3).problem == RowProblem::EmptyName);
    CHECK(errorOn(csv, 4).problem == RowProblem::UnknownPerspective);
    CHECK(errorOn(csv, 4).value == "astronaut");
    CHECK(errorOn(csv, 5).problem == RowProblem::BadConsent);
    CHECK(errorOn(csv, 5).value == "kanskje");
    CHECK(errorOn(csv, 6).problem == RowProblem::WrongFieldCount);
    CHECK(errorOn(csv, 6).expectedFields == 4);
    CHECK(errorOn(csv, 6).actualFields == 2);
    // Lines 7–9 are one row whose quoted fields hold line breaks.
    CHECK(errorOn(csv, 10).problem == RowProblem::DuplicateInFile);
    CHECK(errorOn(csv, 10).sameAsLine == 2);
    CHECK(errorOn(csv, 14).problem == RowProblem::UnterminatedQuote);
    CHECK(csv.errors.size() == 6);
    for (size_t i = 1; i < csv.errors.size(); ++i) {
        CHECK(csv.errors[i - 1].line <= csv.errors[i].line);
    }

    std::vector<std::string> names;
    for (const auto& row : csv.rows) {
        names.push_back(row.name);
    }
    CHECK(names == std::vector<std::string>{"Kari Nordmann", "Multi Line Name", "Eva Lund",
                                            "Siri \"Quote Open", "Tor Dahl"});
    CHECK(rowNamed(csv, "Multi Line Name").line == 7);
    CHECK(rowNamed(csv, "Multi Line Name").organisation == "Helse Vest");
    CHECK(rowNamed(csv, "Tor Dahl").line == 15); // reading resumes after the open quote
    CHECK(csv.dataRows == 11);                   // every non-blank row after the header
}

TEST_CASE("participant CSV: the delimiter is the header's - even when cells hold the other") {
    const auto semicolon = io::parseParticipantsCsv("Navn;Organisasjon\nKari;NAV, Oslo\n");
    CHECK(semicolon.delimiter == ';');
    REQUIRE(semicolon.rows.size() == 1);
    CHECK(semicolon.rows[0].organisation == "NAV, Oslo");

    const auto comma = io::parseParticipantsCsv("\"Navn; fullt\",Organisasjon\n");
    CHECK(comma.delimiter == ','); // the semicolon is inside quotes

    const auto single = io::parseParticipantsCsv("navn\nKari Nordmann\r\nOla Nordmann");
    REQUIRE(single.rows.size() == 2);
    CHECK(single.rows[1].name == "Ola Nordmann"); // no newline at the end
}

TEST_CASE("participant CSV: header names in any case - with decorations - and repeated") {
    const auto csv = io::parseParticipantsCsv(
        "  NAVN * ;Organisasjon:;PERSPEKTIV;Samtykke;Navn;Kommentar\nKari;NAV;Leder;JA;Ola;hei\n");
    REQUIRE(csv.problem == CsvProblem::None);
    CHECK(csv.ignoredColumns == std::vector<std::string>{"Navn", "Kommentar"});
    REQUIRE(csv.rows.size() == 1);
    CHECK(csv.rows[0].name == "Kari"); // the first name column counts
    CHECK(csv.rows[0].consent == true);

    // A full-name column wins over first and last name; those are reported.
    const auto both = io::parseParticipantsCsv("fornavn,etternavn,name\nKari,N,Kari Nordmann\n");
    REQUIRE(both.rows.size() == 1);
    CHECK(both.rows[0].name == "Kari Nordmann");
    CHECK(both.ignoredColumns == std::vector<std::string>{"fornavn", "etternavn"});
}

TEST_CASE("participant CSV: every perspective and consent spelling") {
    for (const auto& [text, expected] : std::vector<std::pair<std::string, Perspective>>{
             {"bruker", Perspective::User},
             {"Pasient", Perspective::User},
             {"bruker / pasient", Perspective::User},
             {"USER", Perspective::User},
             {"arbeidsgiver", Perspective::Employer},
             {"Arbeidsgivar", Perspective::Employer},
             {"Employer", Perspective::Employer},
             {"praktiker", Perspective::Practitioner},
             {"practitioner", Perspective::Practitioner},
             {"forsker", Perspective::Researcher},
             {"researcher", Perspective::Researcher},
             {"Leder", Perspective::Leader},
             {"leader", Perspective::Leader},
             {"annet", Perspective::Other},
             {"other", Perspective::Other},
             {"ikke oppgitt", Perspective::Unspecified},
             {"unspecified", Perspective::Unspecified},
         }) {
        CAPTURE(text);
        CHECK(io::parsePerspectiveCell(text) == expected);
    }
    CHECK_FALSE(io::parsePerspectiveCell("astronaut").has_value());

    for (const char* yes : {"ja", "Ja", "JA", "yes", "true", "TRUE", "x", "X", "1"}) {
        CAPTURE(yes);
        CHECK(io::parseConsentCell(yes) == true);
    }
    for (const char* no : {"nei", "Nei", "no", "false", "0"}) {
        CAPTURE(no);
        CHECK(io::parseConsentCell(no) == false);
    }
    for (const char* unclear : {"kanskje", "2", "jo"}) {
        CAPTURE(unclear);
        CHECK_FALSE(io::parseConsentCell(unclear).has_value());
    }
}

TEST_CASE("participant CSV: whole-file problems") {
    CHECK(io::parseParticipantsCsv("").problem == CsvProblem::Empty);
    CHECK(io::parseParticipantsCsv("\n\n  \n").problem == CsvProblem::Empty);

    const auto noName = io::parseParticipantsCsv("Kari Nordmann;NAV\nOla;NHO\n");
    CHECK(noName.problem == CsvProblem::NoNameColumn);
    CHECK(noName.ignoredColumns == std::vector<std::string>{"Kari Nordmann", "NAV"});
    CHECK(noName.rows.empty());

    std::string zip = "PK\x03\x04";
    zip.append(200, '\0');
    CHECK(io::parseParticipantsCsv(zip).problem == CsvProblem::Binary);
    CHECK(io::parseParticipantsCsv(std::string("\xFF\xFEn\0a\0v\0n\0", 10)).problem ==
          CsvProblem::Utf16);

    std::string huge(io::kMaxParticipantBytes + 1, 'a');
    CHECK(io::parseParticipantsCsv(huge).problem == CsvProblem::TooLarge);
}

TEST_CASE("participant CSV: 100 000 rows are refused as a whole - quickly") {
    std::string text = "navn;organisasjon\n";
    for (int i = 0; i < 100'000; ++i) {
        text += "Person " + std::to_string(i) + ";Org\n";
    }
    const auto csv = io::parseParticipantsCsv(text);
    CHECK(csv.problem == CsvProblem::TooManyRows);
    CHECK(csv.rows.empty());
    CHECK(csv.errors.empty());

    // The limit itself is fine.
    std::string atLimit = "navn\n";
    for (size_t i = 0; i < io::kMaxParticipantRows; ++i) {
        atLimit += "P" + std::to_string(i) + "\n";
    }
    const auto ok = io::parseParticipantsCsv(atLimit);
    CHECK(ok.problem == CsvProblem::None);
    CHECK(ok.rows.size() == io::kMaxParticipantRows);
}

TEST_CASE("participant CSV: a 10 000-character field is a row error - shown shortened") {
    const std::string longName(10'000, 'a');
    const std::string longNote(10'000, 'b');
    const auto csv =
        io::parseParticipantsCsv("navn,organisasjon,notat\n" + longName + ",NAV,x\nKari," +
                                 longName + ",x\nOla,NAV," + longNote + "\n");
    REQUIRE(csv.problem == CsvProblem::None);
    REQUIRE(csv.errors.size() == 2);
    CHECK(csv.errors[0].line == 2);
    CHECK(csv.errors[0].problem == RowProblem::FieldTooLong);
    CHECK(csv.errors[0].value == "navn");
    CHECK(csv.errors[1].value == "organisasjon");
    // An ignored column may hold anything.
    REQUIRE(csv.rows.size() == 1);
    CHECK(csv.rows[0].name == "Ola");

    const auto shown =
        io::parseParticipantsCsv("navn,perspektiv\nKari," + std::string(250, 'c') + "\n");
    REQUIRE(shown.errors.size() == 1);
    CHECK(shown.errors[0].problem == RowProblem::UnknownPerspective);
    CHECK(shown.errors[0].value.size() < 100);
}

TEST_CASE("participant CSV: names are tidied - control characters never reach the register") {
    const auto csv =
        io::parseParticipantsCsv("navn,organisasjon\n\"  Kari \t Nordmann \",\"NAV\x01 Oslo\"\n");
    REQUIRE(csv.rows.size() == 1);
    CHECK(csv.rows[0].name == "Kari Nordmann");
    CHECK(csv.rows[0].organisation == "NAV Oslo");
}
