// Running the real `innspill` binary from a test as a user runs it: its
// standard output, its standard error and its exit code.
#pragma once

#include "support/temp_dir.hpp"

#include <filesystem>
#include <string>
#ifndef _WIN32
#include <sys/types.h>
#endif
#include <vector>

namespace innspill::test {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs INNSPILL_BINARY with `args` (POSIX: quoted for the shell; Windows:
// CreateProcessW with the arguments quoted as the C runtime reads them);
// stderr goes through a file in `dir`. The CLI speaks the language of the environment:
// `lang` is LANG, with LC_ALL and LC_MESSAGES unset so it decides (bokmål by
// default, as the assertions on messages are in bokmål).
Run run(const TempDir& dir, const std::vector<std::string>& args,
        const std::string& lang = "nb_NO.UTF-8");

#ifndef _WIN32
// Starts INNSPILL_BINARY with `args` in the background (bokmål, as run()
// does), its standard output and error into the given files; wait for it
// or signal it by the returned pid.
pid_t spawn(const std::vector<std::string>& args, const std::filesystem::path& out = "/dev/null",
            const std::filesystem::path& err = "/dev/null");
#endif

// Exactly one line, ending in a newline (the CLI's error format).
bool oneLine(const std::string& text);

} // namespace innspill::test
