// A file made new (never an existing one), written, flushed to the disk and
// closed; and the move that puts a finished file in place of another.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace innspill::os {

class NewFile {
  public:
    // Creates `path`, which must not exist (O_EXCL / CREATE_NEW); error()
    // says why not. Not inherited by programs this process starts.
    explicit NewFile(const std::filesystem::path& path);
    ~NewFile();
    NewFile(const NewFile&) = delete;
    NewFile& operator=(const NewFile&) = delete;

    // 0 when the file was created, else an errno value.
    int error() const { return m_error; }

    // Each returns 0 or an errno value.
    int write(std::string_view data);
    int sync(); // to the disk: fsync / FlushFileBuffers
    int close();

  private:
    std::intptr_t m_handle = -1;
    int m_error = 0;
};

// Renames `from` to `to`, replacing `to` if it exists, as one step where the
// system can (rename / MoveFileExW). 0 or an errno value.
int replaceFile(const std::filesystem::path& from, const std::filesystem::path& to);

} // namespace innspill::os
