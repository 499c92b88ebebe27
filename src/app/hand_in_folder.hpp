// Watching a hand-in folder that a sync engine fills: which files in it are
// complete kit copies that are new or newer since they were last looked at.
// Plain polling with size and modification time — portable, no inotify, and
// it sees what any sync engine or file share does. Sync engines do strange
// things, and each is handled here:
// - temporary names (".~tmp", ".syncthing.*.tmp", "~$…", "*.tmp", "*.part",
//   hidden files) are never taken;
// - a file still being written or growing in place is taken only when its
//   size and modification time stayed the same between two looks, and then
//   only from a private copy that passes quick_check;
// - a file that vanishes or changes while it is copied is looked at again;
// - a damaged file or one that is not a kit of this event is reported once,
//   and looked at again only when it changes;
// - conflict copies ("kit (conflicted copy).innspill",
//   "kit.sync-conflict-….innspill") are just more copies of the same kit.
// What to do with a copy (merge, wait, ignore an older one) is
// app/hand_in_watch.hpp's.
#pragma once

#include "app/merge/kits.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace innspill::app {

// Whether a file of this name is never a hand-in: a temporary or hidden name
// of a sync engine, an editor or our own outbox writer, or not an event file.
bool isIgnoredHandInName(std::string_view name);

struct FolderArrival {
    std::filesystem::path file; // in the watched folder
    // Read from a private copy; kit.path is `file`. A refusal says why it
    // cannot be handed in (damaged, not a kit, a kit of another event).
    KitForHandIn kit;
    // The copy's serial (store::readCopySerial); none for a kit file put
    // into the folder as it is.
    std::optional<int64_t> serial;
};

class HandInFolder {
  public:
    // `master` names the event copies must belong to (its id and title);
    // `masterPath` is its file, never taken as a kit.
    HandInFolder(std::filesystem::path folder, const model::Event& master,
                 std::filesystem::path masterPath);
    ~HandInFolder(); // removes the private copies
    HandInFolder(const HandInFolder&) = delete;
    HandInFolder& operator=(const HandInFolder&) = delete;

    const std::filesystem::path& folder() const { return m_folder; }

    // Looks at the folder once; returns the files that became complete and
    // are new or changed since they were last returned (each once).
    std::vector<FolderArrival> poll();

    // Takes `file` again at the first look after `delay` (a copy that could
    // not be taken in for a passing reason: nothing is lost).
    void retryLater(const std::filesystem::path& file, std::chrono::seconds delay);

    // Why the folder cannot be read now (missing, no access), or empty.
    const lang::Message& problem() const { return m_problem; }

  private:
    struct Seen {
        uintmax_t size = 0;
        std::filesystem::file_time_type time;
        bool taken = false; // returned with this size and time
        std::optional<std::chrono::steady_clock::time_point> retryAt;
    };
    std::optional<FolderArrival> take(const std::filesystem::path& file, const Seen& seen);

    std::filesystem::path m_folder;
    model::Event m_master; // only its id and title
    std::filesystem::path m_masterPath;
    std::filesystem::path m_private; // a folder of our own for the copies
    std::map<std::filesystem::path, Seen> m_seen;
    lang::Message m_problem;
};

} // namespace innspill::app
