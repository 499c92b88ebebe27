// Escaping and XML character filtering for the markup writers.
#include "io/report/text_escape.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace innspill::io::report {

namespace {

// The bytes HTML and XML text must escape.
constexpr std::array<bool, 256> kEscaped = [] {
    std::array<bool, 256> escaped{};
    for (unsigned char c : {'&', '<', '>', '"', '\''}) {
        escaped[c] = true;
    }
    return escaped;
}();

// Eight bytes at a time (SWAR): most text has nothing to escape or clean,
// and a word-wide test skips it eight bytes per step.
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

std::uint64_t word(std::string_view text, size_t at) {
    std::uint64_t value = 0;
    std::memcpy(&value, text.data() + at, sizeof value);
    return value;
}

// Whether one of the word's bytes is zero (exact as a yes/no).
constexpr bool hasZeroByte(std::uint64_t value) {
    return ((value - kOnes) & ~value & kHighBits) != 0;
}

bool hasEscaped(std::uint64_t value) {
    return hasZeroByte(value ^ (kOnes * '&')) || hasZeroByte(value ^ (kOnes * '<')) ||
           hasZeroByte(value ^ (kOnes * '>')) || hasZeroByte(value ^ (kOnes * '"')) ||
           hasZeroByte(value ^ (kOnes * '\''));
}

// Whether every byte is printable ASCII (0x20 to 0x7F): a byte below 0x20
// borrows into its high bit when 0x20 is taken from it, one from 0x80 up has it.
constexpr bool allPrintableAscii(std::uint64_t value) {
    return ((value | (value - kOnes * 0x20)) & kHighBits) == 0;
}

} // namespace

// One pass over the bytes: std::string_view::find_first_of with a set calls
// memchr on the set for every byte of the text, which made escaping and
// splitting a third of an HTML export of a big event.
void appendEscapedHtml(std::string& out, std::string_view text) {
    size_t start = 0;
    size_t i = 0;
    while (i < text.size()) {
        if (i + 8 <= text.size() && !hasEscaped(word(text, i))) {
            i += 8;
            continue;
        }
        for (const size_t end = std::min(i + 8, text.size()); i < end; ++i) {
            if (!kEscaped[static_cast<unsigned char>(text[i])]) {
                continue;
            }
            std::string_view entity;
            switch (text[i]) {
            case '&':
                entity = "&amp;";
                break;
            case '<':
                entity = "&lt;";
                break;
            case '>':
                entity = "&gt;";
                break;
            case '"':
                entity = "&quot;";
                break;
            default:
                // &#39; rather than &apos;: understood by HTML 4 readers as well.
                entity = "&#39;";
                break;
            }
            out.append(text, start, i - start);
            out += entity;
            start = i + 1;
        }
    }
    out.append(text, start, text.size() - start);
}

std::string escapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    appendEscapedHtml(out, text);
    return out;
}

std::string anchorId(std::string_view anchor) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(anchor.size());
    for (char c : anchor) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                           (byte >= '0' && byte <= '9') || byte == '-';
        if (plain) {
            out.push_back(c);
        } else {
            out.push_back('_');
            out.push_back(kHex[byte >> 4]);
            out.push_back(kHex[byte & 0x0F]);
        }
    }
    // An id must not be empty and must not start with a digit or '-' (XML
    // names, CSS selectors). "_-" cannot come out of the escaping above, which
    // always puts two hex digits after '_', so the result stays unique.
    if (out.empty() || !((out[0] >= 'a' && out[0] <= 'z') || (out[0] >= 'A' && out[0] <= 'Z'))) {
        out.insert(0, "_-");
    }
    return out;
}

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

// Length of the valid UTF-8 sequence starting at text[i], or 0 if invalid.
size_t validSequenceLength(std::string_view text, size_t i) {
    const auto byte = [&](size_t k) { return static_cast<std::uint8_t>(text[k]); };
    const std::uint8_t lead = byte(i);
    size_t length = 0;
    std::uint32_t min = 0;
    std::uint32_t cp = 0;
    if (lead < 0x80) {
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        min = 0x80;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        min = 0x800;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        min = 0x10000;
        cp = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size()) {
        return 0;
    }
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    // Overlong forms, surrogates and values beyond Unicode are not UTF-8.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return length;
}

} // namespace

