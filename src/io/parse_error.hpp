// The error every importer throws for input it cannot read: a reason a person
// can act on and, where it applies, the line and column.
#pragma once

#include <stdexcept>
#include <string>

namespace innspill::io {

class ParseError : public std::runtime_error {
  public:
    explicit ParseError(const std::string& reason, size_t line = 0, size_t column = 0)
        : std::runtime_error(reason), m_line(line), m_column(column) {}

    size_t line() const { return m_line; }     // 1-based; 0 when not tied to a place
    size_t column() const { return m_column; } // 1-based, in bytes; 0 when unknown

  private:
    size_t m_line;
    size_t m_column;
};

} // namespace innspill::io
