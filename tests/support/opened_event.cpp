// Opening event files for the tests (opened_event.hpp).
#include "support/opened_event.hpp"

#include "store/event_file.hpp"

#include <catch2/catch.hpp>

namespace innspill::test {

app::OpenResult openEvent(const std::filesystem::path& path) {
    auto opened = app::openEvent(path);
    INFO(path.string());
    REQUIRE(opened);
    return opened;
}

app::OpenResult createAndOpen(const std::filesystem::path& path, const model::Event& event) {
    store::EventFile::create(path, event);
    return openEvent(path);
}

std::unique_ptr<app::EventSession> openSession(const std::filesystem::path& path) {
    return openEvent(path).session;
}

std::unique_ptr<app::EventSession> createSession(const std::filesystem::path& path,
                                                 const model::Event& event) {
    return createAndOpen(path, event).session;
}

} // namespace innspill::test
