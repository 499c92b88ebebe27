// Matching people as one types.
#include "ui/people/person_match.hpp"

#include "model/text.hpp"

#include <algorithm>
#include <string>

namespace innspill::ui {

namespace {

// Folded text with æ, ø, å moved after z (in UTF-8 they sort å < æ < ø and
// before nothing else useful), so a plain byte comparison gives Norwegian order.
std::string sortKey(std::string_view folded) {
    std::string key;
    key.reserve(folded.size());
    for (size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] == '\xC3' && i + 1 < folded.size()) {
            const char next = folded[i + 1];
            const char* replacement = next == '\xA6'   ? "\x7F\x01" // æ
                                      : next == '\xB8' ? "\x7F\x02" // ø
                                      : next == '\xA5' ? "\x7F\x03" // å
                                                       : nullptr;
            if (replacement != nullptr) {
                key += replacement;
                ++i;
                continue;
            }
        }
        key += folded[i];
    }
    return key;
}

bool startsWordAt(std::string_view text, size_t at) {
    if (at == 0) {
        return true;
    }
    const char before = text[at - 1];
    return before == ' ' || before == '-' || before == '.' || before == '\'';
}

// 0 name starts with it, 1 a word of the name does, 2 the name contains it,
// 3 the organisation contains it, -1 no match.
int rank(const model::Person& person, std::string_view query) {
    const std::string name = model::foldCase(person.name);
    for (size_t at = name.find(query); at != std::string::npos; at = name.find(query, at + 1)) {
        if (at == 0) {
            return 0;
        }
        if (startsWordAt(name, at)) {
            return 1;
        }
    }
    if (name.find(query) != std::string::npos) {
        return 2;
    }
    if (model::foldCase(person.organisation).find(query) != std::string::npos) {
        return 3;
    }
    return -1;
}

} // namespace

std::vector<const model::Person*> matchPeople(const model::Event& event, std::string_view query,
                                              size_t limit) {
    const std::string folded = model::foldCase(model::trimView(query));
    if (folded.empty() || limit == 0) {
        return {};
    }
    struct Candidate {
        int rank;
        std::string key;
        const model::Person* person;
    };
    std::vector<Candidate> candidates;
    for (const auto& person : event.people) {
        const int r = rank(person, folded);
        if (r >= 0) {
            candidates.push_back({r, sortKey(model::foldCase(person.name)), &person});
        }
    }
    const size_t keep = std::min(limit, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(keep),
                      candidates.end(), [](const Candidate& a, const Candidate& b) {
                          if (a.rank != b.rank) {
                              return a.rank < b.rank;
                          }
                          if (a.key != b.key) {
                              return a.key < b.key;
                          }
                          return a.person->organisation < b.person->organisation;
                      });
    std::vector<const model::Person*> result;
    result.reserve(keep);
    for (size_t i = 0; i < keep; ++i) {
        result.push_back(candidates[i].person);
    }
    return result;
}

const model::Person* exactPerson(const model::Event& event, std::string_view query) {
    const std::string folded = model::foldCase(model::trimView(query));
    if (folded.empty()) {
        return nullptr;
    }
    const model::Person* found = nullptr;
    for (const auto& person : event.people) {
        if (model::foldCase(model::trimView(person.name)) == folded) {
            if (found != nullptr) {
                return nullptr; // two people of that name: let the person choose
            }
            found = &person;
        }
    }
    return found;
}

} // namespace innspill::ui
