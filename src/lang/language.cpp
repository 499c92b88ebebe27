// Language codes and the locale variables.
#include "lang/language.hpp"

#include <cstdlib>

namespace innspill::lang {

namespace {

bool isSet(const char* value) {
    return value != nullptr && *value != '\0';
}

} // namespace

std::string_view code(Language language) {
    switch (language) {
    case Language::Nn:
        return "nn";
    case Language::En:
        return "en";
    case Language::Nb:
        break;
    }
    return "nb";
}

std::optional<Language> fromCode(std::string_view code) {
    if (code == "nb" || code == "no") {
        return Language::Nb;
    }
    if (code == "nn") {
        return Language::Nn;
    }
    if (code == "en") {
        return Language::En;
    }
    return std::nullopt;
}

Language fromEnvironment() {
    const char* lcAll = std::getenv("LC_ALL");
    const char* lcMessages = std::getenv("LC_MESSAGES");
    const char* chosen = isSet(lcAll)        ? lcAll
                         : isSet(lcMessages) ? lcMessages
                                             : std::getenv("LANG");
    if (!isSet(chosen)) {
        return Language::En;
    }
    // "nb_NO.UTF-8", "nn_NO@euro", "no": the language is what comes before
    // the territory, codeset or modifier ("nob_NO" is not "nb").
    const std::string_view locale(chosen);
    const auto language = fromCode(locale.substr(0, locale.find_first_of("_.@-")));
    return language.value_or(Language::En);
}

} // namespace innspill::lang
