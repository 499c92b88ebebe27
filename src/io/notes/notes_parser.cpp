// The notes parser: a state machine over classified lines. Front matter, then
// round headings, group headings with their labelled header, and the inputs.
// Every line that is read ends up in some field; a line it cannot place is
// kept as a group note and reported with its line number.
#include "io/notes/notes_lines.hpp"
#include "io/notes/parsed_notes.hpp"
#include "io/notes/people_names.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

namespace innspill::io::notes {

namespace {

bool startsLower(const std::string& text) {
    if (text.empty()) {
        return false;
    }
    const auto c = static_cast<unsigned char>(text[0]);
    if (c < 0x80) {
        return std::islower(c) != 0;
    }
    // æ ø å and other Latin-1 small letters (C3 A0–C3 BF).
    return c == 0xC3 && text.size() > 1 && static_cast<unsigned char>(text[1]) >= 0xA0;
}

bool endsSentence(const std::string& text) {
    return !text.empty() && std::string(".!?:").find(text.back()) != std::string::npos;
}

size_t wordCount(const std::string& text) {
    size_t count = text.empty() ? 0 : 1;
    for (char c : text) {
        count += c == ' ' ? 1 : 0;
    }
    return count;
}

void appendText(std::string& to, const std::string& more) {
    if (more.empty()) {
        return;
    }
    if (!to.empty()) {
        to += ' ';
    }
    to += more;
}

class Parser {
  public:
    explicit Parser(std::vector<ClassifiedLine> lines) : m_lines(std::move(lines)) {}

    ParsedNotes run() {
        for (m_at = 0; m_at < m_lines.size(); ++m_at) {
            const auto& line = m_lines[m_at];
            if (line.kind == LineKind::Blank) {
                handleBlank();
                continue;
            }
            if (line.kind == LineKind::RoundHeading) {
                startRound(line);
                m_previousBlank = false;
                continue;
            }
            if (line.kind == LineKind::GroupHeading && confirmsGroup(m_at)) {
                startGroup(line);
                m_previousBlank = false;
                continue;
            }
            switch (m_state) {
            case State::Front:
                frontMatter(line);
                break;
            case State::Round:
                roundText(line);
                break;
            case State::Title:
            case State::Header:
                header(line);
                break;
            case State::Inputs:
                inputs(line);
                break;
            }
            m_previousBlank = false;
            m_lastLength = line.line.body.size();
        }
        finishGroup();
        return std::move(m_result);
    }

  private:
    enum class State { Front, Round, Title, Header, Inputs };

    ParsedGroup& group() { return m_result.groups.back(); }

    void warn(size_t line, lang::Message message) {
        m_result.warnings.push_back({line, std::move(message)});
    }

    void handleBlank() {
        if (m_state == State::Front && !m_result.frontMatter.empty()) {
            m_frontBreak = true;
        }
        if (m_state == State::Title) {
            m_state = State::Header; // a blank line ends a title running over lines
        }
        m_previousBlank = true;
        m_paragraphOpen = false;
    }

    // A group heading is "1.12 Title" followed, before the next heading, by a
    // label — or one that follows a blank line and fits the current round.
    // Otherwise "2.5 millioner …" in an input would start a group.
    bool confirmsGroup(size_t at) const {
        const auto& candidate = m_lines[at];
        for (size_t i = at + 1; i < m_lines.size() && i <= at + 12; ++i) {
            const auto kind = m_lines[i].kind;
            if (kind == LineKind::Label) {
                return true;
            }
            if (kind == LineKind::RoundHeading || kind == LineKind::GroupHeading ||
                kind == LineKind::Bullet || kind == LineKind::Numbered) {
                break;
            }
        }
        const bool fitsRound = m_round == 0 || candidate.round == m_round;
        const bool afterBreak =
            at == 0 || m_previousBlank || m_state == State::Round || m_state == State::Front;
        // Titles start with a capital or a quote; "2.5 millioner" does not.
        const bool titleLike = !candidate.rest.empty() && !startsLower(candidate.rest);
        return fitsRound && titleLike && (afterBreak || follows(candidate.number));
    }

