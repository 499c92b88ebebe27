// What the notes parser read, before it is merged into an event: plain
// values with the line numbers they came from, so nothing is lost unseen.
#pragma once

#include "lang/message.hpp"
#include "model/input.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innspill::io::notes {

struct ParsedPerson {
    std::string name;
    std::string organisation;
};

struct ParsedInput {
    std::string text;
    model::InputKind kind = model::InputKind::Item;
    std::vector<ParsedInput> children;
    size_t line = 0;
};

struct ParsedGroup {
    size_t line = 0;
    std::string number; // "1.12"
    int day = 0;        // from the round heading above it; 0 if none
    int round = 0;      // from the round heading above it, else the number's prefix
    std::string title;
    std::vector<ParsedPerson> initiators;
    std::vector<ParsedPerson> facilitators;
    std::optional<int> participantCount;
    std::string participantNote;
    bool participantLine = false; // the count line was there (maybe empty)
    std::vector<ParsedInput> inputs;
    std::vector<std::string> reportNotes;   // printed under the group
    std::vector<std::string> internalNotes; // lines that could not be placed
    std::optional<std::string> followUpOf;  // a group number
    std::vector<std::string> mergedWith;    // group numbers
};

struct ParsedRound {
    int day = 0;
    int round = 0;
    std::string extra; // text after the heading, before the first group
};

struct NotesWarning {
    size_t line = 0;       // 0: not tied to a line
    lang::Message message; // worded by whoever shows it (the dialog, the CLI)
};

// A line left out as page furniture: a page number, a running header or
// footer, a URL line repeated on every page.
struct DroppedLine {
    size_t line = 0;  // 1-based
    std::string text; // as cleaned (runs of spaces folded)

    bool operator==(const DroppedLine&) const = default;
};

struct ParsedNotes {
    std::string frontMatter; // text before the first round heading
    std::vector<ParsedRound> rounds;
    std::vector<ParsedGroup> groups;
    std::vector<NotesWarning> warnings;
    std::vector<DroppedLine> dropped; // page furniture, in line order
};

ParsedNotes parseNotes(const std::string& text);

} // namespace innspill::io::notes
