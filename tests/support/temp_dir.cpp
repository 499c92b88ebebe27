// Temporary folders and whole-file helpers for tests.
#include "support/temp_dir.hpp"

#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace innspill::test {

TempDir::TempDir() {
    std::random_device device;
    m_path = std::filesystem::temp_directory_path() /
             ("innspill-test-" + std::to_string(device()) + std::to_string(device()));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(m_path, ignored);
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeFile(const std::filesystem::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

void scribbleOverMiddle(const std::filesystem::path& path) {
    std::string bad = readFile(path);
    for (size_t i = 4096; i + 4096 < bad.size(); ++i) {
        bad[i] = static_cast<char>(i * 7919 % 251);
    }
    writeFile(path, bad);
}

} // namespace innspill::test
