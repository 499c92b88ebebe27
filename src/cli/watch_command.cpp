// `innspill merge MASTER --watch DIR`: hands in every new or newer kit copy
// that arrives in DIR (a folder a sync engine fills) until Ctrl+C, which
// ends it cleanly (exit 0) with a list of what was merged. Holds the
// master's one-writer lock the whole time, as the app does. The work is
// app::HandInWatch's (app/hand_in_watch.hpp).
#include "cli/commands.hpp"

#include "app/event_session.hpp"
#include "app/hand_in_watch.hpp"
#include "app/messages.hpp"

#include <atomic>
#include <csignal>
#include <iostream>
#include <thread>

namespace innspill::cli {

namespace fs = std::filesystem;

namespace {

std::atomic<bool> g_stop{false}; // set by SIGINT/SIGTERM; a signal handler can reach nothing else

extern "C" void requestStop(int) {
    g_stop = true;
}

void onStopSignals() {
#ifdef _WIN32
    // The C runtime turns Ctrl+C and Ctrl+Break into these, on a thread of
    // its own; Windows has no SIGTERM to send.
    std::signal(SIGINT, requestStop);
    std::signal(SIGBREAK, requestStop);
#else
    struct sigaction action {};
    action.sa_handler = requestStop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
}

// Sleeps up to `seconds`, waking early when a stop is requested.
void nap(double seconds) {
    const auto until = std::chrono::steady_clock::now() +
                       std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                           std::chrono::duration<double>(seconds));
    while (!g_stop && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

} // namespace

int runMergeWatch(const fs::path& master, const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        return fail(say("outbox.noFolder", {{"folder", folder.string()}}));
    }
    app::OpenResult opened = app::openEvent(master);
    if (!opened) {
        return fail(opened.message);
    }
    app::EventSession& session = *opened.session;
    if (const auto refusal = app::handInRefusal(session); !refusal.empty()) {
        return fail(refusal);
    }
    // Remembered in the event, as Fil → Innlevering fra mappe… does.
    app::setWatchedFolder(session, folder);
    g_stop = false;
    onStopSignals();
    std::cout << say("cli.watching", {{"folder", folder.string()}, {"file", master.string()}})
              << std::endl;
    app::HandInWatch watch(session, folder);
    lang::Message folderProblem;
    while (!g_stop) {
        const auto now = app::HandInWatch::Clock::now();
        for (const auto& handIn : watch.poll(now)) {
            const bool bad = handIn.outcome == app::WatchOutcome::Refused ||
                             handIn.outcome == app::WatchOutcome::Failed;
            (bad ? std::cerr : std::cout) << (bad ? "innspill: " : "")
                                          << app::describeWatched(handIn, language()) << std::endl;
        }
        if (watch.folderProblem() != folderProblem) {
            folderProblem = watch.folderProblem();
            if (!folderProblem.empty()) {
                std::cerr << "innspill: " << lang::render(language(), folderProblem) << std::endl;
            }
        }
        if (session.saveState() == app::SaveState::Failing) {
            session.retry();
        }
        nap(watch.secondsUntilDue(app::HandInWatch::Clock::now()));
    }
    size_t merged = 0;
    for (const auto& handIn : watch.log()) {
        if (handIn.outcome == app::WatchOutcome::Merged) {
            if (merged++ == 0) {
                std::cout << say("cli.watchMergedHeading") << '\n';
            }
            std::cout << "  " << app::describeWatched(handIn, language()) << '\n';
        }
    }
    std::cout << say("cli.watchStopped",
                     {{"n", std::to_string(merged)}, {"waiting", std::to_string(watch.waiting())}})
              << std::endl;
    if (session.saveState() == app::SaveState::Failing && !session.retry()) {
        return fail(session.lastErrorMessage());
    }
    return 0;
}

} // namespace innspill::cli
