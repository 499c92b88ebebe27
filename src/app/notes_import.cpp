// Notes import against an event file: read, merge, write in one transaction.
#include "app/notes_import.hpp"

#include "app/event_session.hpp"
#include "app/messages.hpp"
#include "io/parse_error.hpp"
#include "io/read_file.hpp"
#include "store/event_file.hpp"
#include "store/instance_lock.hpp"

#include <optional>

namespace innspill::app {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxNotesBytes = 256ull * 1024 * 1024;

// A new event takes its title from the first paragraph of the notes' front
// matter (a title page), or else from the notes file's name.
std::string titleFor(const io::notes::NotesImport& plan, const fs::path& notes) {
    const std::string& about = plan.event.about;
    std::string first = about.substr(0, about.find("\n\n"));
    for (auto& c : first) {
        c = c == '\n' ? ' ' : c;
    }
    if (!first.empty() && first.size() <= 200) {
        return first;
    }
    return notes.stem().string();
}

} // namespace

Change changeFor(const model::Event& base, const io::notes::NotesImport& plan) {
    Change change("undo.importNotes");
    const model::Event& after = plan.event;
    if (plan.eventFieldsChanged) {
        change.header(headerOf(base), headerOf(after));
    }
    if (plan.programmeChanged) {
        change.programme(Programme{base.days, base.rooms}, Programme{after.days, after.rooms});
    }
    const auto optional = [](const auto* item) {
        using T = std::remove_cv_t<std::remove_pointer_t<decltype(item)>>;
        return item ? std::optional<T>(*item) : std::nullopt;
    };
    for (const auto& id : plan.people) {
        change.person(optional(model::findPerson(base, id)),
                      optional(model::findPerson(after, id)));
    }
    for (const auto& id : plan.groups) {
        change.group(optional(model::findGroup(base, id)), optional(model::findGroup(after, id)));
    }
    return change;
}

NotesText readNotesText(const fs::path& notes) {
    NotesText result;
    try {
        io::notes::DecodedText decoded =
            io::notes::decodeText(io::readInputFile(notes, kMaxNotesBytes));
        result.text = std::move(decoded.text);
        result.encoding = decoded.encoding;
        result.ok = true;
    } catch (const io::ParseError& parseError) {
        result.message = parseErrorMessage(parseError, notes);
    } catch (const std::exception& error) {
        result.message = errorMessage(error);
    }
    return result;
}

NotesImportOutcome importNotesIntoFile(const fs::path& eventFile, const fs::path& notes,
                                       bool dryRun, bool namesPublished) {
    NotesImportOutcome outcome;
    try {
        const std::string bytes = io::readInputFile(notes, kMaxNotesBytes);
        std::error_code error;
        const bool exists = fs::exists(eventFile, error);
        std::unique_ptr<store::EventFile> file;
        std::optional<store::InstanceLock> lock; // the app's one-writer lock
        model::Event base;
        if (exists) {
            if (!dryRun) {
                lock.emplace(eventFile);
            }
            file = store::EventFile::open(eventFile, dryRun ? store::EventFile::Access::ReadOnly
                                                            : store::EventFile::Access::ReadWrite);
            base = file->load();
        } else {
            if (eventFile.extension() != store::kEventFileExtension) {
                outcome.message = lang::message(
                    "message.needsEventExtension",
                    {{"file", eventFile.string()}, {"extension", store::kEventFileExtension}});
                return outcome;
            }
            base = model::makeEvent("");
        }
        try {
            outcome.plan = io::notes::importNotesText(base, bytes);
            if (namesPublished) {
                io::notes::recordNamesPublished(outcome.plan);
            }
        } catch (const io::ParseError& parseError) {
            outcome.message = parseErrorMessage(parseError, notes);
            return outcome;
        }
        if (!exists) {
            outcome.plan.event.title = titleFor(outcome.plan, notes);
            outcome.createdFile = true;
        }
        if (!dryRun) {
            if (exists) {
                persistChange(*file, base.id, changeFor(base, outcome.plan));
            } else {
                store::EventFile::create(eventFile, outcome.plan.event);
            }
        }
        outcome.ok = true;
    } catch (const store::FileError& error) {
        outcome.message = fileErrorMessage(error);
    } catch (const std::exception& error) {
        outcome.message = errorMessage(error);
    }
    return outcome;
}

} // namespace innspill::app
