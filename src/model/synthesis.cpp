#include "model/synthesis.hpp"

#include <utility>

namespace innspill::model {

std::string challengeLetter(size_t indexInTheme) {
    std::string letters;
    size_t n = indexInTheme + 1;
    while (n > 0) {
        --n;
        letters.insert(letters.begin(), static_cast<char>('A' + n % 26));
        n /= 26;
    }
    return letters;
}

std::vector<const Challenge*> challengesOfTheme(const Synthesis& synthesis, const Id& theme) {
    std::vector<const Challenge*> found;
    for (const Challenge& challenge : synthesis.challenges) {
        if (challenge.theme == theme) {
            found.push_back(&challenge);
        }
    }
    return found;
}

const Challenge* findChallenge(const Synthesis& synthesis, const Id& id) {
    for (const Challenge& challenge : synthesis.challenges) {
        if (challenge.id == id) {
            return &challenge;
        }
    }
    return nullptr;
}

Challenge* findChallenge(Synthesis& synthesis, const Id& id) {
    return const_cast<Challenge*>(findChallenge(std::as_const(synthesis), id));
}

const Measure* findMeasure(const Synthesis& synthesis, const Id& id, const Challenge** owner) {
    for (const Challenge& challenge : synthesis.challenges) {
        for (const Measure& measure : challenge.measures) {
            if (measure.id == id) {
                if (owner) {
                    *owner = &challenge;
                }
                return &measure;
            }
        }
    }
    return nullptr;
}

Measure* findMeasure(Synthesis& synthesis, const Id& id, Challenge** owner) {
    const Challenge* found = nullptr;
    const Measure* measure = findMeasure(std::as_const(synthesis), id, &found);
    if (owner) {
        *owner = const_cast<Challenge*>(found);
    }
    return const_cast<Measure*>(measure);
}

const ParkedInput* findParked(const Synthesis& synthesis, const Id& input) {
    for (const ParkedInput& parked : synthesis.parked) {
        if (parked.input == input) {
            return &parked;
        }
    }
    return nullptr;
}

const std::string& introductionOf(const Synthesis& synthesis, const Id& theme) {
    static const std::string kNone;
    for (const ThemeIntroduction& introduction : synthesis.introductions) {
        if (introduction.theme == theme) {
            return introduction.text;
        }
    }
    return kNone;
}

std::string challengeLetterOf(const Synthesis& synthesis, const Id& challenge) {
    const Challenge* found = findChallenge(synthesis, challenge);
    if (!found) {
        return {};
    }
    size_t index = 0;
    for (const Challenge& other : synthesis.challenges) {
        if (other.id == challenge) {
            return challengeLetter(index);
        }
        if (other.theme == found->theme) {
            ++index;
        }
    }
    return {};
}

} // namespace innspill::model
