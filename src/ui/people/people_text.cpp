// Wording of the people register and the participant import.
#include "ui/people/people_text.hpp"

namespace innspill::ui {

const char* perspectiveLabel(Language language, model::Perspective perspective) {
    switch (perspective) {
    case model::Perspective::User:
        return tr(language, "perspective.user");
    case model::Perspective::Employer:
        return tr(language, "perspective.employer");
    case model::Perspective::Practitioner:
        return tr(language, "perspective.practitioner");
    case model::Perspective::Researcher:
        return tr(language, "perspective.researcher");
    case model::Perspective::Leader:
        return tr(language, "perspective.leader");
    case model::Perspective::Other:
        return tr(language, "perspective.other");
    case model::Perspective::Unspecified:
        break;
    }
    return tr(language, "perspective.unspecified");
}

std::string rowErrorText(Language language, const app::RowError& error) {
    switch (error.problem) {
    case app::RowProblem::EmptyName:
        return tr(language, "people.import.errEmptyName");
    case app::RowProblem::UnknownPerspective:
        return format(tr(language, "people.import.errPerspective"), {{"value", error.value}});
    case app::RowProblem::BadConsent:
        return format(tr(language, "people.import.errConsent"), {{"value", error.value}});
    case app::RowProblem::WrongFieldCount:
        return format(tr(language, "people.import.errFieldCount"),
                      {{"expected", std::to_string(error.expectedFields)},
                       {"actual", std::to_string(error.actualFields)}});
    case app::RowProblem::FieldTooLong:
        return format(
            tr(language, "people.import.errTooLong"),
            {{"column", error.value}, {"max", std::to_string(app::kMaxParticipantFieldChars)}});
    case app::RowProblem::UnterminatedQuote:
        return tr(language, "people.import.errQuote");
    case app::RowProblem::DuplicateInFile:
        return format(tr(language, "people.import.errDuplicate"),
                      {{"name", error.value}, {"line", std::to_string(error.sameAsLine)}});
    case app::RowProblem::AmbiguousName:
        return format(tr(language, "people.import.errAmbiguous"), {{"name", error.value}});
    }
    return {};
}

const char* csvProblemText(Language language, app::CsvProblem problem) {
    switch (problem) {
    case app::CsvProblem::None:
        return "";
    case app::CsvProblem::Empty:
        return tr(language, "people.import.fileEmpty");
    case app::CsvProblem::Binary:
        return tr(language, "people.import.fileBinary");
    case app::CsvProblem::Utf16:
        return tr(language, "people.import.fileUtf16");
    case app::CsvProblem::TooLarge:
        return tr(language, "people.import.fileTooLarge");
    case app::CsvProblem::TooManyRows:
        return tr(language, "people.import.fileTooManyRows");
    case app::CsvProblem::NoNameColumn:
        return tr(language, "people.import.fileNoName");
    }
    return "";
}

const char* readProblemText(Language language, app::ReadProblem problem) {
    switch (problem) {
    case app::ReadProblem::None:
        return "";
    case app::ReadProblem::NotFound:
        return tr(language, "people.import.readNotFound");
    case app::ReadProblem::IsFolder:
        return tr(language, "people.import.readFolder");
    case app::ReadProblem::TooLarge:
        return tr(language, "people.import.fileTooLarge");
    case app::ReadProblem::NoAccess:
        return tr(language, "people.import.readNoAccess");
    }
    return "";
}

const char* delimiterName(Language language, char delimiter) {
    switch (delimiter) {
    case ';':
        return tr(language, "people.import.semicolon");
    case '\t':
        return tr(language, "people.import.tab");
    default:
        return tr(language, "people.import.comma");
    }
}

const char* encodingName(Language language, app::SourceEncoding encoding) {
    switch (encoding) {
    case app::SourceEncoding::Windows1252:
        return "Windows-1252";
    case app::SourceEncoding::Utf8WithBom:
        return tr(language, "people.import.utf8Bom");
    case app::SourceEncoding::Utf8:
        break;
    }
    return "UTF-8";
}

} // namespace innspill::ui
