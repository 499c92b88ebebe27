// posix_spawn of the opener, and a detached thread that reaps it; on
// Windows ShellExecuteW on a thread of its own.
#include "app/open_external.hpp"

#include <cerrno>
#include <cstring>
#include <system_error>
#include <thread>

#ifdef _WIN32
#include <windows.h>

#include <objbase.h>
#include <shellapi.h>
#else
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;
#endif

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

lang::Message
cannotOpen(const fs::path& target, const char* reasonKey,
           std::initializer_list<std::pair<std::string_view, std::string>> args = {}) {
    return lang::message("open.cannotOpen", args)
        .with("file", target.string())
        .withWord("reason", reasonKey);
}

#ifndef _WIN32
// Owns the spawn attributes and file actions for one call.
class SpawnSetup {
  public:
    SpawnSetup() {
        m_ok = posix_spawnattr_init(&m_attr) == 0;
        m_ok = m_ok && posix_spawn_file_actions_init(&m_actions) == 0;
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&m_actions);
        posix_spawnattr_destroy(&m_attr);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;

    // The child: a session of its own (closing Innspill's terminal does not
    // take the viewer with it), default signals, an unblocked mask, nothing
    // to read, output nowhere, and none of Innspill's open files (the event
    // file, the X connection).
    bool prepare() {
        sigset_t none;
        sigset_t all;
        sigemptyset(&none);
        sigfillset(&all);
        short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
#ifdef POSIX_SPAWN_SETSID
        flags |= POSIX_SPAWN_SETSID;
#endif
        return m_ok && posix_spawnattr_setflags(&m_attr, flags) == 0 &&
               posix_spawnattr_setsigmask(&m_attr, &none) == 0 &&
               posix_spawnattr_setsigdefault(&m_attr, &all) == 0 &&
               posix_spawn_file_actions_addopen(&m_actions, 0, "/dev/null", O_RDONLY, 0) == 0 &&
               posix_spawn_file_actions_addopen(&m_actions, 1, "/dev/null", O_WRONLY, 0) == 0 &&
               posix_spawn_file_actions_addopen(&m_actions, 2, "/dev/null", O_WRONLY, 0) == 0 &&
               posix_spawn_file_actions_addclosefrom_np(&m_actions, 3) == 0;
    }

    const posix_spawnattr_t* attr() const {
        return &m_attr;
    }
    const posix_spawn_file_actions_t* actions() const {
        return &m_actions;
    }

  private:
    bool m_ok = false;
    posix_spawnattr_t m_attr{};
    posix_spawn_file_actions_t m_actions{};
};
#endif

} // namespace

#ifdef _WIN32
// What ShellExecuteW's result means; empty when it started the program.
lang::Message describeOpenerExit(const fs::path& target, int status) {
    switch (status) {
    case 0:
        return {};
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
        return cannotOpen(target, "fileError.notFound");
    case SE_ERR_NOASSOC:
    case SE_ERR_ASSOCINCOMPLETE:
        return cannotOpen(target, "open.reason.noProgram");
    case SE_ERR_ACCESSDENIED:
        return cannotOpen(target, "open.reason.noAccess");
    default:
        return cannotOpen(target, "open.reason.programFailed");
    }
}

lang::Message openExternal(const fs::path& target, OpenExternalOptions options) {
    std::error_code error;
    const fs::path absolute = fs::absolute(target, error);
    if (error || !fs::exists(absolute, error)) {
        return cannotOpen(target, "fileError.notFound");
    }
    // ShellExecuteW may wait for the program to start (or show a dialog):
    // never on the caller's thread. Windows has one opener, the shell, so
    // options.program is not used here.
    const auto open = [absolute, target, onFailure = std::move(options.onFailure)]() {
        const HRESULT com =
            ::CoInitializeEx(nullptr, COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE);
        const auto result = reinterpret_cast<INT_PTR>(
            ::ShellExecuteW(nullptr, L"open", absolute.c_str(), nullptr, nullptr, SW_SHOWNORMAL));
        if (SUCCEEDED(com)) {
            ::CoUninitialize();
        }
        const int status =
            result > 32 ? 0 : static_cast<int>(result == 0 ? ERROR_OUTOFMEMORY : result);
        if (status != 0 && onFailure) {
            onFailure(describeOpenerExit(target, status));
        }
    };
    try {
        std::thread(open).detach();
    } catch (const std::system_error&) {
        return cannotOpen(target, "open.reason.cannotSpawn");
    }
    return {};
}
#else
lang::Message describeOpenerExit(const fs::path& target, int status) {
    if (WIFSIGNALED(status)) {
        return cannotOpen(target, "open.reason.signal",
                          {{"signal", std::to_string(WTERMSIG(status))}});
    }
    if (!WIFEXITED(status)) {
        return {};
    }
    // xdg-open's documented exit codes.
    switch (WEXITSTATUS(status)) {
    case 0:
        return {};
    case 2:
        return cannotOpen(target, "fileError.notFound");
    case 3:
        return cannotOpen(target, "open.reason.noProgram");
    case 4:
        return cannotOpen(target, "open.reason.programFailed");
    case 5:
        return cannotOpen(target, "open.reason.noAccess");
    default:
        return cannotOpen(target, "open.reason.exitCode",
                          {{"code", std::to_string(WEXITSTATUS(status))}});
    }
}

lang::Message openExternal(const fs::path& target, OpenExternalOptions options) {
    std::error_code error;
    // Absolute, so a name starting with '-' is never read as an option.
    const fs::path absolute = fs::absolute(target, error);
    if (error || !fs::exists(absolute, error)) {
        return cannotOpen(target, "fileError.notFound");
    }
    SpawnSetup setup;
    if (!setup.prepare()) {
        return cannotOpen(target, "open.reason.cannotSpawn");
    }
    const std::string path = absolute.string();
    char* argv[] = {options.program.data(), const_cast<char*>(path.c_str()), nullptr};
    pid_t child = 0;
    const int code =
        posix_spawnp(&child, options.program.c_str(), setup.actions(), setup.attr(), argv, environ);
    if (code != 0) {
        if (code == ENOENT) {
            return cannotOpen(target, "open.reason.noOpener", {{"program", options.program}});
        }
        return cannotOpen(target, "open.reason.cannotStart",
                          {{"program", options.program}, {"detail", std::strerror(code)}});
    }
    // Reap the opener whenever it ends; it may live as long as the viewer.
    // Detached: it touches nothing but its own copies and the callback.
    try {
        std::thread([child, target, onFailure = std::move(options.onFailure)]() {
            int status = 0;
            pid_t done = -1;
            do {
                done = ::waitpid(child, &status, 0);
            } while (done < 0 && errno == EINTR);
            if (done == child && onFailure) {
                const lang::Message message = describeOpenerExit(target, status);
                if (!message.empty()) {
                    onFailure(message);
                }
            }
        }).detach();
    } catch (const std::system_error&) {
        // No thread for the reaper: the opener runs anyway and is reaped as
        // a zombie when Innspill exits; its exit status goes unreported.
    }
    return {};
}

#endif

} // namespace innspill::app
