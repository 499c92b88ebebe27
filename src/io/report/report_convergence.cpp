// The prioritised section and the people index (report_convergence.hpp).
#include "io/report/report_convergence.hpp"

#include "model/text.hpp"

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace innspill::io::report {

using namespace innspill::model;

namespace {

// How many inputs each list shows: a page, not the whole wall.
constexpr size_t kTopOfEvent = 10;
constexpr size_t kTopOfTheme = 5;
// A bar's label: the group number and the input's opening words.
constexpr size_t kBarLabelChars = 60;

std::string anchorOf(const std::string& number) {
    std::string anchor = "gruppe-";
    for (char c : number) {
        anchor += c == '.' ? '-' : c;
    }
    return anchor;
}

struct Candidate {
    const Group* group = nullptr;
    const Input* input = nullptr;
};

std::vector<VotedInput> top(std::vector<Candidate> candidates, size_t count) {
    // Most votes first; ties keep report order.
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.input->votes > b.input->votes; });
    std::vector<VotedInput> out;
    for (size_t i = 0; i < candidates.size() && i < count; ++i) {
        const auto& c = candidates[i];
        out.push_back(
            VotedInput{c.group->number, anchorOf(c.group->number), c.input->text, c.input->votes});
    }
    return out;
}

} // namespace

void addTopVoted(ReportDocument& doc, const Event& event,
                 const std::vector<const Group*>& printed) {
    std::vector<Candidate> voted;
    for (const Group* group : printed) {
        for (const auto& input : group->inputs) {
            if (input.votes > 0) {
                voted.push_back({group, &input});
            }
            for (const auto& child : input.children) {
                if (child.votes > 0) {
                    voted.push_back({group, &child});
                }
            }
        }
    }
    if (voted.empty()) {
        return;
    }
    doc.topVoted.push_back(VoteList{doc.words.topOfEvent, top(voted, kTopOfEvent)});
    for (const auto& theme : event.themes) {
        std::vector<Candidate> tagged;
        std::copy_if(voted.begin(), voted.end(), std::back_inserter(tagged),
                     [&](const Candidate& c) {
                         const auto& themes = c.input->themes;
                         return std::find(themes.begin(), themes.end(), theme.id) != themes.end();
                     });
        if (!tagged.empty()) {
            doc.topVoted.push_back(VoteList{theme.name, top(std::move(tagged), kTopOfTheme)});
        }
    }
    doc.votesChart.title = doc.words.priorities;
    doc.votesChart.labelHeading = doc.words.input;
    doc.votesChart.valueHeading = doc.words.votes;
    for (const auto& input : doc.topVoted.front().inputs) {
        std::string label = input.groupNumber + ": " + cutToChars(input.text, kBarLabelChars);
        if (countChars(input.text) > kBarLabelChars) {
            label += "…";
        }
        doc.votesChart.bars.emplace_back(std::move(label), static_cast<size_t>(input.votes));
    }
}

std::vector<IndexedPerson> buildPeopleIndex(const Event& event,
                                            const std::vector<const Group*>& printed,
                                            const std::function<std::string(const Person&)>& name) {
    std::unordered_map<Id, IndexedPerson> byId;
    const auto add = [&](const std::vector<Id>& people, const std::string& number,
                         std::vector<std::string> IndexedPerson::*list) {
        for (const auto& id : people) {
            auto& entry = byId[id];
            auto& numbers = entry.*list;
            if (std::find(numbers.begin(), numbers.end(), number) == numbers.end()) {
                numbers.push_back(number);
            }
        }
    };
    for (const Group* group : printed) {
        add(group->initiators, group->number, &IndexedPerson::initiated);
        add(group->facilitators, group->number, &IndexedPerson::facilitated);
        add(group->participants, group->number, &IndexedPerson::tookPart);
    }
    std::vector<IndexedPerson> index;
    for (const auto& person : event.people) {
        auto found = byId.find(person.id);
        if (found == byId.end()) {
            continue;
        }
        found->second.name = name(person);
        if (!found->second.name.empty()) {
            index.push_back(std::move(found->second));
            byId.erase(found);
        }
    }
    // By name, as an index is read.
    std::stable_sort(index.begin(), index.end(), [](const auto& a, const auto& b) {
        return foldCase(a.name) < foldCase(b.name);
    });
    return index;
}

std::vector<NumberedAction> allActions(const ReportDocument& doc) {
    std::vector<NumberedAction> out;
    for (const auto& round : doc.rounds) {
        for (const auto& group : round.groups) {
            for (const auto& action : group.actions) {
                out.push_back(NumberedAction{group.number, group.anchor, &action});
            }
        }
    }
    for (const auto& challenge : doc.challengeActions) {
        for (const auto& action : challenge.actions) {
            out.push_back(NumberedAction{challenge.label, {}, &action});
        }
    }
    return out;
}

} // namespace innspill::io::report
