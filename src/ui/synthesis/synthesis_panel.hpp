// The Syntese tab: from the inputs to a challenge picture. Left, the inputs
// filtered by theme (untagged ones in their own bucket), round, group, text
// and "not yet used", each with its group number and where it is used;
// right, the theme's introduction, challenges and measures edited in place,
// with the sources as chips, coverage, parking and the priorities. Inputs
// are linked by dragging them onto a challenge or measure, or with L while
// one is selected (to the challenge or measure last worked on).
#pragma once

#include "model/id.hpp"
#include "model/input_index.hpp"
#include "model/synthesis_coverage.hpp"
#include "ui/widgets/prose_field.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace innspill::ui {

struct AppContext;

inline constexpr const char* kSynthesisTabId = "synthesis";
// The drag-and-drop payload type of an input (its id as text).
inline constexpr const char* kInputPayload = "innspill.input";

// One line of the input list.
struct SynthesisRow {
    model::Id input;
    const model::Group* group = nullptr;
    const model::Input* value = nullptr;
    model::Standing standing = model::Standing::Untouched;
};

// What the panel derives from the event, rebuilt when the event or a filter
// changes (never per frame: 5,000 inputs).
struct SynthesisCache {
    uint64_t revision = UINT64_MAX;
    const void* event = nullptr;
    std::string filterKey;
    model::InputIndex inputs;
    model::SourceUses uses;
    model::ParkedSet parked;
    model::Coverage coverage;
    std::vector<SynthesisRow> rows;
    // "A", "B.2": where each challenge and measure stands, for the list.
    // The challenges of a theme no longer in the event are lettered as one
    // group, as the report prints them.
    std::unordered_map<model::Id, std::string> labels;
    // The challenges whose theme was removed, in order (shown in the
    // "untagged" bucket until they are moved to a theme).
    std::vector<model::Id> orphans;
    // "1.6 · Tverrfaglige kommunale …" by input, made when first drawn.
    std::unordered_map<model::Id, std::string> chips;
    // What the list shows of a row, made when first drawn: where the input
    // is used, and its text on one line cut to `chars` characters.
    struct RowText {
        std::string where;
        size_t chars = 0;
        std::string text;
    };
    std::unordered_map<model::Id, RowText> rowTexts;
};

struct SynthesisPanelState {
    // The theme worked on; empty with `untagged`: the inputs with no theme.
    model::Id theme;
    bool untagged = false;
    // Filters of the input list.
    model::Id round;   // empty: every round
    std::string group; // a group number; empty: every group
    std::string text;
    enum class Usage { All, NotUsed, Untouched } usage = Usage::All;
    std::vector<model::Id> textMatches; // the FTS5 hits for `text`
    std::string matchedText;
    // The selected input, and the challenge or measure the link key links to.
    model::Id selected;
    model::Id target;
    bool scrollToSelected = false;
    // Parking the selected input: its reason, typed in a popup.
    bool parking = false;
    std::string parkReason;
    // "Find similar": what it was asked for, and what it found.
    model::Id similarOf;
    std::vector<model::Id> similar;
    // The wrapping prose fields (introduction, descriptions, measure texts),
    // by their entity's id and field.
    std::unordered_map<std::string, ProseFieldState> prose;
    // Each challenge's height on the board when last drawn: one out of view
    // is only room (a board can hold 40 challenges with their measures).
    std::unordered_map<model::Id, float> challengeHeights;
    SynthesisCache cache;
};

void drawSynthesisPanel(AppContext& ctx);

} // namespace innspill::ui
