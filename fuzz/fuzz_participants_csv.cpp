// libFuzzer target: a participant list (CSV in any encoding, any bytes)
// parsed and planned against a small event. The parser promises that every
// problem comes back as data: no exception at all may escape.
#include "fuzz_checks.hpp"
#include "fuzz_support.hpp"

INNSPILL_FUZZ_TARGET("fuzz_participants_csv", innspill::fuzz::checkParticipantsCsv)
