// Encoding detection and conversion for notes files.
#include "io/notes/text_decoding.hpp"

#include "io/parse_error.hpp"
#include "model/text.hpp"

#include <array>

namespace innspill::io::notes {

namespace {

// Windows-1252 bytes 0x80–0x9F; 0 marks the five undefined ones.
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string fromWindows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b >= 0x80 && b < 0xA0) {
            const char32_t mapped = kCp1252High[b - 0x80];
            appendUtf8(out, mapped ? mapped : 0xFFFD);
        } else {
            appendUtf8(out, b);
        }
    }
    return out;
}

void refuseIfBinary(std::string_view bytes) {
    size_t controls = 0;
    for (size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b == 0) {
            throw ParseError(lang::message("parseError.binary"));
        }
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
            ++controls;
        }
    }
    if (controls > 8 && controls * 100 > bytes.size()) {
        throw ParseError(lang::message("parseError.controlCharacters"));
    }
}

std::string normaliseLineEnds(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else if (c == '\f') {
            // pdftotext marks page breaks with a form feed at the start of
            // the next page's first line: there it is no line of its own
            // (line numbers stay the ones an editor shows); elsewhere it
            // ends the line.
            if (!out.empty() && out.back() != '\n') {
                out += '\n';
            }
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

DecodedText decodeText(std::string_view bytes) {
    // UTF-16 text starts with a BOM and is full of NUL bytes; name it.
    if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                              (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
        throw ParseError(lang::message("parseError.utf16"));
    }
    refuseIfBinary(bytes);
    DecodedText decoded;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
        decoded.encoding = SourceEncoding::Utf8WithBom;
    }
    if (model::isValidUtf8(bytes)) {
        decoded.text = normaliseLineEnds(bytes);
    } else {
        decoded.encoding = SourceEncoding::Windows1252;
        decoded.text = normaliseLineEnds(fromWindows1252(bytes));
    }
    return decoded;
}

} // namespace innspill::io::notes
