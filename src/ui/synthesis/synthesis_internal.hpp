// Inside the Syntese tab (ui/synthesis/*.cpp only): the cache, the two
// halves and the words they share.
#pragma once

#include "app/change.hpp"
#include "ui/synthesis/synthesis_panel.hpp"

#include <optional>
#include <string>

namespace innspill::ui::synthesis {

// Rebuilds state.cache when the event or a filter changed.
void refreshCache(AppContext& ctx);

// Left: the filters and the input list (synthesis_inputs.cpp).
void drawInputs(AppContext& ctx, std::optional<app::Change>& step);
// Right: the theme's introduction, challenges, measures and the priorities
// (synthesis_board.cpp).
void drawBoard(AppContext& ctx, std::optional<app::Change>& step);
// Under a challenge: its actions, "Tiltak og ansvar" (synthesis_actions.cpp).
void drawChallengeActions(AppContext& ctx, const model::Challenge& challenge,
                          std::optional<app::Change>& step);

// "1.6 · Tverrfaglige kommunale …": a source as its chip shows it.
std::string chipText(const model::InputPlace& place, size_t maxChars = 32);
// The chip of `input` (at `place`), made once per event revision.
const std::string& cachedChip(AppContext& ctx, const model::Id& input,
                              const model::InputPlace& place);
// The input's text on one line, at most `maxChars` characters.
std::string oneLine(const std::string& text, size_t maxChars);

// Opens the source in the capture screen (its group, the caret in it).
void showSource(AppContext& ctx, const model::Id& input);
// Selects `input` in the list (and scrolls to it).
void selectInput(AppContext& ctx, const model::Id& input);

} // namespace innspill::ui::synthesis
