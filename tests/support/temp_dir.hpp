// A fresh temporary folder per test, removed afterwards.
#pragma once

#include "os/utf8_path.hpp"

#include <filesystem>
#include <string>

namespace innspill::test {

class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    // The name is UTF-8 (also on Windows: os/utf8_path.hpp).
    std::filesystem::path operator/(const std::string& name) const {
        return m_path / os::pathFromUtf8(name);
    }

  private:
    std::filesystem::path m_path;
};

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& content);
// Damages an SQLite file: garbage over every page but the first and last.
void scribbleOverMiddle(const std::filesystem::path& path);

} // namespace innspill::test
