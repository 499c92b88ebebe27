// The vocabulary and ranked queries behind "find similar".
#include "store/similar_inputs.hpp"

#include "store/event_file.hpp"

namespace innspill::store {

std::vector<int64_t> inputTermCounts(EventFile& file, const std::vector<std::string>& terms) {
    std::vector<int64_t> counts;
    counts.reserve(terms.size());
    Statement& lookup =
        file.connection().prepared("SELECT doc FROM input_vocabulary WHERE term = ?");
    for (const auto& term : terms) {
        lookup.bind(1, std::string_view(term));
        counts.push_back(lookup.step() ? lookup.integer(0) : 0);
        lookup.reset();
    }
    return counts;
}

std::vector<std::string> rankedInputs(EventFile& file, const std::string& ftsQuery, size_t limit) {
    std::vector<std::string> ids;
    Statement& query = file.connection().prepared(
        "SELECT i.id FROM (SELECT rowid, rank FROM input_search WHERE input_search MATCH ? "
        "ORDER BY rank LIMIT ?) AS hit JOIN input i ON i.seq = hit.rowid ORDER BY hit.rank");
    query.bind(1, std::string_view(ftsQuery)).bind(2, static_cast<int64_t>(limit));
    while (query.step()) {
        ids.push_back(query.text(0));
    }
    query.reset();
    return ids;
}

} // namespace innspill::store
