// Wrapped PDF text and DOCX runs break lines anywhere: tests compare texts
// with every run of white space as one space (none at the start).
#pragma once

#include <string>

namespace innspill::test {

inline std::string collapseSpaces(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += c;
    }
    return out;
}

} // namespace innspill::test
