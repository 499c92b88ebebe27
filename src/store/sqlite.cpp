// SQLite connection and statement wrappers.
#include "store/sqlite.hpp"

#include <sqlite3.h>

namespace innspill::store {

FileErrorKind errorKindFor(int code) {
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return FileErrorKind::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    // Once the file is open, a file SQLite cannot open is its journal, WAL
    // or shared memory beside it: the folder (or the file) takes no writes.
    case SQLITE_CANTOPEN:
        return FileErrorKind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return FileErrorKind::Busy;
    case SQLITE_CORRUPT:
        return FileErrorKind::Damaged;
    case SQLITE_NOTADB:
        return FileErrorKind::NotInnspill;
    case SQLITE_CONSTRAINT:
        return FileErrorKind::Inconsistent;
    default:
        return FileErrorKind::Io;
    }
}

FileErrorKind errorKindFor(const std::error_code& error) {
    if (error == std::errc::no_space_on_device || error == std::errc::file_too_large) {
        return FileErrorKind::DiskFull;
    }
    if (error == std::errc::permission_denied || error == std::errc::read_only_file_system ||
        error == std::errc::operation_not_permitted) {
        return FileErrorKind::ReadOnly;
    }
    if (error == std::errc::no_such_file_or_directory) {
        return FileErrorKind::NotFound;
    }
    return FileErrorKind::Io;
}

namespace {
lang::Message describe(int code) {
    switch (errorKindFor(code)) {
    case FileErrorKind::DiskFull:
        return lang::message("fileError.diskFull");
    case FileErrorKind::ReadOnly:
        return lang::message("fileError.notWritable");
    case FileErrorKind::Busy:
        return lang::message("fileError.busy");
    case FileErrorKind::Damaged:
        return lang::message("fileError.damaged");
    case FileErrorKind::NotInnspill:
        return lang::message("fileError.notDatabase");
    default:
        return lang::message("fileError.diskError", {{"detail", sqlite3_errstr(code)}});
    }
}
} // namespace

Connection::Connection(const std::filesystem::path& path, Mode mode) : m_path(path) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    // SQLite takes UTF-8 names: path::string() is the bytes on POSIX and
    // UTF-8 on Windows (libstdc++), where c_str() is UTF-16.
    const std::string name = path.string();
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int extended = m_db ? sqlite3_extended_errcode(m_db) : rc;
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        if ((extended & 0xFF) == SQLITE_CANTOPEN) {
            // Opening: a file that is not there (or cannot be read); creating:
            // a folder that is not there or takes no new files.
            if (mode == Mode::Create) {
                throw FileError(FileErrorKind::ReadOnly, path,
                                lang::message("fileError.cannotCreateHere"));
            }
            throw FileError(FileErrorKind::Io, path, lang::message("fileError.cannotOpen"));
        }
        throw FileError(errorKindFor(extended), path, describe(extended));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another process (a second app, the CLI) may hold the write lock for a moment.
    sqlite3_busy_timeout(m_db, 5000);
}

Connection::~Connection() {
    m_statements.clear();
    sqlite3_close_v2(m_db);
}

bool Connection::hasMoved() {
    int moved = 0;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK) {
        return false;
    }
    return moved != 0;
}

Statement& Connection::prepared(const std::string& sql) {
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        found = m_statements.emplace(sql, std::make_unique<Statement>(*this, sql)).first;
    }
    return *found->second;
}

void Connection::fail(int code, std::string_view context) {
    lang::Message reason = describe(code);
    const auto kind = errorKindFor(code);
    if (kind == FileErrorKind::Io || kind == FileErrorKind::Inconsistent) {
        const char* detail = sqlite3_errmsg(m_db);
        if (detail && lang::render(lang::Language::En, reason) != detail) {
            reason = lang::Message{"fileError.withSqliteDetail", {}}
                         .withMessage("cause", reason)
                         .with("sqlite", detail);
        }
    }
    if (!context.empty()) {
        // The context is SQL-side text (a table, a statement), not words.
        reason = lang::Message{"fileError.inContext", {}}
                     .withMessage("reason", reason)
                     .with("context", std::string(context));
    }
    throw FileError(kind, m_path, reason);
}

void Connection::exec(std::string_view sql) {
    const std::string owned(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK) {
        fail(sqlite3_extended_errcode(m_db));
    }
}

int64_t Connection::pragmaInteger(std::string_view pragma) {
    Statement statement(*this, "PRAGMA " + std::string(pragma));
    return statement.step() ? statement.integer(0) : 0;
}

Statement::Statement(Connection& connection, std::string_view sql) : m_connection(connection) {
    const int rc = sqlite3_prepare_v2(connection.handle(), sql.data(), static_cast<int>(sql.size()),
                                      &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        connection.fail(sqlite3_extended_errcode(connection.handle()));
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, int64_t value) {
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const int code = sqlite3_extended_errcode(m_connection.handle());
    sqlite3_reset(m_statement);
    m_connection.fail(code);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<size_t>(size))
                : std::string();
}

std::string_view Statement::view(int column) const {
    const auto* data = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? std::string_view(reinterpret_cast<const char*>(data), static_cast<size_t>(size))
                : std::string_view();
}

std::string Statement::blob(int column) const {
    const auto* data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? std::string(static_cast<const char*>(data), static_cast<size_t>(size))
                : std::string();
}

int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace innspill::store
