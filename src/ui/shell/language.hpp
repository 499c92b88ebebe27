// The UI language as stored in the user's settings ("nb", "en") and back.
#pragma once

#include "ui/strings.hpp"

#include <string_view>

namespace innspill::ui {

inline const char* languageCode(Language language) {
    return language == Language::En ? "en" : "nb";
}

// "en" is English; everything else (including "nb" and "") is bokmål, the
// language the organisers work in.
inline Language languageFromCode(std::string_view code) {
    return code == "en" ? Language::En : Language::Nb;
}

} // namespace innspill::ui
