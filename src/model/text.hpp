// Text rules shared by every layer: UTF-8 validity and repair, case folding,
// trimming, and a file name made from a title.
#pragma once

#include <string>
#include <string_view>

namespace innspill::model {

bool isValidUtf8(std::string_view text);

// Replaces every invalid UTF-8 sequence with U+FFFD, so nothing downstream
// (JSON, XML, the font renderer) sees broken bytes.
std::string repairUtf8(std::string_view text);

// How many characters (code points) `text` holds: the unit of model/limits.hpp.
size_t countChars(std::string_view text);

// The first `maxChars` characters of `text` (all of it when shorter), cut on
// a character boundary: how text from outside (a notes file) is held to the
// limits of model/limits.hpp.
std::string cutToChars(std::string_view text, size_t maxChars);

// Lower-cases ASCII and the Latin-1 capitals (Æ Ø Å É …), keeping every byte
// offset: for case-insensitive matching and filtering of Norwegian text.
std::string foldCase(std::string_view text);

// `text` without the spaces, tabs and line breaks (ASCII white space) at its
// ends: what is typed into a field before it is stored.
std::string_view trimView(std::string_view text);
std::string trimmed(std::string_view text);

// A file name (without extension) made from `title`: no / \\ : * ? " < > |
// or control characters, no spaces or dots at the ends, valid UTF-8, at most
// `maxBytes` bytes cut on a character boundary; `fallback` when nothing is
// left. The one cleaner behind new-event, kit and export file names.
std::string fileNameFromTitle(std::string_view title, size_t maxBytes, std::string_view fallback);

} // namespace innspill::model
