// Reading the input index for "find similar" (schema version
// kSynthesisTablesVersion): how many inputs each term occurs in, and the
// inputs an FTS5 query matches, best first by bm25.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace innspill::store {

class EventFile;

// For each term (as the index folds it: lower case, æøå included), the
// number of inputs holding it; 0 for a term no input has.
std::vector<int64_t> inputTermCounts(EventFile& file, const std::vector<std::string>& terms);

// The ids of the inputs (and sub-points) matching `ftsQuery`, best first by
// bm25; at most `limit`.
std::vector<std::string> rankedInputs(EventFile& file, const std::string& ftsQuery, size_t limit);

} // namespace innspill::store
