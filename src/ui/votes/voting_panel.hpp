// The voting view ("Stemmer"): every input of a round, a day or the whole
// event in one table, where the facilitator walks down the wall typing each
// input's dot count and pressing Enter. Each count is one undoable change.
#pragma once

#include "app/edits_votes.hpp"
#include "model/id.hpp"

#include <array>
#include <cstddef>
#include <string>

namespace innspill::ui {

struct AppContext;

struct VotingPanelState {
    app::VotingScope scope; // the whole event until another is chosen
    size_t active = 0;      // the row whose count is typed
    bool focusCount = true; // the count field takes the keyboard next frame
    bool scrollToActive = false;
    std::array<char, 16> buffer{}; // the count as typed
    model::Id bufferFor;           // the input the buffer was filled for
    std::string notice;            // "not a number"
};

void drawVotingPanel(AppContext& ctx);

} // namespace innspill::ui
