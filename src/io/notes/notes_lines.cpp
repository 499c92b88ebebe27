// Line cleaning and classification for notes in the report's convention.
#include "io/notes/notes_lines.hpp"

#include <cctype>
#include <regex>
#include <unordered_map>

namespace innspill::io::notes {

namespace {

bool isDigit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Cleans one raw line: NBSP and tabs to spaces, counts the indent, folds
// runs of spaces, trims.
SourceLine clean(const std::string& raw, size_t number) {
    std::string text;
    text.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\t') {
            text += "    ";
        } else if (raw.compare(i, 2, "\xC2\xA0") == 0) {
            text += ' ';
            ++i;
        } else if (static_cast<unsigned char>(raw[i]) < 0x20) {
            text += ' '; // stray control characters from PDF extraction
        } else {
            text += raw[i];
        }
    }
    SourceLine line;
    line.number = number;
    while (line.indent < text.size() && text[line.indent] == ' ') {
        ++line.indent;
    }
    bool space = false;
    for (size_t i = line.indent; i < text.size(); ++i) {
        if (text[i] == ' ') {
            space = true;
            continue;
        }
        if (space && !line.body.empty()) {
            line.body += ' ';
        }
        space = false;
        line.body += text[i];
    }
    return line;
}

struct Marker {
    const char* text;
    bool sub;
};

// Bullet markers, longest first. "-" and "o" need a following space; the
// typographic bullets do not (PDF extraction often glues them to the text).
constexpr Marker kMarkers[] = {
    {"\xE2\x80\xA2", false}, // •
    {"\xE2\x8B\x85", false}, // ⋅
    {"\xC2\xB7", false},     // ·
    {"\xE2\x96\xAA", false}, // ▪
    {"\xE2\x97\x8F", false}, // ●
    {"\xE2\x96\xA0", false}, // ■
    {"\xE2\x80\x93", true},  // –
    {"\xE2\x80\x94", true},  // —
    {"\xE2\x97\xA6", true},  // ◦
    {"\xE2\x97\x8B", true},  // ○
    {"\xEF\x82\xA7", false}, // Word's Symbol-font bullet
    {"\xEF\x82\xB7", false}, {"*", false}, {"-", false}, {"o", true},
};

std::optional<std::pair<bool, std::string>> matchBullet(const std::string& body) {
    for (const auto& marker : kMarkers) {
        const std::string m = marker.text;
        if (body.compare(0, m.size(), m) != 0) {
            continue;
        }
        const bool ascii = m.size() == 1;
        if (body.size() == m.size()) {
            return ascii ? std::nullopt : std::optional(std::pair{marker.sub, std::string()});
        }
        if (body[m.size()] != ' ' && ascii) {
            return std::nullopt; // "-tall", "og": a word, not a bullet
        }
        size_t start = m.size();
        while (start < body.size() && body[start] == ' ') {
            ++start;
        }
        return std::pair{marker.sub, body.substr(start)};
    }
    return std::nullopt;
}

struct LabelSpelling {
    const char* folded; // lower-case, as foldCase gives
    Label label;
};

// Longest first so "innspill til strategien" wins over "innspill".
constexpr LabelSpelling kLabels[] = {
    {"innspill til strategien", Label::Inputs},
    {"innspel til strategien", Label::Inputs},
    {"innspill til strategi", Label::Inputs},
    {"innspel til strategi", Label::Inputs},
    {"gruppens innspill", Label::Inputs},
    {"gruppa sine innspel", Label::Inputs},
    {"initiativtakere", Label::Initiator},
    {"initiativtakarar", Label::Initiator},
    {"initiativtaker", Label::Initiator},
    {"initiativtakar", Label::Initiator},
    {"initiativtager", Label::Initiator},
    {"støttefasilitatorer", Label::Facilitator},
    {"støttefasilitatorar", Label::Facilitator},
    {"støttefasilitator", Label::Facilitator},
    {"fasilitatorer", Label::Facilitator},
    {"fasilitatorar", Label::Facilitator},
    {"fasilitator", Label::Facilitator},
    {"antall deltakere", Label::ParticipantCount},
    {"antall deltagere", Label::ParticipantCount},
    {"antal deltakarar", Label::ParticipantCount},
    {"tal på deltakarar", Label::ParticipantCount},
    {"tal deltakarar", Label::ParticipantCount},
    {"deltakere", Label::ParticipantCount},
    {"deltagere", Label::ParticipantCount},
    {"deltakarar", Label::ParticipantCount},
    {"innspill", Label::Inputs},
    {"innspel", Label::Inputs},
};

} // namespace

