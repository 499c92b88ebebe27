// Running raw SQL on a file in a test (to build old or odd files by hand).
#pragma once

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <string>

namespace innspill::test {

inline void exec(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace innspill::test
