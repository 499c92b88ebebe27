// Opening, creating, configuring and migrating event files.
#include "store/event_file.hpp"
#include "store/photo_blobs.hpp"

#include "os/link_no_replace.hpp"
#include "os/utf8_path.hpp"
#include "store/schema.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <future>
#include <random>

namespace innspill::store {

namespace fs = std::filesystem;

namespace {

uint32_t bigEndian32(const unsigned char* bytes) {
    return (uint32_t{bytes[0]} << 24) | (uint32_t{bytes[1]} << 16) | (uint32_t{bytes[2]} << 8) |
           uint32_t{bytes[3]};
}

void removeSidecars(const fs::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        fs::remove(os::withSuffix(path, suffix), ignored);
    }
}

// A read-only pass over the whole file reads pages straight from the page
// cache through a memory map instead of copying each one (a third of the
// time of quick_check and of loading a big event). Read-only connections
// only: a stray write can never reach the file through the map.
// Sorts stay in memory, not in a temporary file.
void mapForReading(Connection& connection) {
    connection.exec("PRAGMA mmap_size=1073741824");
    connection.exec("PRAGMA temp_store=MEMORY");
}

// quick_check's verdict as one line for a message: SQLite lists a damaged
// file's problems one per line under "*** in database main ***"; the
// first few say enough.
std::string oneLine(const std::string& verdict) {
    constexpr size_t kShown = 3;
    std::string out;
    size_t shown = 0;
    size_t more = 0;
    size_t at = 0;
    while (at <= verdict.size()) {
        size_t end = verdict.find('\n', at);
        if (end == std::string::npos) {
            end = verdict.size();
        }
        const std::string line = verdict.substr(at, end - at);
        at = end + 1;
        if (line.empty() || line.rfind("*** ", 0) == 0) {
            continue;
        }
        if (shown == kShown) {
            ++more;
            continue;
        }
        out += (out.empty() ? "" : "; ") + line;
        ++shown;
    }
    return more > 0 ? out + "; …" : out;
}

} // namespace

fs::path temporarySibling(const fs::path& path) {
    std::random_device device;
    return os::withSuffix(path, ".part-" + std::to_string(device()));
}

void checkHeader(const fs::path& path) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) {
        throw FileError(FileErrorKind::NotFound, path, lang::message("fileError.notFound"));
    }
    if (fs::is_directory(status)) {
        throw FileError(FileErrorKind::NotInnspill, path, lang::message("fileError.isFolder"));
    }
    const auto size = fs::file_size(path, error);
    if (error) {
        throw FileError(FileErrorKind::Io, path,
                        lang::message("fileError.cannotRead", {{"detail", error.message()}}));
    }
    if (size == 0) {
        throw FileError(FileErrorKind::NotInnspill, path, lang::message("fileError.empty"));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw FileError(FileErrorKind::ReadOnly, path, lang::message("fileError.noReadAccess"));
    }
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    static constexpr char kMagic[] = "SQLite format 3";
    if (in.gcount() < 100 || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0) {
        throw FileError(FileErrorKind::NotInnspill, path, lang::message("fileError.notInnspill"));
    }
    if (static_cast<int32_t>(bigEndian32(&header[68])) != kApplicationId) {
        throw FileError(FileErrorKind::NotInnspill, path, lang::message("fileError.otherDatabase"));
    }
    const auto version = static_cast<int32_t>(bigEndian32(&header[60]));
    if (version > currentSchemaVersion()) {
        throw FileError(FileErrorKind::TooNew, path,
                        lang::message("fileError.tooNew",
                                      {{"version", std::to_string(version)},
                                       {"supported", std::to_string(currentSchemaVersion())}}));
    }
    if (version < 1) {
        throw FileError(FileErrorKind::Damaged, path, lang::message("fileError.noSchemaVersion"));
    }
    const uint32_t rawPageSize = (uint32_t{header[16]} << 8) | header[17];
    const uint64_t pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const uint32_t pageCount = bigEndian32(&header[28]);
    const bool countIsValid = bigEndian32(&header[92]) == bigEndian32(&header[24]);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        throw FileError(FileErrorKind::Damaged, path, lang::message("fileError.badPageSize"));
    }
    // A process stopped in the middle of a checkpoint leaves the new page
    // count in the header before the pages themselves: the write-ahead log
    // beside the file still holds them all, and SQLite puts them back on the
    // next open (the whole-file check after this one sees the result).
    std::error_code walError;
    const auto walSize = fs::file_size(os::withSuffix(path, "-wal"), walError);
    const bool midCheckpoint = !walError && walSize > 0;
    if (size % pageSize != 0 || (countIsValid && size < pageCount * pageSize && !midCheckpoint)) {
        throw FileError(FileErrorKind::Damaged, path, lang::message("fileError.truncated"));
    }
    // The free list: its first page and its length within the file.
    const uint32_t firstFree = bigEndian32(&header[32]);
    const uint32_t freeCount = bigEndian32(&header[36]);
    if (countIsValid &&
        (firstFree > pageCount || freeCount >= pageCount || (firstFree == 0) != (freeCount == 0))) {
        throw FileError(FileErrorKind::Damaged, path, lang::message("fileError.damaged"));
    }
}

