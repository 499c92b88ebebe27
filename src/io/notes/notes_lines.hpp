// The lines of a notes file and what each one is: a round heading, a group
// heading, a label ("Initiativtaker:"), a bullet, a numbered item or plain
// text. Knows the report's convention in bokmål and nynorsk spellings.
#pragma once

#include "io/notes/parsed_notes.hpp"
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

// Splits, cleans and classifies; drops page furniture, recognised by its
// shape rather than by known words (see isPageFurniture in the .cpp): a lone
// page number, and a short line that recurs through the text, spread out like
// pages, with only its digits changing (a running title with "side 3", "3 av
// 12", a URL line). `dropped` receives what was dropped, in line order.
std::vector<ClassifiedLine> classifyLines(const std::string& text,
                                          std::vector<DroppedLine>* dropped);

// The label at the start of `body`, and the text after it (colon removed).
std::optional<std::pair<Label, std::string>> matchLabel(const std::string& body);

// Case folding lives in the model; notes code calls it unqualified.
using model::foldCase;

} // namespace innspill::io::notes
