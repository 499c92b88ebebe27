// Where every input stands in the synthesis: used by a challenge or measure,
// parked with a reason, or untouched — per theme and overall — and which
// challenges and measures rest on each input. The synthesis is done when
// nothing is untouched. The unit counted is a top-level input (sub-headings
// and blank inputs left out); a sub-point that is used or parked counts for
// its input, and an input belongs to every theme it or its sub-points carry.
#pragma once

#include "model/event.hpp"

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace innspill::model {

struct SourceUse {
    Id challenge;
    std::optional<Id> measure; // empty: the challenge itself

    bool operator==(const SourceUse&) const = default;
};

// Which challenges and measures rest on each input or sub-point (by its own id).
using SourceUses = std::unordered_map<Id, std::vector<SourceUse>>;
SourceUses sourceUses(const Synthesis& synthesis);

// The parked inputs and sub-points, for looking up many inputs at once.
using ParkedSet = std::unordered_set<Id>;
ParkedSet parkedInputs(const Synthesis& synthesis);

enum class Standing { Used, Parked, Untouched };

// Whether the input counts at all (not a sub-heading, not blank).
bool countsForCoverage(const Input& input);
Standing standingOf(const Input& input, const SourceUses& uses, const ParkedSet& parked);
// The themes an input belongs to: its own and its sub-points', first seen first.
std::vector<Id> themesOfInput(const Input& input);

struct CoverageCount {
    size_t used = 0;
    size_t parked = 0;
    size_t untouched = 0;

    size_t total() const { return used + parked + untouched; }
    bool complete() const { return untouched == 0; }
    // Used and parked as a whole percentage of the total (100 when empty).
    int percentDone() const;
    void add(Standing standing);

    bool operator==(const CoverageCount&) const = default;
};

struct ThemeCoverage {
    std::optional<Id> theme; // empty: the inputs tagged with no theme
    CoverageCount count;
};

struct Coverage {
    // The event's themes in order, then the untagged inputs (when there are any).
    std::vector<ThemeCoverage> themes;
    CoverageCount overall;
    // Inputs with no home, in report order.
    std::vector<Id> untouched;
    size_t challenges = 0;
    size_t measures = 0;
    size_t parkedEntries = 0;
    // Links to inputs that were deleted since ("1 kilde slettet").
    size_t deletedSources = 0;
};

Coverage coverageOf(const Event& event);

// Every input's and sub-point's id.
std::unordered_set<Id> inputIds(const Event& event);
// How many of `sources` are not in `existing`: the holes deleted inputs left.
size_t deletedSources(const std::unordered_set<Id>& existing, const std::vector<Id>& sources);

} // namespace innspill::model