void checkWhole(const fs::path& path) {
    // Look before writing anything: a read-only connection never checkpoints
    // or changes the file, so a damaged file stays byte-for-byte as it was.
    Connection probe(path, Connection::Mode::ReadOnly);
    mapForReading(probe);
    Statement check(probe, "PRAGMA quick_check");
    std::string verdict;
    try {
        verdict = check.step() ? check.text(0) : "";
    } catch (const FileError& error) {
        if (error.kind() == FileErrorKind::Busy) {
            throw;
        }
        throw FileError(
            FileErrorKind::Damaged, path,
            lang::Message{"fileError.damagedBecause", {}}.withMessage("cause", error.reason()));
    }
    if (verdict != "ok") {
        throw FileError(FileErrorKind::Damaged, path,
                        lang::message("fileError.damagedDetail", {{"detail", oneLine(verdict)}}));
    }
}

EventFile::EventFile(std::unique_ptr<Connection> connection)
    : m_connection(std::move(connection)) {}

EventFile::~EventFile() {
    // Make the last commits durable and fold the WAL back into the file, so
    // the event is one self-contained file again once the app is closed.
    try {
        m_connection->exec("PRAGMA synchronous=FULL");
        m_connection->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const FileError&) {
        // Read-only or busy: the WAL stays beside the file and SQLite replays it next time.
    }
}

void EventFile::configure() {
    m_connection->exec("PRAGMA foreign_keys=ON");
    m_connection->exec("PRAGMA synchronous=NORMAL");
    // Savepoints keep sub-journals and big writes spill the page cache: keep
    // both in memory (32 MiB at most) instead of temporary files.
    m_connection->exec("PRAGMA temp_store=MEMORY");
    m_connection->exec("PRAGMA cache_size=-32768");
}

int EventFile::schemaVersion() {
    return static_cast<int>(m_connection->pragmaInteger("user_version"));
}

void EventFile::migrate() {
    const int version = schemaVersion();
    if (version >= currentSchemaVersion()) {
        return;
    }
    Transaction transaction(*this);
    const auto& steps = migrations();
    for (int step = version; step < currentSchemaVersion(); ++step) {
        m_connection->exec(steps[static_cast<size_t>(step)]);
    }
    m_connection->exec("PRAGMA user_version=" + std::to_string(currentSchemaVersion()));
    transaction.commit();
}

std::unique_ptr<EventFile> EventFile::open(const fs::path& path, Access access) {
    checkHeader(path);
    checkWhole(path);
    const auto mode =
        access == Access::ReadOnly ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite;
    std::unique_ptr<EventFile> file(new EventFile(std::make_unique<Connection>(path, mode)));
    file->configure();
    if (access == Access::ReadWrite) {
        file->migrate();
    }
    // Read-only access to an older file reads it as it is: every version holds the whole
    // model (before version 5 without a name policy: the default).
    return file;
}

void EventFile::readChecked(const fs::path& path, const std::function<void(EventFile&)>& read) {
    // Only what is read: every page reading loads is checked by SQLite as it
    // is loaded (page header, and every cell inside its page), and reading
    // fails on one that is not right. Then the whole-file check tells damage
    // from the rest: a damaged file is reported as damaged, whatever the
    // reading made of it.
    checkHeader(path);
    try {
        EventFile file(std::make_unique<Connection>(path, Connection::Mode::ReadOnly));
        mapForReading(*file.m_connection);
        file.m_connection->exec("PRAGMA cell_size_check=ON");
        read(file);
    } catch (const FileError& failure) {
        if (failure.kind() != FileErrorKind::Busy) {
            checkWhole(path);
        }
        throw;
    } catch (...) {
        checkWhole(path);
        throw;
    }
}

model::Event EventFile::read(const fs::path& path, Check check) {
    if (check == Check::Read) {
        model::Event event;
        readChecked(path, [&](EventFile& file) { event = readEvent(*file.m_connection); });
        return event;
    }
    checkHeader(path);
    // quick_check reads every page of the file and so does loading: on a big
    // event each takes a good part of a second, side by side they take one.
    auto whole = std::async(std::launch::async, [path] { checkWhole(path); });
    model::Event event;
    std::exception_ptr loadFailure;
    try {
        Connection reading(path, Connection::Mode::ReadOnly);
        mapForReading(reading);
        event = readEvent(reading);
    } catch (...) {
        loadFailure = std::current_exception();
    }
    // A damaged file is reported as damaged, whatever loading made of it.
    whole.get();
    if (loadFailure) {
        std::rethrow_exception(loadFailure);
    }
    return event;
}