    // Whether `number` comes after the current group's in its round (1.3 after 1.2).
    bool follows(const std::string& number) const {
        if (m_result.groups.empty()) {
            return true;
        }
        const auto& current = m_result.groups.back().number;
        const auto sequence = [](const std::string& n) {
            return std::stoi(n.substr(n.find('.') + 1));
        };
        for (const auto& group : m_result.groups) {
            if (group.number == number) {
                return false;
            }
        }
        return sequence(number) > sequence(current);
    }

    void frontMatter(const ClassifiedLine& line) {
        auto& front = m_result.frontMatter;
        if (!front.empty()) {
            front += m_frontBreak ? "\n\n" : "\n";
        }
        m_frontBreak = false;
        front += line.line.body;
    }

    void startRound(const ClassifiedLine& line) {
        finishGroup();
        m_day = line.day != 0 ? line.day : (m_day == 0 ? 1 : m_day);
        m_round = line.round;
        m_result.rounds.push_back({m_day, m_round, ""});
        m_state = State::Round;
    }

    void roundText(const ClassifiedLine& line) {
        auto& round = m_result.rounds.back();
        appendText(round.extra, line.line.body);
        warn(line.line.number, lang::message("notesImport.roundText"));
    }

    void startGroup(const ClassifiedLine& line) {
        finishGroup();
        ParsedGroup parsed;
        parsed.line = line.line.number;
        parsed.number = line.number;
        parsed.title = line.rest;
        parsed.day = m_day;
        parsed.round = m_round != 0 ? m_round : line.round;
        if (m_round != 0 && line.round != m_round) {
            warn(line.line.number,
                 lang::message("notesImport.groupUnderRound",
                               {{"number", line.number}, {"round", std::to_string(m_round)}}));
        }
        m_result.groups.push_back(std::move(parsed));
        m_state = State::Title;
        m_sawLabel = false;
        m_paragraphOpen = false;
        m_lastItemLine = false;
    }

    void setField(const ClassifiedLine& line) {
        auto& g = group();
        switch (line.label) {
        case Label::Initiator:
            for (auto& person : parsePeople(line.rest, true)) {
                g.initiators.push_back(std::move(person));
            }
            break;
        case Label::Facilitator:
            for (auto& person : parsePeople(line.rest, false)) {
                g.facilitators.push_back(std::move(person));
            }
            break;
        case Label::ParticipantCount:
            setCount(line);
            break;
        case Label::Inputs:
            startInputs(line);
            break;
        }
    }

    void setCount(const ClassifiedLine& line) {
        auto& g = group();
        g.participantLine = true;
        std::string value = line.rest;
        // A value on the next line ("Antall deltakere:" then "13") is common in PDF text.
        if (value.empty() && m_at + 1 < m_lines.size() &&
            m_lines[m_at + 1].kind == LineKind::Text &&
            std::isdigit(static_cast<unsigned char>(m_lines[m_at + 1].line.body[0])) &&
            m_lines[m_at + 1].line.body.size() <= 12) {
            value = m_lines[++m_at].line.body;
        }
        static const std::regex kLeadingNumber(R"(^(\d{1,5}))");
        static const std::regex kAnyNumber(R"((\d{1,5}))");
        std::smatch match;
        if (std::regex_search(value, match, kLeadingNumber) ||
            std::regex_search(value, match, kAnyNumber)) {
            g.participantCount = std::stoi(match[1]);
            if (value != match.str(1)) {
                g.participantNote = value;
            }
        } else {
            g.participantNote = value; // "ukjent", "mange"
        }
    }

