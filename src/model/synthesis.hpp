// The synthesis ("utfordringsbilde"): per theme an introduction, challenges
// with the measures recommended under them, each resting on inputs; the
// challenges prioritised for the summary; the inputs consciously set aside.
// Order is the position in the vectors; a challenge's letter (A, B, C…) is
// derived from its order among the challenges of its theme, never stored.
#pragma once

#include "model/action.hpp"
#include "model/id.hpp"

#include <optional>
#include <string>
#include <vector>

namespace innspill::model {

// A recommended measure ("mulighet/innspill") under a challenge: a bold lead
// sentence and its explanation.
struct Measure {
    Id id;
    std::string lead;
    std::string text;
    std::vector<Id> inputs; // the inputs (or sub-points) it rests on, in order

    bool operator==(const Measure&) const = default;
};

struct Challenge {
    Id id;
    Id theme;
    std::string title;       // optional
    std::string description; // multi-line
    std::vector<Id> inputs;  // the inputs (or sub-points) it rests on, in order
    std::vector<Measure> measures;
    std::vector<Action> actions; // action planning under the challenge ("Tiltak og ansvar")

    bool operator==(const Challenge&) const = default;
};

// The paragraph under a theme's heading.
struct ThemeIntroduction {
    Id theme;
    std::string text;

    bool operator==(const ThemeIntroduction&) const = default;
};

// A challenge chosen for the summary page. Its main recommendation is one of
// its measures, or a free sentence when `measure` is empty.
struct Priority {
    Id challenge;
    std::optional<Id> measure;
    std::string recommendation;

    bool operator==(const Priority&) const = default;
};

// An input deliberately left out of the synthesis.
struct ParkedInput {
    Id input;
    std::string reason;

    bool operator==(const ParkedInput&) const = default;
};

struct Synthesis {
    std::vector<ThemeIntroduction> introductions;
    // All themes' challenges; a theme's challenges are in the order they appear here.
    std::vector<Challenge> challenges;
    std::vector<Priority> priorities; // summary order: 1, 2, 3…
    std::vector<ParkedInput> parked;

    bool operator==(const Synthesis&) const = default;
};

// "A", "B", … "Z", "AA", "AB", … for the 0-based order within a theme.
std::string challengeLetter(size_t indexInTheme);

// The theme's challenges in order.
std::vector<const Challenge*> challengesOfTheme(const Synthesis& synthesis, const Id& theme);

// Lookups by id; null when there is none.
const Challenge* findChallenge(const Synthesis& synthesis, const Id& id);
Challenge* findChallenge(Synthesis& synthesis, const Id& id);
// A measure and, through `owner`, the challenge it stands under.
const Measure* findMeasure(const Synthesis& synthesis, const Id& id,
                           const Challenge** owner = nullptr);
Measure* findMeasure(Synthesis& synthesis, const Id& id, Challenge** owner = nullptr);
const ParkedInput* findParked(const Synthesis& synthesis, const Id& input);
// The theme's introduction text; empty when it has none.
const std::string& introductionOf(const Synthesis& synthesis, const Id& theme);
// "A", "B"… of the challenge within its theme; empty when it is not there.
std::string challengeLetterOf(const Synthesis& synthesis, const Id& challenge);

} // namespace innspill::model
