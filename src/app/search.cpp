// Search as you type: the user's words become an FTS5 prefix query; hits are
// read from the model (which the index follows) and grouped by group.
#include "app/search.hpp"

#include "app/event_session.hpp"
#include "model/text.hpp"
#include "model/word_chars.hpp"
#include "store/errors.hpp"
#include "store/search_index.hpp"

#include <algorithm>
#include <unordered_map>

namespace innspill::app {

namespace {

// Words as the unicode61 tokenizer sees them: runs of letters and digits.
std::vector<std::string> words(std::string_view query) {
    std::vector<std::string> result;
    std::string word;
    for (size_t at = 0; at < query.size();) {
        const model::Utf8Char c = model::decodeUtf8(query, at);
        if (model::isWordChar(c.codePoint)) {
            word.append(query.substr(at, c.length));
        } else if (!word.empty()) {
            result.push_back(std::move(word));
            word.clear();
        }
        at += c.length;
    }
    if (!word.empty()) {
        result.push_back(std::move(word));
    }
    return result;
}

std::string ftsQuery(const std::vector<std::string>& words) {
    std::string query;
    for (const auto& word : words) {
        // Quoted, so FTS5 syntax characters in the word are plain text; * makes it a prefix.
        query += (query.empty() ? "\"" : " \"") + word + "\"*";
    }
    return query;
}

// Byte ranges where a word of the query starts a word of the text.
std::vector<std::pair<size_t, size_t>> matchesIn(const std::string& text,
                                                 const std::vector<std::string>& folded) {
    std::vector<std::pair<size_t, size_t>> ranges;
    const std::string haystack = model::foldCase(text);
    for (const auto& word : folded) {
        for (size_t at = haystack.find(word); at != std::string::npos;
             at = haystack.find(word, at + 1)) {
            if (!model::wordCharBefore(haystack, at)) {
                ranges.emplace_back(at, at + word.size());
            }
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

} // namespace

SearchResults search(EventSession& session, std::string_view query, size_t limit) {
    SearchResults results;
    const auto queryWords = words(query);
    store::EventFile* file = session.file();
    if (queryWords.empty() || !file) {
        return results;
    }
    std::vector<std::string> folded;
    for (const auto& word : queryWords) {
        folded.push_back(model::foldCase(word));
    }
    std::vector<store::SearchRow> rows;
    try {
        rows = store::searchIndex(*file, ftsQuery(queryWords), limit);
    } catch (const store::FileError&) {
        return results; // a search never interrupts typing; the next keystroke tries again
    }

    const model::Event& event = session.event();
    std::unordered_map<model::Id, SearchGroup> byGroup;
    const auto groupFor = [&](const model::Group* group) -> SearchGroup& {
        const model::Id key = group ? group->id : model::Id();
        auto& entry = byGroup[key];
        if (group) {
            entry.groupId = group->id;
            entry.number = group->number;
            entry.title = group->title;
        }
        return entry;
    };
    const auto add = [&](const model::Group* group, SearchHit hit) {
        if (results.total >= limit) {
            results.truncated = true;
            return;
        }
        hit.matches = matchesIn(hit.text, folded);
        groupFor(group).hits.push_back(std::move(hit));
        ++results.total;
    };

    // Ids index the model, which is what the panels show. Only the groups that
    // hold a hit are looked into (a keystroke must not walk 30,000 inputs).
    std::unordered_map<model::Id, const model::Group*> groupsById;
    groupsById.reserve(event.groups.size());
    for (const auto& group : event.groups) {
        groupsById.emplace(group.id, &group);
    }
    const auto groupById = [&](const std::string& text) -> const model::Group* {
        const auto id = model::Id::parse(text);
        const auto found = id ? groupsById.find(*id) : groupsById.end();
        return found == groupsById.end() ? nullptr : found->second;
    };
    struct InputPlace {
        const model::Input* input;
        size_t ordinal; // place of the input within its group, sub-points counted
    };
    std::unordered_map<model::Id, InputPlace> inputs;
    std::unordered_map<const model::Group*, bool> indexed;
    const auto indexGroup = [&](const model::Group* group) {
        if (!group || indexed[group]) {
            return;
        }
        indexed[group] = true;
        size_t place = 0;
        for (const auto& input : group->inputs) {
            inputs[input.id] = {&input, place++};
            for (const auto& child : input.children) {
                inputs[child.id] = {&child, place++};
            }
        }
    };
    std::vector<model::Id> people; // in the index's order
    for (const auto& row : rows) {
        const auto id = model::Id::parse(row.id);
        if (!id) {
            continue;
        }
        switch (row.kind) {
        case store::SearchRow::Kind::Input: {
            const model::Group* group = groupById(row.groupId);
            indexGroup(group);
            if (auto found = inputs.find(*id); found != inputs.end()) {
                add(group, SearchHit{HitKind::Input,
                                     group->id,
                                     *id,
                                     std::nullopt,
                                     found->second.input->text,
                                     {}});
            }
            break;
        }
        case store::SearchRow::Kind::Group:
            if (const model::Group* group = groupById(row.id)) {
                const std::string title = group->number + " " + group->title;
                if (!matchesIn(title, folded).empty()) {
                    add(group,
                        SearchHit{
                            HitKind::GroupTitle, group->id, std::nullopt, std::nullopt, title, {}});
                }
                for (const auto* notes : {&group->notes.challenges, &group->notes.opportunities,
                                          &group->notes.text, &group->reportNote}) {
                    if (!notes->empty() && !matchesIn(*notes, folded).empty()) {
                        add(group, SearchHit{HitKind::GroupNotes,
                                             group->id,
                                             std::nullopt,
                                             std::nullopt,
                                             *notes,
                                             {}});
                    }
                }
            }
            break;
        case store::SearchRow::Kind::Person:
            if (model::findPerson(event, *id)) {
                people.push_back(*id);
            }
            break;
        }
    }
    // A person is a hit in every group they take part in: one pass over the
    // groups for all of them.
    if (!people.empty()) {
        std::unordered_map<model::Id, std::vector<const model::Group*>> groupsOf;
        for (const auto& person : people) {
            groupsOf.emplace(person, std::vector<const model::Group*>());
        }
        for (const auto& group : event.groups) {
            for (const auto* list : {&group.initiators, &group.facilitators, &group.participants}) {
                for (const auto& member : *list) {
                    if (auto found = groupsOf.find(member);
                        found != groupsOf.end() &&
                        (found->second.empty() || found->second.back() != &group)) {
                        found->second.push_back(&group);
                    }
                }
            }
        }
        for (const auto& id : people) {
            const std::string name = model::displayName(*model::findPerson(event, id));
            const auto& in = groupsOf[id];
            if (in.empty()) {
                add(nullptr, SearchHit{HitKind::Person, model::Id(), std::nullopt, id, name, {}});
            }
            for (const auto* group : in) {
                add(group, SearchHit{HitKind::Person, group->id, std::nullopt, id, name, {}});
            }
        }
    }
    // Within a group: its title, then inputs as they stand, then notes and people.
    const auto rank = [&](const SearchHit& hit) {
        switch (hit.kind) {
        case HitKind::GroupTitle:
            return std::pair<int, size_t>{0, 0};
        case HitKind::Input:
            return std::pair<int, size_t>{1, inputs.at(*hit.inputId).ordinal};
        case HitKind::GroupNotes:
            return std::pair<int, size_t>{2, 0};
        case HitKind::Person:
            break;
        }
        return std::pair<int, size_t>{3, 0};
    };
    for (auto& [id, group] : byGroup) {
        std::stable_sort(group.hits.begin(), group.hits.end(),
                         [&](const SearchHit& a, const SearchHit& b) { return rank(a) < rank(b); });
    }
    // Report order: the programme, then natural numbers; people in no group last.
    for (const auto* group : model::sortedGroups(event)) {
        if (auto found = byGroup.find(group->id); found != byGroup.end()) {
            results.groups.push_back(std::move(found->second));
        }
    }
    if (auto none = byGroup.find(model::Id()); none != byGroup.end()) {
        results.groups.push_back(std::move(none->second));
    }
    return results;
}

} // namespace innspill::app
