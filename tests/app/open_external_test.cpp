// Opening files with the desktop's application: a stand-in opener script
// records what it was asked to open, or fails the way xdg-open does.
#include "app/open_external.hpp"

#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <sys/stat.h>
#include <thread>

using namespace innspill;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

fs::path script(const test::TempDir& dir, const std::string& name, const std::string& body) {
    const fs::path path = dir / name;
    test::writeFile(path, "#!/bin/sh\n" + body + "\n");
    ::chmod(path.c_str(), 0755);
    return path;
}

// Collects the failure callback's message from the reaper thread.
struct Failures {
    std::mutex mutex;
    std::condition_variable arrived;
    std::vector<std::string> messages;

    app::OpenFailed callback() {
        return [this](const lang::Message& message) {
            std::lock_guard lock(mutex);
            messages.push_back(lang::render(lang::Language::Nb, message));
            arrived.notify_all();
        };
    }
    bool waitForOne(std::chrono::milliseconds timeout) {
        std::unique_lock lock(mutex);
        return arrived.wait_for(lock, timeout, [&] { return !messages.empty(); });
    }
};

bool waitForFile(const fs::path& path) {
    for (int i = 0; i < 400; ++i) {
        if (fs::exists(path) && fs::file_size(path) > 0) {
            return true;
        }
        std::this_thread::sleep_for(10ms);
    }
    return false;
}

} // namespace

TEST_CASE("openExternal starts the opener with the file's absolute path and returns at once",
          "[open]") {
    test::TempDir dir;
    const fs::path file = dir / "rapport.pdf";
    test::writeFile(file, "%PDF-1.7");
    const fs::path log = dir / "opened.txt";
    // Sleeps like a viewer in the foreground: openExternal must not wait.
    const fs::path opener =
        script(dir, "opener.sh", "printf '%s' \"$1\" > '" + log.string() + "'\nsleep 2");
    Failures failures;
    const auto before = std::chrono::steady_clock::now();
    const lang::Message error =
        app::openExternal(file, {.program = opener.string(), .onFailure = failures.callback()});
    CHECK(error.empty());
    CHECK(std::chrono::steady_clock::now() - before < 1s);
    REQUIRE(waitForFile(log));
    CHECK(test::readFile(log) == fs::absolute(file).string());
    CHECK_FALSE(failures.waitForOne(100ms));
}

TEST_CASE("openExternal reports an opener that fails later, with xdg-open's meaning", "[open]") {
    test::TempDir dir;
    const fs::path file = dir / "rapport.docx";
    test::writeFile(file, "PK");
    const fs::path opener = script(dir, "noapp.sh", "exit 3");
    Failures failures;
    CHECK(app::openExternal(file, {.program = opener.string(), .onFailure = failures.callback()})
              .empty());
    REQUIRE(failures.waitForOne(5s));
    std::lock_guard lock(failures.mutex);
    REQUIRE(failures.messages.size() == 1);
    CHECK(failures.messages[0].find("rapport.docx") != std::string::npos);
    CHECK(failures.messages[0].find("fant ikke noe program") != std::string::npos);
}

TEST_CASE("openExternal refuses a missing file and a missing opener at once", "[open]") {
    test::TempDir dir;
    const std::string missing =
        lang::render(lang::Language::Nb, app::openExternal(dir / "borte.pdf"));
    CHECK(missing.find("borte.pdf") != std::string::npos);
    CHECK(missing.find("finnes ikke") != std::string::npos);

    const fs::path file = dir / "rapport.html";
    test::writeFile(file, "<!doctype html>");
    const std::string noOpener = lang::render(
        lang::Language::Nb,
        app::openExternal(file, {.program = "innspill-ingen-slik-aapner", .onFailure = {}}));
    CHECK(noOpener.find("innspill-ingen-slik-aapner finnes ikke") != std::string::npos);
}

TEST_CASE("a folder can be opened (Vis i mappen)", "[open]") {
    test::TempDir dir;
    const fs::path log = dir / "opened.txt";
    const fs::path opener = script(dir, "opener.sh", "printf '%s' \"$1\" > '" + log.string() + "'");
    CHECK(app::openExternal(dir.path(), {.program = opener.string(), .onFailure = {}}).empty());
    REQUIRE(waitForFile(log));
    CHECK(test::readFile(log) == fs::absolute(dir.path()).string());
}

TEST_CASE("xdg-open's exit statuses read as reasons", "[open]") {
    const fs::path file = "rapport.pdf";
    CHECK(app::describeOpenerExit(file, 0).empty());
    CHECK(lang::render(lang::Language::Nb, app::describeOpenerExit(file, 2 << 8))
              .find("finnes ikke") != std::string::npos);
    CHECK(lang::render(lang::Language::Nb, app::describeOpenerExit(file, 4 << 8)).find("feilet") !=
          std::string::npos);
    CHECK(lang::render(lang::Language::Nb, app::describeOpenerExit(file, 9 << 8)).find("kode 9") !=
          std::string::npos);
}
