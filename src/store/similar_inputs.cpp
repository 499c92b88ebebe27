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

std::optional<SimilarSource> inputSource(EventFile& file, const std::string& id) {
    auto& connection = file.connection();
    // The input itself, or the input a sub-point hangs under: its whole text.
    Statement& top = connection.prepared(
        "SELECT coalesce(p.id, i.id) FROM input i LEFT JOIN input p ON p.id = i.parent_id "
        "WHERE i.id = ?");
    top.bind(1, std::string_view(id));
    if (!top.step()) {
        top.reset();
        return std::nullopt;
    }
    const std::string topId = top.text(0);
    top.reset();
    SimilarSource source;
    Statement& texts = connection.prepared("SELECT id, text FROM input WHERE id = ?1 OR parent_id "
                                           "= ?1 ORDER BY parent_id IS NOT NULL, "
                                           "position");
    texts.bind(1, std::string_view(topId));
    while (texts.step()) {
        source.exclude.push_back(texts.text(0));
        // The sub-point asked about (or the input) first, as the app does.
        source.text += texts.text(1) + "\n";
    }
    texts.reset();
    return source;
}

std::optional<SimilarSource> challengeSource(EventFile& file, const std::string& id) {
    auto& connection = file.connection();
    Statement& challenge =
        connection.prepared("SELECT title, description FROM challenge WHERE id = ?");
    challenge.bind(1, std::string_view(id));
    if (!challenge.step()) {
        challenge.reset();
        return std::nullopt;
    }
    SimilarSource source;
    source.text = challenge.text(0) + "\n" + challenge.text(1);
    challenge.reset();
    Statement& measures = connection.prepared(
        "SELECT lead, text FROM measure WHERE challenge_id = ? ORDER BY position");
    measures.bind(1, std::string_view(id));
    while (measures.step()) {
        source.text += "\n" + measures.text(0) + "\n" + measures.text(1);
    }
    measures.reset();
    Statement& sources =
        connection.prepared("SELECT input_id FROM synthesis_source WHERE challenge_id = ?");
    sources.bind(1, std::string_view(id));
    while (sources.step()) {
        source.exclude.push_back(sources.text(0));
    }
    sources.reset();
    return source;
}

std::vector<InputRow> describeInputs(EventFile& file, const std::vector<std::string>& ids) {
    std::vector<InputRow> rows;
    Statement& row = file.connection().prepared(
        "SELECT g.number, i.text FROM input i JOIN event_group g ON g.id = i.group_id "
        "WHERE i.id = ?");
    for (const auto& id : ids) {
        row.bind(1, std::string_view(id));
        if (row.step()) {
            rows.push_back(InputRow{id, row.text(0), row.text(1)});
        }
        row.reset();
    }
    return rows;
}

} // namespace innspill::store
