// Running the real binary (see cli_run.hpp).
#include "cli/cli_run.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <sys/wait.h>

namespace innspill::test {

namespace {

std::string quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

} // namespace

Run run(const TempDir& dir, const std::vector<std::string>& args, const std::string& lang) {
    std::string command =
        "env -u LC_ALL -u LC_MESSAGES LANG=" + quote(lang) + " " + quote(INNSPILL_BINARY);
    for (const auto& arg : args) {
        command += " " + quote(arg);
    }
    const auto errPath = dir / "stderr.txt";
    command += " 2>" + quote(errPath.string());
    Run result;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        result.out.append(buffer, n);
    }
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = readFile(errPath);
    return result;
}

bool oneLine(const std::string& text) {
    return !text.empty() && text.find('\n') == text.size() - 1;
}

} // namespace innspill::test
