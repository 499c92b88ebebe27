// Absolute paths written POSIX-style in a test, as this system writes them:
// "/a/b" stays "/a/b" here and is "C:\a\b" on Windows (where "/a/b" has no
// drive and so is not absolute).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace innspill::test {

inline std::filesystem::path nativeAbsolute(std::string_view posix) {
#ifdef _WIN32
    return std::filesystem::path("C:" + std::string(posix)).make_preferred();
#else
    return std::filesystem::path(posix);
#endif
}

} // namespace innspill::test
