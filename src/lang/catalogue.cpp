// The lookup over the generated table of texts (lang/lang_table.inc, made by
// cmake/lang_table.py from assets/lang at build time) and placeholder filling.
#include "lang/catalogue.hpp"

#include "lang/plural.hpp"

#include <algorithm>
#include <array>

namespace innspill::lang {

namespace {

// kEntries: a constexpr std::array<Entry, N> of string literals, sorted by
// key, so that lookup is a binary search and nothing is allocated or read at
// run time.
#include "lang/lang_table.inc"

constexpr bool keyLess(const Entry& a, const Entry& b) {
    return std::string_view(a.key) < std::string_view(b.key);
}

// The generator sorts and rejects duplicates; these keep the lookup honest
// should the table ever come from somewhere else.
static_assert(std::is_sorted(kEntries.begin(), kEntries.end(), keyLess),
              "kEntries must stay sorted by key");
static_assert(std::adjacent_find(kEntries.begin(), kEntries.end(),
                                 [](const Entry& a, const Entry& b) {
                                     return std::string_view(a.key) == std::string_view(b.key);
                                 }) == kEntries.end(),
              "kEntries must not repeat a key");

} // namespace

const char* tr(Language language, const char* key) {
    const Entry probe{key, nullptr, nullptr, nullptr};
    const auto it = std::lower_bound(kEntries.begin(), kEntries.end(), probe, keyLess);
    if (it == kEntries.end() || std::string_view(it->key) != key) {
        return key;
    }
    switch (language) {
    case Language::Nn:
        return it->nn;
    case Language::En:
        return it->en;
    case Language::Nb:
        break;
    }
    return it->nb;
}

std::span<const Entry> catalogue() {
    return kEntries;
}

std::string format(std::string_view pattern,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string result;
    result.reserve(pattern.size());
    size_t at = 0;
    while (at < pattern.size()) {
        const size_t open = pattern.find('{', at);
        if (open == std::string_view::npos) {
            break;
        }
        const size_t close = pattern.find('}', open + 1);
        if (close == std::string_view::npos) {
            break;
        }
        result.append(pattern.substr(at, open - at));
        std::string_view name;
        std::string_view forms;
        splitPlaceholder(pattern.substr(open + 1, close - open - 1), name, forms);
        const auto value = std::find_if(values.begin(), values.end(),
                                        [&](const auto& entry) { return entry.first == name; });
        if (value == values.end()) {
            result.append(pattern.substr(open, close - open + 1));
        } else if (!forms.empty()) {
            result.append(pluralForm(forms, value->second));
        } else {
            result.append(value->second);
        }
        at = close + 1;
    }
    result.append(pattern.substr(std::min(at, pattern.size())));
    return result;
}

} // namespace innspill::lang
