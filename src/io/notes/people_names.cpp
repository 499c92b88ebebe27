// Splitting name lists the way people write them in Norwegian.
#include "io/notes/people_names.hpp"

#include <cctype>

namespace innspill::io::notes {

namespace {

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" ,;");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" ,;.");
    std::string trimmed = text.substr(first, last - first + 1);
    // Keep a final period that belongs to an abbreviation or initial ("AS.", "N.").
    if (last + 1 < text.size() && text[last + 1] == '.' && trimmed.size() >= 1 &&
        trimmed.find(' ') == std::string::npos && trimmed.size() <= 3) {
        trimmed += '.';
    }
    return trimmed;
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> result;
    std::string word;
    for (char c : text) {
        if (c == ' ') {
            if (!word.empty()) {
                result.push_back(word);
            }
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) {
        result.push_back(word);
    }
    return result;
}

bool startsUpper(const std::string& word) {
    const auto c = static_cast<unsigned char>(word[0]);
    if (c < 0x80) {
        return std::isupper(c) != 0;
    }
    // Latin-1 capitals À–Þ (Æ, Ø, Å …) are C3 80–C3 9E in UTF-8.
    return c == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
           static_cast<unsigned char>(word[1]) <= 0x9E;
}

bool isAcronym(const std::string& word) {
    size_t letters = 0;
    for (char c : word) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && std::isalpha(u)) {
            if (std::islower(u)) {
                return false;
            }
            ++letters;
        }
    }
    return letters >= 2;
}

bool isParticle(const std::string& word) {
    for (const char* particle : {"van", "von", "de", "da", "af", "la", "le", "der", "den", "di"}) {
        if (word == particle) {
            return true;
        }
    }
    return false;
}

// Splits on every occurrence of `separator` where the right-hand side reads
// like a name (so "Arb. og velferdsdirektoratet" stays whole).
std::vector<std::string> splitBeforeNames(const std::string& text, const std::string& separator) {
    std::vector<std::string> parts;
    size_t from = 0;
    size_t search = 0;
    while (true) {
        const size_t at = text.find(separator, search);
        if (at == std::string::npos) {
            break;
        }
        const size_t next = at + separator.size();
        size_t rightEnd = text.find_first_of(",/;", next);
        const size_t nextSeparator = text.find(separator, next);
        if (nextSeparator != std::string::npos && nextSeparator < rightEnd) {
            rightEnd = nextSeparator;
        }
        const std::string right = trim(
            text.substr(next, rightEnd == std::string::npos ? std::string::npos : rightEnd - next));
        if (looksLikeName(right) && !looksLikeOrganisation(right)) {
            parts.push_back(text.substr(from, at - from));
            from = next;
        }
        search = next;
    }
    parts.push_back(text.substr(from));
    return parts;
}

std::string lowerAscii(const std::string& word) {
    std::string lower;
    for (char c : word) {
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return lower;
}

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

bool looksLikeOrganisation(const std::string& text) {
    static const char* const kWords[] = {"nav", "as", "asa", "sa", "ba", "iks", "hf", "kf", "ks"};
    static const char* const kEndings[] = {
        "råd",           "rådet",        "direktorat", "direktoratet", "senter",
        "senteret",      "sentral",      "sentralen",  "kommune",      "universitet",
        "universitetet", "sykehus",      "sykehuset",  "forening",     "foreningen",
        "forbund",       "forbundet",    "tjeneste",   "tjenesten",    "tjenester",
        "klinikk",       "klinikken",    "institutt",  "instituttet",  "departement",
        "departementet", "organisasjon", "stiftelse",  "stiftelsen",   "huset",
        "skole",         "skolen",       "høgskole",   "høgskolen",    "avdeling",
        "kontor",        "kontoret",     "etat",       "etaten",       "nettverk",
        "nettverket",    "verket",       "partner",    "selskap",      "selskapet"};
    for (const auto& word : words(text)) {
        const std::string lower = lowerAscii(word);
        for (const char* known : kWords) {
            if (lower == known) {
                return true;
            }
        }
        for (const char* ending : kEndings) {
            if (endsWith(lower, ending)) {
                return true;
            }
        }
    }
    return false;
}

bool looksLikeName(const std::string& text) {
    const auto parts = words(text);
    if (parts.empty() || parts.size() > 5 || !startsUpper(parts[0]) || isAcronym(parts[0])) {
        return false;
    }
    for (const auto& word : parts) {
        for (char c : word) {
            if (std::isdigit(static_cast<unsigned char>(c)) || c == '(' || c == ')') {
                return false;
            }
        }
        if (!startsUpper(word) && !isParticle(word)) {
            return false;
        }
        if (isAcronym(word) && word.find('.') == std::string::npos) {
            return false;
        }
    }
    return true;
}

std::vector<ParsedPerson> parsePeople(const std::string& value, bool withOrganisations) {
    std::vector<std::string> pieces;
    size_t from = 0;
    // ';' always separates people.
    for (size_t at = value.find(';');; at = value.find(';', from)) {
        pieces.push_back(
            value.substr(from, at == std::string::npos ? std::string::npos : at - from));
        if (at == std::string::npos) {
            break;
        }
        from = at + 1;
    }
    std::vector<std::string> people;
    for (const auto& piece : pieces) {
        std::vector<std::string> split{piece};
        for (const char* separator : {" og ", " and ", " & ", "/"}) {
            std::vector<std::string> next;
            for (const auto& part : split) {
                for (auto& sub : splitBeforeNames(part, separator)) {
                    next.push_back(std::move(sub));
                }
            }
            split = std::move(next);
        }
        for (auto& part : split) {
            people.push_back(std::move(part));
        }
    }

    std::vector<ParsedPerson> result;
    for (const auto& raw : people) {
        std::string person = trim(raw);
        if (person.empty()) {
            continue;
        }
        const auto comma = person.find(',');
        if (comma == std::string::npos) {
            ParsedPerson parsed{person, ""};
            // "Sondre Otervik A-LARM": a trailing acronym after a full name is an organisation.
            const auto parts = words(person);
            if (withOrganisations && parts.size() >= 3 && isAcronym(parts.back())) {
                parsed.name = person.substr(0, person.rfind(' '));
                parsed.organisation = parts.back();
            }
            result.push_back(std::move(parsed));
            continue;
        }
        if (!withOrganisations) {
            // Facilitators are names only: "Anne, Pernilla, Kari" are three people.
            size_t start = 0;
            while (start <= person.size()) {
                size_t next = person.find(',', start);
                const std::string name = trim(person.substr(
                    start, next == std::string::npos ? std::string::npos : next - start));
                if (!name.empty()) {
                    result.push_back({name, ""});
                }
                if (next == std::string::npos) {
                    break;
                }
                start = next + 1;
            }
            continue;
        }
        const std::string first = trim(person.substr(0, comma));
        const std::string rest = trim(person.substr(comma + 1));
        // Initiators: "Kari, Ola Hansen" — a second full name is a second person;
        // anything else after the comma is the organisation.
        if (looksLikeName(rest) && !looksLikeOrganisation(rest) && words(rest).size() >= 2 &&
            looksLikeName(first)) {
            result.push_back({first, ""});
            result.push_back({rest, ""});
        } else {
            result.push_back({first, rest});
        }
    }
    return result;
}

} // namespace innspill::io::notes
