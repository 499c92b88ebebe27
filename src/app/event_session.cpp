// Opening an event file into a session.
#include "app/event_session.hpp"

#include "app/messages.hpp"
#include "store/event_file.hpp"

namespace innspill::app {

EventSession::EventSession(std::unique_ptr<store::EventFile> file, model::Event event)
    : m_file(std::move(file)), m_event(std::move(event)) {}

EventSession::~EventSession() = default;

const std::filesystem::path& EventSession::path() const {
    static const std::filesystem::path kNoFile;
    return m_file ? m_file->path() : kNoFile;
}

std::unique_ptr<EventSession> EventSession::inMemory(model::Event event) {
    return std::make_unique<EventSession>(nullptr, std::move(event));
}

OpenResult openEvent(const std::filesystem::path& path) {
    OpenResult result;
    try {
        auto file = store::EventFile::open(path);
        auto event = file->load();
        result.session = std::make_unique<EventSession>(std::move(file), std::move(event));
    } catch (const store::FileError& error) {
        result.message = describe(error);
    }
    return result;
}

} // namespace innspill::app
