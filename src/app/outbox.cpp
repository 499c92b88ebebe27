// The kit's outbox: the folder setting and the timing of hand-in copies.
#include "app/outbox.hpp"

#include "app/event_session.hpp"
#include "app/merge/kits.hpp"
#include "app/messages.hpp"
#include "os/utf8_path.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"
#include "store/hand_in_copies.hpp"
#include "store/kit_tables.hpp"

namespace innspill::app {

namespace fs = std::filesystem;

std::string outboxCopyName(const fs::path& kit) {
    return kit.filename().string();
}

int64_t copySerialNow() {
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

fs::path outboxOf(EventSession& session) {
    if (session.file() == nullptr) {
        return {};
    }
    try {
        if (!store::readKitRecord(*session.file())) {
            return {};
        }
        return os::pathFromUtf8(store::readFileSetting(*session.file(), store::kOutboxSetting));
    } catch (const store::FileError&) {
        return {};
    }
}

lang::Message setOutbox(EventSession& session, const fs::path& folder) {
    if (session.file() == nullptr) {
        return lang::message("workspace.nothingOpen");
    }
    try {
        if (!kitRecordOf(session)) {
            return lang::message("outbox.notKit", {{"file", session.path().filename().string()}});
        }
        std::error_code error;
        if (!folder.empty() && !fs::is_directory(folder, error)) {
            return lang::message("outbox.noFolder", {{"folder", folder.string()}});
        }
        const fs::path absolute = folder.empty() ? folder : fs::absolute(folder, error);
        store::writeFileSetting(*session.file(), store::kOutboxSetting, absolute.string());
    } catch (const KitError& error) {
        return error.message();
    } catch (const store::FileError& error) {
        return fileErrorMessage(error);
    }
    return {};
}

fs::path sendToOutbox(const fs::path& kit, const fs::path& folder) {
    try {
        std::error_code error;
        if (!fs::is_directory(folder, error)) {
            throw KitError(lang::message("outbox.noFolder", {{"folder", folder.string()}}));
        }
        {
            auto file = store::EventFile::open(kit);
            if (!store::readKitRecord(*file)) {
                throw KitError(lang::message("outbox.notKit", {{"file", kit.string()}}));
            }
            store::writeFileSetting(*file, store::kOutboxSetting,
                                    fs::absolute(folder, error).string());
        }
        store::writeHandInCopy(kit, folder, outboxCopyName(kit), copySerialNow());
        return folder / outboxCopyName(kit);
    } catch (const store::FileError& error) {
        throw KitError(fileErrorMessage(error));
    }
}

OutboxKeeper::OutboxKeeper(std::function<void()> wake) : m_wake(std::move(wake)) {}

OutboxKeeper::~OutboxKeeper() {
    abandon();
}

void OutboxKeeper::begin(EventSession& session, Clock::time_point now) {
    abandon();
    m_path = session.path();
    m_folder = outboxOf(session);
    m_copiedWrites = session.writeCount();
    m_lastStart = now;
    // The outbox may hold an older copy than the kit (the app was closed
    // without one): bring it up to date once.
    m_dueAt.reset();
    if (!m_folder.empty()) {
        m_dueAt = now;
    }
    std::lock_guard lock(m_mutex);
    m_lastCopy.reset();
    m_lastError = {};
    m_failed = false;
}

void OutboxKeeper::folderChanged(EventSession& session) {
    if (m_thread.joinable()) {
        m_thread.join();
        m_done = false;
    }
    m_path = session.path();
    m_folder = outboxOf(session);
    m_dueAt.reset();
    if (!m_folder.empty()) {
        m_dueAt = Clock::now();
    }
    std::lock_guard lock(m_mutex);
    m_lastError = {};
    m_failed = false;
}

void OutboxKeeper::abandon() {
    if (m_thread.joinable()) {
        m_thread.join();
    }
    m_done = false;
    m_path.clear();
    m_folder.clear();
    m_dueAt.reset();
}

void OutboxKeeper::collect() {
    if (!m_thread.joinable() || !m_done) {
        return;
    }
    m_thread.join();
    m_done = false;
    std::lock_guard lock(m_mutex);
    if (m_failed) {
        m_dueAt = m_lastStart + m_retry; // the kit is untouched; try again later
    }
}

void OutboxKeeper::record() {
    lang::Message error;
    try {
        store::writeHandInCopy(m_path, m_folder, outboxCopyName(m_path), copySerialNow());
    } catch (const std::exception& failure) {
        error = lang::Message{"outbox.failed", {}}
                    .with("folder", m_folder.string())
                    .withMessage("reason", errorMessage(failure));
    }
    std::lock_guard lock(m_mutex);
    m_lastError = error;
    m_failed = !error.empty();
    if (!m_failed) {
        m_lastCopy = std::chrono::system_clock::now();
    }
}

void OutboxKeeper::start() {
    m_done = false;
    m_thread = std::thread([this] {
        record();
        m_done = true;
        if (m_wake) {
            m_wake();
        }
    });
}

double OutboxKeeper::tick(const EventSession& session, Clock::time_point now) {
    collect();
    if (m_folder.empty() || session.path() != m_path) {
        return -1.0;
    }
    if (m_thread.joinable()) {
        return m_wake ? -1.0 : 0.05;
    }
    const bool changed = session.writeCount() != m_copiedWrites;
    if (!changed && !m_dueAt) {
        return -1.0; // nothing new: no timer, the app sleeps
    }
    Clock::time_point due = m_lastStart + m_interval;
    if (m_dueAt && (!changed || *m_dueAt < due)) {
        due = *m_dueAt;
    }
    if (now < due) {
        return std::chrono::duration<double>(due - now).count();
    }
    m_dueAt.reset();
    m_copiedWrites = session.writeCount();
    m_lastStart = now;
    start();
    return m_wake ? -1.0 : 0.05;
}

void OutboxKeeper::finish(const EventSession& session) {
    if (m_thread.joinable()) {
        m_thread.join();
        m_done = false;
    }
    bool failed = false;
    {
        std::lock_guard lock(m_mutex);
        failed = m_failed;
    }
    if (!m_folder.empty() && session.path() == m_path &&
        (session.writeCount() != m_copiedWrites || m_dueAt || failed)) {
        m_copiedWrites = session.writeCount();
        record();
    }
    m_path.clear();
    m_folder.clear();
    m_dueAt.reset();
}

std::optional<std::chrono::system_clock::time_point> OutboxKeeper::lastCopy() const {
    std::lock_guard lock(m_mutex);
    return m_lastCopy;
}

lang::Message OutboxKeeper::lastError() const {
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

} // namespace innspill::app
