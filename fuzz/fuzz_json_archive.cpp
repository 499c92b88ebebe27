// libFuzzer target: the JSON archive reader. Only io::ParseError may escape;
// an archive it accepts must survive write → read → write unchanged (the
// archive's promise: export → import → export is byte-identical).
#include "fuzz_checks.hpp"
#include "fuzz_support.hpp"

INNSPILL_FUZZ_TARGET("fuzz_json_archive", innspill::fuzz::checkJsonArchive)
