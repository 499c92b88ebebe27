#include "model/synthesis.hpp"

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

} // namespace innspill::model
