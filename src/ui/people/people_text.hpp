// How the people register's values and import problems read on screen, in
// the UI language: perspective names, row errors with their line, whole-file
// problems. Pure functions, so tests check the wording without drawing.
#pragma once

#include "app/participants_import.hpp"
#include "io/participants_csv.hpp"
#include "model/person.hpp"
#include "ui/shell/language.hpp"

#include <array>
#include <string>

namespace innspill::ui {

// The order the perspective menu lists them in: the five the 2020 report
// names, then other, then "not given".
inline constexpr std::array kPerspectiveOrder{
    model::Perspective::User,       model::Perspective::Employer, model::Perspective::Practitioner,
    model::Perspective::Researcher, model::Perspective::Leader,   model::Perspective::Other,
    model::Perspective::Unspecified};

const char* perspectiveLabel(Language language, model::Perspective perspective);

// "Linje 5: ukjent perspektiv «astronaut»" without the "Linje 5: " part.
std::string rowErrorText(Language language, const io::RowError& error);
const char* csvProblemText(Language language, io::CsvProblem problem);
const char* readProblemText(Language language, app::ReadProblem problem);
// "semikolon", "komma", "tabulator".
const char* delimiterName(Language language, char delimiter);
const char* encodingName(Language language, io::notes::SourceEncoding encoding);

} // namespace innspill::ui
