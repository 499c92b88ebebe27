// The background photo import (see photo_import_job.hpp).
#include "app/photos/photo_import_job.hpp"

#include "app/event_session.hpp"
#include "app/messages.hpp"
#include "store/event_file.hpp"

#include <algorithm>
#include <chrono>

namespace innspill::app {

PhotoImportJob::~PhotoImportJob() {
    cancel();
}

void PhotoImportJob::start(std::vector<PhotoImportItem> items, unsigned threads, Wake wake,
                           bool allOrNothing) {
    cancel();
    m_allOrNothing = allOrNothing;
    m_items = std::move(items);
    m_wake = std::move(wake);
    m_next = 0;
    m_prepared = 0;
    m_stop = false;
    m_ready.clear();
    m_handled = 0;
    m_stored.clear();
    m_failures.clear();
    m_attached = 0;
    m_started = true;
    m_finished = false;
    const unsigned count = std::max(
        1u,
        std::min<unsigned>(threads, static_cast<unsigned>(std::max<size_t>(1, m_items.size()))));
    for (unsigned i = 0; i < count; ++i) {
        m_threads.emplace_back([this] { work(); });
    }
}

void PhotoImportJob::work() {
    while (!m_stop) {
        const size_t index = m_next++;
        if (index >= m_items.size()) {
            break;
        }
        PreparedPhotoFile photo = preparePhotoFile(m_items[index].path);
        {
            std::lock_guard lock(m_mutex);
            m_ready.emplace_back(index, std::move(photo));
        }
        ++m_prepared;
        if (m_wake) {
            m_wake();
        }
    }
}

void PhotoImportJob::join() {
    for (auto& thread : m_threads) {
        if (thread.joinable()) {
            thread.join();
        }
    }
    m_threads.clear();
}

void PhotoImportJob::cancel() {
    m_stop = true;
    join();
    if (m_started && !m_finished) {
        m_finished = true;
    }
}

bool PhotoImportJob::poll(EventSession& session) {
    if (!running()) {
        return false;
    }
    std::deque<std::pair<size_t, PreparedPhotoFile>> ready;
    {
        std::lock_guard lock(m_mutex);
        ready.swap(m_ready);
    }
    for (auto& [index, photo] : ready) {
        ++m_handled;
        if (!photo.ok()) {
            m_failures.push_back(photo.error);
            continue;
        }
        try {
            if (!session.file()) {
                throw lang::MessageError(lang::message("photoError.noFile"));
            }
            storePhotoBytes(session, photo);
            const auto& item = m_items[index];
            m_stored.push_back(
                {index,
                 {item.groupId,
                  {photo.id, item.caption, item.isPublic, photo.image.width, photo.image.height}}});
        } catch (const std::exception& error) {
            m_failures.push_back(errorMessage(error));
        }
    }
    if (m_handled < m_items.size()) {
        return false;
    }
    join();
    // Attach in the order the files were given, whatever order they finished in.
    std::sort(m_stored.begin(), m_stored.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::pair<model::Id, model::Photo>> ordered;
    for (const auto& stored : m_stored) {
        ordered.push_back(stored.second);
    }
    if (m_allOrNothing && !m_failures.empty()) {
        ordered.clear();
    }
    if (!ordered.empty()) {
        if (session.apply(attachPhotosChange(session.event(), ordered))) {
            m_attached = ordered.size();
        } else {
            m_failures.push_back(session.lastErrorMessage());
        }
    }
    m_finished = true;
    return true;
}

void runPhotoImport(EventSession& session, std::vector<PhotoImportItem> items, PhotoImportJob& job,
                    bool allOrNothing, const std::function<void(size_t, size_t)>& progress) {
    const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    job.start(std::move(items), threads, {}, allOrNothing);
    size_t reported = 0;
    while (!job.poll(session)) {
        if (progress && job.prepared() != reported) {
            reported = job.prepared();
            progress(reported, job.total());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (progress && reported != job.total()) {
        progress(job.total(), job.total());
    }
}

} // namespace innspill::app
