// Errors for people: one line naming the file and what went wrong, in the
// form «x.innspill»: filen er skadet (…), worded in the reader's language
// (the UI's, or the CLI's from LANG). The *Message forms keep it as data for
// results that are worded later, at draw time.
#pragma once

#include "lang/message.hpp"

#include <exception>
#include <filesystem>
#include <string>

namespace innspill::store {
class FileError;
}
namespace innspill::io {
class ParseError;
}

namespace innspill::app {

lang::Message fileErrorMessage(const store::FileError& error);
lang::Message parseErrorMessage(const io::ParseError& error, const std::filesystem::path& source);

// Any exception that reaches a person: a FileError with its file, a
// lang::MessageError (ReadError, WriteError, KitError…) worded, anything else
// by its what() (a programmer's text, not translated).
lang::Message errorMessage(const std::exception& error);

std::string describe(const store::FileError& error, lang::Language language = lang::Language::Nb);
std::string describe(const std::exception& error, lang::Language language);
std::string describe(const io::ParseError& error, const std::filesystem::path& source,
                     lang::Language language = lang::Language::Nb);

} // namespace innspill::app
