// Turning the bytes of a notes file into UTF-8 text: UTF-8 with or without a
// BOM, or Windows-1252 (what Word on Windows saves as "plain text"). Anything
// that is not text is refused.
#pragma once

#include <string>
#include <string_view>

namespace innspill::io::notes {

enum class SourceEncoding { Utf8, Utf8WithBom, Windows1252 };

struct DecodedText {
    std::string text; // UTF-8, line ends normalised to \n
    SourceEncoding encoding = SourceEncoding::Utf8;
};

// Throws io::ParseError when the bytes are not text (NUL bytes, many control
// characters) — e.g. a .docx or a PDF given instead of its text.
DecodedText decodeText(std::string_view bytes);

} // namespace innspill::io::notes
