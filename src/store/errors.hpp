// Typed errors of the event file. The reason is a catalogue message (key and
// arguments), not words: `app::describe` words it in the reader's language;
// what() is the bokmål text, for logs and debugging only.
#pragma once

#include "lang/message.hpp"

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
    FileError(FileErrorKind kind, std::filesystem::path path, lang::Message reason)
        : std::runtime_error(lang::render(lang::Language::Nb, reason)), m_kind(kind),
          m_path(std::move(path)), m_reason(std::move(reason)) {}

    FileErrorKind kind() const { return m_kind; }
    const std::filesystem::path& path() const { return m_path; }
    // The reason alone, without the file name.
    const lang::Message& reason() const { return m_reason; }

  private:
    FileErrorKind m_kind;
    std::filesystem::path m_path;
    lang::Message m_reason;
};

} // namespace innspill::store
