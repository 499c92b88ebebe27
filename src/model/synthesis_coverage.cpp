// Coverage of the inputs by the synthesis.
#include "model/synthesis_coverage.hpp"

#include <algorithm>

namespace innspill::model {

SourceUses sourceUses(const Synthesis& synthesis) {
    SourceUses uses;
    for (const Challenge& challenge : synthesis.challenges) {
        for (const Id& input : challenge.inputs) {
            uses[input].push_back(SourceUse{challenge.id, std::nullopt});
        }
        for (const Measure& measure : challenge.measures) {
            for (const Id& input : measure.inputs) {
                uses[input].push_back(SourceUse{challenge.id, measure.id});
            }
        }
    }
    return uses;
}

bool countsForCoverage(const Input& input) {
    return input.kind != InputKind::SubHeading &&
           input.text.find_first_not_of(" \t\r\n") != std::string::npos;
}

ParkedSet parkedInputs(const Synthesis& synthesis) {
    ParkedSet parked;
    for (const ParkedInput& entry : synthesis.parked) {
        parked.insert(entry.input);
    }
    return parked;
}

Standing standingOf(const Input& input, const SourceUses& uses, const ParkedSet& parkedSet) {
    const auto used = [&](const Input& one) { return uses.count(one.id) != 0; };
    if (used(input) || std::any_of(input.children.begin(), input.children.end(), used)) {
        return Standing::Used;
    }
    const auto parked = [&](const Input& one) { return parkedSet.count(one.id) != 0; };
    if (parked(input) || std::any_of(input.children.begin(), input.children.end(), parked)) {
        return Standing::Parked;
    }
    return Standing::Untouched;
}

std::vector<Id> themesOfInput(const Input& input) {
    std::vector<Id> themes = input.themes;
    for (const Input& child : input.children) {
        for (const Id& theme : child.themes) {
            if (std::find(themes.begin(), themes.end(), theme) == themes.end()) {
                themes.push_back(theme);
            }
        }
    }
    return themes;
}

int CoverageCount::percentDone() const {
    if (total() == 0) {
        return 100;
    }
    return static_cast<int>((used + parked) * 100 / total());
}

void CoverageCount::add(Standing standing) {
    switch (standing) {
    case Standing::Used:
        ++used;
        break;
    case Standing::Parked:
        ++parked;
        break;
    case Standing::Untouched:
        ++untouched;
        break;
    }
}

Coverage coverageOf(const Event& event) {
    Coverage coverage;
    const SourceUses uses = sourceUses(event.synthesis);
    const ParkedSet parked = parkedInputs(event.synthesis);
    std::unordered_map<Id, size_t> themeIndex;
    for (const Theme& theme : event.themes) {
        themeIndex.emplace(theme.id, coverage.themes.size());
        coverage.themes.push_back(ThemeCoverage{theme.id, {}});
    }
    ThemeCoverage untagged;
    for (const Group* group : sortedGroups(event)) {
        for (const Input& input : group->inputs) {
            if (!countsForCoverage(input)) {
                continue;
            }
            const Standing standing = standingOf(input, uses, parked);
            coverage.overall.add(standing);
            if (standing == Standing::Untouched) {
                coverage.untouched.push_back(input.id);
            }
            bool tagged = false;
            for (const Id& theme : themesOfInput(input)) {
                if (auto found = themeIndex.find(theme); found != themeIndex.end()) {
                    coverage.themes[found->second].count.add(standing);
                    tagged = true;
                }
            }
            if (!tagged) {
                untagged.count.add(standing);
            }
        }
    }
    if (untagged.count.total() > 0) {
        coverage.themes.push_back(untagged);
    }
    const auto existing = inputIds(event);
    for (const Challenge& challenge : event.synthesis.challenges) {
        ++coverage.challenges;
        coverage.deletedSources += deletedSources(existing, challenge.inputs);
        for (const Measure& measure : challenge.measures) {
            ++coverage.measures;
            coverage.deletedSources += deletedSources(existing, measure.inputs);
        }
    }
    coverage.parkedEntries = event.synthesis.parked.size();
    return coverage;
}

std::unordered_set<Id> inputIds(const Event& event) {
    std::unordered_set<Id> ids;
    for (const Group& group : event.groups) {
        for (const Input& input : group.inputs) {
            ids.insert(input.id);
            for (const Input& child : input.children) {
                ids.insert(child.id);
            }
        }
    }
    return ids;
}

size_t deletedSources(const std::unordered_set<Id>& existing, const std::vector<Id>& sources) {
    return static_cast<size_t>(std::count_if(
        sources.begin(), sources.end(), [&](const Id& id) { return existing.count(id) == 0; }));
}

} // namespace innspill::model
