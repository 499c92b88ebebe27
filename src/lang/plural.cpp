// Choosing the singular or plural form of a counted word.
#include "lang/plural.hpp"

namespace innspill::lang {

bool isSingular(std::string_view value) {
    return value == "1";
}

void splitPlaceholder(std::string_view placeholder, std::string_view& name,
                      std::string_view& forms) {
    const size_t bar = placeholder.find('|');
    if (bar == std::string_view::npos) {
        name = placeholder;
        forms = {};
        return;
    }
    name = placeholder.substr(0, bar);
    forms = placeholder.substr(bar + 1);
}

std::string pluralForm(std::string_view forms, std::string_view value) {
    const size_t bar = forms.find('|');
    std::string_view form = forms.substr(0, bar);
    if (!isSingular(value) && bar != std::string_view::npos) {
        form = forms.substr(bar + 1);
    }
    std::string result;
    result.reserve(form.size() + value.size());
    for (const char c : form) {
        if (c == '#') {
            result.append(value);
        } else {
            result.push_back(c);
        }
    }
    return result;
}

} // namespace innspill::lang
