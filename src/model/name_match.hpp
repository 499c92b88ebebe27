// When two names are the same name, and case-insensitive matching as
// Norwegian users expect it ("ø" matches "Ø", "å" matches "Å"; model::foldCase
// in model/text.hpp). Shared by the people register's filter, the participant
// import and merging people, so "the same name" means the same thing everywhere.
#pragma once

#include <string>
#include <string_view>

namespace innspill::model {

// Trims, turns control characters (tabs, newlines) into spaces and folds
// runs of spaces into one: how a name typed or imported should be stored.
std::string tidyName(std::string_view text);

// The key two names are compared by: tidyName, then foldCase.
// "  kari  NORDMANN" and "Kari Nordmann" have the same key.
std::string nameKey(std::string_view text);

// Whether two organisations given with one name leave it one person: equal
// by nameKey, or either empty. With the same nameKey this is the rule that
// makes two entries one person (the merge, the notes import).
bool organisationsAgree(std::string_view a, std::string_view b);

// A key whose byte order is Norwegian alphabetical order, ignoring case:
// accented letters sort with their base letter (é as e, ü as y), ä and ö as
// æ and ø, and æ, ø, å come after z.
std::string collationKey(std::string_view text);

// Whether `foldedNeedle` (already through foldCase) occurs in `text`, ignoring
// case the way foldCase does. Allocation-free, for filtering thousands of rows.
bool containsFolded(std::string_view text, std::string_view foldedNeedle);

} // namespace innspill::model
