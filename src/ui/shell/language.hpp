// The UI's language is the string catalogue's (lang/catalogue.hpp); these
// names let the panels keep saying Language, tr() and format() inside
// namespace ui, and map the code kept in the user's settings.
#pragma once

#include "lang/catalogue.hpp"

#include <string_view>

namespace innspill::ui {

using lang::format;
using lang::Language;
using lang::tr;

inline std::string_view languageCode(Language language) {
    return lang::code(language);
}

// The settings store the code ("nb", "nn", "en"); an unknown or empty one
// (a damaged or newer file) is bokmål, the language the organisers work in.
inline Language languageFromCode(std::string_view code) {
    return lang::fromCode(code).value_or(Language::Nb);
}

} // namespace innspill::ui
