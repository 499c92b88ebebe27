// Settling a merge's choices in rounds: a choice can reveal a new conflict
// (a restored group whose number is taken…) that needs a choice of its own,
// so choices are applied, the plan made again, and the new conflicts chosen
// for, a handful of times. One loop for the plan (resolveAll), the kit run
// (planKitRun's choices) and the merge dialog's "choose all".
#pragma once

namespace innspill::app {

// More rounds than any real kit needs; the bound only stops a plan that
// would keep revealing conflicts from looping for ever.
inline constexpr int kMaxChoiceRounds = 8;

// Calls `round()` until it returns false (nothing left to settle) or
// kMaxChoiceRounds times. Returns the number of rounds that did something.
template <class Round> int settleInRounds(Round&& round) {
    int rounds = 0;
    while (rounds < kMaxChoiceRounds && round()) {
        ++rounds;
    }
    return rounds;
}

} // namespace innspill::app
