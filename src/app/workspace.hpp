// The one open event of a window, and switching it: New, Open and Close
// replace the EventSession this object owns. The desktop frame loop owns the
// Workspace (one per window, for the program's lifetime); AppContext holds a
// plain pointer to it and, for the panels, to its current session, which the
// shell refreshes after every switch. Nothing else owns a session.
#pragma once

#include "app/event_session.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace innspill::app {

// Creates a new event file titled `title` at `path` (which must end in
// .innspill) and opens it. Refuses an existing file unless `overwrite`.
OpenResult createEvent(const std::filesystem::path& path, const std::string& title,
                       bool overwrite);

class Workspace {
  public:
    Workspace() = default;
    explicit Workspace(std::unique_ptr<EventSession> session) : m_session(std::move(session)) {}

    // The open event, or null.
    EventSession* session() const { return m_session.get(); }

    // Each returns an empty string on success, else one line for people. On
    // failure the event that was open stays open and untouched.
    // Opening the file that is already open does nothing and succeeds.
    std::string open(const std::filesystem::path& path);
    std::string create(const std::filesystem::path& path, const std::string& title,
                       bool overwrite);
    // Closes the open event. Changes that could not be written are lost; the
    // shell asks before it calls this while saveState() is Failing.
    void close() { m_session.reset(); }

    // Writes the open event, as it is in memory (changes not yet written
    // included), to a new file: the way out when the event's own file
    // cannot be written. Refuses the open event's own file.
    std::string saveCopyAs(const std::filesystem::path& path, bool overwrite);

    // Whether `path` names the open event's file (also through another
    // spelling of the same path).
    bool isOpen(const std::filesystem::path& path) const;

  private:
    std::unique_ptr<EventSession> m_session;
};

} // namespace innspill::app
