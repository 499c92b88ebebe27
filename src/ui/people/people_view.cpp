// Filtering, sorting and counting the register's rows.
#include "ui/people/people_view.hpp"

#include "model/name_match.hpp"
#include "model/text.hpp"
#include "ui/people/people_text.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

namespace innspill::ui {

namespace {

void mix(uint64_t& hash, uint64_t value) {
    // boost::hash_combine's mixing, widened to 64 bits.
    hash ^= value + 0x9E3779B97F4A7C15ull + (hash << 6) + (hash >> 2);
}

void mix(uint64_t& hash, std::string_view text) {
    mix(hash, std::hash<std::string_view>{}(text));
}

std::vector<std::string> filterWords(std::string_view filter) {
    std::vector<std::string> words;
    const std::string folded = model::foldCase(model::tidyName(filter));
    size_t start = 0;
    while (start < folded.size()) {
        const size_t end = std::min(folded.find(' ', start), folded.size());
        words.push_back(folded.substr(start, end - start));
        start = end + 1;
    }
    return words;
}

bool matchesWords(const model::Person& person, const std::vector<std::string>& words,
                  Language language) {
    for (const auto& word : words) {
        if (!model::containsFolded(person.name, word) &&
            !model::containsFolded(person.organisation, word) &&
            !model::containsFolded(perspectiveLabel(language, person.perspective), word)) {
            return false;
        }
    }
    return true;
}

using IndexById = std::unordered_map<std::string_view, size_t>;

IndexById indexById(const model::Event& event) {
    IndexById index;
    index.reserve(event.people.size());
    for (size_t i = 0; i < event.people.size(); ++i) {
        index.emplace(event.people[i].id.str(), i);
    }
    return index;
}

// Group counts per person, in one pass over the groups.
std::vector<app::PersonUsage> countUsage(const model::Event& event, const IndexById& indexOf) {
    std::vector<app::PersonUsage> usage(event.people.size());
    std::vector<size_t> lastGroup(event.people.size(), static_cast<size_t>(-1));
    for (size_t g = 0; g < event.groups.size(); ++g) {
        const model::Group& group = event.groups[g];
        const auto count = [&](const std::vector<model::Id>& ids, size_t app::PersonUsage::*role) {
            for (const auto& id : ids) {
                const auto found = indexOf.find(id.str());
                if (found == indexOf.end()) {
                    continue;
                }
                app::PersonUsage& person = usage[found->second];
                ++(person.*role);
                if (lastGroup[found->second] != g) {
                    lastGroup[found->second] = g;
                    ++person.groups;
                }
            }
        };
        count(group.initiators, &app::PersonUsage::initiates);
        count(group.facilitators, &app::PersonUsage::facilitates);
        count(group.participants, &app::PersonUsage::participates);
    }
    return usage;
}

// Which entries share their name (model::nameKey) with another.
std::vector<bool> sameNames(const model::Event& event, size_t& duplicates) {
    std::vector<std::string> keys;
    keys.reserve(event.people.size());
    for (const auto& person : event.people) {
        keys.push_back(model::nameKey(person.name));
    }
    std::unordered_map<std::string_view, size_t> counts;
    counts.reserve(keys.size());
    for (const auto& key : keys) {
        ++counts[key];
    }
    std::vector<bool> same(keys.size());
    duplicates = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
        same[i] = !keys[i].empty() && counts[keys[i]] > 1;
        duplicates += same[i];
    }
    return same;
}

// Every register index in the order of the request's column.
std::vector<size_t> sortAll(const model::Event& event, const std::vector<app::PersonUsage>& usage,
                            const PeopleViewRequest& request) {
    const size_t n = event.people.size();
    std::vector<std::string> names(n);
    std::vector<std::string> keys;
    for (size_t i = 0; i < n; ++i) {
        names[i] = model::collationKey(event.people[i].name);
    }
    if (request.sortColumn == PeopleColumn::Organisation ||
        request.sortColumn == PeopleColumn::Perspective) {
        keys.resize(n);
        for (size_t i = 0; i < n; ++i) {
            const model::Person& person = event.people[i];
            keys[i] =
                request.sortColumn == PeopleColumn::Organisation
                    ? model::collationKey(person.organisation)
                    : model::collationKey(perspectiveLabel(request.language, person.perspective));
        }
    }
    const auto number = [&](size_t i) -> size_t {
        switch (request.sortColumn) {
        case PeopleColumn::Consent:
            return event.people[i].consent ? 1 : 0;
        case PeopleColumn::Initiates:
            return usage[i].initiates;
        case PeopleColumn::Facilitates:
            return usage[i].facilitates;
        case PeopleColumn::Participates:
            return usage[i].participates;
        default:
            return 0;
        }
    };
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i) {
        order[i] = i;
    }
    // The chosen column decides; the name breaks ties (ascending, unless the
    // name column is the one sorted descending), then the register order, so
    // equal rows never swap places between rebuilds.
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        int cmp = 0;
        if (!keys.empty() && keys[a] != keys[b]) {
            cmp = keys[a] < keys[b] ? -1 : 1;
        } else if (number(a) != number(b)) {
            cmp = number(a) < number(b) ? -1 : 1;
        }
        if (cmp != 0) {
            return request.descending ? cmp > 0 : cmp < 0;
        }
        if (names[a] != names[b]) {
            const bool less = names[a] < names[b];
            return request.sortColumn == PeopleColumn::Name && request.descending ? !less : less;
        }
        return a < b;
    });
    return order;
}

