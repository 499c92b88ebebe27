// UUID generation and parsing.
#include "model/id.hpp"

#include <array>
#include <cctype>
#include <random>

namespace innspill::model {

namespace {

std::mt19937_64& generator() {
    // Seeded once per thread from the OS; UUIDs need uniqueness, not secrecy.
    thread_local std::mt19937_64 engine = [] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }();
    return engine;
}

constexpr std::array<bool, 36> kDashAt = [] {
    std::array<bool, 36> dashes{};
    dashes[8] = dashes[13] = dashes[18] = dashes[23] = true;
    return dashes;
}();

// Every byte's lower-case hex digit, or 0 when it is not one: one look-up per
// character (ASCII by hand: the locale's isxdigit/tolower showed up when
// loading the 200,000 ids of a big event).
constexpr std::array<char, 256> kHexDigit = [] {
    std::array<char, 256> digits{};
    for (char c = '0'; c <= '9'; ++c) {
        digits[static_cast<unsigned char>(c)] = c;
    }
    for (char c = 'a'; c <= 'f'; ++c) {
        digits[static_cast<unsigned char>(c)] = c;
        digits[static_cast<unsigned char>(c - 'a' + 'A')] = c;
    }
    return digits;
}();

} // namespace

Id Id::generate() {
    std::array<unsigned char, 16> bytes{};
    auto& engine = generator();
    for (size_t i = 0; i < bytes.size(); i += 8) {
        auto value = engine();
        for (size_t j = 0; j < 8; ++j) {
            bytes[i + j] = static_cast<unsigned char>(value >> (j * 8));
        }
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text.push_back('-');
        }
        text.push_back(kHex[bytes[i] >> 4]);
        text.push_back(kHex[bytes[i] & 0x0F]);
    }
    return Id(std::move(text));
}

std::optional<Id> Id::parse(std::string_view text) {
    if (text.size() != 36) {
        return std::nullopt;
    }
    std::string lower(text);
    for (size_t i = 0; i < 36; ++i) {
        if (kDashAt[i]) {
            if (lower[i] != '-') {
                return std::nullopt;
            }
        } else {
            const char digit = kHexDigit[static_cast<unsigned char>(lower[i])];
            if (digit == 0) {
                return std::nullopt;
            }
            lower[i] = digit;
        }
    }
    return Id(std::move(lower));
}

} // namespace innspill::model
