// Reading the event file's FTS5 search index (schema version 2): which
// inputs, groups and people match a full-text query.
#pragma once

#include <string>
#include <vector>

namespace innspill::store {

class EventFile;

struct SearchRow {
    enum class Kind { Input, Group, Person } kind = Kind::Input;
    std::string id;      // the input's, group's or person's id
    std::string groupId; // Input: its group
};

// `ftsQuery` is an FTS5 query (the caller quotes the user's words). Throws
// FileError on a damaged index; an index from an older file is built by the
// migration to version 2.
std::vector<SearchRow> searchIndex(EventFile& file, const std::string& ftsQuery, size_t limit);

} // namespace innspill::store