std::optional<std::pair<Label, std::string>> matchLabel(const std::string& body) {
    const std::string folded = foldCase(body.substr(0, 40));
    for (const auto& spelling : kLabels) {
        const std::string key = spelling.folded;
        if (folded.compare(0, key.size(), key) != 0) {
            continue;
        }
        std::string rest = body.substr(key.size());
        const bool bare =
            spelling.label == Label::Inputs && (key == "innspill" || key == "innspel");
        // The label must end the word: "Deltakere:" yes, "Deltakerens" no.
        if (!rest.empty() && rest[0] != ':' && rest[0] != ' ' && rest[0] != '(') {
            continue;
        }
        size_t start = 0;
        while (start < rest.size() && rest[start] == ' ') {
            ++start;
        }
        rest = rest.substr(start);
        if (!rest.empty() && rest[0] == ':') {
            rest = rest.substr(1);
            while (!rest.empty() && rest[0] == ' ') {
                rest.erase(0, 1);
            }
        } else if (bare && !rest.empty() && rest[0] != '(') {
            // "Innspill fra …" is a sentence; only "Innspill:" alone is a label.
            continue;
        } else if (spelling.label != Label::Inputs && !rest.empty() &&
                   spelling.label == Label::ParticipantCount && !isDigit(rest[0])) {
            // "Deltakere fra Nav …" is a sentence; "Deltakere 12" a label.
            continue;
        }
        return std::pair{spelling.label, rest};
    }
    return std::nullopt;
}

std::vector<ClassifiedLine> classifyLines(const std::string& text, std::vector<size_t>* dropped) {
    static const std::regex kRound(
        R"(^(?:dag|day)\s*(\d{1,2})\s*[,.:;\-–]?\s*(?:gruppesesjon|gruppesesjonen|sesjon|runde|økt|round|session)\s*(\d{1,3})\b.*$)",
        std::regex::icase);
    static const std::regex kRoundOnly(R"(^(?:gruppesesjon|sesjon|runde)\s*(\d{1,3})\s*$)",
                                       std::regex::icase);
    static const std::regex kGroup(R"(^(\d{1,3})\.(\d{1,3})\.?(?:\s+(.*))?$)");
    static const std::regex kNumbered(R"(^(\d{1,2})[.)]\s+(.+)$)");
    static const std::regex kPageNumber(
        R"(^(?:(?:side|page|s\.)\s*)?\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4})?$)", std::regex::icase);

    std::vector<ClassifiedLine> lines;
    size_t start = 0;
    size_t number = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        ++number;
        ClassifiedLine line;
        line.line = clean(text.substr(start, end - start), number);
        lines.push_back(std::move(line));
        start = end + 1;
    }
    if (!lines.empty() && lines.back().line.body.empty() && text.size() > 0 &&
        text.back() == '\n') {
        lines.pop_back();
    }

    std::smatch match;
    for (auto& line : lines) {
        const std::string& body = line.line.body;
        if (body.empty()) {
            line.kind = LineKind::Blank;
        } else if (std::regex_match(body, match, kRound)) {
            line.kind = LineKind::RoundHeading;
            line.day = std::stoi(match[1]);
            line.round = std::stoi(match[2]);
        } else if (std::regex_match(body, match, kRoundOnly)) {
            line.kind = LineKind::RoundHeading;
            line.round = std::stoi(match[1]);
        } else if (std::regex_match(body, match, kGroup)) {
            line.kind = LineKind::GroupHeading;
            line.round = std::stoi(match[1]);
            line.number = std::to_string(line.round) + "." + std::to_string(std::stoi(match[2]));
            line.rest = match[3];
        } else if (auto label = matchLabel(body)) {
            line.kind = LineKind::Label;
            line.label = label->first;
            line.rest = label->second;
        } else if (auto bullet = matchBullet(body)) {
            line.kind = bullet->first ? LineKind::SubBullet : LineKind::Bullet;
            line.rest = bullet->second;
        } else if (std::regex_match(body, match, kNumbered)) {
            line.kind = LineKind::Numbered;
            line.rest = match[2];
        } else {
            line.kind = LineKind::Text;
            line.rest = body;
        }
    }

    // Page furniture: lone page numbers, and short lines with a number that
    // recur on several pages (running headers and footers).
    std::unordered_map<std::string, size_t> shapes;
    const auto shapeOf = [](const std::string& body) {
        std::string shape;
        for (char c : body) {
            if (isDigit(c)) {
                if (shape.empty() || shape.back() != '#') {
                    shape += '#';
                }
            } else {
                shape += c;
            }
        }
        return shape;
    };
    for (const auto& line : lines) {
        if (line.kind == LineKind::Text && line.rest.size() <= 100) {
            ++shapes[shapeOf(line.rest)];
        }
    }
    std::vector<ClassifiedLine> kept;
    kept.reserve(lines.size());
    for (auto& line : lines) {
        bool furniture = false;
        if (line.kind == LineKind::Text) {
            const std::string shape = shapeOf(line.rest);
            furniture = std::regex_match(line.rest, kPageNumber) ||
                        (shape.find('#') != std::string::npos && line.rest.size() <= 100 &&
                         shapes[shape] >= 3);
        }
        if (furniture) {
            if (dropped) {
                dropped->push_back(line.line.number);
            }
            continue;
        }
        kept.push_back(std::move(line));
    }
    return kept;
}

} // namespace innspill::io::notes
