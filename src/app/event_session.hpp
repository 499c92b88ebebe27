// One open event: the in-memory model and the event file behind it. Panels
// read the model through const references every frame; changes go through
// the session so that the model and the file never disagree.
#pragma once

#include "model/event.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace innspill::store {
class EventFile;
}

namespace innspill::app {

class EventSession {
  public:
    EventSession(std::unique_ptr<store::EventFile> file, model::Event event);
    ~EventSession();
    EventSession(const EventSession&) = delete;
    EventSession& operator=(const EventSession&) = delete;

    // A session with no file behind it, for tests and previews.
    static std::unique_ptr<EventSession> inMemory(model::Event event);

    const model::Event& event() const { return m_event; }
    const std::filesystem::path& path() const;

  private:
    std::unique_ptr<store::EventFile> m_file;
    model::Event m_event;
};

// Outcome of an operation that can fail for reasons a person must act on.
// `message` is one line, in Norwegian, naming the file and the reason.
struct OpenResult {
    std::unique_ptr<EventSession> session;
    std::string message;
    explicit operator bool() const { return session != nullptr; }
};

OpenResult openEvent(const std::filesystem::path& path);

} // namespace innspill::app
