// Counts in words: the plural placeholder "{name|one|other}" of the catalogue's
// texts ("{topics|# emne|# emner}" → "1 emne", "6 emner"). Bokmål, nynorsk and
// English all take the singular for exactly one and the plural for anything
// else (0, 2, 1,5), so one rule serves every language we ship.
#pragma once

#include <string>
#include <string_view>

namespace innspill::lang {

// Whether `value` (a number as text) takes the singular form: exactly "1".
bool isSingular(std::string_view value);

// A placeholder "name|one|other" split: `name` gets the argument's name and
// `forms` the "one|other" part (empty when the placeholder has no '|').
void splitPlaceholder(std::string_view placeholder, std::string_view& name,
                      std::string_view& forms);

// The form of `forms` ("one|other") for `value`, each '#' in it replaced by
// the value. A missing "other" part reuses "one".
std::string pluralForm(std::string_view forms, std::string_view value);

} // namespace innspill::lang
