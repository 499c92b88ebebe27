// Search (Ctrl+F anywhere): an overlay with a query box and the results as
// you type — inputs, titles, notes and people across the event, grouped by
// group, each with the matching words highlighted. Up/Down pick a result,
// Enter (or a click) opens the group on the capture screen with the caret in
// the input found; Esc closes. Backed by app::search (SQLite FTS5).
#pragma once

#include "app/search.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace innspill::ui {

struct AppContext;

inline constexpr const char* kSearchWindowName = "###search";

struct SearchPanelState {
    bool open = false;
    bool focusQuery = false;
    std::string query;
    std::string searched; // the query `results` belong to
    bool stale = true;    // search again even if the query is the same
    app::SearchResults results;
    size_t highlighted = 0; // among all hits, in the order shown
    bool scrollToHighlight = false;
};

// Opens the overlay (or brings it back) with the caret in the query box.
// drawSearchPanel does this itself on Ctrl+F; a menu item can call it too.
void openSearch(AppContext& ctx);

// Call once per frame after the main window: handles Ctrl+F and draws the
// overlay while it is open.
void drawSearchPanel(AppContext& ctx);

// A hit's text cut to about `maxCharacters` around its first match, on one
// line, with the match ranges moved to match; "…" marks what was cut.
struct SearchSnippet {
    std::string text;
    std::vector<std::pair<size_t, size_t>> ranges; // [begin, end) bytes, sorted, not overlapping
};
SearchSnippet makeSnippet(const std::string& text,
                          const std::vector<std::pair<size_t, size_t>>& matches,
                          size_t maxCharacters = 120);

} // namespace innspill::ui