EventFile::Opened EventFile::openAndLoad(const fs::path& path) {
    Opened opened;
    opened.event = read(path);
    opened.file.reset(
        new EventFile(std::make_unique<Connection>(path, Connection::Mode::ReadWrite)));
    opened.file->configure();
    if (opened.file->schemaVersion() < currentSchemaVersion()) {
        opened.file->migrate();
        // Migrations add tables and indexes, not model data, but read the
        // migrated file again rather than trust that.
        opened.event = opened.file->load();
    }
    return opened;
}

std::unique_ptr<EventFile> EventFile::create(const fs::path& path, const model::Event& event,
                                             bool overwrite, EventFile* photoSource) {
    std::error_code error;
    if (!overwrite && fs::exists(path, error)) {
        throw FileError(FileErrorKind::Exists, path, lang::message("fileError.exists"));
    }
    const fs::path directory = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (!fs::is_directory(directory, error)) {
        throw FileError(FileErrorKind::NotFound, path, lang::message("fileError.folderMissing"));
    }
    const fs::path part = temporarySibling(path);
    try {
        {
            Connection connection(part, Connection::Mode::Create);
            connection.exec("PRAGMA application_id=" + std::to_string(kApplicationId));
            connection.exec("PRAGMA journal_mode=WAL");
            connection.exec("PRAGMA synchronous=FULL");
            std::unique_ptr<EventFile> building(
                new EventFile(std::make_unique<Connection>(part, Connection::Mode::ReadWrite)));
            building->configure();
            building->migrate();
            const auto ids = photoIds(event);
            if (ids.empty()) {
                building->writeEvent(event);
            } else {
                // Bytes first (detached); writing the groups attaches them. A
                // photo without bytes is left out rather than kept half.
                if (photoSource) {
                    copyPhotoBlobs(*photoSource, *building, ids);
                }
                const auto present = photosPresent(*building, ids);
                model::Event written = event;
                for (auto& group : written.groups) {
                    std::erase_if(group.photos, [&](const model::Photo& photo) {
                        return std::find(present.begin(), present.end(), photo.id) == present.end();
                    });
                }
                building->writeEvent(written);
            }
        }
        if (overwrite) {
            removeSidecars(path);
            fs::rename(part, path);
        } else if (const int code = os::linkNoReplace(part, path); code != 0) {
            // A link refuses an existing target, unlike rename(): no race overwrites a file.
            throw FileError(code == EEXIST ? FileErrorKind::Exists : FileErrorKind::Io, path,
                            code == EEXIST ? lang::message("fileError.exists")
                                           : lang::message("fileError.system",
                                                           {{"detail", std::strerror(code)}}));
        } else {
            fs::remove(part);
        }
    } catch (const fs::filesystem_error& failure) {
        fs::remove(part, error);
        removeSidecars(part);
        throw FileError(FileErrorKind::Io, path,
                        lang::message("fileError.system", {{"detail", failure.code().message()}}));
    } catch (...) {
        fs::remove(part, error);
        removeSidecars(part);
        throw;
    }
    return open(path);
}

std::vector<lang::Message> EventFile::integrityProblems() {
    std::vector<lang::Message> problems;
    {
        // SQLite's findings are its own (English) text, not ours to word.
        Statement check(*m_connection, "PRAGMA integrity_check");
        while (check.step()) {
            if (check.text(0) != "ok") {
                problems.push_back(lang::message("fileError.system", {{"detail", check.text(0)}}));
            }
        }
    }
    Statement keys(*m_connection, "PRAGMA foreign_key_check");
    while (keys.step()) {
        problems.push_back(
            lang::message("fileError.brokenLink", {{"table", keys.text(0)},
                                                   {"row", std::to_string(keys.integer(1))},
                                                   {"target", keys.text(2)}}));
    }
    return problems;
}

EventFile::Transaction::Transaction(EventFile& file) : m_file(file) {
    m_file.m_connection->exec("BEGIN IMMEDIATE");
}

EventFile::Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_file.m_connection->exec("ROLLBACK");
        } catch (const FileError&) {
            // SQLite already rolled back (e.g. after SQLITE_FULL); nothing more to undo.
        }
    }
}

void EventFile::Transaction::commit() {
    m_file.m_connection->exec("COMMIT");
    m_done = true;
}

} // namespace innspill::store
