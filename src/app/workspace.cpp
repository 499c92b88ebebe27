// Opening, creating and closing the window's event.
#include "app/workspace.hpp"

#include "app/messages.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"

#include <system_error>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

bool hasOnlySpace(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

OpenResult createEvent(const fs::path& path, const std::string& title, bool overwrite) {
    OpenResult result;
    if (hasOnlySpace(title)) {
        result.message = lang::message("workspace.emptyTitle");
        return result;
    }
    if (path.extension() != store::kEventFileExtension) {
        result.message =
            lang::message("workspace.needsExtension", {{"file", path.filename().string()},
                                                       {"extension", store::kEventFileExtension}});
        return result;
    }
    try {
        store::EventFile::create(path, model::makeEvent(title), overwrite);
    } catch (const store::FileError& error) {
        result.message = fileErrorMessage(error);
        return result;
    }
    return openEvent(path);
}

Workspace::Workspace()
    : m_keeper(std::make_unique<BackupKeeper>()), m_outbox(std::make_unique<OutboxKeeper>()) {}

Workspace::Workspace(std::unique_ptr<EventSession> session)
    : m_keeper(std::make_unique<BackupKeeper>()), m_outbox(std::make_unique<OutboxKeeper>()) {
    adopt(std::move(session));
}

Workspace::~Workspace() {
    close();
}

Workspace::Workspace(Workspace&& other) noexcept
    : m_session(std::move(other.m_session)), m_keeper(std::move(other.m_keeper)),
      m_outbox(std::move(other.m_outbox)), m_damaged(std::move(other.m_damaged)),
      m_lastAside(std::move(other.m_lastAside)) {
    other.m_keeper = std::make_unique<BackupKeeper>();
    other.m_outbox = std::make_unique<OutboxKeeper>();
}

Workspace& Workspace::operator=(Workspace&& other) noexcept {
    if (this != &other) {
        close();
        m_session = std::move(other.m_session);
        std::swap(m_keeper, other.m_keeper);
        std::swap(m_outbox, other.m_outbox);
        m_damaged = std::move(other.m_damaged);
        m_lastAside = std::move(other.m_lastAside);
    }
    return *this;
}

void Workspace::adopt(std::unique_ptr<EventSession> session) {
    close();
    m_session = std::move(session);
    if (m_session) {
        m_keeper->begin(*m_session, BackupKeeper::Clock::now());
        m_outbox->begin(*m_session, OutboxKeeper::Clock::now());
    }
}

void Workspace::close() {
    if (m_session && m_keeper) {
        m_keeper->finish(*m_session);
    }
    if (m_session && m_outbox) {
        m_outbox->finish(*m_session); // the last hand-in copy
    }
    m_session.reset();
}

void Workspace::setWakeFromAnyThread(std::function<void()> wake) {
    // A keeper holds its wake function for its life; swap in a new one
    // between backups, carrying on with the open session.
    m_keeper->abandon();
    m_keeper = std::make_unique<BackupKeeper>(wake);
    m_outbox->abandon();
    m_outbox = std::make_unique<OutboxKeeper>(std::move(wake));
    if (m_session) {
        m_keeper->begin(*m_session, BackupKeeper::Clock::now());
        m_outbox->begin(*m_session, OutboxKeeper::Clock::now());
    }
}

double Workspace::keepOutbox(OutboxKeeper::Clock::time_point now) {
    if (!m_session || m_session->path().empty()) {
        return -1.0;
    }
    return m_outbox->tick(*m_session, now);
}

lang::Message Workspace::setOutbox(const fs::path& folder) {
    if (!m_session) {
        return lang::message("workspace.nothingOpen");
    }
    lang::Message problem = app::setOutbox(*m_session, folder);
    if (problem.empty()) {
        m_outbox->folderChanged(*m_session);
    }
    return problem;
}

double Workspace::keepBackups(BackupKeeper::Clock::time_point now) {
    if (!m_session || m_session->path().empty()) {
        return -1.0;
    }
    if (m_session->saveState() == SaveState::Saved) {
        m_session->checkFileMoved();
    }
    return m_keeper->tick(*m_session, now);
}

std::vector<BackupInfo> Workspace::backupsOfOpenEvent() const {
    if (!m_session || m_session->path().empty()) {
        return {};
    }
    return backupsOf(m_session->path());
}

lang::Message Workspace::restoreFromBackup(const fs::path& backup) {
    if (!m_session || m_session->path().empty()) {
        return lang::message("workspace.nothingOpen");
    }
    if (const auto problem = store::checkEventFile(backup)) {
        return lang::message("restore.backupNotWhole", {{"backup", backup.filename().string()}})
            .withMessage("cause", *problem);
    }
    const fs::path path = m_session->path();
    // The file being replaced is kept aside whole: no last backup of it.
    m_keeper->abandon();
    m_outbox->abandon();
    m_session.reset();
    const RestoreResult restored =
        restoreBackup(path, backup, AsideReason::Replaced, store::BackupClock::now());
    m_lastAside = restored.asideAs;
    OpenResult opened = openEvent(path);
    if (!opened) {
        return restored.ok() ? opened.message : restored.message;
    }
    adopt(std::move(opened.session));
    return restored.message;
}

lang::Message Workspace::recoverDamaged() {
    if (!m_damaged) {
        return {};
    }
    const DamagedFile damaged = std::move(*m_damaged);
    m_damaged.reset();
    if (isOpen(damaged.file)) {
        return lang::message("workspace.recoverOpen", {{"file", damaged.file.filename().string()}});
    }
    const RestoreResult restored = restoreBackup(damaged.file, damaged.backup.path,
                                                 AsideReason::Damaged, store::BackupClock::now());
    m_lastAside = restored.asideAs;
    if (!restored.ok()) {
        return restored.message;
    }
    OpenResult opened = openEvent(damaged.file);
    if (!opened) {
        return opened.message;
    }
    adopt(std::move(opened.session));
    return {};
}

bool Workspace::isOpen(const fs::path& path) const {
    if (!m_session || m_session->path().empty()) {
        return false;
    }
    std::error_code error;
    return fs::equivalent(m_session->path(), path, error) && !error;
}

lang::Message Workspace::open(const fs::path& path) {
    if (isOpen(path)) {
        return {};
    }
    // Opened first, swapped in only when it worked: a file that will not open
    // never costs the person the event they had open.
    m_damaged.reset();
    OpenResult opened = openEvent(path);
    if (!opened) {
        if (opened.damaged) {
            if (auto backup = newestGoodBackup(path)) {
                m_damaged = DamagedFile{path, opened.message, std::move(*backup)};
            }
        }
        return opened.message;
    }
    adopt(std::move(opened.session));
    return {};
}

lang::Message Workspace::create(const fs::path& path, const std::string& title, bool overwrite) {
    if (isOpen(path)) {
        return lang::message("workspace.createOverOpen", {{"file", path.filename().string()}});
    }
    OpenResult created = createEvent(path, title, overwrite);
    if (!created) {
        return created.message;
    }
    adopt(std::move(created.session));
    return {};
}

lang::Message Workspace::saveCopyAs(const fs::path& path, bool overwrite) {
    if (!m_session) {
        return lang::message("workspace.nothingOpen");
    }
    if (isOpen(path)) {
        return lang::message("workspace.copyOverOwn", {{"file", path.filename().string()}});
    }
    if (!m_session->saveCopyAs(path, overwrite)) {
        return m_session->lastErrorMessage();
    }
    return {};
}

} // namespace innspill::app
