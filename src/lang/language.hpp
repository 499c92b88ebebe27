// The languages Innspill speaks, their codes ("nb", "nn", "en") and the
// language of the environment (the locale variables).
#pragma once

#include <optional>
#include <string_view>

namespace innspill::lang {

enum class Language { Nb, Nn, En };

std::string_view code(Language language); // "nb", "nn", "en"

// "nb" and "no" (the old code for Norwegian, still common) → Nb, "nn" → Nn,
// "en" → En; anything else has no language.
std::optional<Language> fromCode(std::string_view code);

// The language of the environment, POSIX precedence LC_ALL, LC_MESSAGES,
// LANG (the first one set and not empty wins): nb*/no* → Nb, nn* → Nn,
// anything else (C, POSIX, en_US, unset) → En.
Language fromEnvironment();

} // namespace innspill::lang
