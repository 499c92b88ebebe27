// Running the real binary (see cli_run.hpp).
#include "cli/cli_run.hpp"

#include "os/utf8_path.hpp"

#include <catch2/catch.hpp>
#include <cstdio>

#ifdef _WIN32
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace innspill::test {

namespace {

#ifdef _WIN32

std::wstring wide(const std::string& utf8) {
    return os::pathFromUtf8(utf8).wstring();
}

// One argument as CommandLineToArgvW and the C runtime read it back:
// quoted, with backslashes doubled only before a quote.
std::wstring quote(const std::wstring& arg) {
    std::wstring quoted = L"\"";
    size_t backslashes = 0;
    for (wchar_t c : arg) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        quoted.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
        backslashes = 0;
        quoted += c;
    }
    quoted.append(backslashes * 2, L'\\');
    return quoted + L"\"";
}

// A file the child writes into as its standard output or error.
HANDLE inheritableFile(const std::filesystem::path& path, DWORD access, DWORD disposition) {
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    const HANDLE file = CreateFileW(path.c_str(), access, FILE_SHARE_READ | FILE_SHARE_WRITE,
                                    &inherit, disposition, FILE_ATTRIBUTE_NORMAL, nullptr);
    REQUIRE(file != INVALID_HANDLE_VALUE);
    return file;
}

#else

std::string quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

#endif

} // namespace

#ifdef _WIN32

Run run(const TempDir& dir, const std::vector<std::string>& args, const std::string& lang) {
    const std::wstring binary = wide(INNSPILL_BINARY);
    std::wstring commandLine = quote(binary);
    for (const auto& arg : args) {
        commandLine += L" " + quote(wide(arg));
    }
    // The child inherits this process's environment; the tests run one at a time.
    SetEnvironmentVariableW(L"LANG", wide(lang).c_str());
    SetEnvironmentVariableW(L"LC_ALL", nullptr);
    SetEnvironmentVariableW(L"LC_MESSAGES", nullptr);
    // Beside `dir`, not in it: the tests count what a command leaves there.
    auto outPath = dir.path();
    outPath += ".stdout.txt";
    const auto errPath = dir / "stderr.txt";
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = inheritableFile("NUL", GENERIC_READ, OPEN_EXISTING);
    startup.hStdOutput = inheritableFile(outPath, GENERIC_WRITE, CREATE_ALWAYS);
    startup.hStdError = inheritableFile(errPath, GENERIC_WRITE, CREATE_ALWAYS);
    PROCESS_INFORMATION process{};
    const BOOL started = CreateProcessW(binary.c_str(), commandLine.data(), nullptr, nullptr, TRUE,
                                        0, nullptr, nullptr, &startup, &process);
    CloseHandle(startup.hStdInput);
    CloseHandle(startup.hStdOutput);
    CloseHandle(startup.hStdError);
    REQUIRE(started);
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD exitCode = 0;
    GetExitCodeProcess(process.hProcess, &exitCode);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    Run result;
    result.exitCode = static_cast<int>(exitCode);
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    std::filesystem::remove(outPath);
    return result;
}

#else

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

pid_t spawn(const std::vector<std::string>& args, const std::filesystem::path& out,
            const std::filesystem::path& err) {
    std::fflush(stdout); // or the child would write the test's buffered output again
    std::fflush(stderr);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(INNSPILL_BINARY));
        for (const auto& arg : args) {
            argv.push_back(const_cast<char*>(arg.c_str()));
        }
        argv.push_back(nullptr);
        const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(o, STDOUT_FILENO);
        ::dup2(e, STDERR_FILENO);
        ::setenv("LANG", "nb_NO.UTF-8", 1);
        ::unsetenv("LC_ALL");
        ::unsetenv("LC_MESSAGES");
        ::execv(INNSPILL_BINARY, argv.data());
        ::_exit(127);
    }
    return pid;
}

#endif

bool oneLine(const std::string& text) {
    return !text.empty() && text.find('\n') == text.size() - 1;
}

} // namespace innspill::test
