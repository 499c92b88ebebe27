// Reading the input index for "find similar" (schema version
// kSynthesisTablesVersion): how many inputs each term occurs in, and the
// inputs an FTS5 query matches, best first by bm25.
#pragma once

#include <cstdint>
#include <optional>
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

// What "find similar" starts from, read straight from the file (the
// command line does not load the whole event for one look-up): the text of
// an input with its sub-points, or of a challenge with its measures, and
// the ids to leave out (the input, its sub-points and its input; the
// challenge's sources). Nothing when `id` is no such thing.
struct SimilarSource {
    std::string text;
    std::vector<std::string> exclude;
};
std::optional<SimilarSource> inputSource(EventFile& file, const std::string& id);
std::optional<SimilarSource> challengeSource(EventFile& file, const std::string& id);

// Inputs by id with their group's number and their text, in the order given.
struct InputRow {
    std::string id;
    std::string groupNumber;
    std::string text;
};
std::vector<InputRow> describeInputs(EventFile& file, const std::vector<std::string>& ids);

} // namespace innspill::store
