// libFuzzer target: notes text (UTF-8 or Windows-1252, any bytes) imported
// into a small event. Only io::ParseError may escape ("not text"), and what
// the import builds must be a valid event: the store writes it as it is.
#include "fuzz_checks.hpp"
#include "fuzz_support.hpp"

INNSPILL_FUZZ_TARGET("fuzz_notes_import", innspill::fuzz::checkNotesImport)
