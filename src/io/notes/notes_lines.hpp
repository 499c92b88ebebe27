// The lines of a notes file and what each one is: a round heading, a group
// heading, a label ("Initiativtaker:"), a bullet, a numbered item or plain
// text. Knows the report's convention in bokmål and nynorsk spellings.
#pragma once

#include "model/text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innspill::io::notes {

struct SourceLine {
    size_t number = 0; // 1-based line number in the file
    size_t indent = 0; // leading spaces (a tab counts as four)
    std::string body;  // without leading/trailing space, runs of spaces folded
};

enum class Label { Initiator, Facilitator, ParticipantCount, Inputs };

enum class LineKind {
    Blank,
    RoundHeading, // DAG 1, gruppesesjon 2
    GroupHeading, // 1.12 Title  (a candidate: the parser confirms it)
    Label,        // Initiativtaker: …
    Bullet,       // • text
    SubBullet,    // o text, – text
    Numbered,     // 1. text, 1) text
    Text,
};

struct ClassifiedLine {
    SourceLine line;
    LineKind kind = LineKind::Text;
    // RoundHeading: day and round; GroupHeading: round and the group number.
    int day = 0;
    int round = 0;
    std::string number; // GroupHeading: "1.12"
    Label label = Label::Initiator;
    std::string rest; // what follows the heading number, label or bullet
};

// Splits, cleans and classifies; drops page furniture (lone page numbers,
// running headers and footers repeated on several pages). `dropped` receives
// the line numbers of what was dropped.
std::vector<ClassifiedLine> classifyLines(const std::string& text, std::vector<size_t>* dropped);

// The label at the start of `body`, and the text after it (colon removed).
std::optional<std::pair<Label, std::string>> matchLabel(const std::string& body);

// Case folding lives in the model; notes code calls it unqualified.
using model::foldCase;

} // namespace innspill::io::notes
