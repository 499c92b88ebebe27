// An event file opened as the app opens it, for the tests that drive a
// session (app, UI, CLI): the file made from an event first, or opened as
// it is. Both REQUIRE that it opens.
#pragma once

#include "app/event_session.hpp"
#include "model/event.hpp"

#include <filesystem>
#include <memory>

namespace innspill::test {

app::OpenResult openEvent(const std::filesystem::path& path);

// Writes `event` as a new event file at `path`, then opens it.
app::OpenResult createAndOpen(const std::filesystem::path& path, const model::Event& event);

// The same, for tests that need only the session.
std::unique_ptr<app::EventSession> openSession(const std::filesystem::path& path);
std::unique_ptr<app::EventSession> createSession(const std::filesystem::path& path,
                                                 const model::Event& event);

} // namespace innspill::test
