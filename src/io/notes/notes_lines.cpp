// Line cleaning and classification for notes in the report's convention.
#include "io/notes/notes_lines.hpp"

#include <algorithm>
#include <cctype>
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

// Hand-written matchers for the line shapes: std::regex costs tens of
// microseconds a line, and a notes file of 1,000 groups has 35,000 lines.
class Cursor {
  public:
    explicit Cursor(const std::string& text) : m_text(text) {}

    bool atEnd() const { return m_at >= m_text.size(); }
    size_t position() const { return m_at; }
    std::string rest() const { return m_text.substr(m_at); }

    size_t spaces() {
        const size_t from = m_at;
        while (m_at < m_text.size() && m_text[m_at] == ' ') {
            ++m_at;
        }
        return m_at - from;
    }
    // Up to `most` digits (at least one); the number, or -1.
    int number(size_t most) {
        size_t count = 0;
        int value = 0;
        while (m_at < m_text.size() && isDigit(m_text[m_at])) {
            if (++count > most) {
                return -1;
            }
            value = value * 10 + (m_text[m_at++] - '0');
        }
        return count == 0 ? -1 : value;
    }
    bool literal(char c) {
        if (m_at < m_text.size() && m_text[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    // One of `words`, compared case-insensitively (ASCII and æøå).
    bool word(std::initializer_list<const char*> words) {
        const std::string folded = foldCase(std::string_view(m_text).substr(m_at, 16));
        for (const char* candidate : words) {
            const std::string_view w(candidate);
            if (folded.compare(0, w.size(), w) == 0) {
                m_at += w.size();
                return true;
            }
        }
        return false;
    }

  private:
    const std::string& m_text;
    size_t m_at = 0;
};

// "DAG 1, gruppesesjon 2 …" → {1, 2}; "Gruppesesjon 3" → {0, 3}.
std::optional<std::pair<int, int>> matchRound(const std::string& body) {
    Cursor cursor(body);
    int day = 0;
    if (cursor.word({"dag", "day"})) {
        cursor.spaces();
        day = cursor.number(2);
        if (day < 0) {
            return std::nullopt;
        }
        cursor.spaces();
        // An optional separator: "DAG 1, gruppesesjon 2", "Dag 1 – økt 2", "Dag 1 økt 2".
        (void)(cursor.literal(',') || cursor.literal('.') || cursor.literal(':') ||
               cursor.literal(';') || cursor.literal('-') || cursor.word({"\xE2\x80\x93"}));
        cursor.spaces();
    }
    if (!cursor.word(
            {"gruppesesjonen", "gruppesesjon", "sesjon", "runde", "økt", "round", "session"})) {
        return std::nullopt;
    }
    cursor.spaces();
    const int round = cursor.number(3);
    if (round < 0) {
        return std::nullopt;
    }
    if (day == 0) {
        cursor.spaces();
        if (!cursor.atEnd()) {
            return std::nullopt; // "Runde 2 av forhandlingene …" is a sentence
        }
    } else if (!cursor.atEnd() &&
               std::isalnum(static_cast<unsigned char>(body[cursor.position()]))) {
        return std::nullopt;
    }
    return std::pair{day, round};
}

// "1.12 Title", "1.12. Title", "1.12" → {round, sequence, title}.
struct GroupHeadingMatch {
    int round = 0;
    int sequence = 0;
    std::string title;
};
std::optional<GroupHeadingMatch> matchGroupHeading(const std::string& body) {
    Cursor cursor(body);
    GroupHeadingMatch match;
    match.round = cursor.number(3);
    if (match.round < 0 || !cursor.literal('.')) {
        return std::nullopt;
    }
    match.sequence = cursor.number(3);
    if (match.sequence < 0) {
        return std::nullopt;
    }
    cursor.literal('.');
    if (cursor.atEnd()) {
        return match;
    }
    if (cursor.spaces() == 0) {
        return std::nullopt;
    }
    match.title = cursor.rest();
    return match;
}

// "1. text", "2) text" → text.
std::optional<std::string> matchNumbered(const std::string& body) {
    Cursor cursor(body);
    if (cursor.number(2) < 0 || !(cursor.literal('.') || cursor.literal(')')) ||
        cursor.spaces() == 0 || cursor.atEnd()) {
        return std::nullopt;
    }
    return cursor.rest();
}

// Page furniture is told by its shape, never by known words: the line with
// each run of digits replaced by '#', and the digits themselves.
struct Shape {
    std::string pattern; // "Åpen arena # – side #"
    std::string digits;  // "2020,3"
};

Shape shapeOf(const std::string& body) {
    Shape shape;
    bool inDigits = false;
    for (char c : body) {
        if (isDigit(c)) {
            if (!inDigits) {
                shape.pattern += '#';
                shape.digits += shape.digits.empty() ? "" : ",";
            }
            shape.digits += c;
            inDigits = true;
        } else {
            shape.pattern += c;
            inDigits = false;
        }
    }
    return shape;
}

// Longer lines are text, not a header or footer.
constexpr size_t kMaxFurnitureBytes = 100;
// Headers and footers recur a page apart; lines that recur closer than this
// (typically) are a list in the text ("Trinn 1", "Trinn 2").
constexpr size_t kMinPageLines = 6;

bool isLonePageNumber(const std::string& body) {
    return !body.empty() && body.size() <= 4 &&
           std::all_of(body.begin(), body.end(), [](char c) { return isDigit(c); });
}

// The lines (indices into `lines`) that are page furniture: a lone page
// number, or a short text line whose shape recurs, spread out like pages,
// either with its digits changing (twice or more: "side 3", "side 4") or the
// same each time (three times or more: a URL line, a running title).
std::vector<bool> pageFurniture(const std::vector<ClassifiedLine>& lines) {
    std::vector<bool> furniture(lines.size(), false);
    std::unordered_map<std::string, std::vector<size_t>> byPattern;
    std::vector<Shape> shapes(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        const auto& line = lines[i];
        if (line.kind != LineKind::Text || line.rest.size() > kMaxFurnitureBytes) {
            continue;
        }
        if (isLonePageNumber(line.rest)) {
            furniture[i] = true;
            continue;
        }
        shapes[i] = shapeOf(line.rest);
        byPattern[shapes[i].pattern].push_back(i);
    }
    for (const auto& entry : byPattern) {
        const std::vector<size_t>& at = entry.second; // clang 14: no lambda capture of a binding
        if (at.size() < 2) {
            continue;
        }
        std::vector<size_t> gaps;
        for (size_t k = 1; k < at.size(); ++k) {
            gaps.push_back(lines[at[k]].line.number - lines[at[k - 1]].line.number);
        }
        std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
        if (gaps[gaps.size() / 2] < kMinPageLines) {
            continue;
        }
        const bool digitsChange = std::any_of(at.begin(), at.end(), [&](size_t i) {
            return shapes[i].digits != shapes[at.front()].digits;
        });
        if (digitsChange || at.size() >= 3) {
            for (size_t i : at) {
                furniture[i] = true;
            }
        }
    }
    return furniture;
}

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

std::vector<ClassifiedLine> classifyLines(const std::string& text,
                                          std::vector<DroppedLine>* dropped) {
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

    for (auto& line : lines) {
        const std::string& body = line.line.body;
        if (body.empty()) {
            line.kind = LineKind::Blank;
        } else if (auto round = matchRound(body)) {
            line.kind = LineKind::RoundHeading;
            line.day = round->first;
            line.round = round->second;
        } else if (auto group = matchGroupHeading(body)) {
            line.kind = LineKind::GroupHeading;
            line.round = group->round;
            line.number = std::to_string(group->round) + "." + std::to_string(group->sequence);
            line.rest = group->title;
        } else if (auto label = matchLabel(body)) {
            line.kind = LineKind::Label;
            line.label = label->first;
            line.rest = label->second;
        } else if (auto bullet = matchBullet(body)) {
            line.kind = bullet->first ? LineKind::SubBullet : LineKind::Bullet;
            line.rest = bullet->second;
        } else if (auto numbered = matchNumbered(body)) {
            line.kind = LineKind::Numbered;
            line.rest = *numbered;
        } else {
            line.kind = LineKind::Text;
            line.rest = body;
        }
    }

    const std::vector<bool> furniture = pageFurniture(lines);
    std::vector<ClassifiedLine> kept;
    kept.reserve(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        if (!furniture[i]) {
            kept.push_back(std::move(lines[i]));
        } else if (dropped) {
            dropped->push_back({lines[i].line.number, lines[i].line.body});
        }
    }
    return kept;
}

} // namespace innspill::io::notes
