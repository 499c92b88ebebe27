// The event file: one SQLite database per event (extension .innspill). Opening
// checks that the file is ours, whole and not from a newer version before
// anything is written; every write is its own committed transaction (or part
// of an explicit Transaction), so a crash loses nothing that was committed.
#pragma once

#include "lang/message.hpp"
#include "model/event.hpp"
#include "store/sqlite.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace innspill::store {

inline constexpr const char* kEventFileExtension = ".innspill";

class EventFile {
  public:
    enum class Access { ReadOnly, ReadWrite };

    // Opens an existing event file, migrating an older schema forward. Throws
    // FileError and leaves a file that is not ours, damaged or too new untouched.
    static std::unique_ptr<EventFile> open(const std::filesystem::path& path,
                                           Access access = Access::ReadWrite);

    // What the app opens: the file, checked like open(), and its event. The
    // whole-file check runs on a thread of its own while the model is read
    // through a read-only connection; the file is opened for writing (and
    // migrated) only after both are done and good, so a damaged file is
    // still refused untouched.
    struct Opened {
        std::unique_ptr<EventFile> file;
        model::Event event;
    };
    static Opened openAndLoad(const std::filesystem::path& path);

    // How much of a file is checked before the event read from it is trusted.
    // Whole: quick_check of every page, side by side with reading (what the
    // app opens and will write to, and `check`). Read: only what the event is
    // read from, for a read-only use (export, stats) — the header (magic,
    // version, page size and count, free list) and every page the reading
    // loads, each checked by SQLite as it is loaded (cell_size_check); when
    // the reading fails, the whole-file check tells damage from the rest.
    enum class Check { Whole, Read };

    // The event in a file, read only: checked as `check` says.
    static model::Event read(const std::filesystem::path& path, Check check = Check::Whole);

    // A read-only look at part of a file (what `innspill synthesis --similar`
    // asks), checked as Check::Read checks: the header first, then every page
    // `read` loads as it is loaded. When `read` throws, the whole-file check
    // tells damage from the rest: a damaged file throws FileError (Damaged),
    // anything else goes on as it was thrown.
    static void readChecked(const std::filesystem::path& path,
                            const std::function<void(EventFile&)>& read);

    // Writes `event` into a new file. The file appears only complete (built
    // beside it, then renamed). Refuses an existing path unless `overwrite`.
    // The event's photos' bytes come from `photoSource` (the file the event
    // was read from); without one, the new file has no photos.
    static std::unique_ptr<EventFile> create(const std::filesystem::path& path,
                                             const model::Event& event, bool overwrite = false,
                                             EventFile* photoSource = nullptr);

    ~EventFile();
    EventFile(const EventFile&) = delete;
    EventFile& operator=(const EventFile&) = delete;

    const std::filesystem::path& path() const { return m_connection->path(); }
    int schemaVersion();
    Connection& connection() { return *m_connection; }

    model::Event load();

    // Writes. Each is atomic on its own and joins an open Transaction.
    void writeEvent(const model::Event& event); // replaces everything
    void writeEventFields(const model::Event& event);
    void writeProgramme(const model::Event& event); // days, rounds, rooms
    void writeThemes(const model::Event& event);
    void writePerson(const model::Person& person);
    void deletePerson(const model::Id& id);
    void writeGroup(const model::Group& group);
    // The same group before and after an edit: writes only the rows that
    // changed (one UPDATE for a typed character).
    void writeGroupChange(const model::Group& before, const model::Group& after);
    void deleteGroup(const model::Id& id);
    void writeSynthesis(const model::Synthesis& synthesis); // replaces the whole synthesis
    // The synthesis before and after an edit: rewrites only the challenges
    // (with their measures and sources) and lists that changed.
    void writeSynthesisChange(const model::Synthesis& before, const model::Synthesis& after);

    // SQLite's integrity and foreign-key checks; empty when all is well.
    std::vector<lang::Message> integrityProblems();

    // Several writes as one: rolls back unless committed.
    class Transaction {
      public:
        explicit Transaction(EventFile& file);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        void commit();

      private:
        EventFile& m_file;
        bool m_done = false;
    };

  private:
    explicit EventFile(std::unique_ptr<Connection> connection);
    void configure();
    void writeGroupRow(const model::Group& group); // the group row, its people, photos, merges
    void writeActions(const model::Group& group);  // group_actions.cpp
    void writeGroupPhotos(const model::Group& group);
    void migrate();

    std::unique_ptr<Connection> m_connection;
};

// Reads only the file's header: throws FileError if the file is missing, not
// an Innspill event, visibly truncated or from a newer version.
void checkHeader(const std::filesystem::path& path);
// Runs quick_check through a read-only connection (which changes nothing):
// throws FileError (Damaged) when the file is not whole.
void checkWhole(const std::filesystem::path& path);
// Reads the whole event through any connection to an event file.
model::Event readEvent(Connection& connection);
// The synthesis alone (empty for a file from before the synthesis tables).
model::Synthesis readSynthesis(Connection& connection);

// A fresh name beside `path` for building a file that is renamed into place.
std::filesystem::path temporarySibling(const std::filesystem::path& path);

} // namespace innspill::store
