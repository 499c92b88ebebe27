// Opening a file or folder with the desktop's own application (xdg-open):
// the exported report in the PDF viewer or word processor, the exports
// folder in the file manager. The program is started detached (its own
// session, no inherited files) and never waited for on the caller's thread:
// xdg-open may run the viewer in the foreground and return when it closes.
#pragma once

#include "lang/message.hpp"

#include <filesystem>
#include <functional>
#include <string>

namespace innspill::app {

// Called on another thread, once, when the opener fails after it started
// (xdg-open's exit status: no application for the type, the file is gone…),
// with one line for a person.
using OpenFailed = std::function<void(const lang::Message& message)>;

struct OpenExternalOptions {
    // The opener, looked up in PATH; tests put a script of their own here.
    std::string program = "xdg-open";
    OpenFailed onFailure;
};

// Starts `program target`. Returns an empty string when it started, else one
// line saying why not (the target is missing, xdg-open is not installed…).
lang::Message openExternal(const std::filesystem::path& target, OpenExternalOptions options = {});

// What an xdg-open exit status means, for people; empty for 0.
lang::Message describeOpenerExit(const std::filesystem::path& target, int status);

} // namespace innspill::app
