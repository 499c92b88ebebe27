// Reading the people on an "Initiativtaker:" or "Støttefasilitator:" line:
// "Kari Nordmann, NAV og Ola Hansen", "Anne og Pernilla", "Anne/Pernilla".
#pragma once

#include "io/notes/parsed_notes.hpp"

#include <string>
#include <vector>

namespace innspill::io::notes {

// Initiators may carry an organisation after a comma; facilitators are names
// only, so a comma separates people.
std::vector<ParsedPerson> parsePeople(const std::string& value, bool withOrganisations);

// True for text that reads like a person's name: 1–5 words, capitalised,
// initials and name particles allowed, no digits, no all-capital acronyms.
bool looksLikeName(const std::string& text);

// True when a word reads like part of an organisation's name: NAV, AS,
// "…direktoratet", "…senter", "…råd" and the like.
bool looksLikeOrganisation(const std::string& text);

} // namespace innspill::io::notes
