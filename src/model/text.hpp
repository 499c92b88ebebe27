// Text rules shared by every layer: UTF-8 validity and repair.
#pragma once

#include <string>
#include <string_view>

namespace innspill::model {

bool isValidUtf8(std::string_view text);

// Replaces every invalid UTF-8 sequence with U+FFFD, so nothing downstream
// (JSON, XML, the font renderer) sees broken bytes.
std::string repairUtf8(std::string_view text);

// Lower-cases ASCII and the Latin-1 capitals (Æ Ø Å É …), keeping every byte
// offset: for case-insensitive matching and filtering of Norwegian text.
std::string foldCase(std::string_view text);

} // namespace innspill::model
