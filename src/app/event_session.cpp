// The open event: apply, persist, undo, redo, retry.
#include "app/event_session.hpp"
#include "store/photo_blobs.hpp"

#include "app/messages.hpp"
#include "store/event_file.hpp"
#include "store/instance_lock.hpp"
#include "store/kit_tables.hpp"

namespace innspill::app {

namespace {
constexpr size_t kUndoDepth = 500;
// Typing pauses longer than this start a new undo step.
constexpr auto kTypingPause = std::chrono::seconds(2);
} // namespace

EventSession::EventSession(std::unique_ptr<store::EventFile> file, model::Event event,
                           std::unique_ptr<store::InstanceLock> lock)
    : m_lock(std::move(lock)), m_file(std::move(file)), m_event(std::move(event)) {}

EventSession::~EventSession() = default;

const std::filesystem::path& EventSession::path() const {
    static const std::filesystem::path kNoFile;
    return m_file ? m_file->path() : kNoFile;
}

std::unique_ptr<EventSession> EventSession::inMemory(model::Event event) {
    return std::make_unique<EventSession>(nullptr, std::move(event));
}

void persistChange(store::EventFile& file, const model::Id& eventId, const Change& change) {
    store::EventFile::Transaction transaction(file);
    writeChange(file, eventId, change);
    transaction.commit();
}

void writeChange(store::EventFile& file, const model::Id& eventId, const Change& change) {
    model::Event scratch; // writers take an Event; each reads only its part
    scratch.id = eventId;
    if (const auto& delta = change.headerDelta(); delta && delta->after) {
        setHeader(scratch, *delta->after);
        file.writeEventFields(scratch);
    }
    if (const auto& delta = change.themesDelta(); delta && delta->after) {
        scratch.themes = *delta->after;
        file.writeThemes(scratch);
    }
    for (const auto& delta : change.people()) {
        if (delta.after) {
            file.writePerson(*delta.after);
        }
    }
    for (const auto& delta : change.groups()) {
        if (!delta.after) {
            file.deleteGroup(delta.before->id);
        }
    }
    if (const auto& delta = change.programmeDelta(); delta && delta->after) {
        scratch.days = delta->after->days;
        scratch.rooms = delta->after->rooms;
        file.writeProgramme(scratch);
    }
    // Group numbers are UNIQUE in the file and SQLite checks that row by row:
    // renumbering a round (and undoing it) shifts numbers onto each other and
    // would collide half-way. Park each renumbered group on a number no real
    // group can have ('~' is not valid in a group number) before the writes.
    for (const auto& delta : change.groups()) {
        if (delta.after && delta.before && delta.before->number != delta.after->number) {
            model::Group parked = *delta.before;
            parked.number = "~" + parked.id.str();
            file.writeGroupChange(*delta.before, parked);
        }
    }
    for (const auto& delta : change.groups()) {
        if (delta.after && delta.before) {
            file.writeGroupChange(*delta.before, *delta.after);
        } else if (delta.after) {
            file.writeGroup(*delta.after);
        }
    }
    for (const auto& delta : change.people()) {
        if (!delta.after) {
            file.deletePerson(delta.before->id);
        }
    }
    if (const auto& delta = change.synthesisDelta(); delta && delta->after) {
        file.writeSynthesisChange(*delta->before, *delta->after);
    }
    for (const auto& delta : change.handIns()) {
        if (delta.after) {
            store::writeHandIn(file, *delta.after);
        } else {
            store::deleteHandIn(file, delta.before->id);
        }
    }
}

bool EventSession::persist(const Change& change) {
    if (!m_file) {
        return true;
    }
    // Changes are written in order: a failed one waits, and so does every
    // later one. With nothing waiting, write straight away (no copy of the
    // change per keystroke).
    if (m_pending.empty()) {
        try {
            persistChange(*m_file, m_event.id, change);
            ++m_writeCount;
        } catch (const store::FileError& error) {
            m_lastError = fileErrorMessage(error);
            m_pending.push_back(change);
            return false;
        }
        return afterWrites();
    }
    m_pending.push_back(change);
    return retry();
}

bool EventSession::afterWrites() {
    if (checkFileMoved()) {
        return false;
    }
    m_lastError = {};
    return true;
}

bool EventSession::retry() {
    while (!m_pending.empty()) {
        try {
            persistChange(*m_file, m_event.id, m_pending.front());
            m_pending.pop_front();
            ++m_writeCount;
        } catch (const store::FileError& error) {
            m_lastError = fileErrorMessage(error);
            return false;
        }
    }
    return afterWrites();
}

bool EventSession::checkFileMoved() {
    if (!m_file) {
        return false;
    }
    m_fileMoved = m_file->connection().hasMoved();
    if (m_fileMoved) {
        m_lastError = lang::message("session.fileMoved", {{"file", path().string()}});
    } else if (m_pending.empty()) {
        m_lastError = {};
    }
    return m_fileMoved;
}

bool EventSession::apply(Change change, bool mergeTyping) {
    if (change.empty()) {
        return true;
    }
    applyToModel(m_event, change);
    ++m_revision;
    const bool written = persist(change);
    const auto now = std::chrono::steady_clock::now();
    const bool merge = mergeTyping && m_mergeOpen && !m_undo.empty() &&
                       m_undo.back().sameParts(change) && now - m_lastApply < kTypingPause;
    if (merge) {
        m_undo.back().absorb(std::move(change));
    } else {
        m_undo.push_back(std::move(change));
        if (m_undo.size() > kUndoDepth) {
            m_undo.pop_front();
        }
    }
    m_redo.clear();
    m_mergeOpen = mergeTyping;
    m_lastApply = now;
    return written;
}

bool EventSession::undo() {
    if (m_undo.empty()) {
        return true;
    }
    Change change = std::move(m_undo.back());
    m_undo.pop_back();
    Change inverse = change.inverse();
    applyToModel(m_event, inverse);
    ++m_revision;
    m_redo.push_back(std::move(change));
    m_mergeOpen = false;
    return persist(inverse);
}

bool EventSession::redo() {
    if (m_redo.empty()) {
        return true;
    }
    Change change = std::move(m_redo.back());
    m_redo.pop_back();
    applyToModel(m_event, change);
    ++m_revision;
    m_undo.push_back(change);
    m_mergeOpen = false;
    return persist(change);
}

std::string EventSession::undoLabel(lang::Language language) const {
    return m_undo.empty() ? "" : m_undo.back().labelText(language);
}
std::string EventSession::redoLabel(lang::Language language) const {
    return m_redo.empty() ? "" : m_redo.back().labelText(language);
}

bool EventSession::saveCopyAs(const std::filesystem::path& path, bool overwrite) {
    try {
        store::EventFile::create(path, m_event, overwrite, m_file.get()); // photos too
        return true;
    } catch (const store::FileError& error) {
        m_lastError = fileErrorMessage(error);
        return false;
    }
}

OpenResult openEvent(const std::filesystem::path& path) {
    OpenResult result;
    try {
        auto lock = std::make_unique<store::InstanceLock>(path);
        auto opened = store::EventFile::openAndLoad(path);
        // Photos detached in an earlier session can no longer be undone back.
        store::purgeDetachedPhotos(*opened.file);
        result.session = std::make_unique<EventSession>(std::move(opened.file),
                                                        std::move(opened.event), std::move(lock));
    } catch (const store::FileError& error) {
        result.message = fileErrorMessage(error);
        result.damaged = error.kind() == store::FileErrorKind::Damaged;
    }
    return result;
}

} // namespace innspill::app