    void startInputs(const ClassifiedLine& line) {
        m_state = State::Inputs;
        m_paragraphOpen = false;
        m_lastItemLine = false;
        std::string rest = line.rest;
        // "Innspill til strategien (felles for 2.3 og 2.5):" — the parenthesis is a note.
        if (!rest.empty() && rest[0] == '(') {
            const auto close = rest.find(')');
            const std::string note =
                close == std::string::npos ? rest.substr(1) : rest.substr(1, close - 1);
            group().reportNotes.push_back(note);
            noteLinks(note);
            rest = close == std::string::npos ? "" : rest.substr(close + 1);
            while (!rest.empty() && (rest[0] == ':' || rest[0] == ' ')) {
                rest.erase(0, 1);
            }
        }
        if (!rest.empty()) {
            ClassifiedLine text = line;
            text.kind = LineKind::Text;
            text.rest = rest;
            inputs(text);
        }
    }

    // "slo seg sammen med 2.5", "felles innspill med gruppe 2.3 og 2.5"
    void noteLinks(const std::string& note) {
        static const std::regex kMerge(R"(sammen|saman|felles|slått|slo)", std::regex::icase);
        static const std::regex kNumber(R"((\d{1,3}\.\d{1,3}))");
        if (!std::regex_search(note, kMerge)) {
            return;
        }
        for (std::sregex_iterator it(note.begin(), note.end(), kNumber), end; it != end; ++it) {
            const std::string number = (*it)[1];
            if (number != group().number) {
                group().mergedWith.push_back(number);
            }
        }
    }

    void header(const ClassifiedLine& line) {
        if (line.kind == LineKind::Label) {
            m_state = State::Header;
            m_sawLabel = true;
            setField(line);
            return;
        }
        if (m_state == State::Header && !m_sawLabel) {
            // A group written as a title and then sentences, with no labels:
            // the sentences are its inputs.
            m_state = State::Inputs;
            inputs(line);
            return;
        }
        if (line.kind == LineKind::Bullet || line.kind == LineKind::Numbered ||
            line.kind == LineKind::SubBullet) {
            // Inputs without the "Innspill til strategien:" line.
            m_state = State::Inputs;
            inputs(line);
            return;
        }
        if (m_state == State::Title) {
            appendText(group().title, line.line.body);
            return;
        }
        static const std::regex kFollowUp(
            R"((fordypning|fordjuping|oppfølging|oppfylging|videreføring|vidareføring)\D{0,40}?(\d{1,3}\.\d{1,3}))",
            std::regex::icase);
        std::smatch match;
        const std::string& body = line.line.body;
        if (std::regex_search(body, match, kFollowUp) && !group().followUpOf) {
            group().followUpOf = match.str(2);
        }
        group().reportNotes.push_back(body);
        noteLinks(body);
    }

    std::vector<ParsedInput>& list() { return group().inputs; }

    void addItem(const ClassifiedLine& line, bool sub) {
        ParsedInput input;
        input.text = line.rest;
        input.line = line.line.number;
        auto& items = list();
        // Sub-point by marker, or by indentation clearly deeper than the item above.
        const bool indented = !items.empty() && line.line.indent >= m_itemIndent + 3 &&
                              items.back().kind == model::InputKind::Item;
        if ((sub || indented) && !items.empty() && items.back().kind == model::InputKind::Item) {
            items.back().children.push_back(std::move(input));
            m_inChild = true;
        } else {
            if (sub) {
                warn(line.line.number, lang::message("notesImport.orphanSubPoint"));
            }
            m_itemIndent = line.line.indent;
            items.push_back(std::move(input));
            m_inChild = false;
        }
        m_lastItemLine = true;
        m_paragraphOpen = false;
    }

    ParsedInput& currentEntry() {
        auto& last = list().back();
        return m_inChild && !last.children.empty() ? last.children.back() : last;
    }