namespace {

// Whether stripXmlForbidden would return the text as it is: valid UTF-8
// without a control character other than tab and line ends, nor U+FFFE/U+FFFF.
bool isXmlClean(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        if (i + 8 <= text.size() && allPrintableAscii(word(text, i))) {
            i += 8;
            continue;
        }
        const auto lead = static_cast<std::uint8_t>(text[i]);
        if (lead >= 0x20 && lead < 0x80) {
            ++i;
            continue;
        }
        if (lead < 0x20) {
            if (lead != '\t' && lead != '\n' && lead != '\r') {
                return false;
            }
            ++i;
            continue;
        }
        const size_t length = validSequenceLength(text, i);
        if (length == 0) {
            return false;
        }
        const std::string_view sequence = text.substr(i, length);
        if (sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF") {
            return false;
        }
        i += length;
    }
    return true;
}

} // namespace

std::string stripXmlForbidden(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        // Plain ASCII is the common case: copy a whole run of it at once.
        size_t run = i;
        while (run < text.size() && static_cast<std::uint8_t>(text[run]) >= 0x20 &&
               static_cast<std::uint8_t>(text[run]) < 0x80) {
            ++run;
        }
        if (run > i) {
            out.append(text, i, run - i);
            i = run;
            continue;
        }
        const auto lead = static_cast<std::uint8_t>(text[i]);
        if (lead < 0x20) {
            if (lead == '\t' || lead == '\n' || lead == '\r') {
                out.push_back(text[i]);
            }
            ++i;
            continue;
        }
        const size_t length = validSequenceLength(text, i);
        if (length == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        const std::string_view sequence = text.substr(i, length);
        // U+FFFE and U+FFFF are noncharacters XML 1.0 excludes.
        if (sequence != "\xEF\xBF\xBE" && sequence != "\xEF\xBF\xBF") {
            out += sequence;
        }
        i += length;
    }
    return out;
}

namespace {

// The splitting behind textParagraphs: line(trimmed) for every line with
// text, blank() for every line without; `clean` is already stripped.
template <typename Line, typename Blank>
void splitLines(std::string_view clean, const Line& line, const Blank& blank) {
    size_t start = 0;
    while (start <= clean.size()) {
        size_t end = start;
        while (end + 8 <= clean.size() && !hasZeroByte(word(clean, end) ^ (kOnes * '\n')) &&
               !hasZeroByte(word(clean, end) ^ (kOnes * '\r'))) {
            end += 8;
        }
        while (end < clean.size() && clean[end] != '\n' && clean[end] != '\r') {
            ++end;
        }
        const std::string_view text = clean.substr(start, end - start);
        const size_t first = text.find_first_not_of(" \t");
        if (first == std::string_view::npos) {
            blank();
        } else {
            const size_t last = text.find_last_not_of(" \t");
            line(text.substr(first, last - first + 1));
        }
        // CR LF is one line end, not two.
        start = end +
                ((end + 1 < clean.size() && clean[end] == '\r' && clean[end + 1] == '\n') ? 2 : 1);
    }
}

} // namespace

std::vector<std::vector<std::string>> textParagraphs(std::string_view text) {
    const std::string clean = stripXmlForbidden(text);
    std::vector<std::vector<std::string>> paragraphs;
    std::vector<std::string> current;
    splitLines(
        clean, [&](std::string_view line) { current.emplace_back(line); },
        [&] {
            if (!current.empty()) {
                paragraphs.push_back(std::move(current));
                current.clear();
            }
        });
    if (!current.empty()) {
        paragraphs.push_back(std::move(current));
    }
    return paragraphs;
}

std::vector<std::string> textLines(std::string_view text) {
    std::vector<std::string> lines;
    forEachTextLine(text, [&](std::string_view line) { lines.emplace_back(line); });
    return lines;
}

std::string_view xmlClean(std::string_view text, std::string& storage) {
    if (isXmlClean(text)) {
        return text;
    }
    storage = stripXmlForbidden(text);
    return storage;
}

void forEachTextLine(std::string_view text, const std::function<void(std::string_view)>& line) {
    std::string storage;
    splitLines(xmlClean(text, storage), line, [] {});
}

} // namespace innspill::io::report