PeopleRow rowFor(const model::Event& event, const PeopleView& view, size_t index) {
    PeopleRow row;
    row.id = event.people[index].id;
    row.index = index;
    row.usage = view.usage[index];
    row.sameNameAsOther = view.sameName[index];
    return row;
}

} // namespace

RegisterPrints registerPrints(const model::Event& event) {
    RegisterPrints prints;
    prints.ids = event.people.size();
    prints.fields = event.people.size();
    for (const auto& person : event.people) {
        mix(prints.ids, person.id.str());
        mix(prints.fields, person.name);
        mix(prints.fields, person.organisation);
        mix(prints.fields,
            static_cast<uint64_t>(person.perspective) * 2 + (person.consent ? 1 : 0));
    }
    prints.groups = event.groups.size();
    for (const auto& group : event.groups) {
        for (const auto* role : {&group.initiators, &group.facilitators, &group.participants}) {
            mix(prints.groups, role->size());
            for (const auto& id : *role) {
                mix(prints.groups, id.str());
            }
        }
    }
    return prints;
}

uint64_t registerFingerprint(const model::Event& event) {
    const RegisterPrints prints = registerPrints(event);
    uint64_t hash = prints.ids;
    mix(hash, prints.fields);
    mix(hash, prints.groups);
    return hash;
}

bool matchesFilter(const model::Person& person, std::string_view filter, Language language) {
    return matchesWords(person, filterWords(filter), language);
}

bool refreshPeopleView(PeopleView& view, const model::Event& event,
                       const PeopleViewRequest& request) {
    const RegisterPrints prints = registerPrints(event);
    const bool idsChanged = !view.built || prints.ids != view.idsPrint;
    const bool usageStale = idsChanged || prints.groups != view.groupsPrint;
    const bool namesStale = idsChanged || prints.fields != view.fieldsPrint;
    const bool orderAsked = !view.built || view.sortColumn != request.sortColumn ||
                            view.descending != request.descending ||
                            view.language != request.language;
    const bool rowsAsked =
        orderAsked || view.filter != request.filter || view.pinned != request.pinned;
    // Typing in a row ended: sort the rows it left in place.
    const bool resortPending = !request.keepOrder && view.sorted.size() != event.people.size();
    if (!usageStale && !namesStale && !rowsAsked && !resortPending) {
        return false;
    }

    std::optional<IndexById> index;
    if (usageStale) {
        index = indexById(event);
        view.usage = countUsage(event, *index);
    }
    if (namesStale) {
        view.sameName = sameNames(event, view.duplicateNames);
    }

    std::vector<PeopleRow> rows;
    if (request.keepOrder && !rowsAsked) {
        // Typing in a row: the same rows in the same places, fresh contents;
        // people added meanwhile (by another panel, or an undo) go at the end.
        if (idsChanged && !index) {
            index = indexById(event);
        }
        std::vector<bool> shown(event.people.size(), false);
        for (const auto& old : view.rows) {
            size_t at = old.index;
            if (idsChanged) {
                const auto found = index->find(old.id.str());
                if (found == index->end()) {
                    continue;
                }
                at = found->second;
            }
            rows.push_back(rowFor(event, view, at));
            shown[at] = true;
        }
        if (idsChanged) {
            const auto words = filterWords(request.filter);
            for (size_t i = 0; i < event.people.size(); ++i) {
                if (!shown[i] && matchesWords(event.people[i], words, request.language)) {
                    rows.push_back(rowFor(event, view, i));
                }
            }
        }
        // The order is not re-sorted now: mark it stale for when typing ends.
        view.sorted.clear();
    } else {
        const bool sortCountColumn = request.sortColumn == PeopleColumn::Initiates ||
                                     request.sortColumn == PeopleColumn::Facilitates ||
                                     request.sortColumn == PeopleColumn::Participates;
        if (orderAsked || namesStale || (usageStale && sortCountColumn) ||
            view.sorted.size() != event.people.size()) {
            view.sorted = sortAll(event, view.usage, request);
        }
        const auto words = filterWords(request.filter);
        rows.reserve(view.sorted.size());
        for (const size_t i : view.sorted) {
            const model::Person& person = event.people[i];
            if (person.id == request.pinned || matchesWords(person, words, request.language)) {
                rows.push_back(rowFor(event, view, i));
            }
        }
    }
    view.rows = std::move(rows);
    view.built = true;
    view.idsPrint = prints.ids;
    view.fieldsPrint = prints.fields;
    view.groupsPrint = prints.groups;
    view.sortColumn = request.sortColumn;
    view.descending = request.descending;
    view.language = request.language;
    view.filter = std::string(request.filter);
    view.pinned = request.pinned;
    return true;
}

} // namespace innspill::ui
