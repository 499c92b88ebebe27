// Validation of programme times and dates.
#include "model/programme.hpp"

#include <cctype>

namespace innspill::model {

namespace {
bool digitsAt(const std::string& text, size_t from, size_t count) {
    for (size_t i = from; i < from + count; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            return false;
        }
    }
    return true;
}
int numberAt(const std::string& text, size_t from, size_t count) {
    int value = 0;
    for (size_t i = from; i < from + count; ++i) {
        value = value * 10 + (text[i] - '0');
    }
    return value;
}
} // namespace

bool isValidTime(const std::string& text) {
    if (text.empty()) {
        return true;
    }
    if (text.size() != 5 || text[2] != ':' || !digitsAt(text, 0, 2) || !digitsAt(text, 3, 2)) {
        return false;
    }
    return numberAt(text, 0, 2) < 24 && numberAt(text, 3, 2) < 60;
}

bool isValidDate(const std::string& text) {
    if (text.empty()) {
        return true;
    }
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digitsAt(text, 0, 4) ||
        !digitsAt(text, 5, 2) || !digitsAt(text, 8, 2)) {
        return false;
    }
    const int year = numberAt(text, 0, 4);
    const int month = numberAt(text, 5, 2);
    const int day = numberAt(text, 8, 2);
    if (month < 1 || month > 12 || day < 1) {
        return false;
    }
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int inMonth = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= inMonth;
}

} // namespace innspill::model
