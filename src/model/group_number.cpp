// Group number rules.
#include "model/group_number.hpp"

#include <cctype>

namespace innspill::model {

namespace {
bool isDigit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}
} // namespace

bool isValidGroupNumber(std::string_view number) {
    if (number.empty() || number.size() > 16) {
        return false;
    }
    bool previousWasDigit = false;
    for (char c : number) {
        if (isDigit(c)) {
            previousWasDigit = true;
        } else if (c == '.' && previousWasDigit) {
            previousWasDigit = false;
        } else {
            return false;
        }
    }
    return previousWasDigit;
}

int compareNatural(std::string_view a, std::string_view b) {
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            // Compare digit runs by value: skip leading zeros, then length, then digits.
            while (i < a.size() && a[i] == '0') {
                ++i;
            }
            while (j < b.size() && b[j] == '0') {
                ++j;
            }
            size_t endA = i;
            size_t endB = j;
            while (endA < a.size() && isDigit(a[endA])) {
                ++endA;
            }
            while (endB < b.size() && isDigit(b[endB])) {
                ++endB;
            }
            if (endA - i != endB - j) {
                return endA - i < endB - j ? -1 : 1;
            }
            for (; i < endA; ++i, ++j) {
                if (a[i] != b[j]) {
                    return a[i] < b[j] ? -1 : 1;
                }
            }
            continue;
        }
        if (a[i] != b[j]) {
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
        }
        ++i;
        ++j;
    }
    if (i == a.size() && j == b.size()) {
        return 0;
    }
    return i == a.size() ? -1 : 1;
}

std::optional<int> roundPrefix(std::string_view number) {
    int value = 0;
    size_t digits = 0;
    for (char c : number) {
        if (!isDigit(c)) {
            break;
        }
        if (++digits > 6) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    if (digits == 0) {
        return std::nullopt;
    }
    return value;
}

std::string makeGroupNumber(int round, int sequence) {
    return std::to_string(round) + "." + std::to_string(sequence);
}

} // namespace innspill::model
