// Running the real `innspill` binary from a test as a user runs it: its
// standard output, its standard error and its exit code.
#pragma once

#include "support/temp_dir.hpp"

#include <string>
#include <vector>

namespace innspill::test {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs INNSPILL_BINARY with `args` (quoted for the shell); stderr goes
// through a file in `dir`.
Run run(const TempDir& dir, const std::vector<std::string>& args);

// Exactly one line, ending in a newline (the CLI's error format).
bool oneLine(const std::string& text);

} // namespace innspill::test
