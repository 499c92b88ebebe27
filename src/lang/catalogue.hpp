// The string catalogue: every user-visible text of the UI and the reports in
// bokmål, nynorsk and English. The texts live in assets/lang/*.json and are
// compiled in at build time (cmake/lang_table.py, docs/ui-strings.md), so a
// copied binary always has every language and nothing is read at run time.
#pragma once

#include "lang/language.hpp"

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace innspill::lang {

// The text for `key` in `language` (after fallback); an unknown key comes back
// as the key itself, so a missing entry shows on screen instead of as an empty
// label. Returned pointers are string literals alive for the whole program
// (ImGui can take them).
const char* tr(Language language, const char* key);

// Replaces each "{name}" by its value, e.g.
// format(tr(language, "group.inputCount"), {{"inputs", "12"}, {"subPoints", "3"}}).
// Placeholders without a value are left visible; values are not re-scanned.
std::string format(std::string_view pattern,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values);

// One key and its text in each language. nn and en are never null: a text a
// translation lacks is the bokmål one (the generator resolves the fallback).
struct Entry {
    const char* key;
    const char* nb;
    const char* nn;
    const char* en;
};

// Every entry, sorted by key, fallbacks resolved; for tests and tooling.
std::span<const Entry> catalogue();

} // namespace innspill::lang
