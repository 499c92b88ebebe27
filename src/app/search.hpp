// Search across the open event as the facilitator types (Ctrl+F): inputs,
// group titles and notes, and people, through the event file's FTS5 index
// (kept in step with every edit by triggers), grouped by group.
#pragma once

#include "model/id.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innspill::app {

class EventSession;

enum class HitKind { GroupTitle, GroupNotes, Input, Person };

struct SearchHit {
    HitKind kind = HitKind::Input;
    model::Id groupId;                 // empty for a person in no group
    std::optional<model::Id> inputId;  // HitKind::Input
    std::optional<model::Id> personId; // HitKind::Person
    std::string text;                  // the matching text as stored
    // Byte ranges of `text` that match the query, for highlighting.
    std::vector<std::pair<size_t, size_t>> matches;
};

struct SearchGroup {
    model::Id groupId; // empty: people in no group
    std::string number;
    std::string title;
    std::vector<SearchHit> hits;
};

struct SearchResults {
    std::vector<SearchGroup> groups; // in report order (programme, then natural number)
    size_t total = 0;
    bool truncated = false; // more than `limit` hits
};

// Every word of `query` must match the start of a word (prefix search),
// case-insensitively, also for æ ø å. An empty query gives no results.
SearchResults search(EventSession& session, std::string_view query, size_t limit = 200);

} // namespace innspill::app
