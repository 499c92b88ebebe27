// Name tidying, name keys and folded substring search.
#include "model/name_match.hpp"

#include "model/text.hpp"

namespace innspill::model {

namespace {

// The folded form of the character starting at `text[i]` and how many bytes
// it spans, exactly as foldCase folds it: only ASCII and two-byte Latin-1
// sequences (lead byte 0xC3) change.
struct Folded {
    char first;
    char second;
    size_t length; // 1 or 2 (2: second is meaningful)
};

Folded foldAt(std::string_view text, size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
        const char lower =
            (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 0x20) : static_cast<char>(c);
        return {lower, 0, 1};
    }
    if (c == 0xC3 && i + 1 < text.size()) {
        auto next = static_cast<unsigned char>(text[i + 1]);
        // U+00C0–U+00DE capitals (except U+00D7 ×) fold to U+00E0–U+00FE.
        if (next >= 0x80 && next <= 0x9E && next != 0x97) {
            next = static_cast<unsigned char>(next + 0x20);
        }
        return {static_cast<char>(c), static_cast<char>(next), 2};
    }
    return {static_cast<char>(c), 0, 1};
}

} // namespace

std::string tidyName(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (char c : text) {
        const auto b = static_cast<unsigned char>(c);
        // Space, C0 controls (tab, newline from a quoted CSV field) and DEL
        // all separate words; multi-byte characters are kept as they are.
        if (b <= 0x20 || b == 0x7F) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

std::string nameKey(std::string_view text) {
    return foldCase(tidyName(text));
}

bool organisationsAgree(std::string_view a, std::string_view b) {
    const auto ka = nameKey(a);
    const auto kb = nameKey(b);
    return ka.empty() || kb.empty() || ka == kb;
}

std::string collationKey(std::string_view text) {
    // Lower-case Latin-1 letters U+00E0–U+00FF (second UTF-8 byte 0xA0–0xBF)
    // to what they sort as; null keeps the character.
    static constexpr const char* kLatin1[32] = {
        "a",        "a", "a", "a", "\x7F\x01", "\x7F\x03", "\x7F\x01", "c", // à á â ã ä å æ ç
        "e",        "e", "e", "e", "i",        "i",        "i",        "i", // è é ê ë ì í î ï
        "d",        "n", "o", "o", "o",        "o",        "\x7F\x02", nullptr, // ð ñ ò ó ô õ ö ÷
        "\x7F\x02", "u", "u", "u", "y",        "y",        "th",       "y", // ø ù ú û ü ý þ ÿ
    };
    const std::string folded = foldCase(text);
    std::string key;
    key.reserve(folded.size());
    for (size_t i = 0; i < folded.size(); ++i) {
        const auto next = i + 1 < folded.size() ? static_cast<unsigned char>(folded[i + 1]) : 0;
        if (folded[i] == '\xC3' && next >= 0xA0 && next <= 0xBF && kLatin1[next - 0xA0]) {
            key += kLatin1[next - 0xA0];
            ++i;
        } else {
            key += folded[i];
        }
    }
    return key;
}

bool containsFolded(std::string_view text, std::string_view foldedNeedle) {
    if (foldedNeedle.empty()) {
        return true;
    }
    // Naive search comparing folded characters on the fly: names and
    // organisations are short, and this runs without allocating.
    for (size_t start = 0; start < text.size(); ++start) {
        size_t t = start;
        size_t n = 0;
        while (n < foldedNeedle.size() && t < text.size()) {
            const Folded f = foldAt(text, t);
            if (f.first != foldedNeedle[n]) {
                break;
            }
            if (f.length == 2) {
                if (n + 1 >= foldedNeedle.size() || f.second != foldedNeedle[n + 1]) {
                    break;
                }
            }
            n += f.length;
            t += f.length;
        }
        if (n == foldedNeedle.size()) {
            return true;
        }
    }
    return false;
}

} // namespace innspill::model
