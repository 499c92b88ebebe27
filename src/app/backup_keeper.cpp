// Timing rolling backups of the open event, on a background thread.
#include "app/backup_keeper.hpp"

#include "app/event_session.hpp"
#include "app/messages.hpp"
#include "store/errors.hpp"

namespace innspill::app {

BackupKeeper::BackupKeeper(std::function<void()> wake) : m_wake(std::move(wake)) {}

BackupKeeper::~BackupKeeper() {
    abandon();
}

void BackupKeeper::begin(const EventSession& session, Clock::time_point now) {
    abandon();
    m_path = session.path();
    m_backedUpWrites = session.writeCount();
    m_lastStart = now;
    m_needInitial = !m_path.empty() && store::listBackups(m_path, false).empty();
    std::lock_guard lock(m_mutex);
    m_lastBackup.reset();
    m_lastError = {};
}

void BackupKeeper::abandon() {
    if (m_thread.joinable()) {
        m_thread.join();
    }
    m_done = false;
    m_path.clear();
}

void BackupKeeper::collect() {
    if (m_thread.joinable() && m_done) {
        m_thread.join();
        m_done = false;
    }
}

void BackupKeeper::record(const std::filesystem::path& path) {
    lang::Message error;
    std::optional<store::BackupClock::time_point> made;
    try {
        made = store::makeBackup(path, store::BackupClock::now()).time;
    } catch (const std::exception& failure) {
        error = lang::Message{"backup.failed", {}}.withMessage("reason", errorMessage(failure));
    }
    std::lock_guard lock(m_mutex);
    m_lastError = error;
    if (made) {
        m_lastBackup = made;
    }
}

void BackupKeeper::start(const std::filesystem::path& path) {
    m_done = false;
    m_thread = std::thread([this, path] {
        record(path);
        m_done = true;
        if (m_wake) {
            m_wake();
        }
    });
}

double BackupKeeper::tick(const EventSession& session, Clock::time_point now) {
    collect();
    if (m_path.empty() || session.path() != m_path) {
        return -1.0;
    }
    if (m_thread.joinable()) {
        // Running: the thread wakes the loop when it ends; without a way to
        // be woken, look again soon.
        return m_wake ? -1.0 : 0.05;
    }
    const bool changed = session.writeCount() != m_backedUpWrites;
    if (!changed && !m_needInitial) {
        return -1.0; // nothing new: no timer, the app sleeps
    }
    const Clock::time_point due = m_needInitial ? now : m_lastStart + m_interval;
    if (now < due) {
        return std::chrono::duration<double>(due - now).count();
    }
    m_needInitial = false;
    m_backedUpWrites = session.writeCount();
    m_lastStart = now;
    start(m_path);
    return m_wake ? -1.0 : 0.05;
}

void BackupKeeper::finish(const EventSession& session) {
    if (m_thread.joinable()) {
        m_thread.join();
        m_done = false;
    }
    if (!m_path.empty() && session.path() == m_path &&
        (session.writeCount() != m_backedUpWrites || m_needInitial)) {
        m_backedUpWrites = session.writeCount();
        m_needInitial = false;
        record(m_path);
    }
    m_path.clear();
}

std::optional<store::BackupClock::time_point> BackupKeeper::lastBackup() const {
    std::lock_guard lock(m_mutex);
    return m_lastBackup;
}

std::string BackupKeeper::lastError(lang::Language language) const {
    std::lock_guard lock(m_mutex);
    return lang::render(language, m_lastError);
}

} // namespace innspill::app
