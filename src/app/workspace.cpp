// Opening, creating and closing the window's event.
#include "app/workspace.hpp"

#include "app/messages.hpp"
#include "store/errors.hpp"
#include "store/event_file.hpp"

#include <system_error>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& path) {
    return "«" + path.filename().string() + "»";
}

bool hasOnlySpace(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

OpenResult createEvent(const fs::path& path, const std::string& title, bool overwrite) {
    OpenResult result;
    if (hasOnlySpace(title)) {
        result.message = "kan ikke opprette arrangementet: tittelen kan ikke være tom";
        return result;
    }
    if (path.extension() != store::kEventFileExtension) {
        result.message = "kan ikke opprette " + quoted(path) + ": en arrangementsfil må slutte på " +
                         store::kEventFileExtension;
        return result;
    }
    try {
        store::EventFile::create(path, model::makeEvent(title), overwrite);
    } catch (const store::FileError& error) {
        result.message = describe(error);
        return result;
    }
    return openEvent(path);
}

bool Workspace::isOpen(const fs::path& path) const {
    if (!m_session || m_session->path().empty()) {
        return false;
    }
    std::error_code error;
    return fs::equivalent(m_session->path(), path, error) && !error;
}

std::string Workspace::open(const fs::path& path) {
    if (isOpen(path)) {
        return {};
    }
    // Opened first, swapped in only when it worked: a file that will not open
    // never costs the person the event they had open.
    OpenResult opened = openEvent(path);
    if (!opened) {
        return opened.message;
    }
    m_session = std::move(opened.session);
    return {};
}

std::string Workspace::create(const fs::path& path, const std::string& title, bool overwrite) {
    if (isOpen(path)) {
        return "kan ikke opprette " + quoted(path) +
               ": det er arrangementet som er åpent nå; velg et annet filnavn";
    }
    OpenResult created = createEvent(path, title, overwrite);
    if (!created) {
        return created.message;
    }
    m_session = std::move(created.session);
    return {};
}

std::string Workspace::saveCopyAs(const fs::path& path, bool overwrite) {
    if (!m_session) {
        return "ingen arrangement er åpent";
    }
    if (isOpen(path)) {
        return "kan ikke lagre en kopi over " + quoted(path) +
               ": det er arrangementets egen fil; velg et annet filnavn";
    }
    if (!m_session->saveCopyAs(path, overwrite)) {
        return m_session->lastError();
    }
    return {};
}

} // namespace innspill::app
