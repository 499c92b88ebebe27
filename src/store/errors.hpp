// Typed errors of the event file. `app` turns them into messages a person can
// act on; the CLI prints them on one line.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace innspill::store {

enum class FileErrorKind {
    NotFound,     // no such file
    Exists,       // refusing to overwrite
    NotInnspill,  // not an SQLite file, or an SQLite file of another program
    Damaged,      // truncated or corrupt
    TooNew,       // written by a newer Innspill
    Busy,         // another process holds the lock
    ReadOnly,     // cannot write the file or its folder
    DiskFull,     // no space left (or the file's size limit reached)
    Io,           // any other I/O failure
    Inconsistent, // the rows do not form a valid event
};

class FileError : public std::runtime_error {
  public:
    FileError(FileErrorKind kind, std::filesystem::path path, const std::string& reason)
        : std::runtime_error(reason), m_kind(kind), m_path(std::move(path)) {}

    FileErrorKind kind() const { return m_kind; }
    const std::filesystem::path& path() const { return m_path; }
    // The reason alone, without the file name (what()).
    std::string reason() const { return what(); }

  private:
    FileErrorKind m_kind;
    std::filesystem::path m_path;
};

} // namespace innspill::store
