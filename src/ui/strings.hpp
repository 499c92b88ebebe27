// The catalogue of user-visible UI strings: one table, one column per UI
// language. Every string a panel shows goes through tr() so that adding a
// language (nynorsk, …) means adding a column here and nothing else.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace innspill::ui {

enum class Language { Nb, En };

// Keys and texts are string literals: NUL-terminated and alive for the whole
// program, so tr() can hand them straight to ImGui.
struct StringEntry {
    const char* key;
    const char* nb;
    const char* en;
};

// The text for `key` in `language`. An unknown key comes back as the key
// itself, so a missing entry shows up on screen instead of as an empty label.
const char* tr(Language language, const char* key);

// Every entry, sorted by key; for tests and for the later language tooling.
std::span<const StringEntry> catalogue();

// Replaces each "{name}" in `pattern` by its value, e.g.
// format(tr(lang, "group.inputCount"), {{"inputs", "12"}, {"subPoints", "3"}}).
// Placeholders without a value are left as they are.
std::string format(std::string_view pattern,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values);

} // namespace innspill::ui
