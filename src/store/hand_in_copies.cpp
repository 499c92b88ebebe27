// File settings, hand-in copies of a kit and the copies a master has taken.
#include "store/hand_in_copies.hpp"

#include "store/backup.hpp"
#include "store/event_file.hpp"
#include "store/savepoint.hpp"

#include <algorithm>
#include <random>

namespace innspill::store {

namespace fs = std::filesystem;

namespace {

// The tables arrived with version 4; an older file opened read-only has none.
constexpr int kCopyTablesVersion = 4;

std::optional<std::string> settingOf(Connection& connection, std::string_view name) {
    Statement row(connection, "SELECT value FROM file_setting WHERE name = ?");
    row.bind(1, name);
    if (!row.step()) {
        return std::nullopt;
    }
    return row.text(0);
}

std::optional<int64_t> parseSerial(const std::optional<std::string>& text) {
    if (!text || text->empty() ||
        !std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        text->size() > 18) {
        return std::nullopt;
    }
    return std::stoll(*text);
}

// The serial of the copy already at `path`, if there is a readable one.
std::optional<int64_t> previousSerial(const fs::path& path) {
    std::error_code error;
    if (!fs::exists(path, error)) {
        return std::nullopt;
    }
    try {
        auto file = EventFile::open(path, EventFile::Access::ReadOnly);
        return readCopySerial(*file);
    } catch (const FileError&) {
        return std::nullopt; // a damaged or foreign file is simply replaced
    }
}

void removeQuietly(const fs::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        fs::remove(path.string() + suffix, ignored);
    }
}

} // namespace

std::string readFileSetting(EventFile& file, std::string_view name) {
    if (file.schemaVersion() < kCopyTablesVersion) {
        return {};
    }
    return settingOf(file.connection(), name).value_or(std::string());
}

void writeFileSetting(EventFile& file, std::string_view name, std::string_view value) {
    auto& connection = file.connection();
    Savepoint savepoint(connection);
    if (value.empty()) {
        Statement remove(connection, "DELETE FROM file_setting WHERE name = ?");
        remove.bind(1, name).run();
    } else {
        Statement upsert(connection, "INSERT INTO file_setting (name, value) VALUES (?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value");
        upsert.bind(1, name).bind(2, value).run();
    }
    savepoint.release();
}

std::optional<int64_t> readCopySerial(EventFile& file) {
    if (file.schemaVersion() < kCopyTablesVersion) {
        return std::nullopt;
    }
    return parseSerial(settingOf(file.connection(), kCopySerialSetting));
}

int64_t writeHandInCopy(const fs::path& kit, const fs::path& folder, const std::string& name,
                        int64_t serial) {
    const fs::path target = folder / name;
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        throw FileError(FileErrorKind::NotFound, folder, lang::message("fileError.folderMissing"));
    }
    if (const auto previous = previousSerial(target); previous && *previous >= serial) {
        serial = *previous + 1; // the laptop's clock went back: copies still grow
    }
    std::random_device random;
    const fs::path part =
        folder / ("." + name + kCopyTemporaryMark + "-" + std::to_string(random()));
    try {
        try {
            vacuumInto(kit, part);
        } catch (const FileError& failure) {
            // The failure is the outbox's (full, read-only), not the kit's.
            throw FileError(failure.kind(), target, failure.reason());
        }
        {
            Connection copy(part, Connection::Mode::ReadWrite);
            copy.exec("PRAGMA synchronous=FULL");
            Statement stamp(copy, "INSERT INTO file_setting (name, value) VALUES (?, ?) "
                                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value");
            stamp.bind(1, std::string_view(kCopySerialSetting))
                .bind(2, std::string_view(std::to_string(serial)))
                .run();
        }
        if (const auto problem = checkEventFile(part)) {
            throw FileError(
                FileErrorKind::Damaged, target,
                lang::Message{"fileError.copyFailedCheck", {}}.withMessage("cause", *problem));
        }
        // rename() replaces the previous copy in one step: a reader sees the
        // old copy or the new one, never a mixture.
        fs::rename(part, target, error);
        if (error) {
            throw FileError(errorKindFor(error), target,
                            lang::message("fileError.system", {{"detail", error.message()}}));
        }
    } catch (...) {
        removeQuietly(part);
        throw;
    }
    return serial;
}

std::map<std::string, int64_t> readCopiesTaken(EventFile& master) {
    std::map<std::string, int64_t> taken;
    if (master.schemaVersion() < kCopyTablesVersion) {
        return taken;
    }
    Statement row(master.connection(), "SELECT kit_id, serial FROM copy_taken");
    while (row.step()) {
        taken[row.text(0)] = row.integer(1);
    }
    return taken;
}

void writeCopyTaken(EventFile& master, const model::Id& kitId, int64_t serial) {
    auto& connection = master.connection();
    Savepoint savepoint(connection);
    Statement upsert(connection, "INSERT INTO copy_taken (kit_id, serial) VALUES (?, ?) "
                                 "ON CONFLICT (kit_id) DO UPDATE SET serial = "
                                 "max(serial, excluded.serial)");
    upsert.bind(1, std::string_view(kitId.str())).bind(2, serial).run();
    savepoint.release();
}

} // namespace innspill::store
