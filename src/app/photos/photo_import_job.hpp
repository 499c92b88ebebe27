// Importing photos in the background: worker threads read, check and scale
// the files (the expensive part), the caller's thread stores each finished
// photo's bytes as it polls (one short write per photo, so the window keeps
// drawing), and when every file is done the photos are attached to their
// groups as one undo step. Files that fail are listed, one line each; the
// good ones still come in.
#pragma once

#include "app/photos/photo_edits.hpp"

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace innspill::app {

struct PhotoImportItem {
    std::filesystem::path path;
    model::Id groupId;
    std::string caption;
    bool isPublic = false;
};

class PhotoImportJob {
  public:
    using Wake = std::function<void()>; // called from a worker after each photo

    PhotoImportJob() = default;
    ~PhotoImportJob();
    PhotoImportJob(const PhotoImportJob&) = delete;
    PhotoImportJob& operator=(const PhotoImportJob&) = delete;

    // Starts preparing `items` on `threads` workers (at least one). With
    // `allOrNothing`, one file that fails keeps every photo out.
    void start(std::vector<PhotoImportItem> items, unsigned threads = 2, Wake wake = {},
               bool allOrNothing = false);

    // On the session's thread: stores what the workers finished and, once
    // all are done, attaches the photos. Returns true when the job has just
    // ended (then finished() is true and attached()/failures() are final).
    bool poll(EventSession& session);
    // Stops the workers; nothing more is attached (bytes already stored stay
    // detached and are cleared when the file is next opened).
    void cancel();

    bool running() const { return m_started && !m_finished; }
    bool finished() const { return m_finished; }
    size_t total() const { return m_items.size(); }
    size_t prepared() const { return m_prepared.load(); }
    size_t attached() const { return m_attached; }
    const std::vector<lang::Message>& failures() const { return m_failures; }

  private:
    void work();
    void join();

    std::vector<PhotoImportItem> m_items;
    std::vector<std::thread> m_threads;
    std::atomic<size_t> m_next{0};
    std::atomic<size_t> m_prepared{0};
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::deque<std::pair<size_t, PreparedPhotoFile>> m_ready; // guarded by m_mutex
    Wake m_wake;

    size_t m_handled = 0; // results taken from m_ready
    std::vector<std::pair<size_t, std::pair<model::Id, model::Photo>>> m_stored; // by item index
    std::vector<lang::Message> m_failures;
    size_t m_attached = 0;
    bool m_allOrNothing = false;
    bool m_started = false;
    bool m_finished = false;
};

// Runs a whole import on the calling thread's session and waits for it (the
// CLI). `progress` is called with (done, total) as photos are stored.
void runPhotoImport(EventSession& session, std::vector<PhotoImportItem> items, PhotoImportJob& job,
                    bool allOrNothing, const std::function<void(size_t, size_t)>& progress = {});

} // namespace innspill::app