    void inputs(const ClassifiedLine& line) {
        switch (line.kind) {
        case LineKind::Bullet:
        case LineKind::Numbered:
            addItem(line, false);
            return;
        case LineKind::SubBullet:
            addItem(line, true);
            return;
        case LineKind::Label:
            if (line.label == Label::Inputs) {
                startInputs(line);
                return;
            }
            group().internalNotes.push_back(line.line.body);
            warn(line.line.number,
                 lang::message("notesImport.textAfterInputs",
                               {{"text", line.line.body}, {"number", group().number}}));
            return;
        default:
            break;
        }
        // An unconfirmed "2.5 millioner …" is text as written.
        const std::string& text = line.kind == LineKind::Text ? line.rest : line.line.body;
        auto& items = list();
        const bool afterBlank = m_previousBlank;
        if (!items.empty() && (m_lastItemLine || m_paragraphOpen)) {
            // PDF text breaks lines anywhere, even with blank lines between:
            // a line that does not start a new item belongs to the entry above,
            // unless a blank line and a capital letter start a new paragraph.
            // Without a blank line, a line continues the one above when that
            // one ran to the margin (a wrapped line) or this one starts in
            // lower case; a capitalised line after a short one is a new paragraph.
            ParsedInput& entry = currentEntry();
            const bool wrapped = m_lastLength >= kWrapWidth;
            const bool continues =
                startsLower(text) ||
                (!afterBlank && (wrapped || !std::isupper(static_cast<unsigned char>(text[0])))) ||
                (afterBlank && !endsSentence(entry.text) &&
                 !std::isupper(static_cast<unsigned char>(text[0])) &&
                 static_cast<unsigned char>(text[0]) < 0x80);
            if (continues) {
                appendText(entry.text, text);
                return;
            }
        }
        // A new paragraph: before the first item a lead-in, between items a
        // short sub-heading or a lead-in for what follows.
        ParsedInput paragraph;
        paragraph.text = text;
        paragraph.line = line.line.number;
        const bool hasItems = std::any_of(items.begin(), items.end(), [](const ParsedInput& i) {
            return i.kind == model::InputKind::Item;
        });
        const bool shortLine = text.size() <= 60 && wordCount(text) <= 8 && text.back() != '.';
        paragraph.kind =
            hasItems && shortLine ? model::InputKind::SubHeading : model::InputKind::LeadIn;
        items.push_back(std::move(paragraph));
        m_paragraphOpen = true;
        m_lastItemLine = false;
        m_inChild = false;
    }

    void finishGroup() {
        if (m_result.groups.empty() || m_state == State::Front || m_state == State::Round) {
            return;
        }
        auto& items = group().inputs;
        const bool anyItem = std::any_of(items.begin(), items.end(), [](const ParsedInput& i) {
            return i.kind == model::InputKind::Item;
        });
        // Inputs written as plain paragraphs, with no bullets: each is an input.
        if (!anyItem) {
            for (auto& item : items) {
                item.kind = model::InputKind::Item;
            }
        }
        m_state = State::Round;
    }

    std::vector<ClassifiedLine> m_lines;
    size_t m_at = 0;
    ParsedNotes m_result;
    State m_state = State::Front;
    int m_day = 0;
    int m_round = 0;
    bool m_previousBlank = true;
    bool m_paragraphOpen = false;
    bool m_lastItemLine = false;
    bool m_inChild = false;
    bool m_frontBreak = false;
    bool m_sawLabel = false;
    size_t m_itemIndent = 0;
    size_t m_lastLength = 0; // bytes in the previous non-blank line
    // Lines at least this long were probably wrapped by the PDF's layout.
    static constexpr size_t kWrapWidth = 45;
};

} // namespace

ParsedNotes parseNotes(const std::string& text) {
    std::vector<DroppedLine> dropped;
    auto lines = classifyLines(text, &dropped);
    ParsedNotes parsed = Parser(std::move(lines)).run();
    parsed.dropped = std::move(dropped);
    return parsed;
}

} // namespace innspill::io::notes
