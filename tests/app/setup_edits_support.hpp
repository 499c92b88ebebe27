// Shared by the set-up edit tests: an event file made from the sample event,
// opened as a session, and the round trip every edit must survive — the file
// reloads equal to the model after apply, and equal to the original after undo.
#pragma once

#include "app/event_session.hpp"
#include "store/event_file.hpp"
#include "support/on_disk.hpp"
#include "support/sample_event.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <optional>

namespace innspill::test {

// Groups and people are kept "in no particular order" (a removed group that
// undo brings back goes to the end); compare events with them sorted by id.
inline model::Event normalised(model::Event event) {
    std::sort(event.groups.begin(), event.groups.end(),
              [](const model::Group& a, const model::Group& b) { return a.id < b.id; });
    std::sort(event.people.begin(), event.people.end(),
              [](const model::Person& a, const model::Person& b) { return a.id < b.id; });
    return event;
}

inline bool sameEvent(const model::Event& a, const model::Event& b) {
    return normalised(a) == normalised(b);
}

class EditFixture {
  public:
    explicit EditFixture(model::Event event = sampleEvent()) : m_path(m_dir / "e.innspill") {
        store::EventFile::create(m_path, event);
        auto opened = app::openEvent(m_path);
        REQUIRE(opened);
        m_session = std::move(opened.session);
    }

    app::EventSession& session() { return *m_session; }
    const model::Event& event() const { return m_session->event(); }

    model::Event onDisk() const { return test::onDisk(m_path); }

    // Applies `change`, checks the file holds what the model holds, undoes
    // it and checks both are back where they started; then redoes it so the
    // test can go on from the changed state.
    void applyAndRoundTrip(const std::optional<app::Change>& change) {
        REQUIRE(change.has_value());
        const model::Event before = event();
        REQUIRE(m_session->apply(*change));
        CHECK(sameEvent(onDisk(), event()));
        CHECK_FALSE(sameEvent(event(), before));
        REQUIRE(m_session->undo());
        CHECK(sameEvent(event(), before));
        CHECK(sameEvent(onDisk(), before));
        REQUIRE(m_session->redo());
        CHECK(sameEvent(onDisk(), event()));
    }

  private:
    TempDir m_dir;
    std::filesystem::path m_path;
    std::unique_ptr<app::EventSession> m_session;
};

} // namespace innspill::test
