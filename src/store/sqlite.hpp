// A thin RAII layer over the SQLite C API: one connection, prepared
// statements, and errors turned into store::FileError with the file's name.
#pragma once

#include "store/errors.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace innspill::store {

class Connection;

class Statement {
  public:
    Statement(Connection& connection, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, int64_t value);
    Statement& bindNull(int index);
    Statement& bind(int index, const std::optional<std::string>& text);
    Statement& bindBlob(int index, std::string_view bytes);

    // Returns true while there is a row.
    bool step();
    // Steps to completion and resets, for writes.
    void run();
    void reset();

    std::string text(int column) const;
    // The same text without a copy; valid until the next step() or reset().
    std::string_view view(int column) const;
    int64_t integer(int column) const;
    std::string blob(int column) const;
    bool isNull(int column) const;

  private:
    Connection& m_connection;
    sqlite3_stmt* m_statement = nullptr;
};

class Connection {
  public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    Connection(const std::filesystem::path& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    void exec(std::string_view sql);
    // A statement prepared once per connection and reused; bind, then run().
    Statement& prepared(const std::string& sql);
    int64_t pragmaInteger(std::string_view pragma);
    const std::filesystem::path& path() const { return m_path; }
    sqlite3* handle() { return m_db; }
    // Whether the file was renamed or deleted since it was opened (writes
    // would then go to a file nobody finds again). One stat(); cheap.
    bool hasMoved();

    // Throws FileError for the last error of this connection (or `code`).
    [[noreturn]] void fail(int code, std::string_view context = {});

  private:
    std::filesystem::path m_path;
    sqlite3* m_db = nullptr;
    // Declared after m_db so the statements are finalised before the connection closes.
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

// Maps an SQLite result code to the kind of file error it means.
FileErrorKind errorKindFor(int code);
// The same for a system error (a file copied, renamed or created).
FileErrorKind errorKindFor(const std::error_code& error);

} // namespace innspill::store
