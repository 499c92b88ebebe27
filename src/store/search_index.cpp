// FTS5 queries over inputs, groups and people. Rows come in index order, not
// ranked: the caller sorts hits into report order, and ranking every match of
// a one-letter prefix would cost a whole scan per keystroke.
#include "store/search_index.hpp"

#include "store/event_file.hpp"

namespace innspill::store {

std::vector<SearchRow> searchIndex(EventFile& file, const std::string& ftsQuery, size_t limit) {
    std::vector<SearchRow> rows;
    auto& connection = file.connection();
    const auto run = [&](const char* sql, SearchRow::Kind kind, bool hasGroup) {
        Statement& query = connection.prepared(sql);
        query.bind(1, std::string_view(ftsQuery)).bind(2, static_cast<int64_t>(limit + 1));
        while (query.step()) {
            rows.push_back(
                SearchRow{kind, query.text(0), hasGroup ? query.text(1) : std::string()});
        }
        query.reset();
    };
    run("SELECT i.id, i.group_id FROM input_search JOIN input i ON i.seq = input_search.rowid "
        "WHERE input_search MATCH ? LIMIT ?",
        SearchRow::Kind::Input, true);
    run("SELECT g.id FROM group_search JOIN event_group g ON g.seq = group_search.rowid "
        "WHERE group_search MATCH ? LIMIT ?",
        SearchRow::Kind::Group, false);
    run("SELECT p.id FROM person_search JOIN person p ON p.seq = person_search.rowid "
        "WHERE person_search MATCH ? LIMIT ?",
        SearchRow::Kind::Person, false);
    return rows;
}

} // namespace innspill::store
